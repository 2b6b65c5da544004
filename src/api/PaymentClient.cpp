// SPDX-License-Identifier: MIT
#include "api/PaymentClient.h"

#include "api/ClientSupport.h"
#include "api/ResourceUpdate.h"
#include "api/json/DraftJson.h"
#include "api/json/PaymentJson.h"

using namespace Qt::StringLiterals;

namespace commercedesk::api {

PaymentClient::PaymentClient(Transport *transport, ApiScope scope)
    : m_transport(transport)
    , m_scope(std::move(scope))
{}

QString PaymentClient::paymentPath(const QString &id) const
{
    return m_scope.collection(u"payments"_s) + u'/' + ApiScope::segment(id);
}

Job<core::Payment> *PaymentClient::create(const PaymentDraft &draft)
{
    const QJsonObject body = m_scope.kind() == ApiScope::Kind::Admin ? json::encodePaymentDraft(draft)
                                                                     : json::encodeMyPaymentDraft(draft);
    return sendDecoded<core::Payment>(m_transport,
                                      HttpRequest::post(m_scope.collection(u"payments"_s), jsonBytes(body)),
                                      &json::decodePayment);
}

Job<core::Payment> *PaymentClient::byId(const QString &id)
{
    return sendDecoded<core::Payment>(m_transport, HttpRequest::get(paymentPath(id)), &json::decodePayment);
}

Job<core::PagedResult<core::Payment>> *PaymentClient::query(const ResourceQuery &query)
{
    return sendDecoded<core::PagedResult<core::Payment>>(
        m_transport, HttpRequest::get(m_scope.collection(u"payments"_s), query.toUrlQuery()),
        &json::decodePaymentPage);
}

Job<core::Payment> *PaymentClient::update(const QString &id, qint64 version,
                                          const QList<PaymentUpdateAction> &actions)
{
    return updateResource<core::Payment>(m_transport, paymentPath(id), version, actions,
                                         &json::decodePayment);
}

} // namespace commercedesk::api
