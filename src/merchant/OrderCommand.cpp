// SPDX-License-Identifier: MIT
#include "merchant/OrderCommand.h"

#include "api/actions/OrderActions.h"

namespace commercedesk::merchant {

namespace {

OrderCommand ofKind(OrderCommand::Kind kind)
{
    OrderCommand command;
    command.kind = kind;
    return command;
}

} // namespace

OrderCommand OrderCommand::confirm()
{
    return ofKind(Kind::Confirm);
}

OrderCommand OrderCommand::complete()
{
    return ofKind(Kind::Complete);
}

OrderCommand OrderCommand::cancel()
{
    return ofKind(Kind::Cancel);
}

OrderCommand OrderCommand::reopen()
{
    return ofKind(Kind::Reopen);
}

OrderCommand OrderCommand::setShipmentState(core::ShipmentState state)
{
    OrderCommand command = ofKind(Kind::SetShipmentState);
    command.shipmentState = state;
    return command;
}

OrderCommand OrderCommand::setPaymentState(core::PaymentState state)
{
    OrderCommand command = ofKind(Kind::SetPaymentState);
    command.paymentState = state;
    return command;
}

OrderCommand OrderCommand::addDelivery(const QList<core::DeliveryItem> &items,
                                       const core::TrackingData &tracking)
{
    OrderCommand command = ofKind(Kind::AddDelivery);
    command.deliveryItems = items;
    api::ParcelDraft parcel;
    if (tracking.trackingId && !tracking.trackingId->isEmpty())
        parcel.trackingData = tracking;
    command.parcels.append(parcel);
    return command;
}

OrderCommand OrderCommand::setTracking(const QString &parcelId, const core::TrackingData &tracking)
{
    OrderCommand command = ofKind(Kind::SetTracking);
    command.parcelId = parcelId;
    command.tracking = tracking;
    return command;
}

OrderCommand OrderCommand::addReturn(const QList<core::DeliveryItem> &items, const QString &comment)
{
    OrderCommand command = ofKind(Kind::AddReturn);
    command.deliveryItems = items;
    command.comment = comment;
    return command;
}

OrderCommand OrderCommand::setReturnShipmentState(const QStringList &returnItemIds,
                                                  core::ReturnShipmentState state)
{
    OrderCommand command = ofKind(Kind::SetReturnShipmentState);
    command.returnItemIds = returnItemIds;
    command.returnShipmentState = state;
    return command;
}

OrderCommand OrderCommand::setReturnPaymentState(const QStringList &returnItemIds,
                                                 core::ReturnPaymentState state)
{
    OrderCommand command = ofKind(Kind::SetReturnPaymentState);
    command.returnItemIds = returnItemIds;
    command.returnPaymentState = state;
    return command;
}

QList<api::OrderUpdateAction> OrderCommand::actions(const core::Order &order) const
{
    using api::OrderActions;
    api::OrderUpdateAction action;
    switch (kind) {
    case Kind::Confirm:
        action = OrderActions::changeOrderState(core::OrderState::Confirmed);
        break;
    case Kind::Complete:
        action = OrderActions::changeOrderState(core::OrderState::Complete);
        break;
    case Kind::Cancel:
        action = OrderActions::changeOrderState(core::OrderState::Cancelled);
        break;
    case Kind::Reopen:
        action = OrderActions::changeOrderState(core::OrderState::Open);
        break;
    case Kind::SetShipmentState:
        action = OrderActions::changeShipmentState(shipmentState);
        break;
    case Kind::SetPaymentState:
        action = OrderActions::changePaymentState(paymentState);
        break;
    case Kind::AddDelivery: {
        QList<core::DeliveryItem> items = deliveryItems;
        if (items.isEmpty()) {
            for (const core::LineItem &line : order.lineItems)
                items.append({line.id, line.quantity});
        }
        action = OrderActions::addDelivery(items, std::nullopt, parcels);
        break;
    }
    case Kind::SetTracking:
        action = OrderActions::setParcelTrackingData(parcelId, tracking);
        break;
    case Kind::AddReturn:
        action = OrderActions::addReturnInfo(deliveryItems, comment);
        break;
    case Kind::SetReturnShipmentState:
    case Kind::SetReturnPaymentState: {
        QList<api::OrderUpdateAction> out;
        for (const QString &id : returnItemIds) {
            api::OrderUpdateAction one = kind == Kind::SetReturnShipmentState
                                             ? OrderActions::setReturnShipmentState(id, returnShipmentState)
                                             : OrderActions::setReturnPaymentState(id, returnPaymentState);
            one.safeToRepeat = false; // a conflict goes back to the seller
            out.append(one);
        }
        return out;
    }
    }
    action.safeToRepeat = false; // a conflict goes back to the seller
    return {action};
}

bool OrderCommand::isNoOp(const core::Order &order) const
{
    switch (kind) {
    case Kind::Confirm:
        return order.orderState == core::OrderState::Confirmed;
    case Kind::Complete:
        return order.orderState == core::OrderState::Complete;
    case Kind::Cancel:
        return order.orderState == core::OrderState::Cancelled;
    case Kind::Reopen:
        return order.orderState == core::OrderState::Open;
    case Kind::SetShipmentState:
        return order.shipmentState == shipmentState;
    case Kind::SetPaymentState:
        return order.paymentState == paymentState;
    case Kind::SetReturnShipmentState:
    case Kind::SetReturnPaymentState:
        for (const QString &id : returnItemIds) {
            const core::ReturnItem *item = order.returnItem(id);
            if (item && (kind == Kind::SetReturnShipmentState ? item->shipmentState != returnShipmentState
                                                              : item->paymentState != returnPaymentState))
                return false;
        }
        return true;
    case Kind::AddDelivery:
    case Kind::SetTracking:
    case Kind::AddReturn:
        return false;
    }
    return false;
}

} // namespace commercedesk::merchant
