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

std::optional<QJsonObject> CustomerSignIn::latestActive(const QString &column, const QString &value) const
{
    if (value.isEmpty())
        return std::nullopt;
    const QVariant id =
        m_database.scalar(u"SELECT id FROM carts WHERE "_s % column %
                              u" = ? AND cart_state = 'Active' ORDER BY last_modified_at DESC LIMIT 1"_s,
                          {value});
    if (!id.isValid())
        return std::nullopt;
    return ResourceTable(m_database, u"carts"_s).byId(id.toString());
}

bool CustomerSignIn::store(QJsonObject cart, const QVariantMap &columns)
{
    const qint64 version = cart.value(u"version"_s).toInteger();
    cart.insert(u"version"_s, version + 1);
    cart.insert(u"lastModifiedAt"_s, JsonValues::timestamp(m_now));
    return ResourceTable(m_database, u"carts"_s).update(cart, version, columns);
}

QJsonObject CustomerSignIn::merge(QJsonObject target, const QJsonObject &source) const
{
    QJsonArray lines = target.value(u"lineItems"_s).toArray();
    for (const QJsonValue &v : source.value(u"lineItems"_s).toArray()) {
        const QJsonObject incoming = v.toObject();
        bool matched = false;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QJsonObject line = lines.at(i).toObject();
            if (line.value(u"productId"_s) != incoming.value(u"productId"_s) ||
                line.value(u"variant"_s).toObject().value(u"id"_s) !=
                    incoming.value(u"variant"_s).toObject().value(u"id"_s))
                continue;
            line.insert(u"quantity"_s, std::max(line.value(u"quantity"_s).toInteger(),
                                                incoming.value(u"quantity"_s).toInteger()));
            lines.replace(i, line);
            matched = true;
            break;
        }
        if (!matched) {
            QJsonObject copy = incoming;
            copy.insert(u"id"_s, JsonValues::randomId());
            lines.append(copy);
        }
    }
    QJsonObject merged = target;
    merged.insert(u"lineItems"_s, lines);
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
    std::optional<QJsonObject> anonymous;
    if (!anonymousCartId.isEmpty()) {
        anonymous = ResourceTable(m_database, u"carts"_s).byId(anonymousCartId);
        // A named anonymous cart must also be the named session's, when one is named.
        if (anonymous &&
            (anonymous->value(u"cartState"_s).toString() != u"Active"_s ||
             anonymous->contains(u"customerId"_s) ||
             (!anonymousId.isEmpty() && anonymous->value(u"anonymousId"_s).toString() != anonymousId)))
            anonymous.reset();
    } else {
        anonymous = latestActive(u"anonymous_id"_s, anonymousId);
        if (anonymous && anonymous->contains(u"customerId"_s))
            anonymous.reset();
    }
    std::optional<QJsonObject> own = latestActive(u"customer_id"_s, customerId);
    if (!anonymous)
        return own;
    if (!own || mode == u"UseAsNewActiveCustomerCart"_s) {
        QJsonObject cart = *anonymous;
        cart.insert(u"customerId"_s, customerId);
        if (!cart.contains(u"customerEmail"_s))
            cart.insert(u"customerEmail"_s, email);
        if (!store(cart, {{u"customer_id"_s, customerId}}))
            return std::nullopt;
        return ResourceTable(m_database, u"carts"_s).byId(cart.value(u"id"_s).toString());
    }
    const QJsonObject merged = merge(*own, *anonymous);
    QJsonObject spent = *anonymous;
    spent.insert(u"cartState"_s, u"Merged"_s);
    if (!store(merged, {}) || !store(spent, {{u"cart_state"_s, u"Merged"_s}}))
        return std::nullopt;
    return ResourceTable(m_database, u"carts"_s).byId(merged.value(u"id"_s).toString());
}

} // namespace commercedesk::sandbox
