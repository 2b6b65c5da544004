// SPDX-License-Identifier: MIT
// The Checkout Payment Intents API (commercetools-openapi/checkout.yaml) of a real sandbox over loopback
// HTTP, backed by its real payment gateway: every operation, every refusal, and exactly-once completion when
// the gateway fails (503), answers too late, restarts in between, or two sellers capture at once.
#include "OutsideTestSupport.h"
#include "PaymentIntentSupport.h"
#include "SandboxTestSupport.h"
#include "sandbox/Sandbox.h"
#include "sandbox/faults/FaultInjector.h"
#include "sandbox/faults/FaultRule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace commercedesk::sandbox;
using commercedesk::sandbox::test::HttpResult;
using commercedesk::sandbox::test::intent;
using commercedesk::sandbox::test::operationsAt;
using commercedesk::sandbox::test::OutsideFixture;
using commercedesk::sandbox::test::TestHttp;
using commercedesk::sandbox::test::transactionsOf;

namespace {

QJsonObject eur(qint64 cents)
{
    return QJsonObject{{u"centAmount"_s, cents}, {u"currencyCode"_s, u"EUR"_s}};
}

} // namespace

class TestPaymentIntents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void partialCapturesThenRefunds();
    void cancelReleasesTheAuthorization();
    void reverseRefundsWhatWasCaptured();
    void refusals_data();
    void refusals();
    void gatewayUnavailableThenRetryCapturesOnce();
    void gatewayAnswersTooLateThenRetryCapturesOnce();
    void restartCompletesAPendingCapture();
    void restartWhileGatewayStillFailsThenRetryCapturesOnce();
    void retryAfterTheRestartCompletedItCapturesNothingMore();
    void concurrentCapturesOneWins();
    void declinedRefundIsAFailure();
    void issuerDeclinedRefundMovesNoMoney();

private:
    bool startSandbox(int gatewayTimeoutMs = 10000);
    // Stops the sandbox and starts it again on the same data folder with `faults` active from the start
    // (so they apply to what the sandbox does at start, too).
    bool restartWith(const QStringList &faults);
    QStringList messageTypes(const QString &paymentId);
    // An approved gateway authorization of `cents` and a Payment holding it as a Success Authorization.
    QJsonObject authorizedPayment(qint64 cents = 10000,
                                  const QString &card = QStringLiteral("4242424242424242"));
    HttpResult send(const QString &paymentId, const QJsonObject &body, const QByteArray &token = {});
    QJsonObject payment(const QString &id);
    QJsonObject authorization(const QString &pspId);
    void fault(const QString &rule);

    std::unique_ptr<OutsideFixture> m_fixture;
};

bool TestPaymentIntents::startSandbox(int gatewayTimeoutMs)
{
    m_fixture = std::make_unique<OutsideFixture>();
    SandboxConfig config;
    config.outside.services = {u"gateway"_s};
    config.paymentGatewayTimeoutMs = gatewayTimeoutMs;
    QString error;
    if (!m_fixture->start(config, &error)) {
        qWarning() << error;
        return false;
    }
    return true;
}

bool TestPaymentIntents::restartWith(const QStringList &faults)
{
    SandboxConfig config;
    config.outside.services = {u"gateway"_s};
    for (const QString &rule : faults) {
        QString error;
        const auto parsed = FaultRule::parse(rule, &error);
        if (!parsed)
            return false;
        config.outside.faults.append(*parsed);
    }
    m_fixture->stop();
    QString error;
    if (!m_fixture->start(config, &error)) {
        qWarning() << error;
        return false;
    }
    return true;
}

QStringList TestPaymentIntents::messageTypes(const QString &paymentId)
{
    const HttpResult messages = m_fixture->get(
        m_fixture->base() % u"/messages"_s,
        {{u"where"_s, u"resource(id=\"%1\")"_s.arg(paymentId)}, {u"sort"_s, u"sequenceNumber asc"_s}});
    QStringList types;
    for (const QJsonValue &m : messages.json.value(u"results"_s).toArray())
        types.append(m.toObject().value(u"type"_s).toString());
    return types;
}

void TestPaymentIntents::init()
{
    QVERIFY(startSandbox());
}

void TestPaymentIntents::cleanup()
{
    m_fixture.reset();
}

QJsonObject TestPaymentIntents::authorizedPayment(qint64 cents, const QString &number)
{
    TestHttp gateway(m_fixture->sandbox().outsideUrls().gateway);
    const QJsonObject card{{u"number"_s, number},
                           {u"expiryMonth"_s, 12},
                           {u"expiryYear"_s, 2030},
                           {u"cvc"_s, u"123"_s},
                           {u"holder"_s, u"Ada Lovelace"_s}};
    const HttpResult a = gateway.send(
        "POST", u"/v1/authorizations"_s,
        QJsonDocument(
            QJsonObject{{u"amount"_s, eur(cents)}, {u"card"_s, card}, {u"reference"_s, u"cart-1"_s}})
            .toJson(QJsonDocument::Compact),
        "application/json", {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
    if (a.status != 201)
        return {};
    const QJsonObject draft{
        {u"amountPlanned"_s, eur(cents)},
        {u"paymentMethodInfo"_s, QJsonObject{{u"paymentInterface"_s, u"commercedesk-gateway"_s}}},
        {u"transactions"_s, QJsonArray{QJsonObject{{u"type"_s, u"Authorization"_s},
                                                   {u"amount"_s, eur(cents)},
                                                   {u"state"_s, u"Success"_s},
                                                   {u"interactionId"_s, a.json.value(u"id"_s)}}}}};
    const HttpResult p = m_fixture->post(m_fixture->base() % u"/payments"_s, draft);
    return p.status == 201 ? p.json : QJsonObject();
}

HttpResult TestPaymentIntents::send(const QString &paymentId, const QJsonObject &body,
                                    const QByteArray &token)
{
    return m_fixture->http().send(
        "POST", m_fixture->base() % u"/payment-intents/"_s % paymentId,
        QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
        {{"Authorization", "Bearer " + (token.isEmpty() ? m_fixture->adminToken() : token)}});
}

QJsonObject TestPaymentIntents::payment(const QString &id)
{
    return m_fixture->get(m_fixture->base() % u"/payments/"_s % id).json;
}

QJsonObject TestPaymentIntents::authorization(const QString &pspId)
{
    TestHttp gateway(m_fixture->sandbox().outsideUrls().gateway);
    return gateway.get(u"/v1/authorizations/"_s % pspId).json;
}

void TestPaymentIntents::fault(const QString &rule)
{
    QString error;
    const auto parsed = FaultRule::parse(rule, &error);
    QVERIFY2(parsed, qPrintable(error));
    m_fixture->sandbox().faults()->add(*parsed);
}

void TestPaymentIntents::partialCapturesThenRefunds()
{
    const QJsonObject p = authorizedPayment(10000);
    const QString id = p.value(u"id"_s).toString();
    const QString psp = transactionsOf(p, u"Authorization"_s).first().value(u"interactionId"_s).toString();
    QVERIFY(!id.isEmpty());

    HttpResult r = send(id, intent(u"capturePayment"_s, eur(3000)));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json, QJsonObject({{u"outcome"_s, u"approved"_s}}));
    QCOMPARE(send(id, intent(u"capturePayment"_s, eur(7000))).json.value(u"outcome"_s).toString(),
             u"approved"_s);
    r = send(id, intent(u"capturePayment"_s, eur(1)));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"InvalidOperation"_s);
    QVERIFY2(r.json.value(u"message"_s).toString().contains(u"0.00 EUR"_s), r.body.constData());

    QCOMPARE(send(id, intent(u"refundPayment"_s, eur(2000))).json.value(u"outcome"_s).toString(),
             u"approved"_s);
    r = send(id, intent(u"refundPayment"_s, eur(8001)));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"InvalidOperation"_s);
    QCOMPARE(send(id, intent(u"refundPayment"_s, eur(8000))).json.value(u"outcome"_s).toString(),
             u"approved"_s);

    const QJsonObject after = payment(id);
    const auto charges = transactionsOf(after, u"Charge"_s);
    const auto refunds = transactionsOf(after, u"Refund"_s);
    QCOMPARE(charges.size(), 2);
    QCOMPARE(refunds.size(), 2);
    QCOMPARE(charges.at(0).value(u"amount"_s).toObject().value(u"centAmount"_s).toInt(), 3000);
    for (const QJsonObject &tx : charges + refunds) {
        QCOMPARE(tx.value(u"state"_s).toString(), u"Success"_s);
        QCOMPARE(tx.value(u"interactionId"_s).toString(), psp);
    }
    QCOMPARE(after.value(u"paymentStatus"_s).toObject().value(u"interfaceCode"_s).toString(), u"refunded"_s);
    QCOMPARE(after.value(u"version"_s).toInt(), 1 + 4 * 2); // each operation: Pending, then Success

    const QJsonObject atGateway = authorization(psp);
    QCOMPARE(atGateway.value(u"capturedAmount"_s).toObject().value(u"centAmount"_s).toInt(), 10000);
    QCOMPARE(atGateway.value(u"refundedAmount"_s).toObject().value(u"centAmount"_s).toInt(), 10000);
    QCOMPARE(operationsAt(atGateway, u"capture"_s), 2);
    QCOMPARE(operationsAt(atGateway, u"refund"_s), 2);

    // The payment's messages: per operation, the Pending transaction added, then its state changed.
    const HttpResult messages =
        m_fixture->get(m_fixture->base() % u"/messages"_s, {{u"where"_s, u"resource(id=\"%1\")"_s.arg(id)},
                                                            {u"sort"_s, u"sequenceNumber asc"_s}});
    QStringList types;
    for (const QJsonValue &m : messages.json.value(u"results"_s).toArray())
        types.append(m.toObject().value(u"type"_s).toString());
    QCOMPARE(types.count(u"PaymentTransactionAdded"_s), 4);
    QCOMPARE(types.count(u"PaymentTransactionStateChanged"_s), 4);
    QCOMPARE(types.first(), u"PaymentTransactionAdded"_s);
}

void TestPaymentIntents::cancelReleasesTheAuthorization()
{
    const QJsonObject p = authorizedPayment(5000);
    const QString id = p.value(u"id"_s).toString();
    const QString psp = transactionsOf(p, u"Authorization"_s).first().value(u"interactionId"_s).toString();
    QCOMPARE(send(id, intent(u"cancelPayment"_s)).json.value(u"outcome"_s).toString(), u"approved"_s);
    const auto cancels = transactionsOf(payment(id), u"CancelAuthorization"_s);
    QCOMPARE(cancels.size(), 1);
    QCOMPARE(cancels.first().value(u"state"_s).toString(), u"Success"_s);
    QCOMPARE(cancels.first().value(u"amount"_s).toObject().value(u"centAmount"_s).toInt(), 5000);
    QCOMPARE(authorization(psp).value(u"status"_s).toString(), u"voided"_s);
    const HttpResult again = send(id, intent(u"capturePayment"_s, eur(100)));
    QCOMPARE(again.status, 400);
    QCOMPARE(again.errorCode(), u"InvalidOperation"_s);
    QCOMPARE(send(id, intent(u"cancelPayment"_s)).errorCode(), u"InvalidOperation"_s);
}

void TestPaymentIntents::reverseRefundsWhatWasCaptured()
{
    const QJsonObject p = authorizedPayment(5000);
    const QString id = p.value(u"id"_s).toString();
    QCOMPARE(send(id, intent(u"capturePayment"_s, eur(2000))).json.value(u"outcome"_s).toString(),
             u"approved"_s);
    const HttpResult cancel = send(id, intent(u"cancelPayment"_s));
    QCOMPARE(cancel.status, 400); // captured already: refund instead
    QCOMPARE(cancel.errorCode(), u"InvalidOperation"_s);
    QCOMPARE(send(id, intent(u"reversePayment"_s)).json.value(u"outcome"_s).toString(), u"approved"_s);
    const auto refunds = transactionsOf(payment(id), u"Refund"_s);
    QCOMPARE(refunds.size(), 1);
    QCOMPARE(refunds.first().value(u"amount"_s).toObject().value(u"centAmount"_s).toInt(), 2000);
    QCOMPARE(send(id, intent(u"reversePayment"_s)).errorCode(), u"InvalidOperation"_s); // nothing left

    // Reversing an authorization nothing was captured of releases it.
    const QString other = authorizedPayment(700).value(u"id"_s).toString();
    QCOMPARE(send(other, intent(u"reversePayment"_s)).json.value(u"outcome"_s).toString(), u"approved"_s);
    QCOMPARE(transactionsOf(payment(other), u"CancelAuthorization"_s).size(), 1);
}

void TestPaymentIntents::refusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("payment"); // "new", "unknown", "unauthorized"
    QTest::addColumn<QString>("client");  // empty = admin
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QByteArray capture =
        R"({"actions":[{"action":"capturePayment","amount":{"centAmount":100,"currencyCode":"EUR"}}]})";
    QTest::newRow("two actions")
        << QByteArray(R"({"actions":[{"action":"cancelPayment"},{"action":"cancelPayment"}]})") << u"new"_s
        << QString() << 400 << u"MultipleActionsNotAllowed"_s;
    QTest::newRow("no actions") << QByteArray(R"({})") << u"new"_s << QString() << 400 << u"RequiredField"_s;
    QTest::newRow("capture without amount") << QByteArray(R"({"actions":[{"action":"capturePayment"}]})")
                                            << u"new"_s << QString() << 400 << u"RequiredField"_s;
    QTest::newRow("unknown action") << QByteArray(R"({"actions":[{"action":"chargeTwice"}]})") << u"new"_s
                                    << QString() << 400 << u"InvalidField"_s;
    QTest::newRow("other currency")
        << QByteArray(
               R"({"actions":[{"action":"capturePayment","amount":{"centAmount":100,"currencyCode":"USD"}}]})")
        << u"new"_s << QString() << 400 << u"InvalidField"_s;
    QTest::newRow("capture more than authorized")
        << QByteArray(
               R"({"actions":[{"action":"capturePayment","amount":{"centAmount":10001,"currencyCode":"EUR"}}]})")
        << u"new"_s << QString() << 400 << u"InvalidOperation"_s;
    QTest::newRow("refund before capture")
        << QByteArray(
               R"({"actions":[{"action":"refundPayment","amount":{"centAmount":1,"currencyCode":"EUR"}}]})")
        << u"new"_s << QString() << 400 << u"InvalidOperation"_s;
    QTest::newRow("unknown payment") << capture << u"unknown"_s << QString() << 404 << u"ResourceNotFound"_s;
    QTest::newRow("no authorization")
        << capture << u"unauthorized"_s << QString() << 400 << u"InvalidOperation"_s;
    QTest::newRow("view-only client")
        << capture << u"new"_s << u"merchant-readonly"_s << 403 << u"insufficient_scope"_s;
    QTest::newRow("merchant client") << capture << u"new"_s << u"merchant"_s << 200 << QString();
}

void TestPaymentIntents::refusals()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, payment);
    QFETCH(QString, client);
    QFETCH(int, status);
    QFETCH(QString, code);
    QString id = u"00000000-0000-4000-8000-000000000000"_s;
    if (payment == u"new") {
        id = authorizedPayment(10000).value(u"id"_s).toString();
    } else if (payment == u"unauthorized") {
        id = m_fixture->post(m_fixture->base() % u"/payments"_s, QJsonObject{{u"amountPlanned"_s, eur(100)}})
                 .json.value(u"id"_s)
                 .toString();
    }
    QVERIFY(!id.isEmpty());
    const qint64 version = this->payment(id).value(u"version"_s).toInteger();
    const QByteArray token = client.isEmpty()
                                 ? QByteArray()
                                 : m_fixture->http().clientToken(m_fixture->sandbox().credentials(), client);
    const HttpResult r = send(id, QJsonDocument::fromJson(body).object(), token);
    QCOMPARE(r.status, status);
    if (status >= 400) {
        const QString got = r.errorCode().isEmpty() ? r.json.value(u"error"_s).toString() : r.errorCode();
        QCOMPARE(got, code);
        if (payment != u"unknown") // nothing was written
            QCOMPARE(this->payment(id).value(u"version"_s).toInteger(), version);
    }
}

void TestPaymentIntents::gatewayUnavailableThenRetryCapturesOnce()
{
    const QJsonObject p = authorizedPayment(10000);
    const QString id = p.value(u"id"_s).toString();
    const QString psp = transactionsOf(p, u"Authorization"_s).first().value(u"interactionId"_s).toString();
    fault(u"gateway:POST /v1/authorizations/*/capture:error:503"_s);
    const HttpResult first = send(id, intent(u"capturePayment"_s, eur(4000)));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json.value(u"outcome"_s).toString(), u"received"_s);
    auto charges = transactionsOf(payment(id), u"Charge"_s);
    QCOMPARE(charges.size(), 1);
    QCOMPARE(charges.first().value(u"state"_s).toString(), u"Pending"_s);
    // Another operation meanwhile: the pending one first.
    const HttpResult other = send(id, intent(u"capturePayment"_s, eur(1000)));
    QCOMPARE(other.status, 409);
    QCOMPARE(other.errorCode(), u"ConcurrentModification"_s);
    QCOMPARE(operationsAt(authorization(psp), u"capture"_s), 0);

    m_fixture->sandbox().faults()->clear();
    const HttpResult retry = send(id, intent(u"capturePayment"_s, eur(4000)));
    QCOMPARE(retry.json.value(u"outcome"_s).toString(), u"approved"_s);
    charges = transactionsOf(payment(id), u"Charge"_s);
    QCOMPARE(charges.size(), 1);
    QCOMPARE(charges.first().value(u"state"_s).toString(), u"Success"_s);
    const QJsonObject atGateway = authorization(psp);
    QCOMPARE(operationsAt(atGateway, u"capture"_s), 1);
    QCOMPARE(atGateway.value(u"capturedAmount"_s).toObject().value(u"centAmount"_s).toInt(), 4000);
}

void TestPaymentIntents::gatewayAnswersTooLateThenRetryCapturesOnce()
{
    QVERIFY(startSandbox(800));
    const QJsonObject p = authorizedPayment(10000);
    const QString id = p.value(u"id"_s).toString();
    const QString psp = transactionsOf(p, u"Authorization"_s).first().value(u"interactionId"_s).toString();
    // The gateway holds the answer past the connector's patience.
    fault(u"gateway:POST /v1/authorizations/*/capture:timeout"_s);
    QCOMPARE(send(id, intent(u"capturePayment"_s, eur(10000))).json.value(u"outcome"_s).toString(),
             u"received"_s);
    const QJsonObject pending = transactionsOf(payment(id), u"Charge"_s).first();
    QCOMPARE(pending.value(u"state"_s).toString(), u"Pending"_s);

    // The capture did land at the gateway and only its answer was lost: the same request with the same key
    // (the transaction id), as the connector sends it.
    m_fixture->sandbox().faults()->clear();
    TestHttp gateway(m_fixture->sandbox().outsideUrls().gateway);
    const HttpResult landed =
        gateway.send("POST", u"/v1/authorizations/"_s % psp % u"/capture"_s,
                     QJsonDocument(QJsonObject{{u"amount"_s, eur(10000)}}).toJson(QJsonDocument::Compact),
                     "application/json",
                     {{"Authorization", "Bearer " + m_fixture->sandbox().credentials().gatewayMerchantKey},
                      {"Idempotency-Key", pending.value(u"id"_s).toString().toUtf8()}});
    QCOMPARE(landed.status, 200);
    QCOMPARE(operationsAt(authorization(psp), u"capture"_s), 1);

    QCOMPARE(send(id, intent(u"capturePayment"_s, eur(10000))).json.value(u"outcome"_s).toString(),
             u"approved"_s);
    const auto charges = transactionsOf(payment(id), u"Charge"_s);
    QCOMPARE(charges.size(), 1);
    QCOMPARE(charges.first().value(u"state"_s).toString(), u"Success"_s);
    QCOMPARE(operationsAt(authorization(psp), u"capture"_s), 1); // the retry was a replay
    QCOMPARE(authorization(psp).value(u"capturedAmount"_s).toObject().value(u"centAmount"_s).toInt(), 10000);
}

void TestPaymentIntents::restartCompletesAPendingCapture()
{
    const QJsonObject p = authorizedPayment(10000);
    const QString id = p.value(u"id"_s).toString();
    const QString psp = transactionsOf(p, u"Authorization"_s).first().value(u"interactionId"_s).toString();
    fault(u"gateway:POST /v1/authorizations/*/capture:error:503"_s);
    QCOMPARE(send(id, intent(u"capturePayment"_s, eur(2500))).json.value(u"outcome"_s).toString(),
             u"received"_s);

    QString error;
    QVERIFY2(m_fixture->restart(&error),
             qPrintable(error)); // a new fault injector: the gateway answers again
    QTRY_COMPARE_WITH_TIMEOUT(transactionsOf(payment(id), u"Charge"_s).first().value(u"state"_s).toString(),
                              u"Success"_s, 10000);
    QCOMPARE(transactionsOf(payment(id), u"Charge"_s).size(), 1);
    QCOMPARE(operationsAt(authorization(psp), u"capture"_s), 1);
    // Settled: a later restart asks nothing again.
    QVERIFY2(m_fixture->restart(&error), qPrintable(error));
    QTest::qWait(300);
    QCOMPARE(operationsAt(authorization(psp), u"capture"_s), 1);
    QCOMPARE(payment(id).value(u"version"_s).toInt(), 3);
}

void TestPaymentIntents::restartWhileGatewayStillFailsThenRetryCapturesOnce()
{
    const QJsonObject p = authorizedPayment(10000);
    const QString id = p.value(u"id"_s).toString();
    const QString psp = transactionsOf(p, u"Authorization"_s).first().value(u"interactionId"_s).toString();
    const QString unavailable = u"gateway:POST /v1/authorizations/*/capture:error:503"_s;
    fault(unavailable);
    QCOMPARE(send(id, intent(u"capturePayment"_s, eur(2500))).json.value(u"outcome"_s).toString(),
             u"received"_s);
    const QString charge = transactionsOf(payment(id), u"Charge"_s).first().value(u"id"_s).toString();

    // The gateway still answers 503 when the sandbox asks again at start: the Charge stays Pending, nothing
    // was captured, and the payment is untouched (version 2: the Pending Charge only).
    QVERIFY(restartWith({unavailable}));
    QTest::qWait(500);
    QCOMPARE(transactionsOf(payment(id), u"Charge"_s).first().value(u"state"_s).toString(), u"Pending"_s);
    QCOMPARE(payment(id).value(u"version"_s).toInt(), 2);
    QCOMPARE(operationsAt(authorization(psp), u"capture"_s), 0);

    // The gateway is back: the seller's retry (the same operation) completes that Charge, once.
    m_fixture->sandbox().faults()->clear();
    QCOMPARE(send(id, intent(u"capturePayment"_s, eur(2500))).json.value(u"outcome"_s).toString(),
             u"approved"_s);
    const auto charges = transactionsOf(payment(id), u"Charge"_s);
    QCOMPARE(charges.size(), 1);
    QCOMPARE(charges.first().value(u"id"_s).toString(), charge);
    QCOMPARE(charges.first().value(u"state"_s).toString(), u"Success"_s);
    const QJsonObject atGateway = authorization(psp);
    QCOMPARE(operationsAt(atGateway, u"capture"_s), 1);
    QCOMPARE(
        atGateway.value(u"operations"_s).toArray().first().toObject().value(u"idempotencyKey"_s).toString(),
        charge);
    QCOMPARE(messageTypes(id).count(u"PaymentTransactionStateChanged"_s), 1);
}

void TestPaymentIntents::retryAfterTheRestartCompletedItCapturesNothingMore()
{
    const QJsonObject p = authorizedPayment(10000);
    const QString id = p.value(u"id"_s).toString();
    const QString psp = transactionsOf(p, u"Authorization"_s).first().value(u"interactionId"_s).toString();
    fault(u"gateway:POST /v1/authorizations/*/capture:error:503"_s);
    QCOMPARE(send(id, intent(u"capturePayment"_s, eur(2500))).json.value(u"outcome"_s).toString(),
             u"received"_s);

    // The restart completes the Pending Charge on its own, visibly: the transaction's state change is a
    // message of the payment.
    QVERIFY(restartWith({}));
    QTRY_COMPARE_WITH_TIMEOUT(transactionsOf(payment(id), u"Charge"_s).first().value(u"state"_s).toString(),
                              u"Success"_s, 10000);
    QCOMPARE(messageTypes(id).count(u"PaymentTransactionStateChanged"_s), 1);

    // The seller, who saw it Pending, sends the same capture again: told it was approved, nothing captured
    // twice (partial captures would otherwise allow a second 25.00).
    QCOMPARE(send(id, intent(u"capturePayment"_s, eur(2500))).json.value(u"outcome"_s).toString(),
             u"approved"_s);
    QCOMPARE(transactionsOf(payment(id), u"Charge"_s).size(), 1);
    QCOMPARE(operationsAt(authorization(psp), u"capture"_s), 1);
    QCOMPARE(authorization(psp).value(u"capturedAmount"_s).toObject().value(u"centAmount"_s).toInt(), 2500);

    // Told once: a further capture is a new one.
    QCOMPARE(send(id, intent(u"capturePayment"_s, eur(2500))).json.value(u"outcome"_s).toString(),
             u"approved"_s);
    QCOMPARE(transactionsOf(payment(id), u"Charge"_s).size(), 2);
    QCOMPARE(operationsAt(authorization(psp), u"capture"_s), 2);
}

void TestPaymentIntents::concurrentCapturesOneWins()
{
    const QJsonObject p = authorizedPayment(10000);
    const QString id = p.value(u"id"_s).toString();
    const QString psp = transactionsOf(p, u"Authorization"_s).first().value(u"interactionId"_s).toString();
    fault(u"gateway:POST /v1/authorizations/*/capture:latency:600"_s);
    QNetworkAccessManager nam;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 2; ++i) {
        QNetworkRequest request(m_fixture->http().url(m_fixture->base() % u"/payment-intents/"_s % id));
        request.setRawHeader("Content-Type", "application/json");
        request.setRawHeader("Authorization", "Bearer " + m_fixture->adminToken());
        replies.append(nam.post(request, QJsonDocument(intent(u"capturePayment"_s, eur(6000))).toJson()));
    }
    QTRY_VERIFY_WITH_TIMEOUT(replies.at(0)->isFinished() && replies.at(1)->isFinished(), 10000);
    QList<int> statuses;
    for (QNetworkReply *reply : replies) {
        statuses.append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        if (statuses.last() == 409)
            QCOMPARE(body.value(u"errors"_s).toArray().at(0).toObject().value(u"code"_s).toString(),
                     u"ConcurrentModification"_s);
        reply->deleteLater();
    }
    std::sort(statuses.begin(), statuses.end());
    QCOMPARE(statuses, QList<int>({200, 409}));
    QCOMPARE(transactionsOf(payment(id), u"Charge"_s).size(), 1);
    QCOMPARE(operationsAt(authorization(psp), u"capture"_s), 1);
    QCOMPARE(authorization(psp).value(u"capturedAmount"_s).toObject().value(u"centAmount"_s).toInt(), 6000);
}

void TestPaymentIntents::declinedRefundIsAFailure()
{
    const QJsonObject p = authorizedPayment(3000);
    const QString id = p.value(u"id"_s).toString();
    QCOMPARE(send(id, intent(u"capturePayment"_s, eur(3000))).json.value(u"outcome"_s).toString(),
             u"approved"_s);
    fault(u"gateway:POST /v1/authorizations/*/refund:error:402"_s);
    const HttpResult declined = send(id, intent(u"refundPayment"_s, eur(1000)));
    QCOMPARE(declined.status, 200);
    QCOMPARE(declined.json.value(u"outcome"_s).toString(), u"rejected"_s);
    const auto refunds = transactionsOf(payment(id), u"Refund"_s);
    QCOMPARE(refunds.size(), 1);
    QCOMPARE(refunds.first().value(u"state"_s).toString(), u"Failure"_s);
    // A failed refund moved nothing: the whole capture can still be refunded.
    m_fixture->sandbox().faults()->clear();
    QCOMPARE(send(id, intent(u"refundPayment"_s, eur(3000))).json.value(u"outcome"_s).toString(),
             u"approved"_s);
}

void TestPaymentIntents::issuerDeclinedRefundMovesNoMoney()
{
    // The refund test card: its issuer declines a refund whose minor units end in 51.
    const QJsonObject p = authorizedPayment(5000, u"4000000000005126"_s);
    const QString id = p.value(u"id"_s).toString();
    const QString psp = transactionsOf(p, u"Authorization"_s).first().value(u"interactionId"_s).toString();
    QCOMPARE(send(id, intent(u"capturePayment"_s, eur(5000))).json.value(u"outcome"_s).toString(),
             u"approved"_s);

    const HttpResult declined = send(id, intent(u"refundPayment"_s, eur(1051)));
    QCOMPARE(declined.status, 200); // checkout.yaml: a PSP refusal is the outcome, not an error status
    QCOMPARE(declined.json, QJsonObject({{u"outcome"_s, u"rejected"_s}}));
    const QJsonObject after = payment(id);
    const auto refunds = transactionsOf(after, u"Refund"_s);
    QCOMPARE(refunds.size(), 1);
    QCOMPARE(refunds.first().value(u"state"_s).toString(), u"Failure"_s);
    QCOMPARE(after.value(u"paymentStatus"_s).toObject().value(u"interfaceCode"_s).toString(),
             u"refund_declined"_s);
    QCOMPARE(after.value(u"paymentStatus"_s).toObject().value(u"interfaceText"_s).toString(),
             u"The issuer declined the refund."_s);

    // The gateway's log has the declined attempt once; no money moved.
    QJsonObject atGateway = authorization(psp);
    QCOMPARE(atGateway.value(u"status"_s).toString(), u"captured"_s);
    QVERIFY(!atGateway.contains(u"refundedAmount"_s));
    const QJsonObject attempt = atGateway.value(u"operations"_s).toArray().last().toObject();
    QCOMPARE(attempt.value(u"operation"_s).toString(), u"refund"_s);
    QCOMPARE(attempt.value(u"outcome"_s).toString(), u"declined"_s);
    QCOMPARE(attempt.value(u"declineCode"_s).toString(), u"refund_declined"_s);
    QCOMPARE(attempt.value(u"amount"_s).toObject().value(u"centAmount"_s).toInt(), 1051);

    // Asked again with the same key (as the connector would): the decline is replayed, not tried again.
    TestHttp gateway(m_fixture->sandbox().outsideUrls().gateway);
    const HttpResult replay = gateway.send(
        "POST", u"/v1/authorizations/"_s % psp % u"/refund"_s,
        QJsonDocument(
            QJsonObject{{u"amount"_s, QJsonObject{{u"centAmount"_s, 1051}, {u"currencyCode"_s, u"EUR"_s}}}})
            .toJson(QJsonDocument::Compact),
        "application/json",
        {{"Authorization", "Bearer " + m_fixture->sandbox().credentials().gatewayMerchantKey},
         {"Idempotency-Key", refunds.first().value(u"id"_s).toString().toUtf8()}});
    QCOMPARE(replay.status, 402);
    QCOMPARE(operationsAt(authorization(psp), u"refund"_s), 1);

    // A later valid refund works, and all of the capture is still refundable.
    QCOMPARE(send(id, intent(u"refundPayment"_s, eur(1050))).json.value(u"outcome"_s).toString(),
             u"approved"_s);
    QCOMPARE(send(id, intent(u"refundPayment"_s, eur(3950))).json.value(u"outcome"_s).toString(),
             u"approved"_s);
    atGateway = authorization(psp);
    QCOMPARE(atGateway.value(u"refundedAmount"_s).toObject().value(u"centAmount"_s).toInt(), 5000);
    QCOMPARE(operationsAt(atGateway, u"refund"_s), 3); // one declined, two applied

    // Any other card takes such an amount.
    const QString other = authorizedPayment(2000).value(u"id"_s).toString();
    QCOMPARE(send(other, intent(u"capturePayment"_s, eur(2000))).json.value(u"outcome"_s).toString(),
             u"approved"_s);
    QCOMPARE(send(other, intent(u"refundPayment"_s, eur(1051))).json.value(u"outcome"_s).toString(),
             u"approved"_s);
}

QTEST_GUILESS_MAIN(TestPaymentIntents)
#include "TestPaymentIntents.moc"
