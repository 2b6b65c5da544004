// SPDX-License-Identifier: MIT
#include "api/OrderClient.h"

#include "api/ClientSupport.h"
#include "api/KeysetPager.h"
#include "api/OrderCreation.h"
#include "api/ResourceUpdate.h"
#include "api/json/OrderJson.h"
#include "api/json/OrderSummaryJson.h"

#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace commercedesk::api {

namespace {

Result<core::Order> decodeOrderResponse(const HttpResponse &response)
{
    return decodeBody<core::Order>(response, &json::decodeOrder);
}

// The first order of a page, or a 404 ResourceNotFound error.
Result<core::Order> firstOrder(const HttpResponse &response)
{
    Result<core::PagedResult<core::Order>> page =
        decodeBody<core::PagedResult<core::Order>>(response, &json::decodeOrderPage);
    if (!page.ok())
        return page.error();
    if (page.value().results.isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::Http;
        error.httpStatus = 404;
        error.code = u"ResourceNotFound"_s;
        error.message = u"No order with this order number."_s;
        error.correlationId = response.correlationId;
        return error;
    }
    return page.value().results.first();
}

} // namespace

OrderClient::OrderClient(Transport *transport, ApiScope scope)
    : m_transport(transport)
    , m_scope(std::move(scope))
{}

QString OrderClient::orderPath(const QString &id) const
{
    return m_scope.collection(u"orders"_s) + u'/' + ApiScope::segment(id);
}

Job<core::Order> *OrderClient::createFromCart(const OrderFromCartDraft &draft)
{
    if ((m_scope.kind() == ApiScope::Kind::Admin || m_scope.isOrchestrator()) &&
        draft.orderNumber.isEmpty()) {
        auto *job = new Job<core::Order>();
        ApiError error;
        error.kind = ApiError::Kind::Configuration;
        error.message = u"An order needs a client-made order number to be created safely."_s;
        job->complete(error);
        return job;
    }
    return startRun<core::Order, OrderCreation>(m_transport, &decodeOrderResponse, ApiScope(m_scope),
                                                OrderFromCartDraft(draft), int(m_createOptions.timeoutMs),
                                                int(m_createOptions.maxPosts));
}

Job<core::Order> *OrderClient::byId(const QString &id)
{
    return sendDecoded<core::Order>(m_transport, HttpRequest::get(orderPath(id)), &json::decodeOrder);
}

Job<core::Order> *OrderClient::byOrderNumber(const QString &orderNumber)
{
    if (m_scope.kind() == ApiScope::Kind::Admin) {
        return sendDecoded<core::Order>(m_transport,
                                        HttpRequest::get(m_scope.collection(u"orders"_s) +
                                                         u"/order-number="_s +
                                                         ApiScope::segment(orderNumber)),
                                        &json::decodeOrder);
    }
    const ResourceQuery query = ResourceQuery()
                                    .where(u"orderNumber = :orderNumber"_s)
                                    .variable(u"orderNumber"_s, orderNumber)
                                    .limit(1)
                                    .withTotal(false);
    return m_transport->send<core::Order>(
        HttpRequest::get(m_scope.collection(u"orders"_s), query.toUrlQuery()), &firstOrder);
}

Job<core::PagedResult<core::Order>> *OrderClient::query(const ResourceQuery &query)
{
    return sendDecoded<core::PagedResult<core::Order>>(
        m_transport, HttpRequest::get(m_scope.collection(u"orders"_s), query.toUrlQuery()),
        &json::decodeOrderPage);
}

Job<core::PagedResult<core::Order>> *OrderClient::withPurchaseOrderNumber(const QString &purchaseOrderNumber,
                                                                          int limit)
{
    if (m_scope.isOrchestrator()) {
        QUrlQuery params;
        params.addQueryItem(u"purchaseOrderNumber"_s,
                            QString::fromLatin1(QUrl::toPercentEncoding(purchaseOrderNumber)));
        params.addQueryItem(u"limit"_s, QString::number(limit));
        params.addQueryItem(u"withTotal"_s, u"false"_s);
        return sendDecoded<core::PagedResult<core::Order>>(
            m_transport, HttpRequest::get(m_scope.collection(u"orders"_s), params), &json::decodeOrderPage);
    }
    return query(ResourceQuery()
                     .where(u"purchaseOrderNumber = :po"_s)
                     .variable(u"po"_s, purchaseOrderNumber)
                     .limit(limit)
                     .withTotal(false));
}

std::unique_ptr<KeysetPager<core::Order>> OrderClient::walk(const ResourceQuery &filter,
                                                            QObject *parent) const
{
    return std::make_unique<KeysetPager<core::Order>>(m_transport, m_scope.collection(u"orders"_s), filter,
                                                      &json::decodeOrderPage, parent);
}

Job<core::PagedResult<core::OrderSummary>> *OrderClient::querySummaries(const ResourceQuery &query)
{
    return sendDecoded<core::PagedResult<core::OrderSummary>>(
        m_transport, HttpRequest::get(m_scope.collection(u"orders"_s), query.toUrlQuery()),
        &json::decodeOrderSummaryPage);
}

Job<core::Order> *OrderClient::update(const QString &id, qint64 version,
                                      const QList<OrderUpdateAction> &actions)
{
    return updateResource<core::Order>(m_transport, orderPath(id), version, actions, &json::decodeOrder);
}

} // namespace commercedesk::api
