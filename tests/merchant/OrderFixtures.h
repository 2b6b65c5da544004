// SPDX-License-Identifier: MIT
#pragma once
// Order payloads for the merchant tests: the official order example with the fields a test cares about
// replaced, so every decoder path stays realistic. Header-only, test code only.

#include "api/WirePayload.h"
#include "core/Order.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace commercedesk::testsupport {

inline QJsonObject exampleOrderJson()
{
    QFile file(QStringLiteral(COMMERCEDESK_TEST_DATA_DIR "/commercetools-examples/order.example.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("order.example.json is missing");
    return QJsonDocument::fromJson(file.readAll()).object();
}

struct OrderSpec
{
    QString id;
    qint64 version = 1;
    QString orderNumber;
    QString createdAt = QStringLiteral("2026-11-20T10:00:00.000Z");
    QString lastModifiedAt;
    QString orderState = QStringLiteral("Open");
    QString shipmentState;
    QString paymentState;
    QString purchaseOrderNumber;
    QString customerEmail;
};

inline QJsonObject orderJson(const OrderSpec &spec)
{
    QJsonObject order = exampleOrderJson();
    order.insert(QStringLiteral("id"), spec.id);
    order.insert(QStringLiteral("version"), spec.version);
    order.insert(QStringLiteral("orderNumber"), spec.orderNumber);
    order.insert(QStringLiteral("createdAt"), spec.createdAt);
    order.insert(QStringLiteral("lastModifiedAt"),
                 spec.lastModifiedAt.isEmpty() ? spec.createdAt : spec.lastModifiedAt);
    order.insert(QStringLiteral("orderState"), spec.orderState);
    if (!spec.shipmentState.isEmpty())
        order.insert(QStringLiteral("shipmentState"), spec.shipmentState);
    if (!spec.paymentState.isEmpty())
        order.insert(QStringLiteral("paymentState"), spec.paymentState);
    if (!spec.purchaseOrderNumber.isEmpty())
        order.insert(QStringLiteral("purchaseOrderNumber"), spec.purchaseOrderNumber);
    if (!spec.customerEmail.isEmpty())
        order.insert(QStringLiteral("customerEmail"), spec.customerEmail);
    return order;
}

inline core::Order order(const OrderSpec &spec)
{
    QString problem;
    const std::optional<core::Order> decoded = api::orderFromWire(orderJson(spec), &problem);
    if (!decoded)
        qFatal("the order fixture does not decode: %s", qPrintable(problem));
    return *decoded;
}

inline QJsonObject pageJson(const QList<QJsonObject> &orders, std::optional<qint64> total = std::nullopt)
{
    QJsonArray results;
    for (const QJsonObject &order : orders)
        results.append(order);
    QJsonObject page{{QStringLiteral("limit"), 500},
                     {QStringLiteral("offset"), 0},
                     {QStringLiteral("count"), qint64(orders.size())},
                     {QStringLiteral("results"), results}};
    if (total)
        page.insert(QStringLiteral("total"), *total);
    return page;
}

/// Orders o-0000 … with createdAt one minute apart going back from 2026-11-20T10:00, newest first.
inline QList<QJsonObject> orderRun(int first, int count)
{
    QList<QJsonObject> out;
    const QDateTime start =
        QDateTime::fromString(QStringLiteral("2026-11-20T10:00:00.000Z"), Qt::ISODateWithMs);
    for (int i = first; i < first + count; ++i) {
        OrderSpec spec;
        spec.id = QStringLiteral("o-%1").arg(99999 - i, 5, 10, QLatin1Char('0'));
        spec.orderNumber = QStringLiteral("CD-%1").arg(i, 5, 10, QLatin1Char('0'));
        spec.createdAt = start.addSecs(-60 * i).toUTC().toString(Qt::ISODateWithMs);
        spec.customerEmail = QStringLiteral("buyer%1@example.com").arg(i);
        out.append(orderJson(spec));
    }
    return out;
}

} // namespace commercedesk::testsupport
