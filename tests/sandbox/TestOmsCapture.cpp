// SPDX-License-Identifier: MIT
// Capture on shipment through the OMS (--oms-capture-on-shipment): once the OMS shipped an order whose card
// payment the gateway authorized, it captures the rest through the Payment Intents API with its own client —
// exactly once, although the gateway fails every capture for a while (the Pending capture is completed, not
// repeated), the OrderCreated message is delivered twice and the shipment message again later. Without the
// option the OMS captures nothing.
#include "OutsideTestSupport.h"
#include "sandbox/faults/FaultInjector.h"
#include "sandbox/faults/FaultRule.h"
#include "sandbox/outside/OmsCapture.h"

#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace commercedesk::sandbox;
using namespace commercedesk::sandbox::test;

namespace {

const QDateTime Start = QDateTime(QDate(2026, 12, 7), QTime(8, 0), Qt::UTC);

QStringList valuesOf(const QJsonArray &array, const QString &field)
{
    QStringList values;
    for (const QJsonValue &v : array)
        values.append(v.toObject().value(field).toString());
    return values;
}

// What the buyer pays: taxedPrice.totalGross when the order is taxed, else totalPrice.
QJsonObject grossOf(const QJsonObject &order)
{
    const QJsonObject gross = order.value(u"taxedPrice"_s).toObject().value(u"totalGross"_s).toObject();
    return gross.isEmpty() ? order.value(u"totalPrice"_s).toObject() : gross;
}

} // namespace

class TestOmsCapture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void balanceOfAPayment();
    void shippedOrderIsCapturedOnceThoughMessagesArriveTwice();
    void withoutTheOptionNothingIsCaptured();

private:
    bool start(bool captureOnShipment);
    // An order (orderNumber `number`) with a Payment the gateway authorized for its total.
    QJsonObject authorizedOrder(const QString &number);
    QJsonObject get(const QString &path) { return m_f->get(m_f->base() % path).json; }
    QJsonArray messages(const QString &type)
    {
        return m_f->get(m_f->base() % u"/messages"_s, {{u"where"_s, u"type=\"%1\""_s.arg(type)}})
            .json.value(u"results"_s)
            .toArray();
    }
    int gatewayCaptures(const QString &paymentId);
    // Posts `message` to the OMS as the subscription delivers it (with its bearer token).
    HttpResult deliver(const QJsonObject &message);

    std::unique_ptr<OutsideFixture> m_f;
    std::shared_ptr<ManualClock> m_clock;
};

void TestOmsCapture::init()
{
    m_f = std::make_unique<OutsideFixture>();
    m_clock = std::make_shared<ManualClock>(Start);
}

void TestOmsCapture::cleanup()
{
    m_f.reset();
}

bool TestOmsCapture::start(bool captureOnShipment)
{
    SandboxConfig config;
    config.outside.services = {u"oms"_s, u"gateway"_s};
    config.outside.omsClock = m_clock;
    config.outside.omsShipAfterSeconds = 120;
    config.outside.omsTickMs = 50;
    config.outside.deliveryPollMs = 50;
    config.outside.omsCaptureOnShipment = captureOnShipment;
    QString error;
    if (!m_f->start(config, &error))
        qWarning() << error;
    return error.isEmpty();
}

QJsonObject TestOmsCapture::authorizedOrder(const QString &number)
{
    const QJsonObject created = m_f->createOrder(number);
    if (created.isEmpty()) {
        qWarning() << "no order";
        return {};
    }
    const QJsonObject total = grossOf(created);
    const QJsonObject amount{{u"centAmount"_s, total.value(u"centAmount"_s)},
                             {u"currencyCode"_s, total.value(u"currencyCode"_s)}};
    TestHttp gateway(m_f->sandbox().outsideUrls().gateway);
    const QJsonObject card{{u"number"_s, u"4242424242424242"_s},
                           {u"expiryMonth"_s, 12},
                           {u"expiryYear"_s, 2035},
                           {u"cvc"_s, u"123"_s}};
    const HttpResult a = gateway.send(
        "POST", u"/v1/authorizations"_s,
        QJsonDocument(QJsonObject{{u"amount"_s, amount}, {u"card"_s, card}}).toJson(QJsonDocument::Compact),
        "application/json", {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
    if (a.status != 201) {
        qWarning() << "authorization" << a.status << a.json;
        return {};
    }
    const HttpResult p = m_f->post(
        m_f->base() % u"/payments"_s,
        {{u"amountPlanned"_s, amount},
         {u"interfaceId"_s, a.json.value(u"id"_s)},
         {u"paymentMethodInfo"_s, QJsonObject{{u"paymentInterface"_s, u"commercedesk-gateway"_s}}},
         {u"transactions"_s, QJsonArray{QJsonObject{{u"type"_s, u"Authorization"_s},
                                                    {u"amount"_s, amount},
                                                    {u"state"_s, u"Success"_s},
                                                    {u"interactionId"_s, a.json.value(u"id"_s)}}}}});
    if (p.status != 201) {
        qWarning() << "payment" << p.status << p.json;
        return {};
    }
    const QString id = created.value(u"id"_s).toString();
    const QJsonArray add{QJsonObject{
        {u"action"_s, u"addPayment"_s},
        {u"payment"_s, QJsonObject{{u"typeId"_s, u"payment"_s}, {u"id"_s, p.json.value(u"id"_s)}}}}};
    for (int attempt = 0; attempt < 5; ++attempt) { // the OMS's sync may race the update
        const QJsonObject current = get(u"/orders/"_s % id);
        const HttpResult r =
            m_f->update(m_f->base() % u"/orders/"_s % id, current.value(u"version"_s).toInteger(), add);
        if (r.status == 200)
            return r.json;
    }
    return {};
}

int TestOmsCapture::gatewayCaptures(const QString &paymentId)
{
    const QString psp = get(u"/payments/"_s % paymentId).value(u"interfaceId"_s).toString();
    TestHttp gateway(m_f->sandbox().outsideUrls().gateway);
    return int(valuesOf(gateway.get(u"/v1/authorizations/"_s % psp).json.value(u"operations"_s).toArray(),
                        u"operation"_s)
                   .count(u"capture"_s));
}

HttpResult TestOmsCapture::deliver(const QJsonObject &message)
{
    const QString header = get(u"/subscriptions/key=oms"_s)
                               .value(u"destination"_s)
                               .toObject()
                               .value(u"authentication"_s)
                               .toObject()
                               .value(u"headerValue"_s)
                               .toString();
    TestHttp oms(m_f->sandbox().outsideUrls().oms);
    return oms.send("POST", u"/messages"_s, QJsonDocument(message).toJson(QJsonDocument::Compact),
                    "application/json", {{"Authorization", header.toLatin1()}});
}

void TestOmsCapture::balanceOfAPayment()
{
    const auto tx = [](const QString &type, const QString &state, qint64 cents) {
        return QJsonObject{
            {u"type"_s, type},
            {u"state"_s, state},
            {u"amount"_s, QJsonObject{{u"centAmount"_s, cents}, {u"currencyCode"_s, u"EUR"_s}}}};
    };
    QJsonObject pending;
    QCOMPARE(
        OmsCapture::capturable({{u"transactions"_s, QJsonArray{tx(u"Authorization"_s, u"Success"_s, 1000),
                                                               tx(u"Charge"_s, u"Success"_s, 300),
                                                               tx(u"Charge"_s, u"Failure"_s, 700)}}},
                               &pending),
        700);
    QVERIFY(pending.isEmpty());
    QCOMPARE(
        OmsCapture::capturable({{u"transactions"_s, QJsonArray{tx(u"Authorization"_s, u"Success"_s, 1000),
                                                               tx(u"Charge"_s, u"Pending"_s, 1000)}}},
                               &pending),
        1000);
    QCOMPARE(pending.value(u"type"_s).toString(), u"Charge"_s);
    QCOMPARE(OmsCapture::capturable(
                 {{u"transactions"_s, QJsonArray{tx(u"Authorization"_s, u"Success"_s, 1000),
                                                 tx(u"CancelAuthorization"_s, u"Success"_s, 1000)}}},
                 nullptr),
             0);
}

void TestOmsCapture::shippedOrderIsCapturedOnceThoughMessagesArriveTwice()
{
    QVERIFY(start(true));
    const QJsonObject order = authorizedOrder(u"CD-CAP-1"_s);
    QVERIFY(!order.isEmpty());
    const QString id = order.value(u"id"_s).toString();
    const QString paymentId = order.value(u"paymentInfo"_s)
                                  .toObject()
                                  .value(u"payments"_s)
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(u"id"_s)
                                  .toString();
    const qint64 total = grossOf(order).value(u"centAmount"_s).toInteger();
    TestHttp oms(m_f->sandbox().outsideUrls().oms);
    QTRY_VERIFY_WITH_TIMEOUT(
        !oms.get(u"/v1/orders/CD-CAP-1"_s).json.value(u"fulfilment"_s).toArray().isEmpty(), 15000);
    // The OrderCreated message arrives a second time: a duplicate, nothing more happens.
    const QJsonObject createdMessage = messages(u"OrderCreated"_s).at(0).toObject();
    QVERIFY(!createdMessage.isEmpty());
    QCOMPARE(deliver(createdMessage).json.value(u"duplicate"_s).toBool(), true);

    // The gateway fails every capture: the OMS ships, its capture stays Pending, the step is retried.
    QString error;
    m_f->sandbox().faults()->add(
        *FaultRule::parse(u"gateway:POST /v1/authorizations/*/capture:error:503"_s, &error));
    m_clock->advance(120000);
    QTRY_COMPARE_WITH_TIMEOUT(get(u"/orders/"_s % id).value(u"shipmentState"_s).toString(), u"Shipped"_s,
                              15000);
    QTRY_VERIFY_WITH_TIMEOUT(
        oms.get(u"/v1/orders/CD-CAP-1"_s).json.value(u"lastError"_s).toString().contains(u"captured"_s),
        15000);
    QJsonObject payment = get(u"/payments/"_s % paymentId);
    QCOMPARE(valuesOf(payment.value(u"transactions"_s).toArray(), u"state"_s),
             (QStringList{u"Success"_s, u"Pending"_s}));
    QCOMPARE(gatewayCaptures(paymentId), 0);

    // The gateway answers again: the Pending capture is completed, once.
    m_f->sandbox().faults()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(
        valuesOf(oms.get(u"/v1/orders/CD-CAP-1"_s).json.value(u"fulfilment"_s).toArray(), u"step"_s),
        (QStringList{u"synced"_s, u"ready"_s, u"shipped"_s, u"captured"_s}), 15000);
    payment = get(u"/payments/"_s % paymentId);
    const QJsonArray transactions = payment.value(u"transactions"_s).toArray();
    QCOMPARE(valuesOf(transactions, u"type"_s), (QStringList{u"Authorization"_s, u"Charge"_s}));
    QCOMPARE(valuesOf(transactions, u"state"_s), (QStringList{u"Success"_s, u"Success"_s}));
    QCOMPARE(transactions.at(1).toObject().value(u"amount"_s).toObject().value(u"centAmount"_s).toInteger(),
             total);
    QCOMPARE(gatewayCaptures(paymentId), 1);

    // The shipment message delivered again (and once more under a new id, as a replay would): no capture.
    QJsonObject shipped;
    for (const QJsonValue &m : messages(u"OrderShipmentStateChanged"_s)) {
        if (m.toObject().value(u"shipmentState"_s).toString() == u"Shipped")
            shipped = m.toObject();
    }
    QVERIFY(!shipped.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(deliver(shipped).json.value(u"duplicate"_s).toBool(), 15000);
    shipped.insert(u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
    QCOMPARE(deliver(shipped).json.value(u"duplicate"_s).toBool(), false);
    m_clock->advance(600000);
    QTest::qWait(500); // several OMS ticks
    QCOMPARE(gatewayCaptures(paymentId), 1);
    QCOMPARE(get(u"/payments/"_s % paymentId).value(u"transactions"_s).toArray().size(), 2);
    QCOMPARE(oms.get(u"/v1/orders/CD-CAP-1"_s).json.value(u"fulfilment"_s).toArray().size(), 4);
}

void TestOmsCapture::withoutTheOptionNothingIsCaptured()
{
    QVERIFY(start(false));
    const QJsonObject order = authorizedOrder(u"CD-CAP-2"_s);
    QVERIFY(!order.isEmpty());
    const QString id = order.value(u"id"_s).toString();
    TestHttp oms(m_f->sandbox().outsideUrls().oms);
    QTRY_VERIFY_WITH_TIMEOUT(
        !oms.get(u"/v1/orders/CD-CAP-2"_s).json.value(u"fulfilment"_s).toArray().isEmpty(), 15000);
    m_clock->advance(120000);
    QTRY_COMPARE_WITH_TIMEOUT(get(u"/orders/"_s % id).value(u"shipmentState"_s).toString(), u"Shipped"_s,
                              15000);
    QTRY_COMPARE_WITH_TIMEOUT(
        valuesOf(oms.get(u"/v1/orders/CD-CAP-2"_s).json.value(u"fulfilment"_s).toArray(), u"step"_s),
        (QStringList{u"synced"_s, u"ready"_s, u"shipped"_s}), 15000);
    QTest::qWait(300);
    const QString paymentId = order.value(u"paymentInfo"_s)
                                  .toObject()
                                  .value(u"payments"_s)
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(u"id"_s)
                                  .toString();
    QCOMPARE(get(u"/payments/"_s % paymentId).value(u"transactions"_s).toArray().size(), 1);
    QCOMPARE(gatewayCaptures(paymentId), 0);
}

QTEST_GUILESS_MAIN(TestOmsCapture)
#include "TestOmsCapture.moc"
