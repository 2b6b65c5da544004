// SPDX-License-Identifier: MIT
#include "merchant/OrderConflict.h"

#include "core/OrderSummary.h"

using namespace Qt::StringLiterals;

namespace commercedesk::merchant {

namespace {

/// Compares the values; only a difference is formatted (plain text for the conflict dialog).
template<class T, class Format>
void compare(QList<FieldChange> &changes, const QString &field, const T &before, const T &after,
             Format format)
{
    if (before != after)
        changes.append({field, format(before), format(after)});
}

template<class E>
QString wire(const std::optional<E> &value)
{
    return value ? core::toWireString(*value) : QString();
}

QString number(qint64 value)
{
    return QString::number(value);
}

QString money(const core::Money &value)
{
    return value.toDecimalString() + u' ' + value.currencyCode();
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
    case Kind::Reopen:
    case Kind::SetPaymentState:
        return false;
    case Kind::Cancel: // cancelling an order that shipped meanwhile is the seller's call
    case Kind::SetShipmentState:
    case Kind::AddDelivery:
    case Kind::SetTracking:
    case Kind::AddReturn: // what came back depends on what shipped
    case Kind::SetReturnShipmentState:
    case Kind::SetReturnPaymentState:
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
    compare(changes, u"orderState"_s, before.orderState, after.orderState,
            [](core::OrderState state) { return core::toWireString(state); });
    compare(changes, u"paymentState"_s, before.paymentState, after.paymentState, wire<core::PaymentState>);
    compare(changes, u"shipmentState"_s, before.shipmentState, after.shipmentState,
            wire<core::ShipmentState>);
    compare(changes, u"deliveries"_s, qint64(before.deliveries().size()), qint64(after.deliveries().size()),
            number);
    compare(changes, u"syncInfo"_s, qint64(before.syncInfo.size()), qint64(after.syncInfo.size()), number);
    compare(changes, u"lineItems"_s, qint64(before.totalLineItemQuantity()),
            qint64(after.totalLineItemQuantity()), number);
    // The total the seller sees: the taxed gross when there is one (as the table shows it).
    compare(changes, u"total"_s, core::OrderSummary::of(before).displayTotal,
            core::OrderSummary::of(after).displayTotal, money);
    compare(changes, u"purchaseOrderNumber"_s, before.purchaseOrderNumber.value_or(QString()),
            after.purchaseOrderNumber.value_or(QString()), [](const QString &text) { return text; });
    compare(changes, u"version"_s, before.version, after.version, number);
    return changes;
}

} // namespace commercedesk::merchant
