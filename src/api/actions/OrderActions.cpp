// SPDX-License-Identifier: MIT
#include "api/actions/OrderActions.h"

#include "api/json/CommonJson.h"
#include "api/json/JsonWriter.h"

using namespace Qt::StringLiterals;
using namespace commercedesk::api::json;

namespace commercedesk::api {

namespace {

JsonWriter start(const QString &name)
{
    JsonWriter w;
    w.set(u"action", name);
    return w;
}

OrderUpdateAction make(JsonWriter &w, bool safeToRepeat)
{
    return OrderUpdateAction{w.take(), safeToRepeat};
}

QJsonObject encodeItem(const core::DeliveryItem &item)
{
    return QJsonObject{{u"id"_s, item.id}, {u"quantity"_s, item.quantity}};
}

QJsonObject encodeMeasurementsDraft(const core::ParcelMeasurements &m)
{
    JsonWriter w;
    w.setOptional(u"heightInMillimeter", m.heightInMillimeter);
    w.setOptional(u"lengthInMillimeter", m.lengthInMillimeter);
    w.setOptional(u"widthInMillimeter", m.widthInMillimeter);
    w.setOptional(u"weightInGram", m.weightInGram);
    return w.take();
}

QJsonObject encodeTrackingDataDraft(const core::TrackingData &data)
{
    JsonWriter w;
    w.setOptional(u"trackingId", data.trackingId);
    w.setOptional(u"carrier", data.carrier);
    w.setOptional(u"provider", data.provider);
    w.setOptional(u"providerTransaction", data.providerTransaction);
    w.setOptional(u"isReturn", data.isReturn);
    return w.take();
}

// The parcel fields, written into `w` (addDelivery's parcels and addParcelToDelivery share them).
void writeParcel(JsonWriter &w, const ParcelDraft &parcel)
{
    w.setOptional(u"measurements", parcel.measurements, encodeMeasurementsDraft);
    w.setOptional(u"trackingData", parcel.trackingData, encodeTrackingDataDraft);
    if (!parcel.items.isEmpty())
        w.setList(u"items", parcel.items, encodeItem);
}

QJsonObject encodeParcelDraft(const ParcelDraft &parcel)
{
    JsonWriter w;
    w.setOptional(u"key", parcel.key);
    writeParcel(w, parcel);
    return w.take();
}

} // namespace

OrderUpdateAction OrderActions::changeOrderState(core::OrderState state)
{
    JsonWriter w = start(u"changeOrderState"_s);
    w.set(u"orderState", core::toWireString(state));
    return make(w, true);
}

OrderUpdateAction OrderActions::changeShipmentState(core::ShipmentState state)
{
    JsonWriter w = start(u"changeShipmentState"_s);
    w.set(u"shipmentState", core::toWireString(state));
    return make(w, true);
}

OrderUpdateAction OrderActions::changePaymentState(core::PaymentState state)
{
    JsonWriter w = start(u"changePaymentState"_s);
    w.set(u"paymentState", core::toWireString(state));
    return make(w, true);
}

OrderUpdateAction OrderActions::transitionState(const core::ResourceIdentifier &state,
                                                std::optional<bool> force)
{
    JsonWriter w = start(u"transitionState"_s);
    w.set(u"state", encodeResourceIdentifier(state));
    w.setOptional(u"force", force);
    return make(w, true);
}

OrderUpdateAction OrderActions::addDelivery(const QList<core::DeliveryItem> &items,
                                            const std::optional<core::Address> &address,
                                            const QList<ParcelDraft> &parcels,
                                            const std::optional<QString> &deliveryKey)
{
    JsonWriter w = start(u"addDelivery"_s);
    w.setOptional(u"deliveryKey", deliveryKey);
    w.setList(u"items", items, encodeItem);
    w.setOptional(u"address", address, encodeAddress);
    if (!parcels.isEmpty())
        w.setList(u"parcels", parcels, encodeParcelDraft);
    return make(w, false);
}

OrderUpdateAction OrderActions::addParcelToDelivery(const QString &deliveryId, const ParcelDraft &parcel)
{
    JsonWriter w = start(u"addParcelToDelivery"_s);
    w.set(u"deliveryId", deliveryId);
    w.setOptional(u"parcelKey", parcel.key);
    writeParcel(w, parcel);
    return make(w, false);
}

OrderUpdateAction OrderActions::setParcelTrackingData(const QString &parcelId,
                                                      const std::optional<core::TrackingData> &trackingData)
{
    JsonWriter w = start(u"setParcelTrackingData"_s);
    w.set(u"parcelId", parcelId);
    w.setOptional(u"trackingData", trackingData, encodeTrackingDataDraft);
    return make(w, true);
}

OrderUpdateAction OrderActions::removeDelivery(const QString &deliveryId)
{
    JsonWriter w = start(u"removeDelivery"_s);
    w.set(u"deliveryId", deliveryId);
    return make(w, true);
}

OrderUpdateAction OrderActions::setOrderNumber(const std::optional<QString> &orderNumber)
{
    JsonWriter w = start(u"setOrderNumber"_s);
    w.setOptional(u"orderNumber", orderNumber);
    return make(w, true);
}

OrderUpdateAction OrderActions::setPurchaseOrderNumber(const std::optional<QString> &purchaseOrderNumber)
{
    JsonWriter w = start(u"setPurchaseOrderNumber"_s);
    w.setOptional(u"purchaseOrderNumber", purchaseOrderNumber);
    return make(w, true);
}

OrderUpdateAction OrderActions::addReturnInfo(const QList<core::DeliveryItem> &items, const QString &comment)
{
    JsonWriter w = start(u"addReturnInfo"_s);
    w.setList(u"items", items, [&comment](const core::DeliveryItem &item) {
        QJsonObject draft{
            {u"lineItemId"_s, item.id}, {u"quantity"_s, item.quantity}, {u"shipmentState"_s, u"Returned"_s}};
        if (!comment.isEmpty())
            draft.insert(u"comment"_s, comment);
        return draft;
    });
    return make(w, false);
}

OrderUpdateAction OrderActions::setReturnShipmentState(const QString &returnItemId,
                                                       core::ReturnShipmentState state)
{
    JsonWriter w = start(u"setReturnShipmentState"_s);
    w.set(u"returnItemId", returnItemId);
    w.set(u"shipmentState", core::toWireString(state));
    return make(w, true);
}

OrderUpdateAction OrderActions::setReturnPaymentState(const QString &returnItemId,
                                                      core::ReturnPaymentState state)
{
    JsonWriter w = start(u"setReturnPaymentState"_s);
    w.set(u"returnItemId", returnItemId);
    w.set(u"paymentState", core::toWireString(state));
    return make(w, true);
}

OrderUpdateAction OrderActions::addPayment(const QString &paymentId)
{
    JsonWriter w = start(u"addPayment"_s);
    w.set(u"payment", encodeReference(core::Reference{u"payment"_s, paymentId}));
    return make(w, true);
}

OrderUpdateAction OrderActions::updateSyncInfo(const core::ResourceIdentifier &channel,
                                               const std::optional<QString> &externalId,
                                               const std::optional<QDateTime> &syncedAt)
{
    JsonWriter w = start(u"updateSyncInfo"_s);
    w.set(u"channel", encodeResourceIdentifier(channel));
    w.setOptional(u"externalId", externalId);
    w.setOptional(u"syncedAt", syncedAt);
    return make(w, true);
}

OrderUpdateAction OrderActions::setCustomType(const std::optional<core::ResourceIdentifier> &type,
                                              const QJsonObject &fields)
{
    JsonWriter w = start(u"setCustomType"_s);
    w.setOptional(u"type", type, encodeResourceIdentifier);
    if (!fields.isEmpty())
        w.set(u"fields", fields);
    return make(w, true);
}

OrderUpdateAction OrderActions::setCustomField(const QString &name, const QJsonValue &value)
{
    JsonWriter w = start(u"setCustomField"_s);
    w.set(u"name", name);
    if (!value.isUndefined() && !value.isNull())
        w.set(u"value", value);
    return make(w, true);
}

} // namespace commercedesk::api
