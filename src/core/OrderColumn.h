// SPDX-License-Identifier: MIT
#pragma once

#include "core/Order.h"
#include "core/OrderSummary.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace commercedesk::core {

/// The columns an order row can show (table) or write (CSV export). Keys are stable identifiers for
/// settings and saved views ("orderNumber"); they are not user-visible text. In core so the order models
/// and the merchant services share them without depending on each other.
enum class OrderColumn {
    OrderNumber,
    Created,
    Customer, ///< business unit key for B2B orders, else the customer e-mail
    PurchaseOrder,
    Items,
    Total,
    OrderState,
    PaymentState,
    ShipmentState,
    OmsSync,
    Store,
    Country,
    LastModified,
};

/// Columns only a per-line-item export has.
enum class LineColumn { Sku, Name, Quantity, UnitPrice, LineTotal, TaxRate };

QList<OrderColumn> allOrderColumns();
QList<OrderColumn> defaultOrderColumns();
QList<LineColumn> allLineColumns();

QString columnKey(OrderColumn column);
std::optional<OrderColumn> orderColumnFromKey(QStringView key);
QString columnKey(LineColumn column);
QStringList columnKeys(const QList<OrderColumn> &columns);
/// Unknown keys are skipped; duplicates dropped.
QList<OrderColumn> orderColumnsFromKeys(const QStringList &keys);

/// The machine-readable value of `column` (ISO timestamps, decimal amounts with '.', wire state names) —
/// what a CSV export writes; locale-independent.
QString plainValue(const OrderSummary &order, OrderColumn column);
QString plainValue(const LineItem &line, LineColumn column, const QString &locale = QString());

} // namespace commercedesk::core
