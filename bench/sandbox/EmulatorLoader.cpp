// SPDX-License-Identifier: MIT
#include "EmulatorLoader.h"

#include "LoadRun.h"
#include "Scenarios.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace commercedesk::bench {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Posts every body in `bodies` to `path` over all connections; collects the reply ids in order of
// completion. False + *error when any fails.
bool postAll(const BenchTarget &target, const QList<HttpConnection *> &connections, const QByteArray &path,
             const QList<QByteArray> &bodies, QList<QByteArray> *ids, QString *error)
{
    qsizetype next = 0;
    const LoadRun::Result r = LoadRun::run(
        connections,
        [&](HttpConnection &connection, int, std::function<void(bool)> done) {
            const QByteArray &body = bodies.at(next++);
            connection.request(
                "POST", target.prefix + path, body,
                [ids, done = std::move(done)](const HttpConnection::Reply &reply) {
                    const bool ok = reply.status == 200 || reply.status == 201;
                    if (!ok)
                        Scenarios::reportFailure(u"load"_s, reply);
                    else if (ids)
                        ids->append(
                            QJsonDocument::fromJson(reply.body).object().value(u"id"_s).toString().toUtf8());
                    done(ok);
                });
        },
        3600, bodies.size());
    if (r.failures > 0 || r.units != bodies.size()) {
        *error =
            u"%1 of %2 POSTs to %3 failed"_s.arg(r.failures).arg(bodies.size()).arg(QString::fromUtf8(path));
        return false;
    }
    return true;
}

} // namespace

bool EmulatorLoader::readSandbox(const BenchTarget &sandbox, HttpConnection &sandboxConnection,
                                 QString *error)
{
    m_orders.clear();
    QString last;
    for (;;) {
        QByteArray query = "/orders?limit=500&withTotal=false&sort=id%20asc";
        if (!last.isEmpty())
            query += "&where=" + QUrl::toPercentEncoding(u"id > \""_s % last % u'"');
        const HttpConnection::Reply reply = Scenarios::call(sandboxConnection, "GET", sandbox.prefix + query);
        if (reply.status != 200) {
            *error = u"reading the sandbox's orders: HTTP %1 %2"_s.arg(reply.status)
                         .arg(QString::fromUtf8(reply.body.left(300)));
            return false;
        }
        const QJsonArray results = QJsonDocument::fromJson(reply.body).object().value(u"results"_s).toArray();
        for (const QJsonValue &v : results)
            m_orders.append(v.toObject());
        if (results.size() < 500)
            break;
        last = m_orders.constLast().value(u"id"_s).toString();
    }
    m_cartSku = cartSkuIn(m_orders);
    return true;
}

QString EmulatorLoader::cartSkuIn(const QList<QJsonObject> &orders)
{
    for (const QJsonObject &order : orders) {
        if (order.contains(u"businessUnit"_s) ||
            order.value(u"shippingAddress"_s).toObject().value(u"country"_s).toString() != u"DE"_s)
            continue;
        const QJsonArray lines = order.value(u"lineItems"_s).toArray();
        if (!lines.isEmpty())
            return lines.at(0).toObject().value(u"variant"_s).toObject().value(u"sku"_s).toString();
    }
    return {};
}

QString EmulatorLoader::sandboxCartSku(const BenchTarget &sandbox, HttpConnection &sandboxConnection)
{
    const HttpConnection::Reply reply = Scenarios::call(
        sandboxConnection, "GET", sandbox.prefix + "/orders?limit=500&withTotal=false&sort=createdAt%20desc");
    QList<QJsonObject> orders;
    for (const QJsonValue &v : QJsonDocument::fromJson(reply.body).object().value(u"results"_s).toArray())
        orders.append(v.toObject());
    return cartSkuIn(orders);
}

bool EmulatorLoader::createCartProduct(BenchTarget &emulator, HttpConnection &connection, QString *error)
{
    const HttpConnection::Reply type = Scenarios::call(
        connection, "POST", emulator.prefix + "/product-types",
        compact(QJsonObject{
            {u"key"_s, u"bench"_s}, {u"name"_s, u"bench"_s}, {u"description"_s, u"bench_sandbox_http"_s}}));
    const QString typeId = QJsonDocument::fromJson(type.body).object().value(u"id"_s).toString();
    if (type.status != 201 || typeId.isEmpty()) {
        *error = u"emulator product type: HTTP %1"_s.arg(type.status);
        return false;
    }
    QJsonValue name = QJsonObject{{u"en"_s, m_cartSku}};
    qint64 cents = 1000;
    for (const QJsonObject &order : std::as_const(m_orders)) {
        for (const QJsonValue &v : order.value(u"lineItems"_s).toArray()) {
            const QJsonObject line = v.toObject();
            const QJsonObject value = line.value(u"price"_s).toObject().value(u"value"_s).toObject();
            if (line.value(u"variant"_s).toObject().value(u"sku"_s).toString() == m_cartSku &&
                value.value(u"currencyCode"_s).toString() == u"EUR"_s) {
                name = line.value(u"name"_s);
                cents = value.value(u"centAmount"_s).toInteger();
            }
        }
    }
    const QJsonArray prices{
        QJsonObject{{u"value"_s, QJsonObject{{u"currencyCode"_s, u"EUR"_s}, {u"centAmount"_s, cents}}}}};
    const HttpConnection::Reply product = Scenarios::call(
        connection, "POST", emulator.prefix + "/products",
        compact(
            QJsonObject{{u"productType"_s, QJsonObject{{u"typeId"_s, u"product-type"_s}, {u"id"_s, typeId}}},
                        {u"name"_s, name},
                        {u"slug"_s, QJsonObject{{u"en"_s, m_cartSku.toLower()}}},
                        {u"masterVariant"_s, QJsonObject{{u"sku"_s, m_cartSku}, {u"prices"_s, prices}}},
                        {u"publish"_s, true}}));
    if (product.status != 201) {
        *error = u"emulator product: HTTP %1 %2"_s.arg(product.status).arg(QString::fromUtf8(product.body));
        return false;
    }
    return true;
}

QJsonObject EmulatorLoader::importDraft(const QJsonObject &order)
{
    QJsonArray lines;
    for (const QJsonValue &v : order.value(u"lineItems"_s).toArray()) {
        const QJsonObject line = v.toObject();
        lines.append(QJsonObject{{u"name"_s, line.value(u"name"_s)},
                                 {u"slug"_s, line.value(u"variant"_s).toObject().value(u"sku"_s)},
                                 {u"money"_s, line.value(u"price"_s).toObject().value(u"value"_s)},
                                 {u"quantity"_s, line.value(u"quantity"_s)},
                                 {u"taxRate"_s, line.value(u"taxRate"_s)}});
    }
    const QJsonObject total = order.value(u"totalPrice"_s).toObject();
    QJsonObject draft{{u"orderNumber"_s, order.value(u"orderNumber"_s)},
                      {u"customerEmail"_s, order.value(u"customerEmail"_s)},
                      {u"orderState"_s, order.value(u"orderState"_s)},
                      {u"paymentState"_s, order.value(u"paymentState"_s)},
                      {u"shipmentState"_s, order.value(u"shipmentState"_s)},
                      {u"totalPrice"_s, QJsonObject{{u"currencyCode"_s, total.value(u"currencyCode"_s)},
                                                    {u"centAmount"_s, total.value(u"centAmount"_s)}}},
                      {u"shippingAddress"_s, order.value(u"shippingAddress"_s)},
                      {u"billingAddress"_s, order.value(u"billingAddress"_s)},
                      {u"customLineItems"_s, lines}};
    for (const QString &copied : {u"customerId"_s, u"businessUnit"_s}) {
        if (order.contains(copied))
            draft.insert(copied, order.value(copied));
    }
    return draft;
}

bool EmulatorLoader::load(BenchTarget &emulator, const QList<HttpConnection *> &connections, QString *error)
{
    if (!createCartProduct(emulator, *connections.at(0), error))
        return false;
    QList<QByteArray> bodies;
    bodies.reserve(m_orders.size());
    for (const QJsonObject &order : std::as_const(m_orders))
        bodies.append(compact(importDraft(order)));
    emulator.orderIds.clear();
    return postAll(emulator, connections, "/orders/import", bodies, &emulator.orderIds, error);
}

} // namespace commercedesk::bench
