// SPDX-License-Identifier: MIT
#pragma once

#include "orchestrator/ServiceContext.h"

#include <QJsonObject>

#include <functional>

namespace commercedesk::orchestrator {

class BuyerScope;
class Exchange;
class GatewayClient;
class RouteTable;

/// Card payments recorded by the trusted party (docs/orchestrator-api.yaml, "Payments"). The buyer sends
/// only the gateway's authorization id; the orchestrator asks the gateway for it and checks that it is
/// approved, for this cart (`reference` = cart id), for what the buyer pays (the taxed gross total when the
/// cart is taxed, else the total price) in its currency. Only then does it create the Payment (key = the
/// authorization id, so a retry finds it instead of making a second) with an `Authorization` transaction in
/// `Success`, the PSP reference as `interfaceId`/`interactionId` and the authorization code, brand and last
/// four digits as custom fields of the Type `commercedesk-card-authorization`, and adds it to the cart. A
/// buyer can never set a transaction state. `GET /v1/carts/{id}/payments/{paymentId}` answers a Payment of
/// the buyer's cart (only one the cart references), so a checkout resumed later can see whether the recorded
/// authorization still pays it. `DELETE /v1/carts/{id}/payments/{paymentId}` takes such a Payment off the
/// cart when it can no longer pay it: its authorization is not approved at the gateway any more (the app
/// voided it) or does not cover the cart's current total. A Payment that still pays the cart stays (409
/// PaymentStillValid).
class PaymentService
{
public:
    PaymentService(ServiceContext context, GatewayClient *gateway);

    void registerRoutes(RouteTable &routes);

    /// Checks the gateway's authorization `authorizationId` against `cart` (read for `scope`) and records it
    /// as the cart's Payment (as `POST /v1/carts/{id}/payments` does); `then` gets the cart with it.
    /// Failures are answered on `exchange`. Used by order placement with an `authorizationId`.
    void recordAuthorization(const BuyerScope &scope, const QJsonObject &cart, const QString &authorizationId,
                             Exchange *exchange, std::function<void(const QJsonObject &cart)> then);

private:
    void authorize(Exchange *exchange);
    void payment(Exchange *exchange);
    void release(Exchange *exchange);
    /// The Payment `paymentId` of the buyer's cart `cartId`, handed to `then` with the cart.
    void loadCartPayment(Exchange *exchange,
                         std::function<void(const QJsonObject &cart, const QJsonObject &payment)> then);
    using CartHandler = std::function<void(const QJsonObject &cart)>;
    void record(const BuyerScope &scope, const QJsonObject &cart, const QJsonObject &authorization,
                Exchange *exchange, CartHandler then);
    void attach(const BuyerScope &scope, const QJsonObject &cart, const QJsonObject &payment,
                Exchange *exchange, CartHandler then);

    ServiceContext m_context;
    GatewayClient *m_gateway;
};

} // namespace commercedesk::orchestrator
