// SPDX-License-Identifier: MIT
#include "sandbox/orders/CustomerSignIn.h"

#include "sandbox/commerce/CartTotals.h"
#include "sandbox/storage/Database.h"
#include "sandbox/storage/JsonValues.h"
#include "sandbox/storage/ResourceTable.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

CustomerSignIn::CustomerSignIn(Database &database, QDateTime now)
    : m_database(database)
    , m_now(std::move(now))
{}

std::optional<CartDocument> CustomerSignIn::byId(const QString &id) const
{
    const auto json = ResourceTable(m_database, u"carts"_s).byId(id);
    if (!json)
        return std::nullopt;
    return CartDocument::fromJson(*json);
}

std::optional<CartDocument> CustomerSignIn::latestActive(const QString &column, const QString &value) const
{
    if (value.isEmpty())
        return std::nullopt;
    const QVariant id =
        m_database.scalar(u"SELECT id FROM carts WHERE "_s % column %
                              u" = ? AND cart_state = 'Active' ORDER BY last_modified_at DESC LIMIT 1"_s,
                          {value});
    if (!id.isValid())
        return std::nullopt;
    return byId(id.toString());
}

bool CustomerSignIn::store(CartDocument cart, const QVariantMap &columns)
{
    const qint64 version = cart.version();
    cart.markModified(m_now);
    return ResourceTable(m_database, u"carts"_s).update(cart.toJson(), version, columns);
}

CartDocument CustomerSignIn::merge(const CartDocument &target, const CartDocument &source) const
{
    QList<LineItemEntry> lines = target.lineItems();
    for (const LineItemEntry &incoming : source.lineItems()) {
        bool matched = false;
        for (LineItemEntry &line : lines) {
            if (line.productId() != incoming.productId() || line.variantId() != incoming.variantId())
                continue;
            line.setQuantity(std::max(line.quantity(), incoming.quantity()));
            matched = true;
            break;
        }
        if (!matched) {
            LineItemEntry copy = incoming;
            copy.setId(JsonValues::randomId());
            lines.append(copy);
        }
    }
    CartDocument merged = target;
    merged.setLineItems(lines);
    // Totals beyond the supported amount: keep the customer's cart as it was.
    if (CartTotals(m_database).recompute(merged))
        return target;
    return merged;
}

std::optional<QJsonObject> CustomerSignIn::activeCart(const QString &customerId,
                                                      const QString &anonymousCartId,
                                                      const QString &anonymousId, const QString &mode,
                                                      const QString &email)
{
    std::optional<CartDocument> anonymous;
    if (!anonymousCartId.isEmpty()) {
        anonymous = byId(anonymousCartId);
        // A named anonymous cart must also be the named session's, when one is named.
        if (anonymous && (!anonymous->isActive() || anonymous->hasCustomerId() ||
                          (!anonymousId.isEmpty() && anonymous->anonymousId() != anonymousId)))
            anonymous.reset();
    } else {
        anonymous = latestActive(u"anonymous_id"_s, anonymousId);
        if (anonymous && anonymous->hasCustomerId())
            anonymous.reset();
    }
    std::optional<CartDocument> own = latestActive(u"customer_id"_s, customerId);
    std::optional<CartDocument> result;
    if (!anonymous) {
        result = own;
    } else if (!own || mode == u"UseAsNewActiveCustomerCart"_s) {
        CartDocument cart = *anonymous;
        cart.setCustomerId(customerId);
        if (!cart.hasCustomerEmail())
            cart.setCustomerEmail(email);
        if (!store(cart, {{u"customer_id"_s, customerId}}))
            return std::nullopt;
        result = byId(cart.id());
    } else {
        const CartDocument merged = merge(*own, *anonymous);
        CartDocument spent = *anonymous;
        spent.setCartState(u"Merged"_s);
        if (!store(merged, {}) || !store(spent, {{u"cart_state"_s, u"Merged"_s}}))
            return std::nullopt;
        result = byId(merged.id());
    }
    if (!result)
        return std::nullopt;
    return result->toJson();
}

} // namespace commercedesk::sandbox
