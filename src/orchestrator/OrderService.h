// SPDX-License-Identifier: MIT
#pragma once

#include "orchestrator/BuyerScope.h"
#include "orchestrator/OrchestratorError.h"
#include "orchestrator/ServiceContext.h"

#include <QJsonObject>

namespace commercedesk::orchestrator {

class Exchange;
class PaymentService;
class RouteTable;

/// Orders on the buyer's behalf (docs/orchestrator-api.yaml, "Orders"): placement, history, one order,
/// reorder — B2C under `/v1/orders`, B2B under `/v1/business-units/{businessUnitKey}/orders`.
/// Placement is idempotent by the app's `orderNumber` (made once per checkout attempt): a retry — after a
/// timeout, a lost answer or an orchestrator restart — finds the order already made from that cart with that
/// number and answers it (200) instead of making a second one; any replica can answer the retry. When this
/// replica knows a B2C cart's owner (OwnershipCache) placement skips the cart read; an answer that may mean
/// "already ordered" then takes the checked path. With an `authorizationId` the order also records the card
/// payment first (checked with the gateway as `POST /v1/carts/{id}/payments` does), so "Place order" is one
/// request from the app.
class OrderService
{
public:
    /// `payments` records a card authorization sent with an order; it must outlive this service.
    OrderService(ServiceContext context, PaymentService *payments);

    void registerRoutes(RouteTable &routes);

private:
    /// One validated "place order" request.
    struct Placement
    {
        BuyerScope buyer;
        QJsonObject draft; ///< the OrderFromCartDraft
        QString orderNumber;
        QString cartId;
        QString authorizationId; ///< a card authorization to record as the cart's Payment first, or empty
    };

    void place(Exchange *exchange);
    /// Orders a B2C cart without reading it first (its owner is known); falls back to placeChecked().
    void placeKnown(const Placement &placement, Exchange *exchange);
    /// Reads the cart (owner, state), then orders it, or answers the order already made from it.
    void placeChecked(const Placement &placement, Exchange *exchange);
    /// Records the placement's card authorization on `cart` (PaymentService), then submits the order.
    void payWith(const Placement &placement, const QJsonObject &cart, Exchange *exchange);
    /// Posts the order; an answer that may hide an order already made looks it up (answerExisting()).
    void submit(const Placement &placement, Exchange *exchange);
    void history(Exchange *exchange);
    void get(Exchange *exchange);
    void reorder(Exchange *exchange);
    /// Looks up the buyer's order `orderNumber` made from `cartId`; answers it with 200, or `otherwise`.
    void answerExisting(const BuyerScope &scope, const QString &orderNumber, const QString &cartId,
                        Exchange *exchange, const OrchestratorError &otherwise);

    ServiceContext m_context;
    PaymentService *m_payments;
};

} // namespace commercedesk::orchestrator
