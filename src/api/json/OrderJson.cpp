// SPDX-License-Identifier: MIT
#include "api/json/OrderJson.h"

#include "api/json/CartLikeFields.h"
#include "api/json/PageJson.h"
#include "api/json/ReturnJson.h"

namespace commercedesk::api::json {

std::optional<core::SyncInfo> readSyncInfo(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::SyncInfo info;
    info.channel = r.required(u"channel", readReference);
    info.externalId = r.optionalString(u"externalId");
    info.syncedAt = r.timestamp(u"syncedAt");
    return r.finish(std::move(info));
}

QJsonObject encodeSyncInfo(const core::SyncInfo &info)
{
    JsonWriter w;
    w.set(u"channel", encodeReference(info.channel));
    w.setOptional(u"externalId", info.externalId);
    w.set(u"syncedAt", info.syncedAt);
    return w.take();
}

std::optional<core::Order> readOrder(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::Order order;
    detail::readCartLikeFields(r, order);
    order.orderNumber = r.optionalString(u"orderNumber");
    order.orderState = r.required(u"orderState", enumReader(core::orderStateFromWire));
    order.shipmentState = r.optional(u"shipmentState", enumReader(core::shipmentStateFromWire));
    order.paymentState = r.optional(u"paymentState", enumReader(core::paymentStateFromWire));
    order.state = r.optional(u"state", readReference);
    order.cart = r.optional(u"cart", readReference);
    order.quote = r.optional(u"quote", readReference);
    order.syncInfo = r.list(u"syncInfo", readSyncInfo);
    order.returnInfo = r.list(u"returnInfo", readReturnInfo);
    order.lastMessageSequenceNumber = r.optionalInteger(u"lastMessageSequenceNumber");
    order.completedAt = r.optionalTimestamp(u"completedAt");
    return r.finish(std::move(order));
}

std::optional<core::Order> decodeOrder(const QJsonValue &value, JsonError *error)
{
    return decodeRoot(value, error, readOrder);
}

std::optional<core::PagedResult<core::Order>> decodeOrderPage(const QJsonValue &value, JsonError *error)
{
    return decodeRoot(value, error, [](const JsonCursor &c) { return readPage(c, readOrder); });
}

QJsonObject encodeOrder(const core::Order &order)
{
    JsonWriter w;
    detail::writeCartLikeFields(w, order);
    w.setOptional(u"orderNumber", order.orderNumber);
    w.set(u"orderState", core::toWireString(order.orderState));
    w.setOptional(u"shipmentState", order.shipmentState, [](auto s) { return core::toWireString(s); });
    w.setOptional(u"paymentState", order.paymentState, [](auto s) { return core::toWireString(s); });
    w.setOptional(u"state", order.state, encodeReference);
    w.setOptional(u"cart", order.cart, encodeReference);
    w.setOptional(u"quote", order.quote, encodeReference);
    w.setList(u"syncInfo", order.syncInfo, encodeSyncInfo);
    w.setList(u"returnInfo", order.returnInfo, encodeReturnInfo);
    w.setOptional(u"lastMessageSequenceNumber", order.lastMessageSequenceNumber);
    w.setOptional(u"completedAt", order.completedAt);
    return w.take();
}

} // namespace commercedesk::api::json
