// SPDX-License-Identifier: MIT
#pragma once

#include "api/ParcelDraft.h"
#include "api/UpdateAction.h"
#include "core/Delivery.h"
#include "core/Enums.h"
#include "core/Order.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace commercedesk::merchant {

/// One thing a seller does to an order, as a value: it renders to the update actions of ONE request.
/// None of the actions is marked safe to repeat, so a 409 always comes back to the seller (see
/// OrderActionService) instead of being re-applied blindly.
struct OrderCommand
{
    enum class Kind {
        Confirm,          ///< orderState Confirmed
        Complete,         ///< orderState Complete
        Cancel,           ///< orderState Cancelled (ask the user first)
        Reopen,           ///< orderState Open: only as the undo of a Confirm (OrderStateRules::inverse)
        SetShipmentState, ///< shipmentState
        SetPaymentState,  ///< paymentState
        AddDelivery,      ///< a delivery of `deliveryItems` with `parcels` (each may carry tracking data)
        SetTracking,      ///< tracking data of an existing parcel `parcelId`
        AddReturn,        ///< a return of `deliveryItems` (line item id, quantity) with `comment`
        SetReturnShipmentState, ///< `returnShipmentState` for each return item of `returnItemIds`
        SetReturnPaymentState,  ///< `returnPaymentState` for each return item of `returnItemIds`
    };

    Kind kind = Kind::Confirm;
    core::ShipmentState shipmentState = core::ShipmentState::Pending;
    core::PaymentState paymentState = core::PaymentState::Pending;
    QList<core::DeliveryItem> deliveryItems; ///< empty = every line item in full
    QList<api::ParcelDraft> parcels;
    QString parcelId;
    core::TrackingData tracking;
    QString comment; ///< AddReturn
    QStringList returnItemIds;
    core::ReturnShipmentState returnShipmentState = core::ReturnShipmentState::Returned;
    core::ReturnPaymentState returnPaymentState = core::ReturnPaymentState::Initial;

    static OrderCommand confirm();
    static OrderCommand complete();
    static OrderCommand cancel();
    static OrderCommand reopen();
    static OrderCommand setShipmentState(core::ShipmentState state);
    static OrderCommand setPaymentState(core::PaymentState state);
    /// One parcel with `tracking` (when it has a tracking id) for `items` (empty = all lines in full).
    static OrderCommand addDelivery(const QList<core::DeliveryItem> &items,
                                    const core::TrackingData &tracking);
    static OrderCommand setTracking(const QString &parcelId, const core::TrackingData &tracking);
    /// The return of `items` (line item id and the units coming back; shipment state Returned) with the
    /// seller's `comment` (may be empty): api.yaml's addReturnInfo.
    static OrderCommand addReturn(const QList<core::DeliveryItem> &items, const QString &comment);
    /// Moves the return items `returnItemIds` to `state` (api.yaml setReturnShipmentState, one per item).
    static OrderCommand setReturnShipmentState(const QStringList &returnItemIds,
                                               core::ReturnShipmentState state);
    /// Sets the return items' payment state (api.yaml setReturnPaymentState, one per item).
    static OrderCommand setReturnPaymentState(const QStringList &returnItemIds,
                                              core::ReturnPaymentState state);

    /// The update actions for `order` (AddDelivery with no items takes every line of `order`).
    QList<api::OrderUpdateAction> actions(const core::Order &order) const;
    /// True when applying this command to `order` would change nothing (e.g. confirming a confirmed order, or
    /// return items already in the state).
    bool isNoOp(const core::Order &order) const;

    friend bool operator==(const OrderCommand &, const OrderCommand &) = default;
};

} // namespace commercedesk::merchant
