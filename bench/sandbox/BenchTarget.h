// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace commercedesk::bench {

// One server under test as the scenarios see it: where it listens, how to authorise, and the data the
// write scenarios need (a SKU it sells, existing order ids, carts ready to be ordered).
struct BenchTarget
{
    QString name;
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    QByteArray prefix;        // "/{projectKey}"
    QByteArray authorization; // "Bearer …", empty when the server needs none
    QString sku;              // sold in `currency` to `country`
    QString currency = QStringLiteral("EUR");
    QString country = QStringLiteral("DE");
    QList<QByteArray> orderIds;
    struct ReadyCart
    {
        QByteArray id;
        qint64 version = 0;
    };
    QList<ReadyCart> readyCarts; // filled by the cart scenario, used up by the order scenario
};

} // namespace commercedesk::bench
