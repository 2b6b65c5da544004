// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/Clock.h"
#include "sandbox/http/Router.h"
#include "sandbox/query/ResourceQuery.h"

#include <memory>
#include <optional>

namespace commercedesk::sandbox {

class Database;

// Order endpoints (scopes from ScopeRules):
//   GET|POST /{projectKey}/orders, GET|POST|DELETE /orders/{id}, GET|POST|DELETE /orders/order-number={n}
//   GET|POST /{projectKey}/me/orders, GET /me/orders/{id}               (the token's customer/anonymous id
//   only) GET|POST /{projectKey}/as-associate/{associateId}/in-business-unit/key={buKey}/orders[/{id}]
//            (the path's unit only; the associate's role permissions CreateMyOrdersFromMyCarts,
//             ViewMyOrders/ViewOthersOrders decide; otherwise 403 AssociateMissingPermission)
// Creation: OrderFromCart; updates: OrderUpdater. The Database must outlive the routes (same thread).
class OrderEndpoints
{
public:
    OrderEndpoints(Database &database, QString projectKey, std::shared_ptr<const Clock> clock);
    void registerRoutes(Router &router);

    // The ResourceQuerySpec of GET /orders (no scope restriction).
    static ResourceQuerySpec querySpec();

private:
    enum class Lookup { Id, OrderNumber };

    HttpResponse create(RequestContext &ctx);
    HttpResponse query(RequestContext &ctx);
    HttpResponse get(RequestContext &ctx, Lookup lookup);
    HttpResponse update(RequestContext &ctx, Lookup lookup);
    HttpResponse remove(RequestContext &ctx, Lookup lookup);
    HttpResponse myCreate(RequestContext &ctx);
    HttpResponse myQuery(RequestContext &ctx);
    HttpResponse myGet(RequestContext &ctx);
    HttpResponse associateCreate(RequestContext &ctx);
    HttpResponse associateQuery(RequestContext &ctx);
    HttpResponse associateGet(RequestContext &ctx);

    std::optional<QJsonObject> load(const RequestContext &ctx, Lookup lookup) const;
    HttpResponse present(const RequestContext &ctx, const QJsonObject &order, int status = 200) const;
    // Checks the project key and, for /me, that the token is a customer or anonymous session.
    std::optional<HttpResponse> checkBuyer(const RequestContext &ctx) const;
    // For as-associate routes: the associate's permissions in the path's unit, or the error.
    std::optional<HttpResponse> checkAssociate(const RequestContext &ctx, const QStringList &anyPermission,
                                               bool *seesOthers) const;

    Database &m_database;
    QString m_projectKey;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace commercedesk::sandbox
