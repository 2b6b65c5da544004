// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/commerce/CartDocument.h"
#include "sandbox/commerce/CommerceErrors.h"

#include <QJsonObject>

#include <optional>

namespace commercedesk::sandbox {

class Database;

// Computes every derived field of a Cart in place, in integer minor units of the cart's currency:
// line `totalPrice`, the shipping price (zone rate of the shipping address incl. freeAbove),
// `taxRate`/`taxedPrice` per line and for the shipping, the cart `taxedPrice` with `taxPortions`,
// `taxedShippingPrice`, `totalPrice` (lines + shipping) and `totalLineItemQuantity`.
// Tax per `taxMode`: Platform — rates from the product's / shipping method's tax category for the
// shipping address country (and state); External — the rates already on the lines/shipping;
// ExternalAmount — the amounts set by the tax-amount actions are kept as they are; Disabled — none.
// Tax is calculated per line (taxCalculationMode LineItemLevel) and rounded with taxRoundingMode.
// The cart `taxedPrice` exists only when every line (and the shipping, when set) has a rate.
// Same thread as the Database; reads only.
class CartTotals
{
public:
    explicit CartTotals(Database &database);

    // 400 MoneyOverflow when a total leaves MoneyLimits (the cart is then partly updated: discard it).
    ActionResult recompute(CartDocument &cart) const;
    // The rate of tax category `taxCategoryId` for an address, as a TaxRate, or nullopt.
    std::optional<QJsonObject> platformRate(const QString &taxCategoryId, const QJsonObject &address) const;

private:
    void updateShipping(CartDocument &cart, qint64 lineTotal) const;
    QString productTaxCategory(const QString &productId) const;

    Database &m_database;
};

} // namespace commercedesk::sandbox
