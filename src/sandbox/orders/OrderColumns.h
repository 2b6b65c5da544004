// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace commercedesk::sandbox {

class Database;

// The `orders` table's extra columns (storage/Migrations v3, v4) as functions of the Order JSON, the
// query path → column map, and the enum values orders accept. Every insert and update of an order
// writes extra(doc) together with the doc, so the columns never drift from it. Stateless.
class OrderColumns
{
public:
    // order_number, cart_id, customer_id, anonymous_id, customer_email, business_unit_key, store_key,
    // order_state, payment_state, shipment_state, currency, total_cent, country,
    // purchase_order_number, oms_synced (1 when syncInfo holds the channel `omsChannelId`),
    // sync_info_count (the number of syncInfo entries).
    static QVariantMap extra(const QJsonObject &order, const QString &omsChannelId);
    // The id of the channel with key "oms" (empty when there is none).
    static QString omsChannelId(Database &database);
    // Predicate/sort path → column for ResourceQuery ("syncInfo" → sync_info_count; line-item SKUs →
    // the side table "@order_line_skus" of storage/Migrations v6, for = and in).
    static QHash<QString, QString> queryColumns();
    // The columns of queryColumns() that hold an array's length (ResourceQuerySpec::arrayLengthColumns).
    static QSet<QString> arrayLengthColumns();

    static const QStringList &orderStates();
    static const QStringList &paymentStates();
    static const QStringList &shipmentStates();
};

} // namespace commercedesk::sandbox
