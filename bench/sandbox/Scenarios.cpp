// SPDX-License-Identifier: MIT
#include "Scenarios.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace commercedesk::bench {

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray updateBody(qint64 version, const QJsonObject &action)
{
    return json(QJsonObject{{u"version"_s, version}, {u"actions"_s, QJsonArray{action}}});
}

// The version of a cart in a 200/201 reply, or -1.
qint64 versionOf(const HttpConnection::Reply &reply)
{
    if (reply.status != 200 && reply.status != 201)
        return -1;
    return QJsonDocument::fromJson(reply.body).object().value(u"version"_s).toInteger(-1);
}

struct CartChain
{
    BenchTarget *target = nullptr;
    HttpConnection *connection = nullptr;
    std::function<void(bool)> done;
    QByteArray id;
    QList<QJsonObject> actions;
    qsizetype step = 0;
};

void finishChain(const std::shared_ptr<CartChain> &chain, bool ok)
{
    const auto done = std::move(chain->done);
    done(ok);
}

// Applies the next action to the cart at `version`, or hands the finished cart over.
void nextCartStep(const std::shared_ptr<CartChain> &chain, qint64 version)
{
    if (chain->step == chain->actions.size()) {
        chain->target->readyCarts.append({chain->id, version});
        finishChain(chain, true);
        return;
    }
    const QJsonObject action = chain->actions.at(chain->step++);
    chain->connection->request("POST", chain->target->prefix + "/carts/" + chain->id,
                               updateBody(version, action), [chain](const HttpConnection::Reply &reply) {
                                   const qint64 v = versionOf(reply);
                                   if (v < 0) {
                                       Scenarios::reportFailure(u"cart update"_s, reply);
                                       finishChain(chain, false);
                                       return;
                                   }
                                   nextCartStep(chain, v);
                               });
}

} // namespace

void Scenarios::reportFailure(const QString &what, const HttpConnection::Reply &reply)
{
    static int reported = 0;
    if (++reported > 5)
        return;
    std::fprintf(stderr, "failure (%s): HTTP %d %s\n", qPrintable(what), reply.status,
                 reply.body.left(400).constData());
}

LoadRun::Unit Scenarios::get(BenchTarget &target, const QByteArray &pathAndQuery)
{
    const QByteArray path = target.prefix + pathAndQuery;
    return [path](HttpConnection &connection, int, std::function<void(bool)> done) {
        connection.request("GET", path, {}, [done = std::move(done)](const HttpConnection::Reply &reply) {
            if (reply.status != 200)
                reportFailure(u"GET"_s, reply);
            done(reply.status == 200);
        });
    };
}

LoadRun::Unit Scenarios::orderById(BenchTarget &target)
{
    return [&target](HttpConnection &connection, int, std::function<void(bool)> done) {
        const auto pick = QRandomGenerator::global()->bounded(qsizetype(target.orderIds.size()));
        connection.request("GET", target.prefix + "/orders/" + target.orderIds.at(pick), {},
                           [done = std::move(done)](const HttpConnection::Reply &reply) {
                               if (reply.status != 200)
                                   reportFailure(u"GET by id"_s, reply);
                               done(reply.status == 200);
                           });
    };
}

LoadRun::Unit Scenarios::cartWithUpdates(BenchTarget &target)
{
    return [&target](HttpConnection &connection, int worker, std::function<void(bool)> done) {
        auto chain = std::make_shared<CartChain>();
        chain->target = &target;
        chain->connection = &connection;
        const QJsonObject address{{u"firstName"_s, u"Ada"_s},          {u"lastName"_s, u"Lovelace"_s},
                                  {u"streetName"_s, u"Lindenallee"_s}, {u"streetNumber"_s, u"7"_s},
                                  {u"postalCode"_s, u"20095"_s},       {u"city"_s, u"Hamburg"_s},
                                  {u"country"_s, target.country}};
        chain->actions = {
            QJsonObject{{u"action"_s, u"addLineItem"_s}, {u"sku"_s, target.sku}, {u"quantity"_s, 2}},
            QJsonObject{{u"action"_s, u"setShippingAddress"_s}, {u"address"_s, address}},
            QJsonObject{{u"action"_s, u"setCustomerEmail"_s},
                        {u"email"_s, u"bench%1@example.com"_s.arg(worker)}}};
        chain->done = std::move(done); // the request callbacks keep the chain alive
        const QByteArray draft =
            json(QJsonObject{{u"currency"_s, target.currency}, {u"country"_s, target.country}});
        connection.request(
            "POST", target.prefix + "/carts", draft, [chain](const HttpConnection::Reply &reply) {
                const qint64 v = versionOf(reply);
                if (v < 0) {
                    reportFailure(u"cart create"_s, reply);
                    finishChain(chain, false);
                    return;
                }
                chain->id = QJsonDocument::fromJson(reply.body).object().value(u"id"_s).toString().toUtf8();
                nextCartStep(chain, v);
            });
    };
}

LoadRun::Unit Scenarios::orderFromCart(BenchTarget &target)
{
    return [&target](HttpConnection &connection, int, std::function<void(bool)> done) {
        const BenchTarget::ReadyCart cart = target.readyCarts.takeFirst();
        const QByteArray body = json(QJsonObject{
            {u"cart"_s, QJsonObject{{u"typeId"_s, u"cart"_s}, {u"id"_s, QString::fromUtf8(cart.id)}}},
            {u"version"_s, cart.version}});
        connection.request("POST", target.prefix + "/orders", body,
                           [done = std::move(done)](const HttpConnection::Reply &reply) {
                               if (reply.status != 201)
                                   reportFailure(u"order from cart"_s, reply);
                               done(reply.status == 201);
                           });
    };
}

HttpConnection::Reply Scenarios::call(HttpConnection &connection, const QByteArray &method,
                                      const QByteArray &target, const QByteArray &body,
                                      const QByteArray &contentType)
{
    HttpConnection::Reply result;
    QEventLoop loop; // a benchmark tool, not src/: a local loop is fine here
    connection.request(
        method, target, body,
        [&](const HttpConnection::Reply &reply) {
            result = reply;
            loop.quit();
        },
        contentType);
    loop.exec();
    return result;
}

} // namespace commercedesk::bench
