// SPDX-License-Identifier: MIT
#pragma once

#include "http/Responder.h"
#include "sandbox/http/HttpResponse.h"

#include <QString>

namespace commercedesk::sandbox {

// The answer channel of one HTTP request (HttpServer's front gate, a ServiceServer), usable after the handler
// returned (a payment that answers late, a held connection): an http::Responder that adds the request's
// X-Correlation-ID to what it sends. Copies share one state: the first send() or abort() wins, later calls do
// nothing, and so does anything after the client disconnected. Whether the connection stays open after the
// answer is the connection's business (http::Connection).
// Threading: use it on the thread of the server that made it.
class DeferredReply
{
public:
    DeferredReply() = default;
    DeferredReply(http::Responder responder, QString correlationId);

    void send(const HttpResponse &response) const;
    // Drops the connection without an answer (RST).
    void abort() const;
    // True while nothing was sent and the client is still connected.
    bool isPending() const;

    // `response` on the wire, with X-Correlation-ID.
    static http::Reply toReply(const HttpResponse &response, const QString &correlationId);

private:
    http::Responder m_responder;
    QString m_correlationId;
};

} // namespace commercedesk::sandbox
