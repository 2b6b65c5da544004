// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/Enums.h"
#include "core/LineItem.h"
#include "core/Money.h"
#include "core/PaymentInfo.h"
#include "core/Reference.h"
#include "core/ReturnInfo.h"
#include "core/ShippingInfo.h"
#include "core/TaxedPrice.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace commercedesk::core {

// Records that an external system (ERP/OMS, identified by a channel) has imported the order.
struct SyncInfo
{
    Reference channel; // typeId "channel"
    std::optional<QString> externalId;
    QDateTime syncedAt;

    friend bool operator==(const SyncInfo &, const SyncInfo &) = default;
};

// A commercetools Order: the cart-like fields plus order workflow state. No state machine is enforced
// (the API lets any orderState/shipmentState/paymentState be set).
struct Order
{
    QString id;
    qint64 version = 0;
    std::optional<QString> orderNumber;
    std::optional<QString> purchaseOrderNumber;
    std::optional<QString> customerId;
    std::optional<QString> customerEmail;
    std::optional<QString> anonymousId;
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
    PaymentInfo paymentInfo;
    std::optional<QString> country;
    std::optional<QString> locale;
    CartOrigin origin = CartOrigin::Customer;
    OrderState orderState = OrderState::Open;
    std::optional<ShipmentState> shipmentState;
    std::optional<PaymentState> paymentState;
    std::optional<Reference> state; // custom workflow State
    std::optional<Reference> cart;
    std::optional<Reference> quote;
    QList<SyncInfo> syncInfo;
    QList<ReturnInfo> returnInfo; // in the order they were recorded
    std::optional<qint64> lastMessageSequenceNumber;
    std::optional<QDateTime> completedAt;
    QDateTime createdAt;
    QDateTime lastModifiedAt;

    qint64 totalLineItemQuantity() const;
    // taxedPrice.totalGross if present, else totalPrice.
    Money displayTotal() const;
    // shippingInfo->deliveries, or empty.
    QList<Delivery> deliveries() const;
    const LineItem *lineItem(const QString &lineItemId) const;
    // The return item with `returnItemId` of any of the returns, or null.
    const ReturnItem *returnItem(const QString &returnItemId) const;

    friend bool operator==(const Order &, const Order &) = default;
};

} // namespace commercedesk::core
