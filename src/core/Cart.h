// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/Enums.h"
#include "core/LineItem.h"
#include "core/Money.h"
#include "core/PaymentInfo.h"
#include "core/Reference.h"
#include "core/ShippingInfo.h"
#include "core/TaxedPrice.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace commercedesk::core {

// Why a cart cannot be turned into an order yet (see Cart::checkoutBlockers()).
enum class CheckoutBlocker {
    NotActive,                      // cartState is Merged or Ordered
    NoLineItems,                    // nothing to order
    MissingShippingAddress,         // the API refuses orders without one, whatever the tax mode
    MissingTaxes,                   // Platform/External: a line item or the shipping lacks a taxRate;
                                    // ExternalAmount: the cart lacks taxedPrice
    ShippingMethodDoesNotMatchCart, // shippingInfo.shippingMethodState == DoesNotMatchCart
};

// A commercetools Cart (Single shipping mode; custom line items, discount codes and custom fields are
// not modelled).
struct Cart
{
    QString id;
    qint64 version = 0;
    std::optional<QString> key;
    CartState cartState = CartState::Active;
    std::optional<QString> customerId;
    std::optional<QString> anonymousId;
    std::optional<QString> customerEmail;
    std::optional<Reference> customerGroup;
    std::optional<KeyReference> businessUnit;
    std::optional<KeyReference> store;
    QList<LineItem> lineItems;
    Money totalPrice;
    std::optional<TaxedPrice> taxedPrice;
    std::optional<TaxedPrice> taxedShippingPrice;
    TaxMode taxMode = TaxMode::Platform;
    InventoryMode inventoryMode = InventoryMode::None;
    RoundingMode taxRoundingMode = RoundingMode::HalfEven;
    RoundingMode priceRoundingMode = RoundingMode::HalfEven;
    TaxCalculationMode taxCalculationMode = TaxCalculationMode::LineItemLevel;
    ShippingMode shippingMode = ShippingMode::Single;
    std::optional<Address> shippingAddress;
    std::optional<Address> billingAddress;
    std::optional<ShippingInfo> shippingInfo;
    PaymentInfo paymentInfo; // empty when the wire has no paymentInfo
    std::optional<QString> country;
    std::optional<QString> locale;
    std::optional<QString> purchaseOrderNumber;
    CartOrigin origin = CartOrigin::Customer;
    std::optional<qint64> deleteDaysAfterLastModification;
    QDateTime createdAt;
    QDateTime lastModifiedAt;

    // Sum of lineItems[].quantity (0 for an empty cart).
    qint64 totalLineItemQuantity() const;
    // What to show as the grand total: taxedPrice.totalGross if present, else totalPrice.
    Money displayTotal() const;
    // Every reason the cart cannot be ordered now, in the order of the CheckoutBlocker enum; empty = ready.
    QList<CheckoutBlocker> checkoutBlockers() const;
    bool isCheckoutReady() const { return checkoutBlockers().isEmpty(); }
    // The line item with that id, or nullptr; valid while this cart lives unchanged.
    const LineItem *lineItem(const QString &lineItemId) const;

    friend bool operator==(const Cart &, const Cart &) = default;
};

} // namespace commercedesk::core
