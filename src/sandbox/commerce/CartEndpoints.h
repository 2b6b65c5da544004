// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/commerce/CartActionContext.h"
#include "sandbox/commerce/CartDocument.h"
#include "sandbox/http/Router.h"

#include <memory>

namespace commercedesk::sandbox {

class Clock;
class Database;

// The cart endpoints (api.yaml Cart), each with the real scope rules (ScopeRules) and the
// visibility of CartAccess:
//   /{projectKey}/carts                      GET query, POST create (CartDraft)
//   /{projectKey}/carts/{id} | /key={key}    GET, POST update {version, actions}, DELETE ?version
//   /{projectKey}/me/carts[/{id}|/key={key}] the same for the token's customer / anonymous session
//   /{projectKey}/me/active-cart             GET the most recently modified Active cart
//   /{projectKey}/as-associate/{associateId}/in-business-unit/key={businessUnitKey}/carts[/{id}]
//     (also reachable as …/business-units/key={businessUnitKey}/carts)
// Creates and updates run the cart extensions (ExtensionInvoker) before anything is written.
// A stale version → 409 ConcurrentModification with currentVersion; an update that changes nothing
// keeps the version. Every write mirrors customer_id, anonymous_id, business_unit_key, store_key and
// cart_state into the carts row. Same thread as the Database; the Database and Clock outlive this.
class CartEndpoints
{
public:
    CartEndpoints(Database &database, std::shared_ptr<const Clock> clock);
    void registerRoutes(Router &router);

    // The extra carts columns mirrored from a cart document.
    static QVariantMap columnsOf(const CartDocument &cart);

private:
    void registerSurface(Router &router, const QString &base, CartSurface surface);
    HttpResponse query(RequestContext &ctx, CartSurface surface);
    HttpResponse create(RequestContext &ctx, CartSurface surface);
    HttpResponse get(RequestContext &ctx, CartSurface surface, bool byKey);
    HttpResponse update(RequestContext &ctx, CartSurface surface, bool byKey);
    HttpResponse remove(RequestContext &ctx, CartSurface surface, bool byKey);
    HttpResponse activeCart(RequestContext &ctx);

    // Loads the cart named by the path when the access may see it; 404 otherwise.
    std::optional<CartDocument> load(const RequestContext &ctx, const class CartAccess &access, bool byKey,
                                     HttpResponse *error) const;
    HttpResponse present(const RequestContext &ctx, const CartDocument &cart, int status = 200) const;

    Database &m_database;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace commercedesk::sandbox
