// SPDX-License-Identifier: MIT
#include "api/json/ReturnJson.h"

#include "api/json/JsonEnum.h"
#include "api/json/JsonReader.h"
#include "api/json/JsonWriter.h"

using namespace Qt::StringLiterals;

namespace commercedesk::api::json {

namespace {
constexpr QStringView LineItemType = u"LineItemReturnItem";
constexpr QStringView CustomLineItemType = u"CustomLineItemReturnItem";
} // namespace

std::optional<core::ReturnItem> readReturnItem(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::ReturnItem item;
    const QString type = r.string(u"type");
    item.id = r.string(u"id");
    item.key = r.optionalString(u"key");
    item.quantity = r.integer(u"quantity");
    if (type == LineItemType) {
        item.lineItemId = r.string(u"lineItemId");
    } else if (type == CustomLineItemType) {
        item.customLineItemId = r.string(u"customLineItemId");
    } else if (r.ok()) {
        cursor.field(u"type").fail(u"unknown value \"%1\" (allowed: %2, %3)"_s.arg(
            type, LineItemType.toString(), CustomLineItemType.toString()));
    }
    item.comment = r.optionalString(u"comment");
    item.shipmentState = r.required(u"shipmentState", enumReader(core::returnShipmentStateFromWire));
    item.paymentState = r.required(u"paymentState", enumReader(core::returnPaymentStateFromWire));
    item.createdAt = r.timestamp(u"createdAt");
    item.lastModifiedAt = r.timestamp(u"lastModifiedAt");
    return r.finish(std::move(item));
}

QJsonObject encodeReturnItem(const core::ReturnItem &item)
{
    JsonWriter w;
    w.set(u"type", (item.customLineItemId ? CustomLineItemType : LineItemType).toString());
    w.set(u"id", item.id);
    w.setOptional(u"key", item.key);
    w.set(u"quantity", item.quantity);
    w.setOptional(u"lineItemId", item.lineItemId);
    w.setOptional(u"customLineItemId", item.customLineItemId);
    w.setOptional(u"comment", item.comment);
    w.set(u"shipmentState", core::toWireString(item.shipmentState));
    w.set(u"paymentState", core::toWireString(item.paymentState));
    w.set(u"createdAt", item.createdAt);
    w.set(u"lastModifiedAt", item.lastModifiedAt);
    return w.take();
}

std::optional<core::ReturnInfo> readReturnInfo(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::ReturnInfo info;
    info.items = r.requiredList(u"items", readReturnItem);
    info.returnTrackingId = r.optionalString(u"returnTrackingId");
    info.returnDate = r.optionalTimestamp(u"returnDate");
    return r.finish(std::move(info));
}

QJsonObject encodeReturnInfo(const core::ReturnInfo &info)
{
    JsonWriter w;
    w.setList(u"items", info.items, encodeReturnItem);
    w.setOptional(u"returnTrackingId", info.returnTrackingId);
    w.setOptional(u"returnDate", info.returnDate);
    return w.take();
}

} // namespace commercedesk::api::json
