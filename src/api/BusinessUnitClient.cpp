// SPDX-License-Identifier: MIT
#include "api/BusinessUnitClient.h"

#include "api/ApiScope.h"
#include "api/ClientSupport.h"
#include "api/json/CustomerJson.h"

using namespace Qt::StringLiterals;

namespace commercedesk::api {

BusinessUnitClient::BusinessUnitClient(Transport *transport)
    : m_transport(transport)
{}

Job<core::PagedResult<core::BusinessUnit>> *BusinessUnitClient::myBusinessUnits(const ResourceQuery &query)
{
    if (viaOrchestrator(m_transport)) { // the session's units; the orchestrator takes no query
        return sendDecoded<core::PagedResult<core::BusinessUnit>>(
            m_transport, HttpRequest::get(u"/v1/business-units"_s), &json::decodeBusinessUnitPage);
    }
    return sendDecoded<core::PagedResult<core::BusinessUnit>>(
        m_transport, HttpRequest::get(u"/me/business-units"_s, query.toUrlQuery()),
        &json::decodeBusinessUnitPage);
}

Job<core::BusinessUnit> *BusinessUnitClient::myBusinessUnitByKey(const QString &key)
{
    return sendDecoded<core::BusinessUnit>(
        m_transport,
        HttpRequest::get(
            (viaOrchestrator(m_transport) ? u"/v1/business-units/"_s : u"/me/business-units/key="_s) +
            ApiScope::segment(key)),
        &json::decodeBusinessUnit);
}

Job<core::PagedResult<core::BusinessUnit>> *BusinessUnitClient::businessUnits(const ResourceQuery &query)
{
    return sendDecoded<core::PagedResult<core::BusinessUnit>>(
        m_transport, HttpRequest::get(u"/business-units"_s, query.toUrlQuery()),
        &json::decodeBusinessUnitPage);
}

} // namespace commercedesk::api
