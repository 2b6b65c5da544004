// SPDX-License-Identifier: MIT
#include "api/json/OrderSummaryJson.h"

#include "api/json/CommonJson.h"
#include "api/json/JsonEnum.h"
#include "api/json/PageJson.h"

namespace commercedesk::api::json {

namespace {

std::optional<QString> keyOf(const JsonReader &r, QStringView member)
{
    return r.optional(member, [](const JsonCursor &c) { return JsonReader(c).optionalString(u"key"); });
}

std::optional<core::Money> grossOf(const JsonCursor &taxedPrice)
{
    return JsonReader(taxedPrice).required(u"totalGross", readMoney);
}

std::optional<qint64> quantityOf(const JsonCursor &lineItem)
{
    return JsonReader(lineItem).integer(u"quantity");
}

std::optional<QDateTime> syncedAtOf(const JsonCursor &syncInfo)
{
    return JsonReader(syncInfo).timestamp(u"syncedAt");
}

} // namespace

std::optional<core::OrderSummary> readOrderSummary(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::OrderSummary s;
    s.id = r.string(u"id");
    s.version = r.integer(u"version");
    s.orderNumber = r.optionalString(u"orderNumber");
    s.purchaseOrderNumber = r.optionalString(u"purchaseOrderNumber");
    s.customerEmail = r.optionalString(u"customerEmail");
    s.businessUnitKey = keyOf(r, u"businessUnit");
    s.storeKey = keyOf(r, u"store");
    if (r.has(u"shippingAddress"))
        s.country = r.optional(u"shippingAddress", [](const JsonCursor &c) {
                         return std::optional<QString>(JsonReader(c).string(u"country"));
                     }).value_or(QString());
    else
        s.country = r.optionalString(u"country").value_or(QString());
    for (qint64 quantity : r.list(u"lineItems", quantityOf))
        s.itemCount += quantity;
    s.totalPrice = r.required(u"totalPrice", readMoney);
    s.displayTotal = r.optional(u"taxedPrice", grossOf).value_or(s.totalPrice);
    s.orderState = r.required(u"orderState", enumReader(core::orderStateFromWire));
    s.shipmentState = r.optional(u"shipmentState", enumReader(core::shipmentStateFromWire));
    s.paymentState = r.optional(u"paymentState", enumReader(core::paymentStateFromWire));
    const QList<QDateTime> synced = r.list(u"syncInfo", syncedAtOf);
    if (!synced.isEmpty())
        s.syncedAt = synced.first();
    s.createdAt = r.timestamp(u"createdAt");
    s.lastModifiedAt = r.timestamp(u"lastModifiedAt");
    return r.finish(std::move(s));
}

std::optional<core::PagedResult<core::OrderSummary>> decodeOrderSummaryPage(const QJsonValue &value,
                                                                            JsonError *error)
{
    return decodeRoot(value, error, [](const JsonCursor &c) { return readPage(c, readOrderSummary); });
}

} // namespace commercedesk::api::json
