// SPDX-License-Identifier: MIT
#include "merchant/OrderConflict.h"

#include "merchant/OrderColumn.h"

using namespace Qt::StringLiterals;

namespace commercedesk::merchant {

namespace {

void compare(QList<FieldChange> &changes, const QString &field, const QString &before, const QString &after)
{
    if (before != after)
        changes.append({field, before, after});
}

/// The fields the OMS write-back changes (updateSyncInfo; changeShipmentState Ready/Shipped; addDelivery),
/// cleared so that what remains is what the seller decided on.
core::Order withoutBackgroundFields(core::Order order, bool keepFulfilment)
{
    order.version = 0;
    order.lastModifiedAt = {};
    order.lastMessageSequenceNumber.reset();
    order.syncInfo.clear();
    if (!keepFulfilment) {
        order.shipmentState.reset();
        if (order.shippingInfo) {
            order.shippingInfo->deliveries.clear();
            if (*order.shippingInfo == core::ShippingInfo{})
                order.shippingInfo.reset(); // only held the deliveries
        }
    }
    return order;
}

/// Whether `command` writes or depends on the shipment state or the deliveries.
bool touchesFulfilment(const OrderCommand &command)
{
    using Kind = OrderCommand::Kind;
    switch (command.kind) {
    case Kind::Confirm:
    case Kind::Complete:
    case Kind::SetPaymentState:
        return false;
    case Kind::Cancel: // cancelling an order that shipped meanwhile is the seller's call
    case Kind::SetShipmentState:
    case Kind::AddDelivery:
    case Kind::SetTracking:
        return true;
    }
    return true;
}

} // namespace

bool OrderConflict::onlyUntouchedChanges(const core::Order &seen, const core::Order &current,
                                         const OrderCommand &command)
{
    if (seen.id != current.id)
        return false;
    const bool keepFulfilment = touchesFulfilment(command);
    return withoutBackgroundFields(seen, keepFulfilment) == withoutBackgroundFields(current, keepFulfilment);
}

QList<FieldChange> OrderConflict::diff(const core::Order &before, const core::Order &after)
{
    QList<FieldChange> changes;
    const core::OrderSummary was = core::OrderSummary::of(before);
    const core::OrderSummary is = core::OrderSummary::of(after);
    compare(changes, u"orderState"_s, plainValue(was, OrderColumn::OrderState),
            plainValue(is, OrderColumn::OrderState));
    compare(changes, u"paymentState"_s, plainValue(was, OrderColumn::PaymentState),
            plainValue(is, OrderColumn::PaymentState));
    compare(changes, u"shipmentState"_s, plainValue(was, OrderColumn::ShipmentState),
            plainValue(is, OrderColumn::ShipmentState));
    compare(changes, u"deliveries"_s, QString::number(before.deliveries().size()),
            QString::number(after.deliveries().size()));
    compare(changes, u"syncInfo"_s, QString::number(before.syncInfo.size()),
            QString::number(after.syncInfo.size()));
    compare(changes, u"lineItems"_s, QString::number(before.totalLineItemQuantity()),
            QString::number(after.totalLineItemQuantity()));
    compare(changes, u"total"_s, plainValue(was, OrderColumn::Total), plainValue(is, OrderColumn::Total));
    compare(changes, u"purchaseOrderNumber"_s, before.purchaseOrderNumber.value_or(QString()),
            after.purchaseOrderNumber.value_or(QString()));
    compare(changes, u"version"_s, QString::number(before.version), QString::number(after.version));
    return changes;
}

} // namespace commercedesk::merchant
