// SPDX-License-Identifier: MIT
#pragma once

#include "core/Enums.h"
#include "core/Money.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace commercedesk::core {

struct Order;

// The part of an Order a list row shows, sorts and pages by — about a kilobyte where the full order is tens
// of kilobytes — so an order table can hold tens of thousands of rows. Not an order: actions and documents
// need the full Order, fetched by id. Built either from a decoded Order (of()) or straight from the JSON by
// the API layer's summary reader; both give the same value for the same order.
struct OrderSummary
{
    QString id;
    qint64 version = 0;
    std::optional<QString> orderNumber;
    std::optional<QString> purchaseOrderNumber;
    std::optional<QString> customerEmail;
    std::optional<QString> businessUnitKey;
    std::optional<QString> storeKey;
    QString country;      // the shipping address's country, else the order's country, else empty
    qint64 itemCount = 0; // the sum of the line items' quantities
    Money totalPrice;     // the order's totalPrice (what `totalPrice.centAmount` sorts and pages by)
    Money displayTotal;   // taxedPrice.totalGross if present, else totalPrice
    OrderState orderState = OrderState::Open;
    std::optional<PaymentState> paymentState;
    std::optional<ShipmentState> shipmentState;
    std::optional<QDateTime> syncedAt; // the first syncInfo entry's syncedAt; empty when not synced
    QDateTime createdAt;
    QDateTime lastModifiedAt;

    bool isSynced() const { return syncedAt.has_value(); }
    QString displayNumber() const { return orderNumber.value_or(id); }

    static OrderSummary of(const Order &order);

    friend bool operator==(const OrderSummary &, const OrderSummary &) = default;
};

} // namespace commercedesk::core
