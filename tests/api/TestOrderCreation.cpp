// SPDX-License-Identifier: MIT
// Idempotent order creation: after a timeout, network error or 5xx the order is looked up before any retry,
// so one cart never yields two orders. The scripted server plays the backend that "created" the order but
// never answered.
#include "FakeBackend.h"
#include "api/OrderClient.h"
#include "api/OrderNumberGenerator.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using namespace commercedesk::testsupport;

namespace {

const QString kOrderNumber = u"CD-20261103-7K2Q9XHM"_s;
const QByteArray kOrdersPath = "/demo/orders"_ba;
const QByteArray kLookupPath = "/demo/orders/order-number=CD-20261103-7K2Q9XHM"_ba;
const QByteArray kMyOrdersPath = "/demo/me/orders"_ba;

QJsonObject exampleOrder()
{
    QFile file(QStringLiteral(COMMERCEDESK_TEST_DATA_DIR) + u"/commercetools-examples/order.example.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read order.example.json");
    QJsonObject order = QJsonDocument::fromJson(file.readAll()).object();
    order.insert(u"orderNumber"_s, kOrderNumber);
    return order;
}

ScriptedHttpServer::Reply hang()
{
    ScriptedHttpServer::Reply reply;
    reply.mode = ScriptedHttpServer::Reply::Mode::Hang;
    return reply;
}

api::OrderFromCartDraft draft()
{
    return api::OrderFromCartDraft{u"cart-1"_s, 4, kOrderNumber, std::nullopt, std::nullopt};
}

int countRequests(const ScriptedHttpServer &server, const QByteArray &method, const QByteArray &path)
{
    const auto requests = server.requests();
    return int(std::count_if(requests.begin(), requests.end(), [&](const ScriptedHttpServer::Request &r) {
        return r.method == method && r.path() == path;
    }));
}

} // namespace

class TestOrderCreation : public QObject
{
    Q_OBJECT

private:
    ScriptedHttpServer *m_server = nullptr;
    std::unique_ptr<api::ApiSession> m_session;

    api::OrderClient client(api::ApiScope scope = api::ApiScope::admin())
    {
        api::OrderClient orders(m_session->transport(), std::move(scope));
        orders.setCreateOptions({300, 2});
        return orders;
    }

private Q_SLOTS:
    void init()
    {
        m_server = new ScriptedHttpServer(this);
        QVERIFY(m_server->start());
        m_session = fakeSession(*m_server);
    }

    void cleanup()
    {
        m_session.reset();
        delete m_server;
    }

    void uncertainOutcomeFoundByLookupMeansOnePostOnly_data()
    {
        QTest::addColumn<ScriptedHttpServer::Reply>("firstPost");
        QTest::newRow("POST times out") << hang();
        QTest::newRow("POST answers 503") << errorReply(503, u"OverCapacity"_s);
        QTest::newRow("POST answers 500") << errorReply(500, u"General"_s);
        QTest::newRow("POST answers 502 proxy page")
            << ScriptedHttpServer::Reply{502, "<html>bad gateway</html>", "text/html", {}, {}, 20};
    }

    void uncertainOutcomeFoundByLookupMeansOnePostOnly()
    {
        QFETCH(ScriptedHttpServer::Reply, firstPost);
        m_server->enqueue(kOrdersPath, firstPost);
        m_server->enqueue(kLookupPath, jsonReply(200, exampleOrder()));
        const auto result = await(client().createFromCart(draft()), this);

        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().diagnostic()));
        QCOMPARE(result.value().orderNumber, std::optional<QString>(kOrderNumber));
        QCOMPARE(countRequests(*m_server, "POST", kOrdersPath), 1);
        QCOMPARE(countRequests(*m_server, "GET", kLookupPath), 1);
        const QJsonObject body = bodyOf(apiRequests(*m_server).first());
        QCOMPARE(body.value("orderNumber"_L1).toString(), kOrderNumber);
        QCOMPARE(body.value("version"_L1).toInteger(), 4);
        QCOMPARE(body.value("cart"_L1).toObject(),
                 (QJsonObject{{u"typeId"_s, u"cart"_s}, {u"id"_s, u"cart-1"_s}}));
    }

    void lookupNotFoundRetriesThePostOnce()
    {
        m_server->enqueue(kOrdersPath, hang());
        m_server->enqueue(kLookupPath, errorReply(404, u"ResourceNotFound"_s));
        m_server->enqueue(kOrdersPath, jsonReply(201, exampleOrder()));
        const auto result = await(client().createFromCart(draft()), this);

        QVERIFY(result.ok());
        QCOMPARE(countRequests(*m_server, "POST", kOrdersPath), 2);
        QCOMPARE(countRequests(*m_server, "GET", kLookupPath), 1);
        const auto sent = apiRequests(*m_server);
        QCOMPARE(bodyOf(sent.at(0)), bodyOf(sent.at(2))); // the same order number again
    }

    void postsAreBounded()
    {
        m_server->setFallback([](const ScriptedHttpServer::Request &request) {
            return request.method == "POST" ? errorReply(503, u"OverCapacity"_s)
                                            : errorReply(404, u"ResourceNotFound"_s);
        });
        const auto result = await(client().createFromCart(draft()), this);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().httpStatus, 503);
        QCOMPARE(countRequests(*m_server, "POST", kOrdersPath), 2);
    }

    void failedLookupNeverPostsAgain()
    {
        m_server->setFallback([](const ScriptedHttpServer::Request &request) {
            return request.method == "POST" ? hang() : errorReply(503, u"OverCapacity"_s);
        });
        const auto result = await(client().createFromCart(draft()), this);
        QVERIFY(!result.ok());
        QVERIFY(result.error().kind == api::ApiError::Kind::Timeout); // the POST's outcome stays unknown
        QCOMPARE(countRequests(*m_server, "POST", kOrdersPath), 1);
        QVERIFY(countRequests(*m_server, "GET", kLookupPath) >= 1); // the transport retried the lookup
    }

    void definiteErrorsAreNotLookedUp()
    {
        m_server->enqueue(kOrdersPath, errorReply(400, u"OutOfStock"_s));
        const auto result = await(client().createFromCart(draft()), this);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, u"OutOfStock"_s);
        QCOMPARE(apiRequests(*m_server).size(), 1);
    }

    void meScopeLooksUpByCart()
    {
        m_server->enqueue(kMyOrdersPath, hang());
        m_server->enqueue(kMyOrdersPath,
                          jsonReply(200, QJsonObject{{u"limit"_s, 1},
                                                     {u"offset"_s, 0},
                                                     {u"count"_s, 1},
                                                     {u"results"_s, QJsonArray{exampleOrder()}}}));
        const auto result = await(client(api::ApiScope::me()).createFromCart(draft()), this);

        QVERIFY(result.ok());
        const auto sent = apiRequests(*m_server);
        QCOMPARE(sent.size(), 2);
        QCOMPARE(bodyOf(sent.at(0)), (QJsonObject{{u"id"_s, u"cart-1"_s}, {u"version"_s, 4}}));
        QCOMPARE(sent.at(1).method, "GET"_ba);
        QCOMPARE(queryValues(sent.at(1), u"where"_s), QStringList{u"cart(id = :cartId)"_s});
        QCOMPARE(queryValues(sent.at(1), u"var.cartId"_s), QStringList{u"cart-1"_s});
    }

    void orchestratorScopeRepeatsTheSameRequest()
    {
        // docs/orchestrator-api.yaml POST /v1/orders: after a timeout the very same request goes again (the
        // orchestrator answers a repeated order number with the existing order) — no lookup, ≤ 2 requests.
        const QByteArray path = "/demo/v1/orders"_ba;
        m_server->enqueue(path, hang());
        m_server->enqueue(path, jsonReply(200, exampleOrder()));
        api::OrderFromCartDraft withPo = draft();
        withPo.purchaseOrderNumber = u"PO-7"_s;
        const auto result = await(client(api::ApiScope::orchestrator()).createFromCart(withPo), this);

        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().diagnostic()));
        const auto sent = apiRequests(*m_server);
        QCOMPARE(sent.size(), 2);
        QCOMPARE(countRequests(*m_server, "POST", path), 2);
        const QJsonObject expected{{u"cartId"_s, u"cart-1"_s},
                                   {u"version"_s, 4},
                                   {u"orderNumber"_s, kOrderNumber},
                                   {u"purchaseOrderNumber"_s, u"PO-7"_s}};
        QCOMPARE(bodyOf(sent.at(0)), expected);
        QCOMPARE(bodyOf(sent.at(1)), expected);

        // Bounded: two unanswered attempts end with the timeout, never a third request.
        m_server->setFallback([](const ScriptedHttpServer::Request &) { return hang(); });
        const auto unknown = await(client(api::ApiScope::orchestrator()).createFromCart(draft()), this);
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().kind == api::ApiError::Kind::Timeout);
        QCOMPARE(countRequests(*m_server, "POST", path), 4);
    }

    void adminScopeNeedsAnOrderNumber()
    {
        api::OrderFromCartDraft noNumber = draft();
        noNumber.orderNumber.clear();
        const auto result = await(client().createFromCart(noNumber), this);
        QVERIFY(!result.ok());
        QVERIFY(result.error().kind == api::ApiError::Kind::Configuration);
        QCOMPARE(apiRequests(*m_server).size(), 0);
    }

    void generatorMakesDatedBase32Numbers()
    {
        quint32 draw = 0;
        const api::OrderNumberGenerator generator(
            [] { return QDateTime(QDate(2026, 11, 3), QTime(23, 30), Qt::UTC); },
            [&draw] { return draw++ * 2654435761u; });
        const QString first = generator.next();
        const QString second = generator.next();
        static const QRegularExpression shape(u"^CD-20261103-[0-9A-HJKMNP-TV-Z]{8}$"_s);
        QVERIFY2(shape.match(first).hasMatch(), qPrintable(first));
        QVERIFY2(shape.match(second).hasMatch(), qPrintable(second));
        QVERIFY(first != second);
        static const QRegularExpression anyDay(u"^CD-[0-9]{8}-[0-9A-HJKMNP-TV-Z]{8}$"_s);
        const QString system = api::OrderNumberGenerator().next();
        QVERIFY2(anyDay.match(system).hasMatch(), qPrintable(system));
    }
};

QTEST_GUILESS_MAIN(TestOrderCreation)
#include "TestOrderCreation.moc"
