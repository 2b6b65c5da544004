// SPDX-License-Identifier: MIT
#include "sandbox/orders/OrderColumns.h"

#include "sandbox/storage/Database.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

QVariant textOrNull(const QJsonValue &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

QVariantMap OrderColumns::extra(const QJsonObject &order, const QString &omsChannelId)
{
    const QJsonObject total = order.value(u"totalPrice"_s).toObject();
    const QJsonArray syncInfo = order.value(u"syncInfo"_s).toArray();
    bool omsSynced = false;
    if (!omsChannelId.isEmpty()) {
        for (const QJsonValue &entry : syncInfo) {
            if (entry.toObject().value(u"channel"_s).toObject().value(u"id"_s).toString() == omsChannelId)
                omsSynced = true;
        }
    }
    return QVariantMap{
        {u"order_number"_s, textOrNull(order.value(u"orderNumber"_s))},
        {u"cart_id"_s, textOrNull(order.value(u"cart"_s).toObject().value(u"id"_s))},
        {u"customer_id"_s, textOrNull(order.value(u"customerId"_s))},
        {u"anonymous_id"_s, textOrNull(order.value(u"anonymousId"_s))},
        {u"customer_email"_s, textOrNull(order.value(u"customerEmail"_s))},
        {u"business_unit_key"_s, textOrNull(order.value(u"businessUnit"_s).toObject().value(u"key"_s))},
        {u"store_key"_s, textOrNull(order.value(u"store"_s).toObject().value(u"key"_s))},
        {u"order_state"_s, order.value(u"orderState"_s).toString(u"Open"_s)},
        {u"payment_state"_s, textOrNull(order.value(u"paymentState"_s))},
        {u"shipment_state"_s, textOrNull(order.value(u"shipmentState"_s))},
        {u"currency"_s, textOrNull(total.value(u"currencyCode"_s))},
        {u"total_cent"_s,
         total.contains(u"centAmount"_s) ? QVariant(total.value(u"centAmount"_s).toInteger()) : QVariant()},
        {u"country"_s, textOrNull(order.value(u"shippingAddress"_s).toObject().value(u"country"_s))},
        {u"purchase_order_number"_s, textOrNull(order.value(u"purchaseOrderNumber"_s))},
        {u"oms_synced"_s, omsSynced ? 1 : 0},
        {u"sync_info_count"_s, qint64(syncInfo.size())},
    };
}

QString OrderColumns::omsChannelId(Database &database)
{
    return database.scalar(u"SELECT id FROM channels WHERE key = 'oms'"_s).toString();
}

QHash<QString, QString> OrderColumns::queryColumns()
{
    return {{u"orderNumber"_s, u"order_number"_s},
            {u"orderState"_s, u"order_state"_s},
            {u"paymentState"_s, u"payment_state"_s},
            {u"shipmentState"_s, u"shipment_state"_s},
            {u"customerId"_s, u"customer_id"_s},
            {u"anonymousId"_s, u"anonymous_id"_s},
            {u"customerEmail"_s, u"customer_email"_s},
            {u"businessUnit.key"_s, u"business_unit_key"_s},
            {u"store.key"_s, u"store_key"_s},
            {u"totalPrice.centAmount"_s, u"total_cent"_s},
            {u"totalPrice.currencyCode"_s, u"currency"_s},
            {u"shippingAddress.country"_s, u"country"_s},
            {u"purchaseOrderNumber"_s, u"purchase_order_number"_s},
            {u"cart.id"_s, u"cart_id"_s},
            {u"syncInfo"_s, u"sync_info_count"_s},
            {u"lineItems.variant.sku"_s, u"@order_line_skus"_s}};
}

QSet<QString> OrderColumns::arrayLengthColumns()
{
    return {u"sync_info_count"_s};
}

const QStringList &OrderColumns::orderStates()
{
    static const QStringList values{u"Open"_s, u"Confirmed"_s, u"Complete"_s, u"Cancelled"_s};
    return values;
}

const QStringList &OrderColumns::paymentStates()
{
    static const QStringList values{u"BalanceDue"_s, u"Failed"_s, u"Pending"_s, u"CreditOwed"_s, u"Paid"_s};
    return values;
}

const QStringList &OrderColumns::shipmentStates()
{
    static const QStringList values{u"Shipped"_s, u"Delivered"_s, u"Ready"_s,     u"Pending"_s,
                                    u"Delayed"_s, u"Partial"_s,   u"Backorder"_s, u"Canceled"_s};
    return values;
}

} // namespace commercedesk::sandbox
