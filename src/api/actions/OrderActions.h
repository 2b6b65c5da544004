// SPDX-License-Identifier: MIT
#pragma once

#include "api/ParcelDraft.h"
#include "api/UpdateAction.h"
#include "core/Address.h"
#include "core/Delivery.h"
#include "core/Enums.h"
#include "core/Reference.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace commercedesk::api {

/// Factories for order update actions (api.yaml OrderUpdateAction), each encoded to the official wire shape.
/// safeToRepeat (see UpdateAction): false for addDelivery and addParcelToDelivery (a repeat would ship
/// twice); true for the state changes, setters, removeDelivery, addPayment and updateSyncInfo.
struct OrderActions
{
    static OrderUpdateAction changeOrderState(core::OrderState state);
    static OrderUpdateAction changeShipmentState(core::ShipmentState state);
    static OrderUpdateAction changePaymentState(core::PaymentState state);
    static OrderUpdateAction transitionState(const core::ResourceIdentifier &state,
                                             std::optional<bool> force = {});
    static OrderUpdateAction addDelivery(const QList<core::DeliveryItem> &items,
                                         const std::optional<core::Address> &address = {},
                                         const QList<ParcelDraft> &parcels = {},
                                         const std::optional<QString> &deliveryKey = {});
    static OrderUpdateAction addParcelToDelivery(const QString &deliveryId, const ParcelDraft &parcel);
    static OrderUpdateAction setParcelTrackingData(const QString &parcelId,
                                                   const std::optional<core::TrackingData> &trackingData);
    static OrderUpdateAction removeDelivery(const QString &deliveryId);
    static OrderUpdateAction setOrderNumber(const std::optional<QString> &orderNumber);
    static OrderUpdateAction setPurchaseOrderNumber(const std::optional<QString> &purchaseOrderNumber);
    static OrderUpdateAction addPayment(const QString &paymentId);
    /// api.yaml OrderAddReturnInfoAction: one ReturnItemDraft per item (`id` is the line item's id) with
    /// shipmentState Returned (the refundable initial state, ReturnShipmentState) and `comment` when not
    /// empty. Not safe to repeat (a repeat records the return twice).
    static OrderUpdateAction addReturnInfo(const QList<core::DeliveryItem> &items, const QString &comment);
    /// api.yaml OrderSetReturnShipmentStateAction: the return item `returnItemId` moves to `state` (e.g.
    /// Returned → BackInStock). Safe to repeat (it sets a state).
    static OrderUpdateAction setReturnShipmentState(const QString &returnItemId,
                                                    core::ReturnShipmentState state);
    /// api.yaml OrderSetReturnPaymentStateAction. Safe to repeat (it sets a state).
    static OrderUpdateAction setReturnPaymentState(const QString &returnItemId,
                                                   core::ReturnPaymentState state);
    /// `channel` identifies the external system (typeId "channel").
    static OrderUpdateAction updateSyncInfo(const core::ResourceIdentifier &channel,
                                            const std::optional<QString> &externalId = {},
                                            const std::optional<QDateTime> &syncedAt = {});
    /// `type` unset removes the custom type; `fields` are the custom field values (JSON as the Type defines).
    static OrderUpdateAction setCustomType(const std::optional<core::ResourceIdentifier> &type,
                                           const QJsonObject &fields = {});
    /// A null or undefined `value` removes the field (it is then not sent).
    static OrderUpdateAction setCustomField(const QString &name, const QJsonValue &value = {});
};

} // namespace commercedesk::api
