// SPDX-License-Identifier: MIT
#pragma once

#include "orchestrator/ServiceContext.h"

namespace commercedesk::orchestrator {

class BuyerScope;
class Exchange;
class RouteTable;

/// Carts on the buyer's behalf (docs/orchestrator-api.yaml, "Carts"): B2C under `/v1/carts`, B2B under
/// `/v1/business-units/{businessUnitKey}/carts` (see BuyerScope). Drafts and updates pass CartRules first;
/// every cart is read with the trusted client and shown only to its owner. A B2C update skips the ownership
/// read when this replica recently saw the cart's owner (OwnershipCache: a cart it created, read or updated
/// for that owner); a B2B update needs none (the as-associate endpoint checks the unit and the associate's
/// permissions itself).
class CartService
{
public:
    explicit CartService(ServiceContext context);

    void registerRoutes(RouteTable &routes);

private:
    void create(Exchange *exchange);
    void active(Exchange *exchange);
    void get(Exchange *exchange);
    void update(Exchange *exchange);
    void shippingMethods(Exchange *exchange);

    ServiceContext m_context;
};

} // namespace commercedesk::orchestrator
