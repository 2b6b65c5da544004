// SPDX-License-Identifier: MIT
#include "api/MessageClient.h"

#include "api/ApiScope.h"
#include "api/ClientSupport.h"
#include "api/json/MessageJson.h"

using namespace Qt::StringLiterals;

namespace commercedesk::api {

MessageClient::MessageClient(Transport *transport)
    : m_transport(transport)
{}

Job<core::PagedResult<core::Message>> *MessageClient::query(const ResourceQuery &query)
{
    return sendDecoded<core::PagedResult<core::Message>>(
        m_transport, HttpRequest::get(u"/messages"_s, query.toUrlQuery()), &json::decodeMessagePage);
}

Job<core::Message> *MessageClient::byId(const QString &id)
{
    return sendDecoded<core::Message>(m_transport, HttpRequest::get(u"/messages/"_s + ApiScope::segment(id)),
                                      &json::decodeMessage);
}

} // namespace commercedesk::api
