// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/commerce/CartActionContext.h"
#include "sandbox/commerce/CartDocument.h"
#include "sandbox/commerce/CommerceErrors.h"
#include "sandbox/http/RequestContext.h"
#include "sandbox/query/ResourceQuery.h"

#include <QJsonObject>
#include <QSet>

#include <optional>

namespace commercedesk::sandbox {

class Database;

// Who may see and change which carts on one request:
//  - Admin (`/carts`): every cart (the route's scopes already decided).
//  - Me (`/me/carts`, `/me/active-cart`): only carts of the token's customer (customer_id:…) or,
//    for an anonymous session, of its anonymous id and without a customer.
//  - Associate (`/as-associate/{associateId}/in-business-unit/key={buKey}/carts`): only carts of
//    that business unit, and only as far as the associate's roles in it (explicit, or inherited
//    from parent units when the unit's associateMode is ExplicitAndFromParent) grant
//    View/Create/Update/DeleteMyCarts (carts with customerId = associate) or …OthersCarts.
//    Missing permission → 403 AssociateMissingPermission. A customer token may only act as itself.
// Carts outside the view answer 404, as if they did not exist.
class CartAccess
{
public:
    enum class Operation { View, Create, Update, Delete };

    static std::optional<CartAccess> forRequest(Database &database, CartSurface surface,
                                                const RequestContext &ctx, HttpResponse *error);

    CartSurface surface() const { return m_surface; }
    bool canSee(const CartDocument &cart) const;
    // nullopt when the operation on `cart` (Create: the new cart) is permitted.
    ActionResult check(Operation operation, const CartDocument &cart) const;
    // Stamps the owner of a new cart: customerId / anonymousId / businessUnit from the token or path.
    void stampOwner(CartDocument &cart) const;
    // The restriction for the query endpoint of this surface.
    void restrict(ResourceQuerySpec &spec) const;
    QString customerId() const { return m_customerId; }
    QString anonymousId() const { return m_anonymousId; }

    // Whether `customerId` is an associate (explicit or inherited) of the unit `unitKey`. A /me cart may
    // name only such a unit: anyone else gets ReferencedResourceNotFound, as if the unit did not exist.
    static bool isAssociate(Database &database, const QString &customerId, const QString &unitKey);
    static ActionResult checkUnitForBuyer(Database &database, const CartDocument &cart);

private:
    bool isOwn(const CartDocument &cart) const;
    bool holds(const QString &permission) const { return m_permissions.contains(permission); }
    HttpResponse missingPermission(const QStringList &permissions) const;

    CartSurface m_surface = CartSurface::Admin;
    QString m_customerId;
    QString m_anonymousId;
    QString m_businessUnitKey;
    QSet<QString> m_permissions;
};

} // namespace commercedesk::sandbox
