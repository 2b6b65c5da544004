// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/commerce/CartDocument.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace commercedesk::sandbox {

class Database;

// What happens to carts when a customer signs in or up (commercetools CustomerSignin /
// MyCustomerSignin, activeCartSignInMode): the anonymous session's active cart (the given one, or
// the most recently modified Active cart of the anonymous id) becomes the customer's — with
// MergeWithExistingCustomerCart (the default) its line items are merged into the customer's
// existing active cart instead (a matching line keeps the larger quantity, others are added; totals
// recomputed by commerce/CartTotals) and the anonymous cart becomes Merged. Returns the customer's
// active cart afterwards, if any. Must run inside the caller's transaction.
class CustomerSignIn
{
public:
    CustomerSignIn(Database &database, QDateTime now);

    std::optional<QJsonObject> activeCart(const QString &customerId, const QString &anonymousCartId,
                                          const QString &anonymousId, const QString &mode,
                                          const QString &email);

private:
    std::optional<CartDocument> latestActive(const QString &column, const QString &value) const;
    std::optional<CartDocument> byId(const QString &id) const;
    bool store(CartDocument cart, const QVariantMap &columns);
    CartDocument merge(const CartDocument &target, const CartDocument &source) const;

    Database &m_database;
    QDateTime m_now;
};

} // namespace commercedesk::sandbox
