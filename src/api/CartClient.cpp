// SPDX-License-Identifier: MIT
#include "api/CartClient.h"

#include "api/ClientSupport.h"
#include "api/ResourceUpdate.h"
#include "api/json/CartJson.h"
#include "api/json/DraftJson.h"
#include "api/json/PaymentJson.h"
#include "api/json/ShippingJson.h"

using namespace Qt::StringLiterals;

namespace commercedesk::api {

CartClient::CartClient(Transport *transport, ApiScope scope)
    : m_transport(transport)
    , m_scope(std::move(scope))
{}

QString CartClient::cartPath(const QString &id) const
{
    return m_scope.collection(u"carts"_s) + u'/' + ApiScope::segment(id);
}

Job<core::Cart> *CartClient::create(const CartDraft &draft)
{
    return sendDecoded<core::Cart>(
        m_transport,
        HttpRequest::post(m_scope.collection(u"carts"_s), jsonBytes(json::encodeCartDraft(draft))),
        &json::decodeCart);
}

Job<core::Cart> *CartClient::recordCardAuthorization(const QString &cartId, const QString &authorizationId)
{
    if (!m_scope.isOrchestrator()) {
        auto *job = new Job<core::Cart>();
        ApiError error;
        error.kind = ApiError::Kind::Configuration;
        error.message = u"Only the orchestrator records a card authorization for a buyer."_s;
        job->complete(error);
        return job;
    }
    const QJsonObject body{{u"authorizationId"_s, authorizationId}};
    return sendDecoded<core::Cart>(
        m_transport, HttpRequest::post(cartPath(cartId) + u"/payments"_s, jsonBytes(body), true),
        &json::decodeCart);
}

Job<core::PagedResult<core::ShippingMethod>> *CartClient::shippingMethods(const QString &cartId)
{
    if (!m_scope.isOrchestrator())
        return failedJob<core::PagedResult<core::ShippingMethod>>(
            u"Directly, ShippingMethodClient::matchingCart lists a cart's shipping methods."_s);
    return sendDecoded<core::PagedResult<core::ShippingMethod>>(
        m_transport, HttpRequest::get(cartPath(cartId) + u"/shipping-methods"_s),
        &json::decodeShippingMethodPage);
}

Job<core::Payment> *CartClient::payment(const QString &cartId, const QString &paymentId)
{
    if (!m_scope.isOrchestrator())
        return failedJob<core::Payment>(u"Directly, PaymentClient::byId reads a payment."_s);
    return sendDecoded<core::Payment>(
        m_transport, HttpRequest::get(cartPath(cartId) + u"/payments/"_s + ApiScope::segment(paymentId)),
        &json::decodePayment);
}

Job<core::Cart> *CartClient::releasePayment(const QString &cartId, const QString &paymentId)
{
    if (!m_scope.isOrchestrator())
        return failedJob<core::Cart>(u"Directly, the removePayment cart action releases a payment."_s);
    HttpRequest request;
    request.method = HttpRequest::Method::Delete;
    request.path = cartPath(cartId) + u"/payments/"_s + ApiScope::segment(paymentId);
    return sendDecoded<core::Cart>(m_transport, std::move(request), &json::decodeCart);
}

Job<core::Cart> *CartClient::byId(const QString &id)
{
    return sendDecoded<core::Cart>(m_transport, HttpRequest::get(cartPath(id)), &json::decodeCart);
}

Job<std::optional<core::Cart>> *CartClient::activeCart()
{
    using Outcome = Result<std::optional<core::Cart>>;
    if (m_scope.kind() == ApiScope::Kind::Me || m_scope.isOrchestrator()) {
        const QString path =
            m_scope.isOrchestrator() ? m_scope.collection(u"carts"_s) + u"/active"_s : u"/me/active-cart"_s;
        return m_transport->sendSettled<std::optional<core::Cart>>(
            HttpRequest::get(path), [](const Result<HttpResponse> &answer) -> Outcome {
                if (!answer.ok()) {
                    const ApiError &error = answer.error();
                    if (error.kind == ApiError::Kind::Http && error.httpStatus == 404)
                        return std::optional<core::Cart>(); // the buyer has no active cart
                    return error;
                }
                Result<core::Cart> cart = decodeBody<core::Cart>(answer.value(), &json::decodeCart);
                if (!cart.ok())
                    return cart.error();
                return std::optional<core::Cart>(std::move(cart).value());
            });
    }
    const ResourceQuery newestActive = ResourceQuery()
                                           .where(u"cartState = \"Active\""_s)
                                           .sort(u"lastModifiedAt"_s, ResourceQuery::Direction::Descending)
                                           .limit(1);
    return m_transport->send<std::optional<core::Cart>>(
        HttpRequest::get(m_scope.collection(u"carts"_s), newestActive.toUrlQuery()),
        [](const HttpResponse &response) -> Outcome {
            Result<core::PagedResult<core::Cart>> page =
                decodeBody<core::PagedResult<core::Cart>>(response, &json::decodeCartPage);
            if (!page.ok())
                return page.error();
            if (page.value().results.isEmpty())
                return std::optional<core::Cart>();
            return std::optional<core::Cart>(page.value().results.first());
        });
}

Job<core::PagedResult<core::Cart>> *CartClient::query(const ResourceQuery &query)
{
    return sendDecoded<core::PagedResult<core::Cart>>(
        m_transport, HttpRequest::get(m_scope.collection(u"carts"_s), query.toUrlQuery()),
        &json::decodeCartPage);
}

Job<core::Cart> *CartClient::update(const QString &id, qint64 version, const QList<CartUpdateAction> &actions)
{
    return updateResource<core::Cart>(m_transport, cartPath(id), version, actions, &json::decodeCart);
}

Job<core::Cart> *CartClient::remove(const QString &id, qint64 version)
{
    return sendDecoded<core::Cart>(m_transport, deleteRequest(cartPath(id), version), &json::decodeCart);
}

} // namespace commercedesk::api
