// SPDX-License-Identifier: MIT
// Messages and subscriptions over real loopback HTTP: per-resource sequence numbers, GET /messages,
// scope view_messages, subscription storage and the outbox rows MessageLog writes for them.
#include "OrdersTestSupport.h"
#include "sandbox/storage/JsonValues.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk::sandbox;
using commercedesk::sandbox::test::HttpResult;
using commercedesk::sandbox::test::OrdersFixture;

class TestSandboxMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void subscriptionStorage();
    void subscriptionValidation_data();
    void subscriptionValidation();
    void messagesAreSequencedAndQueued();
    void messagesNeedViewMessages();

private:
    OrdersFixture m_fx;
    QString m_createdOnly;
    QString m_allOrders;
};

void TestSandboxMessages::initTestCase()
{
    QString error;
    QVERIFY2(m_fx.start(u"messages-test"_s, &error), qPrintable(error));
}

void TestSandboxMessages::subscriptionStorage()
{
    const QByteArray admin = m_fx.clientToken(u"admin"_s);
    HttpResult r =
        m_fx.post(m_fx.path(u"/subscriptions"_s),
                  {{u"key"_s, u"oms-created"_s},
                   {u"destination"_s,
                    QJsonObject{{u"type"_s, u"HTTP"_s}, {u"url"_s, u"http://127.0.0.1:9/messages"_s}}},
                   {u"messages"_s, QJsonArray{QJsonObject{{u"resourceTypeId"_s, u"order"_s},
                                                          {u"types"_s, QJsonArray{u"OrderCreated"_s}}}}}},
                  admin);
    QCOMPARE(r.status, 201);
    m_createdOnly = r.json.value(u"id"_s).toString();
    QCOMPARE(r.json.value(u"format"_s).toObject().value(u"type"_s).toString(), u"Platform"_s);
    r = m_fx.post(
        m_fx.path(u"/subscriptions"_s),
        {{u"destination"_s, QJsonObject{{u"type"_s, u"HTTP"_s}, {u"url"_s, u"http://127.0.0.1:9/all"_s}}},
         {u"messages"_s, QJsonArray{QJsonObject{{u"resourceTypeId"_s, u"order"_s}}}}},
        admin);
    QCOMPARE(r.status, 201);
    m_allOrders = r.json.value(u"id"_s).toString();
    QCOMPARE(m_fx.get(m_fx.path(u"/subscriptions/key=oms-created"_s), admin).json.value(u"id"_s).toString(),
             m_createdOnly);
    // Update, then a stale delete fails and a current one succeeds (on a third subscription).
    r = m_fx.post(m_fx.path(u"/subscriptions/key=oms-created"_s),
                  {{u"version"_s, 1},
                   {u"actions"_s,
                    QJsonArray{QJsonObject{
                        {u"action"_s, u"changeDestination"_s},
                        {u"destination"_s, QJsonObject{{u"type"_s, u"HTTP"_s},
                                                       {u"url"_s, u"http://127.0.0.1:10/messages"_s}}}}}}},
                  admin);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"destination"_s).toObject().value(u"url"_s).toString(),
             u"http://127.0.0.1:10/messages"_s);
    r = m_fx.post(
        m_fx.path(u"/subscriptions"_s),
        {{u"destination"_s, QJsonObject{{u"type"_s, u"HTTP"_s}, {u"url"_s, u"http://127.0.0.1:9/x"_s}}}},
        admin);
    const QString p = m_fx.path(u"/subscriptions/"_s % r.json.value(u"id"_s).toString());
    const QList<QPair<QByteArray, QByteArray>> auth{{"Authorization", "Bearer " + admin}};
    QCOMPARE(m_fx.http().send("DELETE", p, {}, {}, auth, u"version=5"_s).status, 409);
    QCOMPARE(m_fx.http().send("DELETE", p, {}, {}, auth, u"version=1"_s).status, 200);
    // Merchants cannot manage subscriptions.
    QCOMPARE(m_fx.get(m_fx.path(u"/subscriptions"_s), m_fx.clientToken(u"merchant"_s)).status, 403);
}

void TestSandboxMessages::subscriptionValidation_data()
{
    QTest::addColumn<QJsonObject>("draft");
    QTest::addColumn<QString>("code");
    QTest::newRow("no destination") << QJsonObject{{u"messages"_s, QJsonArray()}} << u"InvalidJsonInput"_s;
    QTest::newRow("HTTP without url")
        << QJsonObject{{u"destination"_s, QJsonObject{{u"type"_s, u"HTTP"_s}}}} << u"InvalidJsonInput"_s;
    QTest::newRow("message without resourceTypeId")
        << QJsonObject{{u"destination"_s, QJsonObject{{u"type"_s, u"HTTP"_s}, {u"url"_s, u"http://x"_s}}},
                       {u"messages"_s, QJsonArray{QJsonObject{{u"types"_s, QJsonArray()}}}}}
        << u"InvalidJsonInput"_s;
    QTest::newRow("duplicate key") << QJsonObject{{u"key"_s, u"oms-created"_s},
                                                  {u"destination"_s, QJsonObject{{u"type"_s, u"HTTP"_s},
                                                                                 {u"url"_s, u"http://x"_s}}}}
                                   << u"DuplicateField"_s;
}

void TestSandboxMessages::subscriptionValidation()
{
    QFETCH(QJsonObject, draft);
    QFETCH(QString, code);
    const HttpResult r = m_fx.post(m_fx.path(u"/subscriptions"_s), draft, m_fx.clientToken(u"admin"_s));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), code);
}

void TestSandboxMessages::messagesAreSequencedAndQueued()
{
    const QJsonObject order = m_fx.orderFromCart(m_fx.insertCart({}), u"MSG-1"_s).json;
    const QString id = order.value(u"id"_s).toString();
    const HttpResult r = m_fx.post(
        m_fx.path(u"/orders/"_s % id),
        {{u"version"_s, 1},
         {u"actions"_s,
          QJsonArray{
              QJsonObject{{u"action"_s, u"changeOrderState"_s}, {u"orderState"_s, u"Confirmed"_s}},
              QJsonObject{{u"action"_s, u"changeShipmentState"_s}, {u"shipmentState"_s, u"Ready"_s}}}}},
        m_fx.clientToken(u"merchant"_s));
    QCOMPARE(r.status, 200);
    const HttpResult messages =
        m_fx.get(m_fx.path(u"/messages"_s), m_fx.clientToken(u"merchant"_s), {{u"limit"_s, u"500"_s}});
    QCOMPARE(messages.status, 200);
    QList<QJsonObject> mine;
    for (const QJsonValue &m : messages.json.value(u"results"_s).toArray()) {
        if (m.toObject().value(u"resource"_s).toObject().value(u"id"_s).toString() == id)
            mine.append(m.toObject());
    }
    std::sort(mine.begin(), mine.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(u"sequenceNumber"_s).toInt() < b.value(u"sequenceNumber"_s).toInt();
    });
    QCOMPARE(mine.size(), 3);
    QCOMPARE(mine.at(0).value(u"type"_s).toString(), u"OrderCreated"_s);
    QCOMPARE(mine.at(1).value(u"type"_s).toString(), u"OrderStateChanged"_s);
    QCOMPARE(mine.at(1).value(u"oldOrderState"_s).toString(), u"Open"_s);
    QCOMPARE(mine.at(1).value(u"resourceVersion"_s).toInt(), 2);
    QCOMPARE(mine.at(2).value(u"type"_s).toString(), u"OrderShipmentStateChanged"_s);
    QCOMPARE(mine.at(2).value(u"sequenceNumber"_s).toInt(), 3);
    QCOMPARE(
        mine.at(0).value(u"resourceUserProvidedIdentifiers"_s).toObject().value(u"orderNumber"_s).toString(),
        u"MSG-1"_s);
    const HttpResult one = m_fx.get(m_fx.path(u"/messages/"_s % mine.at(1).value(u"id"_s).toString()),
                                    m_fx.clientToken(u"merchant"_s));
    QCOMPARE(one.json, mine.at(1));
    // Outbox: the OrderCreated-only subscription got one row, the all-order-messages one three.
    auto queued = [this, &id](const QString &subscription) {
        return m_fx.database()
            .scalar(u"SELECT COUNT(*) FROM subscription_outbox o JOIN messages m ON m.id = o.message_id "
                    u"WHERE o.subscription_id = ? AND m.resource_id = ? AND o.delivered_at IS NULL"_s,
                    {subscription, id})
            .toInt();
    };
    QCOMPARE(queued(m_createdOnly), 1);
    QCOMPARE(queued(m_allOrders), 3);
}

void TestSandboxMessages::messagesNeedViewMessages()
{
    QCOMPARE(m_fx.get(m_fx.path(u"/messages"_s), m_fx.clientToken(u"merchant-readonly"_s)).status, 403);
    QCOMPARE(m_fx.get(m_fx.path(u"/messages/nope"_s), m_fx.clientToken(u"merchant"_s)).status, 404);
}

QTEST_GUILESS_MAIN(TestSandboxMessages)
#include "TestSandboxMessages.moc"
