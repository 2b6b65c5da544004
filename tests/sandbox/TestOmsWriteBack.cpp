// SPDX-License-Identifier: MIT
// The OMS integration end to end over loopback HTTP: an order created in the sandbox reaches the OMS
// through the subscription, the OMS writes back (sync info, Ready, Shipped with a tracked parcel) on
// its test clock; a write-back that races a merchant's update re-reads and re-applies; the OMS's
// delivery log survives a sandbox restart.
#include "OutsideTestSupport.h"
#include "sandbox/faults/FaultInjector.h"
#include "sandbox/outside/OmsActions.h"
#include "sandbox/outside/OmsWriteBack.h"
#include "sandbox/storage/Database.h"

#include <QDir>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk::sandbox;
using namespace commercedesk::sandbox::test;

namespace {

const QDateTime Start = QDateTime(QDate(2026, 11, 27), QTime(8, 0), Qt::UTC);

QJsonObject act(const QString &name, QJsonObject fields = {})
{
    fields.insert(u"action"_s, name);
    return fields;
}

QStringList valuesOf(const QJsonArray &array, const QString &field)
{
    QStringList values;
    for (const QJsonValue &v : array)
        values.append(v.toObject().value(field).toString());
    return values;
}

int countExternalId(const QJsonObject &order, const QString &externalId)
{
    int n = 0;
    for (const QJsonValue &s : order.value(u"syncInfo"_s).toArray())
        n += s.toObject().value(u"externalId"_s).toString() == externalId ? 1 : 0;
    return n;
}

QJsonArray deliveriesOf(const QJsonObject &order)
{
    return order.value(u"shippingInfo"_s).toObject().value(u"deliveries"_s).toArray();
}

} // namespace

class TestOmsWriteBack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void orderReachesTheOmsAndIsFulfilledOnItsClock();
    void writeBackRereadsAfterARacingUpdate_data();
    void writeBackRereadsAfterARacingUpdate();
    void forcedConflictsOnTheApiAreRetriedUntilTheyPass();
    void deliveryLogSurvivesARestart();

private:
    QJsonObject order(const QString &id) { return m_f->get(m_f->base() % u"/orders/"_s % id).json; }
    SandboxLink omsLink();

    std::unique_ptr<OutsideFixture> m_f;
    std::shared_ptr<ManualClock> m_clock;
};

void TestOmsWriteBack::init()
{
    m_f = std::make_unique<OutsideFixture>();
    m_clock = std::make_shared<ManualClock>(Start);
}

void TestOmsWriteBack::cleanup()
{
    m_f.reset();
}

SandboxLink TestOmsWriteBack::omsLink()
{
    const SandboxCredentials c = m_f->sandbox().credentials();
    // The OMS's own client (view_orders, manage_orders): the write-back must need nothing more.
    const SandboxClient *oms = c.client(u"oms"_s);
    return SandboxLink{c.authUrl, c.apiUrl, m_f->sandbox().config().projectKey, oms->clientId,
                       oms->clientSecret};
}

void TestOmsWriteBack::orderReachesTheOmsAndIsFulfilledOnItsClock()
{
    SandboxConfig config;
    config.outside.services = {u"oms"_s};
    config.outside.omsClock = m_clock;
    config.outside.omsReadyAfterSeconds = 30;
    config.outside.omsShipAfterSeconds = 120;
    config.outside.omsTickMs = 50;
    config.outside.deliveryPollMs = 50;
    QString error;
    QVERIFY2(m_f->start(config, &error), qPrintable(error));
    const QString channelId = m_f->get(m_f->base() % u"/channels/key=oms"_s).json.value(u"id"_s).toString();
    QVERIFY(!channelId.isEmpty());
    const QJsonObject created = m_f->createOrder(u"CD-E2E-1"_s);
    QVERIFY(!created.isEmpty());
    const QString id = created.value(u"id"_s).toString();

    // 1. The OMS received OrderCreated through the subscription and answered with updateSyncInfo.
    QTRY_VERIFY_WITH_TIMEOUT(!order(id).value(u"syncInfo"_s).toArray().isEmpty(), 15000);
    QJsonObject o = order(id);
    const QJsonArray syncInfo = o.value(u"syncInfo"_s).toArray();
    QCOMPARE(syncInfo.size(), 1);
    QCOMPARE(syncInfo.at(0).toObject().value(u"channel"_s).toObject(),
             (QJsonObject{{u"typeId"_s, u"channel"_s}, {u"id"_s, channelId}}));
    QCOMPARE(syncInfo.at(0).toObject().value(u"externalId"_s).toString(), u"OMS-CD-E2E-1"_s);
    QVERIFY(o.value(u"shipmentState"_s).toString() != u"Ready"_s); // not yet on the OMS clock
    QVERIFY(deliveriesOf(o).isEmpty());
    TestHttp oms(m_f->sandbox().outsideUrls().oms);
    HttpResult log = oms.get(u"/v1/orders/CD-E2E-1"_s);
    QCOMPARE(log.status, 200);
    QCOMPARE(log.json.value(u"orderId"_s).toString(), id);
    QCOMPARE(valuesOf(log.json.value(u"received"_s).toArray(), u"type"_s).value(0), u"OrderCreated"_s);

    // 2. Ready once the OMS clock passes readyAfterSeconds; still no delivery.
    m_clock->advance(30000);
    QTRY_COMPARE_WITH_TIMEOUT(order(id).value(u"shipmentState"_s).toString(), u"Ready"_s, 15000);
    QVERIFY(deliveriesOf(order(id)).isEmpty());

    // 3. Shipped with a delivery of every line and a tracked parcel at shipAfterSeconds.
    m_clock->advance(90000);
    QTRY_COMPARE_WITH_TIMEOUT(order(id).value(u"shipmentState"_s).toString(), u"Shipped"_s, 15000);
    o = order(id);
    QCOMPARE(o.value(u"version"_s).toInt(), 4); // created, synced, ready, shipped: each step once
    const QJsonArray deliveries = deliveriesOf(o);
    QCOMPARE(deliveries.size(), 1);
    const QJsonObject delivery = deliveries.at(0).toObject();
    const QJsonObject line = o.value(u"lineItems"_s).toArray().at(0).toObject();
    QCOMPARE(delivery.value(u"items"_s).toArray().size(), 1);
    QCOMPARE(delivery.value(u"items"_s).toArray().at(0).toObject().value(u"id"_s), line.value(u"id"_s));
    QCOMPARE(delivery.value(u"items"_s).toArray().at(0).toObject().value(u"quantity"_s).toInt(), 2);
    const QJsonObject tracking =
        delivery.value(u"parcels"_s).toArray().at(0).toObject().value(u"trackingData"_s).toObject();
    QCOMPARE(tracking.value(u"trackingId"_s).toString(), u"TRK-CD-E2E-1"_s);
    QCOMPARE(tracking.value(u"carrier"_s).toString(), u"DHL"_s);
    QCOMPARE(countExternalId(o, u"OMS-CD-E2E-1"_s), 1);

    // The messages the order produced, in sequence, and the OMS received each of them once.
    const QStringList expected{u"OrderCreated"_s, u"OrderShipmentStateChanged"_s, u"DeliveryAdded"_s,
                               u"OrderShipmentStateChanged"_s};
    const HttpResult messages =
        m_f->get(m_f->base() % u"/messages"_s,
                 {{u"where"_s, u"resource(id=\"%1\")"_s.arg(id)}, {u"sort"_s, u"sequenceNumber asc"_s}});
    const QJsonArray results = messages.json.value(u"results"_s).toArray();
    QCOMPARE(valuesOf(results, u"type"_s), expected);
    QCOMPARE(results.at(1).toObject().value(u"shipmentState"_s).toString(), u"Ready"_s);
    QCOMPARE(results.at(2).toObject().value(u"delivery"_s).toObject().value(u"id"_s),
             delivery.value(u"id"_s));
    QCOMPARE(results.at(3).toObject().value(u"shipmentState"_s).toString(), u"Shipped"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
        valuesOf(oms.get(u"/v1/orders/CD-E2E-1"_s).json.value(u"received"_s).toArray(), u"type"_s), expected,
        15000);
    log = oms.get(u"/v1/orders/CD-E2E-1"_s);
    QCOMPARE(valuesOf(log.json.value(u"fulfilment"_s).toArray(), u"step"_s),
             (QStringList{u"synced"_s, u"ready"_s, u"shipped"_s}));
    QCOMPARE(log.json.value(u"shipmentState"_s).toString(), u"Shipped"_s);
    QVERIFY(log.json.value(u"lastError"_s).isNull());
}

void TestOmsWriteBack::writeBackRereadsAfterARacingUpdate_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<QJsonArray>("merchant");
    QTest::addColumn<int>("actionsAfterReread");
    QTest::addColumn<QString>("orderState");
    QTest::addColumn<QString>("shipmentState");
    QTest::addColumn<int>("deliveries");
    const QJsonObject sameSync =
        OmsActions::sync({}, u"OMS-CD-RACE"_s, u"2026-11-27T08:00:00.000Z"_s).at(0).toObject();
    QTest::newRow("merchant confirms the order while the OMS syncs")
        << u"sync"_s << QJsonArray{act(u"changeOrderState"_s, {{u"orderState"_s, u"Confirmed"_s}})} << 1
        << u"Confirmed"_s << QString() << 0;
    QTest::newRow("merchant records the same sync info meanwhile")
        << u"sync"_s << QJsonArray{sameSync} << 0 << u"Open"_s << QString() << 0;
    QTest::newRow("merchant ships while the OMS ships")
        << u"ship"_s << QJsonArray{act(u"changeShipmentState"_s, {{u"shipmentState"_s, u"Shipped"_s}})} << 1
        << u"Open"_s << u"Shipped"_s << 1;
}

void TestOmsWriteBack::writeBackRereadsAfterARacingUpdate()
{
    QFETCH(QString, step);
    QFETCH(QJsonArray, merchant);
    QFETCH(int, actionsAfterReread);
    QFETCH(QString, orderState);
    QFETCH(QString, shipmentState);
    QFETCH(int, deliveries);
    SandboxConfig config;
    config.outside.enabled = false; // no built-in OMS writing to the same order
    QString error;
    QVERIFY2(m_f->start(config, &error), qPrintable(error));
    const QJsonObject created = m_f->createOrder(u"CD-RACE"_s);
    QVERIFY(!created.isEmpty());
    const QString id = created.value(u"id"_s).toString();
    const QString path = m_f->base() % u"/orders/"_s % id;

    // The OMS reads the order, then the merchant's update moves the version before the OMS writes.
    QList<QJsonArray> computed;
    int merchantStatus = 0;
    const OmsWriteBack::ActionsFor actions = [&](const QJsonObject &current) {
        if (computed.isEmpty())
            merchantStatus = m_f->update(path, current.value(u"version"_s).toInteger(), merchant).status;
        computed.append(step == u"sync"_s
                            ? OmsActions::sync(current, u"OMS-CD-RACE"_s, u"2026-11-27T08:00:00.000Z"_s)
                            : OmsActions::ship(current, u"CD-RACE"_s));
        return computed.last();
    };
    OmsWriteBack writeBack(omsLink());
    bool finished = false;
    bool ok = false;
    writeBack.update(id, actions, [&](bool success, const QString &message) {
        finished = true;
        ok = success;
        error = message;
    });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 15000);
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(merchantStatus, 200);
    QCOMPARE(computed.size(), 2); // 409 → re-read → recomputed once
    QCOMPARE(computed.at(1).size(), actionsAfterReread);

    const QJsonObject final = m_f->get(path).json;
    QCOMPARE(final.value(u"version"_s).toInt(),
             actionsAfterReread > 0 ? 3 : 2); // nothing lost, nothing twice
    QCOMPARE(final.value(u"orderState"_s).toString(), orderState);
    if (step == u"sync"_s)
        QCOMPARE(countExternalId(final, u"OMS-CD-RACE"_s), 1);
    else
        QCOMPARE(final.value(u"shipmentState"_s).toString(), shipmentState);
    QCOMPARE(deliveriesOf(final).size(), deliveries);
}

void TestOmsWriteBack::forcedConflictsOnTheApiAreRetriedUntilTheyPass()
{
    SandboxConfig config;
    config.outside.enabled = false;
    QString error;
    QVERIFY2(m_f->start(config, &error), qPrintable(error));
    const QJsonObject created = m_f->createOrder(u"CD-409"_s);
    QVERIFY(!created.isEmpty());
    const QString id = created.value(u"id"_s).toString();
    // Every write of the order answers 409: the write-back gives up after its retries, writing nothing.
    m_f->sandbox().faults()->add(*FaultRule::parse(u"api:POST /orders/*:error:409"_s, nullptr));
    OmsWriteBack writeBack(omsLink());
    int reads = 0;
    const OmsWriteBack::ActionsFor actions = [&](const QJsonObject &current) {
        ++reads;
        return OmsActions::sync(current, u"OMS-CD-409"_s, u"2026-11-27T08:00:00.000Z"_s);
    };
    bool finished = false;
    bool ok = true;
    writeBack.update(id, actions, [&](bool success, const QString &message) {
        finished = true;
        ok = success;
        error = message;
    });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 15000);
    QVERIFY(!ok);
    QVERIFY2(error.contains(u"409"_s), qPrintable(error));
    QCOMPARE(reads, 4); // the first read + 3 re-reads after a 409
    QCOMPARE(order(id).value(u"version"_s).toInt(), 1);
    // Once the API accepts writes again, the same step goes through exactly once.
    m_f->sandbox().faults()->clear(u"api"_s);
    finished = false;
    writeBack.update(id, actions, [&](bool success, const QString &message) {
        finished = true;
        ok = success;
        error = message;
    });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 15000);
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(order(id).value(u"version"_s).toInt(), 2);
    QCOMPARE(countExternalId(order(id), u"OMS-CD-409"_s), 1);
}

void TestOmsWriteBack::deliveryLogSurvivesARestart()
{
    SandboxConfig config;
    config.outside.services = {u"oms"_s};
    config.outside.omsReadyAfterSeconds = 24 * 3600; // only the sync step within this test
    config.outside.omsTickMs = 50;
    config.outside.deliveryPollMs = 50;
    config.outside.deliveryFirstRetryMs = 50;
    config.outside.deliveryMaxRetryMs = 200;
    QString error;
    QVERIFY2(m_f->start(config, &error), qPrintable(error));
    TestHttp oms(m_f->sandbox().outsideUrls().oms);
    QCOMPARE(oms.send("POST", u"/_fault"_s, R"({"route":"*","kind":"outage"})", "application/json",
                      m_f->faultAuth())
                 .status,
             201);
    const QJsonObject created = m_f->createOrder(u"CD-LOG-1"_s);
    QVERIFY(!created.isEmpty());
    Database db;
    QVERIFY(db.open(QDir(m_f->dataDir()).filePath(u"sandbox.sqlite"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(db.scalar(u"SELECT MAX(attempts) FROM subscription_outbox"_s).toInt() >= 2,
                             15000);
    QCOMPARE(oms.send("DELETE", u"/_fault"_s, {}, {}, m_f->faultAuth()).json.value(u"removed"_s).toInt(),
             1); // the outage ends
    QTRY_VERIFY_WITH_TIMEOUT(
        oms.get(u"/v1/orders/CD-LOG-1"_s).json.value(u"fulfilment"_s).toArray().size() == 1, 15000);
    const QJsonObject before = oms.get(u"/v1/orders/CD-LOG-1"_s).json;
    QVERIFY2(before.value(u"attempts"_s).toInt() >= 3, QJsonDocument(before).toJson().constData());
    QVERIFY(before.value(u"lastError"_s).toString().startsWith(u"503 at "_s));
    QVERIFY(!before.value(u"deliveredAt"_s).toString().isEmpty());
    QCOMPARE(before.value(u"received"_s).toArray().size(), 1);
    QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM subscription_outbox WHERE delivered_at IS NULL"_s).toInt(), 0);

    QVERIFY2(m_f->restart(&error), qPrintable(error));
    TestHttp restarted(m_f->sandbox().outsideUrls().oms);
    const HttpResult after = restarted.get(u"/v1/orders/CD-LOG-1"_s);
    QCOMPARE(after.status, 200);
    QCOMPARE(after.json, before); // attempts, last error, delivered at, received, fulfilment
    QCOMPARE(restarted.get(u"/v1/orders"_s).json.value(u"count"_s).toInt(), 1);
    // The received message ids are kept too: a redelivery after the restart is a duplicate.
    const QJsonObject message =
        m_f->get(m_f->base() % u"/messages"_s, {{u"where"_s, u"type=\"OrderCreated\""_s}})
            .json.value(u"results"_s)
            .toArray()
            .at(0)
            .toObject();
    QVERIFY(!message.isEmpty());
    // Sent as the subscription delivers: with the bearer token provisioned into its destination.
    const QString header = m_f->get(m_f->base() % u"/subscriptions/key=oms"_s)
                               .json.value(u"destination"_s)
                               .toObject()
                               .value(u"authentication"_s)
                               .toObject()
                               .value(u"headerValue"_s)
                               .toString();
    QVERIFY(header.startsWith(u"Bearer "_s));
    const HttpResult again =
        restarted.send("POST", u"/messages"_s, QJsonDocument(message).toJson(QJsonDocument::Compact),
                       "application/json", {{"Authorization", header.toLatin1()}});
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json.value(u"duplicate"_s).toBool(), true);
    QCOMPARE(restarted.get(u"/v1/orders/CD-LOG-1"_s).json.value(u"received"_s).toArray().size(), 1);
}

QTEST_GUILESS_MAIN(TestOmsWriteBack)
#include "TestOmsWriteBack.moc"
