// SPDX-License-Identifier: MIT
#include "api/CustomerClient.h"

#include "api/ClientSupport.h"
#include "api/json/CustomerJson.h"
#include "api/json/DraftJson.h"

using namespace Qt::StringLiterals;

namespace commercedesk::api {

CustomerClient::CustomerClient(Transport *transport)
    : m_transport(transport)
{}

Job<core::Customer> *CustomerClient::me()
{
    return sendDecoded<core::Customer>(
        m_transport, HttpRequest::get(viaOrchestrator(m_transport) ? u"/v1/me"_s : u"/me"_s),
        &json::decodeCustomer);
}

Job<core::PagedResult<core::Customer>> *CustomerClient::customers(const ResourceQuery &query)
{
    return sendDecoded<core::PagedResult<core::Customer>>(
        m_transport, HttpRequest::get(u"/customers"_s, query.toUrlQuery()), &json::decodeCustomerPage);
}

Job<CustomerSignInResult> *CustomerClient::signUp(const CustomerDraft &draft)
{
    if (viaOrchestrator(m_transport))
        return failedJob<CustomerSignInResult>(u"Through an orchestrator the session provider signs up."_s);
    return sendDecoded<CustomerSignInResult>(
        m_transport, HttpRequest::post(u"/me/signup"_s, jsonBytes(json::encodeCustomerDraft(draft))),
        &json::decodeCustomerSignInResult);
}

Job<CustomerSignInResult> *CustomerClient::signIn(const CustomerSignin &signin)
{
    if (viaOrchestrator(m_transport))
        return failedJob<CustomerSignInResult>(u"Through an orchestrator the session provider signs in."_s);
    // Logging in changes nothing on the server but the cart merge, which is idempotent; still a POST with
    // a password, so it is not retried automatically.
    return sendDecoded<CustomerSignInResult>(
        m_transport, HttpRequest::post(u"/me/login"_s, jsonBytes(json::encodeCustomerSignin(signin))),
        &json::decodeCustomerSignInResult);
}

} // namespace commercedesk::api
