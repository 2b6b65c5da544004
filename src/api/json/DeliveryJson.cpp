// SPDX-License-Identifier: MIT
#include "api/json/DeliveryJson.h"

#include "api/json/CommonJson.h"
#include "api/json/JsonReader.h"
#include "api/json/JsonWriter.h"

namespace commercedesk::api::json {

namespace {

std::optional<core::DeliveryItem> readDeliveryItem(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::DeliveryItem item;
    item.id = r.string(u"id");
    item.quantity = r.integer(u"quantity");
    return r.finish(std::move(item));
}

QJsonObject encodeDeliveryItem(const core::DeliveryItem &item)
{
    JsonWriter w;
    w.set(u"id", item.id);
    w.set(u"quantity", item.quantity);
    return w.take();
}

std::optional<core::TrackingData> readTrackingData(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::TrackingData data;
    data.trackingId = r.optionalString(u"trackingId");
    data.carrier = r.optionalString(u"carrier");
    data.provider = r.optionalString(u"provider");
    data.providerTransaction = r.optionalString(u"providerTransaction");
    data.isReturn = r.optionalBoolean(u"isReturn");
    return r.finish(std::move(data));
}

QJsonObject encodeTrackingData(const core::TrackingData &data)
{
    JsonWriter w;
    w.setOptional(u"trackingId", data.trackingId);
    w.setOptional(u"carrier", data.carrier);
    w.setOptional(u"provider", data.provider);
    w.setOptional(u"providerTransaction", data.providerTransaction);
    w.setOptional(u"isReturn", data.isReturn);
    return w.take();
}

std::optional<core::ParcelMeasurements> readMeasurements(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::ParcelMeasurements m;
    m.heightInMillimeter = r.optionalInteger(u"heightInMillimeter");
    m.lengthInMillimeter = r.optionalInteger(u"lengthInMillimeter");
    m.widthInMillimeter = r.optionalInteger(u"widthInMillimeter");
    m.weightInGram = r.optionalInteger(u"weightInGram");
    return r.finish(m);
}

QJsonObject encodeMeasurements(const core::ParcelMeasurements &m)
{
    JsonWriter w;
    w.setOptional(u"heightInMillimeter", m.heightInMillimeter);
    w.setOptional(u"lengthInMillimeter", m.lengthInMillimeter);
    w.setOptional(u"widthInMillimeter", m.widthInMillimeter);
    w.setOptional(u"weightInGram", m.weightInGram);
    return w.take();
}

} // namespace

std::optional<core::Parcel> readParcel(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::Parcel parcel;
    parcel.id = r.string(u"id");
    parcel.key = r.optionalString(u"key");
    parcel.createdAt = r.timestamp(u"createdAt");
    parcel.measurements = r.optional(u"measurements", readMeasurements);
    parcel.trackingData = r.optional(u"trackingData", readTrackingData);
    parcel.items = r.list(u"items", readDeliveryItem);
    return r.finish(std::move(parcel));
}

QJsonObject encodeParcel(const core::Parcel &parcel)
{
    JsonWriter w;
    w.set(u"id", parcel.id);
    w.setOptional(u"key", parcel.key);
    w.set(u"createdAt", parcel.createdAt);
    w.setOptional(u"measurements", parcel.measurements, encodeMeasurements);
    w.setOptional(u"trackingData", parcel.trackingData, encodeTrackingData);
    w.setList(u"items", parcel.items, encodeDeliveryItem);
    return w.take();
}

std::optional<core::Delivery> readDelivery(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::Delivery delivery;
    delivery.id = r.string(u"id");
    delivery.key = r.optionalString(u"key");
    delivery.createdAt = r.timestamp(u"createdAt");
    delivery.items = r.list(u"items", readDeliveryItem);
    delivery.parcels = r.list(u"parcels", readParcel);
    delivery.address = r.optional(u"address", readAddress);
    return r.finish(std::move(delivery));
}

QJsonObject encodeDelivery(const core::Delivery &delivery)
{
    JsonWriter w;
    w.set(u"id", delivery.id);
    w.setOptional(u"key", delivery.key);
    w.set(u"createdAt", delivery.createdAt);
    w.setList(u"items", delivery.items, encodeDeliveryItem);
    w.setList(u"parcels", delivery.parcels, encodeParcel);
    w.setOptional(u"address", delivery.address, encodeAddress);
    return w.take();
}

} // namespace commercedesk::api::json
