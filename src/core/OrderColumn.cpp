// SPDX-License-Identifier: MIT
#include "core/OrderColumn.h"

#include "core/Rate.h"

using namespace Qt::StringLiterals;

namespace commercedesk::core {

namespace {

struct ColumnName
{
    OrderColumn column;
    QStringView key;
};

constexpr ColumnName kOrderColumns[] = {
    {OrderColumn::OrderNumber, u"orderNumber"},
    {OrderColumn::Created, u"created"},
    {OrderColumn::Customer, u"customer"},
    {OrderColumn::PurchaseOrder, u"purchaseOrder"},
    {OrderColumn::Items, u"items"},
    {OrderColumn::Total, u"total"},
    {OrderColumn::OrderState, u"orderState"},
    {OrderColumn::PaymentState, u"paymentState"},
    {OrderColumn::ShipmentState, u"shipmentState"},
    {OrderColumn::OmsSync, u"omsSync"},
    {OrderColumn::Store, u"store"},
    {OrderColumn::Country, u"country"},
    {OrderColumn::LastModified, u"lastModified"},
};

} // namespace

QList<OrderColumn> allOrderColumns()
{
    QList<OrderColumn> out;
    for (const ColumnName &entry : kOrderColumns)
        out.append(entry.column);
    return out;
}

QList<OrderColumn> defaultOrderColumns()
{
    // What a seller triages by comes first (who, how much, which states); PO and OMS sync further right.
    return {OrderColumn::OrderNumber,   OrderColumn::Created,       OrderColumn::Customer,
            OrderColumn::Total,         OrderColumn::OrderState,    OrderColumn::PaymentState,
            OrderColumn::ShipmentState, OrderColumn::PurchaseOrder, OrderColumn::Items,
            OrderColumn::OmsSync};
}

QList<LineColumn> allLineColumns()
{
    return {LineColumn::Sku,       LineColumn::Name,      LineColumn::Quantity,
            LineColumn::UnitPrice, LineColumn::LineTotal, LineColumn::TaxRate};
}

QString columnKey(OrderColumn column)
{
    for (const ColumnName &entry : kOrderColumns) {
        if (entry.column == column)
            return entry.key.toString();
    }
    return {};
}

std::optional<OrderColumn> orderColumnFromKey(QStringView key)
{
    for (const ColumnName &entry : kOrderColumns) {
        if (entry.key == key)
            return entry.column;
    }
    return std::nullopt;
}

QString columnKey(LineColumn column)
{
    switch (column) {
    case LineColumn::Sku:
        return u"sku"_s;
    case LineColumn::Name:
        return u"name"_s;
    case LineColumn::Quantity:
        return u"quantity"_s;
    case LineColumn::UnitPrice:
        return u"unitPrice"_s;
    case LineColumn::LineTotal:
        return u"lineTotal"_s;
    case LineColumn::TaxRate:
        return u"taxRate"_s;
    }
    return {};
}

QStringList columnKeys(const QList<OrderColumn> &columns)
{
    QStringList keys;
    for (OrderColumn column : columns)
        keys.append(columnKey(column));
    return keys;
}

QList<OrderColumn> orderColumnsFromKeys(const QStringList &keys)
{
    QList<OrderColumn> columns;
    for (const QString &key : keys) {
        const std::optional<OrderColumn> column = orderColumnFromKey(key);
        if (column && !columns.contains(*column))
            columns.append(*column);
    }
    return columns;
}

QString plainValue(const core::OrderSummary &order, OrderColumn column)
{
    switch (column) {
    case OrderColumn::OrderNumber:
        return order.orderNumber.value_or(QString());
    case OrderColumn::Created:
        return order.createdAt.toUTC().toString(Qt::ISODateWithMs);
    case OrderColumn::Customer:
        return order.businessUnitKey ? *order.businessUnitKey : order.customerEmail.value_or(QString());
    case OrderColumn::PurchaseOrder:
        return order.purchaseOrderNumber.value_or(QString());
    case OrderColumn::Items:
        return QString::number(order.itemCount);
    case OrderColumn::Total:
        return order.displayTotal.toDecimalString() + u' ' + order.displayTotal.currencyCode();
    case OrderColumn::OrderState:
        return core::toWireString(order.orderState);
    case OrderColumn::PaymentState:
        return order.paymentState ? core::toWireString(*order.paymentState) : QString();
    case OrderColumn::ShipmentState:
        return order.shipmentState ? core::toWireString(*order.shipmentState) : QString();
    case OrderColumn::OmsSync:
        return order.syncedAt ? order.syncedAt->toUTC().toString(Qt::ISODateWithMs) : QString();
    case OrderColumn::Store:
        return order.storeKey.value_or(QString());
    case OrderColumn::Country:
        return order.country;
    case OrderColumn::LastModified:
        return order.lastModifiedAt.toUTC().toString(Qt::ISODateWithMs);
    }
    return {};
}

QString plainValue(const core::LineItem &line, LineColumn column, const QString &locale)
{
    switch (column) {
    case LineColumn::Sku:
        return line.variant.sku.value_or(QString());
    case LineColumn::Name:
        return line.name.text(locale.isEmpty() ? QStringView(u"en") : QStringView(locale));
    case LineColumn::Quantity:
        return QString::number(line.quantity);
    case LineColumn::UnitPrice:
        return line.price.value.toDecimalString();
    case LineColumn::LineTotal:
        return line.totalPrice.toDecimalString();
    case LineColumn::TaxRate:
        return line.taxRate ? line.taxRate->amount.toString() : QString();
    }
    return {};
}

} // namespace commercedesk::core
