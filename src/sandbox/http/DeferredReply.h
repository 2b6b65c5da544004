// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/http/HttpResponse.h"

#include <QString>

#include <memory>

class QTcpSocket;

namespace commercedesk::sandbox {

// The answer channel of one HTTP request (HttpServer's front gate, a ServiceServer), usable after the handler
// returned (a payment that answers late, a held connection). Copies share one state: the first send() or
// abort() wins, later calls do nothing, and so does anything after the client disconnected.
// Threading: use it on the thread of the server that made it.
class DeferredReply
{
public:
    DeferredReply() = default;
    DeferredReply(QTcpSocket *socket, QString correlationId, bool closeAfterReply);

    void send(const HttpResponse &response) const;
    // Drops the connection without an answer (RST).
    void abort() const;
    // True while nothing was sent and the client is still connected.
    bool isPending() const;

private:
    struct State;
    std::shared_ptr<State> m_state;
};

} // namespace commercedesk::sandbox
