// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace commercedesk::sandbox {

// A minimal HTTP/1.1 client (plain http:// only, one request per connection, Content-Length or
// chunked responses) that BLOCKS the calling thread until the answer is complete or `timeoutMs` has
// passed in total (connect + send + receive) — a hard deadline, never exceeded by more than the
// socket layer's granularity.
//
// Contract: this deliberately breaks the project's "no waitFor*" rule, because commercetools API
// extensions are synchronous: the cart request cannot be answered before the extension has. It is
// used ONLY on the sandbox thread (never the GUI thread: the desktop app runs the sandbox in
// SandboxHost's worker thread), and the called service must live on ANOTHER thread or process —
// calling back into the same sandbox thread would deadlock until the timeout. No event loop is
// spun, so no other sandbox request runs while it waits. Not thread-affine itself: every call
// creates and destroys its own socket.
class BlockingHttpClient
{
public:
    struct Response
    {
        bool answered = false; // a complete HTTP response arrived in time
        bool timedOut = false;
        int status = 0;
        QByteArray body;
        QString error; // why there was no answer
    };

    static Response post(const QUrl &url, const QByteArray &body,
                         const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs);
};

} // namespace commercedesk::sandbox
