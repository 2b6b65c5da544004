// SPDX-License-Identifier: MIT
#include "sandbox/http/DeferredReply.h"

namespace commercedesk::sandbox {

DeferredReply::DeferredReply(http::Responder responder, QString correlationId)
    : m_responder(std::move(responder))
    , m_correlationId(std::move(correlationId))
{}

http::Reply DeferredReply::toReply(const HttpResponse &response, const QString &correlationId)
{
    http::Reply reply{response.status, response.contentType, response.body, {}};
    reply.headers.append(qMakePair(QByteArray("X-Correlation-ID"), QByteArray(correlationId.toLatin1())));
    reply.headers.append(response.headers);
    return reply;
}

void DeferredReply::send(const HttpResponse &response) const
{
    m_responder.send(toReply(response, m_correlationId));
}

void DeferredReply::abort() const
{
    m_responder.abort();
}

bool DeferredReply::isPending() const
{
    return m_responder.isPending();
}

} // namespace commercedesk::sandbox
