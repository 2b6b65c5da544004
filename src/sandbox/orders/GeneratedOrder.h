// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/orders/GeneratorCatalog.h"

#include <QByteArray>
#include <QDateTime>
#include <QRandomGenerator64>
#include <QString>

namespace commercedesk::sandbox {

// Makes the Order documents of OrderGenerator, one at a time, oldest first: the JSON text is
// assembled from GeneratorCatalog fragments (no QJsonObject per order, which is what keeps a million
// orders within minutes). Deterministic for a seed. Not thread-safe.
class GeneratedOrder
{
public:
    // One `orders` row: the doc and its extra columns (they mirror the doc, see OrderColumns).
    struct Row
    {
        QString id, createdAt, lastModifiedAt, orderNumber, customerId, customerEmail, businessUnitKey,
            storeKey, orderState, paymentState, shipmentState, currency, country, purchaseOrderNumber;
        qint64 totalCent = 0;
        bool omsSynced = false;
        int syncInfoCount = 0; // entries in the doc's syncInfo
        QByteArray doc;
    };

    GeneratedOrder(const GeneratorCatalog &catalog, quint64 seed, QDateTime end, qint64 total,
                   QString omsChannelId, int spanDays = 548, int unsyncedHours = 1);

    // The order at position `index` (0 = oldest) with order number "G<number>".
    Row make(qint64 index, qint64 number);

private:
    struct Lines
    {
        QByteArray json;
        qint64 net = 0, gross = 0, tax = 0, total = 0, quantity = 0;
        QHash<int, std::pair<QByteArray, qint64>> portions; // basis points → (rate name JSON, tax)
    };
    QString uuid(qint64 msecs);
    Lines lineItems(bool b2b, const QString &currency, const QString &country);
    void states(Row &row, qint64 ageHours, bool b2b);
    QByteArray address(const QString &country, const QString &email, bool b2b);
    QByteArray shipping(const QString &currency, const QString &country, bool b2b, qint64 itemsTotal,
                        Lines &lines);
    int pick(int n) { return static_cast<int>(m_random.bounded(static_cast<quint64>(n))); }

    const GeneratorCatalog &m_catalog;
    QRandomGenerator64 m_random;
    QDateTime m_end;
    qint64 m_startMs;
    qint64 m_spanMs;
    qint64 m_total;
    int m_unsyncedHours;
    QString m_omsChannelId;
    QString m_standardTaxId;
};

} // namespace commercedesk::sandbox
