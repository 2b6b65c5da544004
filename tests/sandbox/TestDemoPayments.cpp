// SPDX-License-Identifier: MIT
// The demo store's card payments (sandbox/orders/DemoPayments): a fresh sandbox with its own gateway gives
// the newest B2C orders a Payment whose Authorization the gateway holds, so a seller can capture one through
// the Payment Intents API at once, and refund one that was captured on shipment. Real HTTP, real SQLite.
#include "OutsideTestSupport.h"
#include "PaymentIntentSupport.h"
#include "SandboxTestSupport.h"
#include "sandbox/Sandbox.h"
#include "sandbox/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk::sandbox;
using commercedesk::sandbox::test::HttpResult;
using commercedesk::sandbox::test::intent;
using commercedesk::sandbox::test::ManualClock;
using commercedesk::sandbox::test::operationsAt;
using commercedesk::sandbox::test::OutsideFixture;
using commercedesk::sandbox::test::TestHttp;
using commercedesk::sandbox::test::transactionsOf;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);

SandboxConfig demoConfig()
{
    SandboxConfig config;
    config.demoOrders = 300;
    config.outside.services = {u"gateway"_s};
    config.clock = std::make_shared<ManualClock>(Now);
    return config;
}

QJsonObject gross(const QJsonObject &order)
{
    return order.value(u"taxedPrice"_s).toObject().value(u"totalGross"_s).toObject();
}

} // namespace

class TestDemoPayments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void recentCardOrdersCarryAuthorizedPayments();
    void captureADemoOrderOnce();
    void refundAPreCapturedDemoOrder();
    void sameSeedSamePayments();
    void noGatewayNoDemoPayments();

private:
    // The orders with a payment (newest first), fetched over HTTP.
    QList<QJsonObject> ordersWithPayment();
    QJsonObject paymentOf(const QJsonObject &order);
    QJsonObject authorization(const QString &pspId);
    HttpResult send(const QString &paymentId, const QJsonObject &body);

    std::unique_ptr<OutsideFixture> m_fixture;
};

void TestDemoPayments::init()
{
    m_fixture = std::make_unique<OutsideFixture>();
    QString error;
    QVERIFY2(m_fixture->start(demoConfig(), &error), qPrintable(error));
}

void TestDemoPayments::cleanup()
{
    m_fixture.reset();
}

QList<QJsonObject> TestDemoPayments::ordersWithPayment()
{
    const HttpResult r =
        m_fixture->get(m_fixture->base() % u"/orders"_s, {{u"where"_s, u"paymentInfo is defined"_s},
                                                          {u"sort"_s, u"createdAt desc"_s},
                                                          {u"limit"_s, u"500"_s}});
    QList<QJsonObject> out;
    for (const QJsonValue &v : r.json.value(u"results"_s).toArray())
        out.append(v.toObject());
    return out;
}

QJsonObject TestDemoPayments::paymentOf(const QJsonObject &order)
{
    const QString id = order.value(u"paymentInfo"_s)
                           .toObject()
                           .value(u"payments"_s)
                           .toArray()
                           .first()
                           .toObject()
                           .value(u"id"_s)
                           .toString();
    return m_fixture->get(m_fixture->base() % u"/payments/"_s % id).json;
}

QJsonObject TestDemoPayments::authorization(const QString &pspId)
{
    TestHttp gateway(m_fixture->sandbox().outsideUrls().gateway);
    return gateway.get(u"/v1/authorizations/"_s % pspId).json;
}

HttpResult TestDemoPayments::send(const QString &paymentId, const QJsonObject &body)
{
    return m_fixture->http().send("POST", m_fixture->base() % u"/payment-intents/"_s % paymentId,
                                  QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
                                  {{"Authorization", "Bearer " + m_fixture->adminToken()}});
}

void TestDemoPayments::recentCardOrdersCarryAuthorizedPayments()
{
    const QList<QJsonObject> orders = ordersWithPayment();
    QCOMPARE(orders.size(), 36);
    int authorized = 0;
    int captured = 0;
    for (const QJsonObject &order : orders) {
        QCOMPARE(order.value(u"store"_s).toObject().value(u"key"_s).toString(), u"webshop"_s);
        QVERIFY(order.value(u"orderState"_s).toString() != u"Cancelled");
        const QJsonObject payment = paymentOf(order);
        QCOMPARE(payment.value(u"paymentMethodInfo"_s).toObject().value(u"method"_s).toString(), u"card"_s);
        QCOMPARE(payment.value(u"amountPlanned"_s).toObject().value(u"centAmount"_s),
                 gross(order).value(u"centAmount"_s));
        const auto auths = transactionsOf(payment, u"Authorization"_s);
        QCOMPARE(auths.size(), 1);
        QCOMPARE(auths.first().value(u"state"_s).toString(), u"Success"_s);
        const QJsonObject atGateway = authorization(auths.first().value(u"interactionId"_s).toString());
        QCOMPARE(atGateway.value(u"amount"_s).toObject().value(u"centAmount"_s),
                 gross(order).value(u"centAmount"_s));
        QCOMPARE(atGateway.value(u"amount"_s).toObject().value(u"currencyCode"_s),
                 gross(order).value(u"currencyCode"_s));
        QVERIFY(!atGateway.contains(u"number"_s)); // brand and last4 only
        const auto charges = transactionsOf(payment, u"Charge"_s);
        if (order.value(u"paymentState"_s).toString() == u"Pending") {
            ++authorized;
            QVERIFY(charges.isEmpty());
            QCOMPARE(atGateway.value(u"status"_s).toString(), u"approved"_s);
        } else {
            ++captured;
            QCOMPARE(order.value(u"paymentState"_s).toString(), u"Paid"_s);
            QCOMPARE(charges.size(), 1);
            QCOMPARE(charges.first().value(u"state"_s).toString(), u"Success"_s);
            QCOMPARE(atGateway.value(u"status"_s).toString(), u"captured"_s);
            QCOMPARE(operationsAt(atGateway, u"capture"_s), 1);
        }
    }
    QVERIFY2(authorized >= 20 && captured >= 3,
             qPrintable(u"authorized %1, captured %2"_s.arg(authorized).arg(captured)));
}

void TestDemoPayments::captureADemoOrderOnce()
{
    QJsonObject order;
    for (const QJsonObject &o : ordersWithPayment()) {
        if (o.value(u"paymentState"_s).toString() == u"Pending") {
            order = o;
            break;
        }
    }
    QVERIFY(!order.isEmpty());
    const QJsonObject payment = paymentOf(order);
    const QString psp =
        transactionsOf(payment, u"Authorization"_s).first().value(u"interactionId"_s).toString();
    const QJsonObject amount{{u"centAmount"_s, gross(order).value(u"centAmount"_s)},
                             {u"currencyCode"_s, gross(order).value(u"currencyCode"_s)}};
    const HttpResult r = send(payment.value(u"id"_s).toString(), intent(u"capturePayment"_s, amount));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"outcome"_s).toString(), u"approved"_s);
    const auto charges = transactionsOf(
        m_fixture->get(m_fixture->base() % u"/payments/"_s % payment.value(u"id"_s).toString()).json,
        u"Charge"_s);
    QCOMPARE(charges.size(), 1);
    QCOMPARE(charges.first().value(u"state"_s).toString(), u"Success"_s);
    const QJsonObject atGateway = authorization(psp);
    QCOMPARE(operationsAt(atGateway, u"capture"_s), 1);
    QCOMPARE(atGateway.value(u"capturedAmount"_s).toObject().value(u"centAmount"_s),
             amount.value(u"centAmount"_s));
}

void TestDemoPayments::refundAPreCapturedDemoOrder()
{
    QJsonObject order;
    for (const QJsonObject &o : ordersWithPayment()) {
        if (o.value(u"paymentState"_s).toString() == u"Paid") {
            order = o;
            break;
        }
    }
    QVERIFY(!order.isEmpty());
    const QJsonObject payment = paymentOf(order);
    const QString psp =
        transactionsOf(payment, u"Authorization"_s).first().value(u"interactionId"_s).toString();
    const qint64 total = gross(order).value(u"centAmount"_s).toInteger();
    const QJsonObject part{{u"centAmount"_s, total / 2},
                           {u"currencyCode"_s, gross(order).value(u"currencyCode"_s)}};
    const HttpResult r = send(payment.value(u"id"_s).toString(), intent(u"refundPayment"_s, part));
    QCOMPARE(r.json.value(u"outcome"_s).toString(), u"approved"_s);
    const QJsonObject atGateway = authorization(psp);
    QCOMPARE(operationsAt(atGateway, u"refund"_s), 1);
    QCOMPARE(atGateway.value(u"refundedAmount"_s).toObject().value(u"centAmount"_s).toInteger(), total / 2);
    // More than what is left is refused before the gateway is asked.
    const QJsonObject tooMuch{{u"centAmount"_s, total - total / 2 + 1},
                              {u"currencyCode"_s, gross(order).value(u"currencyCode"_s)}};
    QCOMPARE(send(payment.value(u"id"_s).toString(), intent(u"refundPayment"_s, tooMuch)).errorCode(),
             u"InvalidOperation"_s);
}

void TestDemoPayments::sameSeedSamePayments()
{
    const auto summary = [this] {
        QStringList out;
        for (const QJsonObject &o : ordersWithPayment())
            out.append(o.value(u"orderNumber"_s).toString() % u' ' % o.value(u"paymentState"_s).toString() %
                       u' ' % QString::number(gross(o).value(u"centAmount"_s).toInteger()));
        return out;
    };
    const QStringList first = summary();
    m_fixture = std::make_unique<OutsideFixture>();
    QString error;
    QVERIFY2(m_fixture->start(demoConfig(), &error), qPrintable(error));
    QCOMPARE(summary(), first);
}

void TestDemoPayments::noGatewayNoDemoPayments()
{
    m_fixture = std::make_unique<OutsideFixture>();
    SandboxConfig config = demoConfig();
    config.outside.services = {u"tax"_s};
    QString error;
    QVERIFY2(m_fixture->start(config, &error), qPrintable(error));
    QCOMPARE(ordersWithPayment().size(), 0);
    QVERIFY(m_fixture->get(m_fixture->base() % u"/orders"_s).json.value(u"total"_s).toInt() == 300);
}

// The figure in the report: the first start of a demo store with 300 orders and its own gateway.
QTEST_GUILESS_MAIN(TestDemoPayments)
#include "TestDemoPayments.moc"
