// SPDX-License-Identifier: MIT
#include "orchestrator/PaymentService.h"

#include "orchestrator/BuyerScope.h"
#include "orchestrator/Exchange.h"
#include "orchestrator/GatewayClient.h"
#include "orchestrator/RouteTable.h"
#include "orchestrator/ServiceSupport.h"
#include "orchestrator/Upstream.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace commercedesk::orchestrator {

namespace {

/// What the buyer pays for the cart: the taxed gross total when the cart is taxed (tax added on top of net
/// prices, e.g. US sales tax), else the total price.
QJsonObject payableTotal(const QJsonObject &cart)
{
    const QJsonObject gross = cart.value(u"taxedPrice"_s).toObject().value(u"totalGross"_s).toObject();
    return gross.contains(u"centAmount"_s) ? gross : cart.value(u"totalPrice"_s).toObject();
}

QJsonObject paymentDraft(const BuyerScope &scope, const QJsonObject &cart, const QJsonObject &authorization)
{
    const QString psp = authorization.value(u"id"_s).toString();
    const QJsonObject total = payableTotal(cart);
    const QJsonObject amount{{u"currencyCode"_s, total.value(u"currencyCode"_s)},
                             {u"centAmount"_s, total.value(u"centAmount"_s)}};
    QJsonObject fields{{u"authorizationCode"_s, authorization.value(u"authorizationCode"_s).toString()},
                       {u"cardBrand"_s, authorization.value(u"brand"_s).toString()},
                       {u"cardLast4"_s, authorization.value(u"last4"_s).toString()}};
    QJsonObject draft{
        {u"key"_s, psp},
        {u"interfaceId"_s, psp},
        {u"amountPlanned"_s, amount},
        {u"paymentMethodInfo"_s,
         QJsonObject{{u"paymentInterface"_s, u"commercedesk-gateway"_s}, {u"method"_s, u"card"_s}}},
        {u"transactions"_s, QJsonArray{QJsonObject{{u"type"_s, u"Authorization"_s},
                                                   {u"amount"_s, amount},
                                                   {u"state"_s, u"Success"_s},
                                                   {u"interactionId"_s, psp},
                                                   {u"timestamp"_s, QDateTime::currentDateTimeUtc().toString(
                                                                        Qt::ISODateWithMs)}}}},
        {u"custom"_s, QJsonObject{{u"type"_s, QJsonObject{{u"typeId"_s, u"type"_s},
                                                          {u"key"_s, u"commercedesk-card-authorization"_s}}},
                                  {u"fields"_s, fields}}}};
    if (!scope.customerId().isEmpty())
        draft.insert(u"customer"_s, QJsonObject{{u"typeId"_s, u"customer"_s}, {u"id"_s, scope.customerId()}});
    else if (cart.contains(u"anonymousId"_s))
        draft.insert(u"anonymousId"_s, cart.value(u"anonymousId"_s));
    return draft;
}

/// Why `authorization` cannot pay `cart`, or an empty string.
QString mismatch(const QJsonObject &cart, const QJsonObject &authorization)
{
    const QJsonObject total = payableTotal(cart);
    const QJsonObject amount = authorization.value(u"amount"_s).toObject();
    if (authorization.value(u"reference"_s).toString() != cart.value(u"id"_s).toString())
        return u"The authorization was not made for this cart."_s;
    if (amount.value(u"currencyCode"_s).toString() != total.value(u"currencyCode"_s).toString())
        return u"The authorization is in another currency than the cart."_s;
    if (amount.value(u"centAmount"_s).toInteger() != total.value(u"centAmount"_s).toInteger())
        return u"The authorized amount differs from the cart's total."_s;
    return {};
}

} // namespace

PaymentService::PaymentService(ServiceContext context, GatewayClient *gateway)
    : m_context(std::move(context))
    , m_gateway(gateway)
{}

void PaymentService::registerRoutes(RouteTable &routes)
{
    using A = RouteTable::Access;
    routes.add("POST", u"/v1/carts/{id}/payments"_s, A::Session, true, [this](Exchange *e) { authorize(e); });
    routes.add("POST", u"/v1/business-units/{businessUnitKey}/carts/{id}/payments"_s, A::Customer, true,
               [this](Exchange *e) { authorize(e); });
    routes.add("GET", u"/v1/carts/{id}/payments/{paymentId}"_s, A::Session, false,
               [this](Exchange *e) { payment(e); });
    routes.add("GET", u"/v1/business-units/{businessUnitKey}/carts/{id}/payments/{paymentId}"_s, A::Customer,
               false, [this](Exchange *e) { payment(e); });
    routes.add("DELETE", u"/v1/carts/{id}/payments/{paymentId}"_s, A::Session, false,
               [this](Exchange *e) { release(e); });
    routes.add("DELETE", u"/v1/business-units/{businessUnitKey}/carts/{id}/payments/{paymentId}"_s,
               A::Customer, false, [this](Exchange *e) { release(e); });
}

void PaymentService::loadCartPayment(
    Exchange *exchange, std::function<void(const QJsonObject &cart, const QJsonObject &payment)> then)
{
    const auto scope = scopeOf(exchange);
    const QString cartId = exchange->param(u"id"_s);
    const QString paymentId = exchange->param(u"paymentId"_s);
    if (!scope || !requireSegment(exchange, cartId, u"id"_s) ||
        !requireSegment(exchange, paymentId, u"paymentId"_s))
        return;
    Upstream *upstream = m_context.upstream;
    loadOwned(upstream, *scope, scope->cart(cartId), exchange,
              [upstream, paymentId, exchange, then = std::move(then)](const QJsonObject &cart) {
                  bool referenced = false;
                  for (const QJsonValue &ref :
                       cart.value(u"paymentInfo"_s).toObject().value(u"payments"_s).toArray())
                      referenced = referenced || ref.toObject().value(u"id"_s).toString() == paymentId;
                  if (!referenced)
                      return exchange->fail(OrchestratorError::notFound(u"This cart has no such payment."_s));
                  upstream->get(u"/payments/"_s % paymentId, {}, exchange,
                                [cart, exchange, then](const api::Result<QJsonObject> &result) {
                                    if (!result.ok())
                                        return exchange->fail(OrchestratorError::fromApi(result.error()));
                                    then(cart, result.value());
                                });
              });
}

void PaymentService::payment(Exchange *exchange)
{
    loadCartPayment(exchange, [exchange](const QJsonObject &, const QJsonObject &payment) {
        exchange->answer(200, payment);
    });
}

void PaymentService::release(Exchange *exchange)
{
    const auto scope = scopeOf(exchange);
    if (!scope)
        return;
    loadCartPayment(exchange, [this, buyer = *scope, exchange](const QJsonObject &cart,
                                                               const QJsonObject &payment) {
        QString psp;
        qint64 authorized = 0;
        for (const QJsonValue &v : payment.value(u"transactions"_s).toArray()) {
            const QJsonObject t = v.toObject();
            if (t.value(u"type"_s).toString() == u"Authorization"_s &&
                t.value(u"state"_s).toString() == u"Success"_s) {
                psp = t.value(u"interactionId"_s).toString();
                authorized = t.value(u"amount"_s).toObject().value(u"centAmount"_s).toInteger();
            }
        }
        const QJsonObject total = payableTotal(cart);
        const bool coversTotal = authorized == total.value(u"centAmount"_s).toInteger() &&
                                 payment.value(u"amountPlanned"_s).toObject().value(u"currencyCode"_s) ==
                                     total.value(u"currencyCode"_s);
        const auto remove = [this, buyer, cart, payment, exchange] {
            const QJsonObject update{
                {u"version"_s, cart.value(u"version"_s)},
                {u"actions"_s,
                 QJsonArray{QJsonObject{{u"action"_s, u"removePayment"_s},
                                        {u"payment"_s, QJsonObject{{u"typeId"_s, u"payment"_s},
                                                                   {u"id"_s, payment.value(u"id"_s)}}}}}}};
            m_context.upstream->post(buyer.cart(cart.value(u"id"_s).toString()), update, true, exchange,
                                     [exchange](const api::Result<QJsonObject> &result) {
                                         if (!result.ok())
                                             return exchange->fail(
                                                 OrchestratorError::fromApi(result.error()));
                                         exchange->answer(200, result.value());
                                     });
        };
        if (!coversTotal || psp.isEmpty())
            return remove(); // it cannot pay this cart any more
        m_gateway->authorization(
            psp, exchange, [remove, exchange](const std::optional<QJsonObject> &auth, int status) {
                if (!auth && status != 404)
                    return exchange->fail(
                        {502, u"GatewayUnavailable"_s, u"The payment gateway could not be asked."_s, {}});
                if (auth && auth->value(u"status"_s).toString() == u"approved"_s)
                    return exchange->fail(
                        {409,
                         u"PaymentStillValid"_s,
                         u"This payment still pays the cart; void it at the gateway first."_s,
                         {}});
                remove();
            });
    });
}

void PaymentService::authorize(Exchange *exchange)
{
    const auto scope = scopeOf(exchange);
    const QString cartId = exchange->param(u"id"_s);
    if (!scope || !requireSegment(exchange, cartId, u"id"_s))
        return;
    const QJsonObject &in = exchange->json();
    if (in.size() != 1 || !in.value(u"authorizationId"_s).isString())
        return exchange->fail(OrchestratorError::invalidField(
            u"authorizationId"_s, u"Send only 'authorizationId', the gateway's authorization id."_s));
    const QString authorizationId = in.value(u"authorizationId"_s).toString();
    if (!requireSegment(exchange, authorizationId, u"authorizationId"_s))
        return;
    if (!m_gateway->isConfigured())
        return exchange->fail({503, u"PaymentsUnavailable"_s, u"No payment gateway is configured."_s, {}});
    loadOwned(m_context.upstream, *scope, scope->cart(cartId), exchange,
              [this, buyer = *scope, authorizationId, exchange](const QJsonObject &cart) {
                  recordAuthorization(buyer, cart, authorizationId, exchange,
                                      [exchange](const QJsonObject &paid) { exchange->answer(200, paid); });
              });
}

void PaymentService::recordAuthorization(const BuyerScope &scope, const QJsonObject &cart,
                                         const QString &authorizationId, Exchange *exchange,
                                         std::function<void(const QJsonObject &cart)> then)
{
    if (!m_gateway->isConfigured())
        return exchange->fail({503, u"PaymentsUnavailable"_s, u"No payment gateway is configured."_s, {}});
    m_gateway->authorization(
        authorizationId, exchange,
        [this, scope, cart, exchange, then = std::move(then)](const std::optional<QJsonObject> &auth,
                                                              int status) {
            if (!auth) {
                if (status == 404)
                    return exchange->fail(
                        {404, u"AuthorizationNotFound"_s, u"The gateway knows no such authorization."_s, {}});
                return exchange->fail(
                    {502, u"GatewayUnavailable"_s, u"The payment gateway could not be asked."_s, {}});
            }
            if (auth->value(u"status"_s).toString() != u"approved"_s) {
                return exchange->fail({409, u"AuthorizationNotApproved"_s,
                                       u"The gateway did not approve this authorization."_s,
                                       QJsonObject{{u"gatewayStatus"_s, auth->value(u"status"_s)}}});
            }
            if (const QString why = mismatch(cart, *auth); !why.isEmpty())
                return exchange->fail({409, u"AuthorizationMismatch"_s, why, {}});
            record(scope, cart, *auth, exchange, then);
        });
}

void PaymentService::record(const BuyerScope &scope, const QJsonObject &cart,
                            const QJsonObject &authorization, Exchange *exchange, CartHandler then)
{
    const QJsonObject draft = paymentDraft(scope, cart, authorization);
    const QString key = draft.value(u"key"_s).toString();
    m_context.upstream->post(
        u"/payments"_s, draft, false, exchange,
        [this, scope, cart, key, exchange, then](const api::Result<QJsonObject> &created) {
            if (created.ok())
                return attach(scope, cart, created.value(), exchange, then);
            if (created.error().code != u"DuplicateField"_s && !created.error().isTransient())
                return exchange->fail(OrchestratorError::fromApi(created.error()));
            // Recorded by an earlier attempt (perhaps by another replica): use that Payment.
            m_context.upstream->get(
                u"/payments/key="_s % key, {}, exchange,
                [this, scope, cart, exchange, then](const api::Result<QJsonObject> &existing) {
                    if (!existing.ok())
                        return exchange->fail(OrchestratorError::fromApi(existing.error()));
                    attach(scope, cart, existing.value(), exchange, then);
                });
        });
}

void PaymentService::attach(const BuyerScope &scope, const QJsonObject &cart, const QJsonObject &payment,
                            Exchange *exchange, CartHandler then)
{
    const QString paymentId = payment.value(u"id"_s).toString();
    for (const QJsonValue &ref : cart.value(u"paymentInfo"_s).toObject().value(u"payments"_s).toArray()) {
        if (ref.toObject().value(u"id"_s).toString() == paymentId)
            return then(cart);
    }
    const QJsonObject update{
        {u"version"_s, cart.value(u"version"_s)},
        {u"actions"_s, QJsonArray{QJsonObject{
                           {u"action"_s, u"addPayment"_s},
                           {u"payment"_s, QJsonObject{{u"typeId"_s, u"payment"_s}, {u"id"_s, paymentId}}}}}}};
    m_context.upstream->post(scope.cart(cart.value(u"id"_s).toString()), update, false, exchange,
                             [exchange, then](const api::Result<QJsonObject> &result) {
                                 if (!result.ok())
                                     return exchange->fail(OrchestratorError::fromApi(result.error()));
                                 then(result.value());
                             });
}

} // namespace commercedesk::orchestrator
