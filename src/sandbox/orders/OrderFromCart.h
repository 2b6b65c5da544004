// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/commerce/CartDocument.h"
#include "sandbox/http/HttpResponse.h"

#include <QDateTime>
#include <QJsonObject>

namespace commercedesk::sandbox {

class Database;

// Creates an Order from a Cart (OrderFromCartDraft / MyOrderFromCartDraft) the way commercetools
// does, including what the emulator skips: the cart version must match (409), the cart needs a
// shippingAddress (400 InvalidOperation), every line item and the shipping need a tax rate (Platform:
// 400 MissingTaxRateForCountry; External/ExternalAmount: 400 InvalidOperation), an Ordered or Merged
// cart cannot be ordered again (400 InvalidOperation), a duplicate orderNumber → 400 DuplicateField,
// enum values are validated (400 InvalidField with allowedValues). Once the order is valid and built,
// the API extensions triggered by order Create run on it (ExtensionInvoker; their actions applied
// with OrderUpdater, e.g. setOrderNumber), so a failing extension (400 ExtensionNoResponse, …)
// stores nothing and leaves the cart Active. Then the order is stored, the cart becomes `Ordered`
// (version + 1) and an OrderCreated message is written. Must run inside the caller's transaction
// (the HTTP route is `writes`): on any error the caller rolls back. Same thread as the Database;
// BLOCKS it while an extension answers (up to its timeout).
class OrderFromCart
{
public:
    // Who may order which cart. Empty fields do not restrict. A cart outside the customer/anonymous
    // restriction is answered as not found; one of another business unit → 400 InvalidOperation.
    struct Restriction
    {
        QString customerId;
        QString anonymousId;
        QString businessUnitKey;
        bool buyerOnly = false; // /me: the cart must belong to customerId or anonymousId
    };

    OrderFromCart(Database &database, QDateTime now);

    // 201 with the Order, or the error response.
    HttpResponse create(const QJsonObject &draft, const Restriction &restriction);

private:
    std::optional<HttpResponse> validateDraft(const QJsonObject &draft) const;
    std::optional<HttpResponse> validateCart(const CartDocument &cart) const;
    QJsonObject buildOrder(const QJsonObject &draft, const CartDocument &cart) const;
    std::optional<HttpResponse> runExtensions(QJsonObject &order) const;
    bool markCartOrdered(CartDocument cart);

    Database &m_database;
    QDateTime m_now;
};

} // namespace commercedesk::sandbox
