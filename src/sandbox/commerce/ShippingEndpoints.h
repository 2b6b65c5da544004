// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/http/Router.h"

#include <memory>

namespace commercedesk::sandbox {

class Clock;
class Database;

// Shipping methods and zones (scopes from ScopeRules::ShippingMethods / Zones):
//   /{projectKey}/shipping-methods                 GET query, POST create (ShippingMethodDraft)
//   /{projectKey}/shipping-methods/{id}|/key={key} GET, POST update, DELETE ?version
//   /{projectKey}/shipping-methods/matching-cart?cartId=  the active methods with a rate for the
//        cart's shipping address zone and currency (rates flagged isMatching); 400 without cartId
//   /{projectKey}/zones[/{id}|/key={key}]          GET, POST create / update, DELETE
// Drafts are validated (required name / taxCategory / isDefault, existing zones and tax category,
// Money drafts) and at most one method is the default. Same thread as the Database.
class ShippingEndpoints
{
public:
    ShippingEndpoints(Database &database, std::shared_ptr<const Clock> clock);
    void registerRoutes(Router &router);

private:
    HttpResponse createMethod(RequestContext &ctx);
    HttpResponse createZone(RequestContext &ctx);
    HttpResponse matchingCart(RequestContext &ctx);
    HttpResponse list(RequestContext &ctx, const QString &table);
    std::optional<QJsonObject> readZoneRates(const QJsonValue &value, HttpResponse *error) const;

    Database &m_database;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace commercedesk::sandbox
