// SPDX-License-Identifier: MIT
#pragma once

#include "orchestrator/OrchestratorError.h"
#include "orchestrator/ServiceContext.h"

#include <QJsonObject>

namespace commercedesk::orchestrator {

class BuyerScope;
class Exchange;
class RouteTable;

/// Orders on the buyer's behalf (docs/orchestrator-api.yaml, "Orders"): placement, history, one order,
/// reorder — B2C under `/v1/orders`, B2B under `/v1/business-units/{businessUnitKey}/orders`.
/// Placement is idempotent by the app's `orderNumber` (made once per checkout attempt): a retry — after a
/// timeout, a lost answer or an orchestrator restart — finds the order already made from that cart with that
/// number and answers it (200) instead of making a second one; any replica can answer the retry.
class OrderService
{
public:
    explicit OrderService(ServiceContext context);

    void registerRoutes(RouteTable &routes);

private:
    void place(Exchange *exchange);
    void history(Exchange *exchange);
    void get(Exchange *exchange);
    void reorder(Exchange *exchange);
    /// Looks up the buyer's order `orderNumber` made from `cartId`; answers it with 200, or `otherwise`.
    void answerExisting(const BuyerScope &scope, const QString &orderNumber, const QString &cartId,
                        Exchange *exchange, const OrchestratorError &otherwise);

    ServiceContext m_context;
};

} // namespace commercedesk::orchestrator
