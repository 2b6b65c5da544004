// SPDX-License-Identifier: MIT
// The payment gateway sandbox over real loopback HTTP, with its SQLite file in a temporary folder.
#include "SandboxTestSupport.h"
#include "sandbox/outside/PaymentGateway.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace commercedesk::sandbox;
using commercedesk::sandbox::test::HttpResult;
using commercedesk::sandbox::test::TestHttp;

namespace {

// Every log line of the test process, to prove no card number is ever logged.
QMutex logMutex;
QStringList &logLines()
{
    static QStringList lines;
    return lines;
}

const QByteArray MerchantKey = "connector-key";

void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    const QMutexLocker lock(&logMutex);
    logLines().append(message);
}

QByteArray body(const QString &number, const QString &cvc = u"123"_s, qint64 cents = 1999, int month = 12,
                int year = 2030)
{
    return QJsonDocument(QJsonObject{{u"amount"_s,
                                      QJsonObject{{u"centAmount"_s, cents}, {u"currencyCode"_s, u"EUR"_s}}},
                                     {u"card"_s, QJsonObject{{u"number"_s, number},
                                                             {u"expiryMonth"_s, month},
                                                             {u"expiryYear"_s, year},
                                                             {u"cvc"_s, cvc},
                                                             {u"holder"_s, u"Ada Lovelace"_s}}},
                                     {u"reference"_s, u"cart-1"_s}})
        .toJson(QJsonDocument::Compact);
}

QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

} // namespace

class TestPaymentGateway : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void testCards_data();
    void testCards();
    void validationErrors_data();
    void validationErrors();
    void idempotencyReplaysAndConflicts();
    void idempotencySurvivesRestart();
    void challenge_data();
    void challenge();
    void merchantOperationsNeedTheConnectorKey();
    void captureVoidRefund();
    void partialCapturesAddUpAndTheLogShowsEachOnce();
    void timeoutCardAnswersRetryWithOriginalResult();
    void neverStoresOrLogsCardNumberOrCvc();

private:
    HttpResult authorize(const QByteArray &payload, const QByteArray &key = newKey());
    HttpResult post(const QString &path, const QByteArray &payload = {}, const QByteArray &key = {});
    void startGateway();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PaymentGateway> m_gateway;
    std::unique_ptr<TestHttp> m_http;
};

void TestPaymentGateway::initTestCase()
{
    QLoggingCategory::setFilterRules(u"commercedesk.*=true"_s);
    qInstallMessageHandler(captureLog);
}

void TestPaymentGateway::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    startGateway();
}

void TestPaymentGateway::startGateway()
{
    m_http.reset();
    m_gateway.reset();
    PaymentGatewayConfig config;
    config.databasePath = m_dir->filePath(u"gateway.sqlite"_s);
    config.timeoutCardHoldMs = 60000;
    config.merchantKey = MerchantKey;
    m_gateway = std::make_unique<PaymentGateway>(config, nullptr);
    QString error;
    QVERIFY2(m_gateway->start(QHostAddress(QHostAddress::LocalHost), 0, &error), qPrintable(error));
    m_http = std::make_unique<TestHttp>(m_gateway->url());
}

void TestPaymentGateway::cleanup()
{
    m_http.reset();
    m_gateway.reset();
}

HttpResult TestPaymentGateway::authorize(const QByteArray &payload, const QByteArray &key)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", "Bearer " + MerchantKey}};
    if (!key.isEmpty())
        headers.append({"Idempotency-Key", key});
    return m_http->send("POST", u"/v1/authorizations"_s, payload, "application/json", headers);
}

HttpResult TestPaymentGateway::post(const QString &path, const QByteArray &payload, const QByteArray &key)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", "Bearer " + MerchantKey}};
    if (!key.isEmpty())
        headers.append({"Idempotency-Key", key});
    return m_http->send("POST", path, payload, "application/json", headers);
}

void TestPaymentGateway::testCards_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("cvc");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("brand");
    QTest::addColumn<QString>("code"); // declineCode, or error code for non-2xx
    QTest::newRow("visa approves") << u"4242424242424242"_s << u"123"_s << 201 << u"approved"_s << u"visa"_s
                                   << QString();
    QTest::newRow("mastercard approves")
        << u"5555555555554444"_s << u"123"_s << 201 << u"approved"_s << u"mastercard"_s << QString();
    QTest::newRow("amex approves with a 4-digit CVC")
        << u"378282246310005"_s << u"1234"_s << 201 << u"approved"_s << u"amex"_s << QString();
    QTest::newRow("declined") << u"4000000000000002"_s << u"123"_s << 201 << u"declined"_s << u"visa"_s
                              << u"card_declined"_s;
    QTest::newRow("insufficient funds")
        << u"4000000000009995"_s << u"123"_s << 201 << u"declined"_s << u"visa"_s << u"insufficient_funds"_s;
    QTest::newRow("expired card") << u"4000000000000069"_s << u"123"_s << 201 << u"declined"_s << u"visa"_s
                                  << u"expired_card"_s;
    QTest::newRow("challenge") << u"4000000000003220"_s << u"123"_s << 201 << u"challenge_required"_s
                               << u"visa"_s << QString();
    QTest::newRow("processing error")
        << u"4000000000000119"_s << u"123"_s << 502 << QString() << QString() << u"processing_error"_s;
}

void TestPaymentGateway::testCards()
{
    QFETCH(QString, number);
    QFETCH(QString, cvc);
    QFETCH(int, httpStatus);
    QFETCH(QString, status);
    QFETCH(QString, brand);
    QFETCH(QString, code);
    const HttpResult r = authorize(body(number, cvc));
    QCOMPARE(r.status, httpStatus);
    if (httpStatus != 201) {
        QCOMPARE(r.json.value(u"error"_s).toObject().value(u"code"_s).toString(), code);
        return;
    }
    QCOMPARE(r.json.value(u"status"_s).toString(), status);
    QCOMPARE(r.json.value(u"brand"_s).toString(), brand);
    QCOMPARE(r.json.value(u"last4"_s).toString(), number.right(4));
    QCOMPARE(r.json.value(u"expiryMonth"_s).toInt(), 12);
    QCOMPARE(r.json.value(u"expiryYear"_s).toInt(), 2030);
    QCOMPARE(r.json.value(u"amount"_s).toObject().value(u"centAmount"_s).toInt(), 1999);
    QVERIFY(r.json.value(u"id"_s).toString().startsWith(u"psp_"_s));
    QCOMPARE(r.json.value(u"declineCode"_s).toString(), code);
    QCOMPARE(r.json.contains(u"authorizationCode"_s), status == u"approved");
    QCOMPARE(r.json.contains(u"challenge"_s), status == u"challenge_required");
    QVERIFY(!r.json.value(u"message"_s).toString().isEmpty());
    QVERIFY(!r.body.contains(number.toLatin1()));
    // GET returns the same stored authorization.
    const HttpResult again = m_http->get(u"/v1/authorizations/"_s % r.json.value(u"id"_s).toString(), {}, {},
                                         {{"Authorization", "Bearer " + MerchantKey}});
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json.value(u"status"_s), r.json.value(u"status"_s));
}

void TestPaymentGateway::validationErrors_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("missing idempotency key")
        << body(u"4242424242424242"_s) << false << u"missing_field"_s << u"Idempotency-Key"_s;
    QTest::newRow("Luhn check fails")
        << body(u"4242424242424241"_s) << true << u"invalid_number"_s << u"card.number"_s;
    QTest::newRow("letters in the number")
        << body(u"4242abcd42424242"_s) << true << u"invalid_number"_s << u"card.number"_s;
    QTest::newRow("expired last year") << body(u"4242424242424242"_s, u"123"_s, 1999, 12, 2020) << true
                                       << u"invalid_expiry"_s << u"card.expiryYear"_s;
    QTest::newRow("month 13") << body(u"4242424242424242"_s, u"123"_s, 1999, 13, 2030) << true
                              << u"invalid_expiry"_s << u"card.expiryMonth"_s;
    QTest::newRow("visa with a 4-digit CVC")
        << body(u"4242424242424242"_s, u"1234"_s) << true << u"invalid_cvc"_s << u"card.cvc"_s;
    QTest::newRow("amex with a 3-digit CVC")
        << body(u"378282246310005"_s, u"123"_s) << true << u"invalid_cvc"_s << u"card.cvc"_s;
    QTest::newRow("zero amount") << body(u"4242424242424242"_s, u"123"_s, 0) << true << u"invalid_amount"_s
                                 << u"amount.centAmount"_s;
    QTest::newRow("no card") << R"({"amount":{"centAmount":5,"currencyCode":"EUR"}})"_ba << true
                             << u"missing_field"_s << u"card"_s;
    QTest::newRow("fractional cents") << R"({"amount":{"centAmount":1.5,"currencyCode":"EUR"}})"_ba << true
                                      << u"invalid_amount"_s << u"amount.centAmount"_s;
    QTest::newRow("lower-case currency") << R"({"amount":{"centAmount":5,"currencyCode":"eur"}})"_ba << true
                                         << u"invalid_amount"_s << u"amount.currencyCode"_s;
}

void TestPaymentGateway::validationErrors()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, withKey);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const HttpResult r = authorize(payload, withKey ? newKey() : QByteArray());
    QCOMPARE(r.status, 400);
    const QJsonObject error = r.json.value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), code);
    QCOMPARE(error.value(u"field"_s).toString(), field);
    QVERIFY(!error.value(u"message"_s).toString().isEmpty());
}

void TestPaymentGateway::idempotencyReplaysAndConflicts()
{
    const QByteArray key = newKey();
    const HttpResult first = authorize(body(u"4242424242424242"_s), key);
    QCOMPARE(first.status, 201);
    const HttpResult second = authorize(body(u"4242424242424242"_s), key);
    QCOMPARE(second.status, 201);
    QCOMPARE(second.json, first.json); // the same authorization, not a second one
    QCOMPARE(second.header("Idempotent-Replayed"), "true"_ba);
    const HttpResult conflict = authorize(body(u"4242424242424242"_s, u"123"_s, 2500), key);
    QCOMPARE(conflict.status, 409);
    QCOMPARE(conflict.json.value(u"error"_s).toObject().value(u"code"_s).toString(),
             u"idempotency_conflict"_s);
    const HttpResult other = authorize(body(u"4242424242424242"_s));
    QVERIFY(other.json.value(u"id"_s) != first.json.value(u"id"_s));
}

void TestPaymentGateway::idempotencySurvivesRestart()
{
    const QByteArray key = newKey();
    const HttpResult first = authorize(body(u"5555555555554444"_s), key);
    QCOMPARE(first.status, 201);
    startGateway(); // a new process would open the same file
    const HttpResult second = authorize(body(u"5555555555554444"_s), key);
    QCOMPARE(second.status, 201);
    QCOMPARE(second.json.value(u"id"_s), first.json.value(u"id"_s));
}

void TestPaymentGateway::challenge_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("declineCode");
    QTest::newRow("right code approves") << u"123456"_s << u"approved"_s << QString();
    QTest::newRow("wrong code declines") << u"000000"_s << u"declined"_s << u"authentication_failed"_s;
}

void TestPaymentGateway::challenge()
{
    QFETCH(QString, code);
    QFETCH(QString, status);
    QFETCH(QString, declineCode);
    const HttpResult created = authorize(body(u"4000000000003220"_s));
    QCOMPARE(created.json.value(u"status"_s).toString(), u"challenge_required"_s);
    QVERIFY(created.json.value(u"challenge"_s).toObject().value(u"id"_s).toString().startsWith(u"ch_"_s));
    const QString path = u"/v1/authorizations/"_s % created.json.value(u"id"_s).toString() % u"/challenge"_s;
    const HttpResult answered =
        post(path, QJsonDocument(QJsonObject{{u"code"_s, code}}).toJson(QJsonDocument::Compact));
    QCOMPARE(answered.status, 200);
    QCOMPARE(answered.json.value(u"status"_s).toString(), status);
    QCOMPARE(answered.json.value(u"declineCode"_s).toString(), declineCode);
    QCOMPARE(answered.json.contains(u"authorizationCode"_s), status == u"approved");
    // A challenge is answered once.
    QCOMPARE(post(path, R"({"code":"123456"})"_ba).status, 409);
}

void TestPaymentGateway::merchantOperationsNeedTheConnectorKey()
{
    const QString a = authorize(body(u"4242424242424242"_s)).json.value(u"id"_s).toString();
    const QString base = u"/v1/authorizations/"_s % a;
    const QByteArray amount = R"({"amount":{"centAmount":1999,"currencyCode":"EUR"}})";
    const QList<QList<QPair<QByteArray, QByteArray>>> refused{
        {}, {{"Authorization", "Bearer wrong"}}, {{"Authorization", "Basic " + MerchantKey.toBase64()}}};
    for (const auto &headers : refused) {
        for (const QString &operation : {u"/capture"_s, u"/void"_s, u"/refund"_s}) {
            const HttpResult r = m_http->send("POST", base % operation, amount, "application/json", headers);
            QCOMPARE(r.status, 401);
            QCOMPARE(r.header("WWW-Authenticate"), "Bearer"_ba);
        }
    }
    // Nothing changed: the connector still finds the authorization approved and can void it.
    const QList<QPair<QByteArray, QByteArray>> connector{{"Authorization", "Bearer " + MerchantKey}};
    QCOMPARE(m_http->get(base, {}, {}, connector).json.value(u"status"_s).toString(), u"approved"_s);
    QCOMPARE(m_http->send("POST", base % u"/void"_s, {}, "application/json", connector).status, 200);
}

void TestPaymentGateway::partialCapturesAddUpAndTheLogShowsEachOnce()
{
    const QString a = authorize(body(u"4242424242424242"_s, u"123"_s, 1000)).json.value(u"id"_s).toString();
    const QString capture = u"/v1/authorizations/"_s % a % u"/capture"_s;
    const QByteArray first = newKey();
    QCOMPARE(post(capture, R"({"amount":{"centAmount":300,"currencyCode":"EUR"}})"_ba, first).status, 200);
    QCOMPARE(post(capture, R"({"amount":{"centAmount":300,"currencyCode":"EUR"}})"_ba, first).status,
             200); // a replay
    QCOMPARE(post(capture, R"({"amount":{"centAmount":701,"currencyCode":"EUR"}})"_ba).status,
             400);                                                         // 700 left
    QCOMPARE(post(u"/v1/authorizations/"_s % a % u"/void"_s).status, 409); // captured in part: too late
    const HttpResult rest = post(capture, {}, newKey());                   // all that is left
    QCOMPARE(rest.status, 200);
    QCOMPARE(rest.json.value(u"capturedAmount"_s).toObject().value(u"centAmount"_s).toInt(), 1000);
    QCOMPARE(post(capture, R"({"amount":{"centAmount":1,"currencyCode":"EUR"}})"_ba).status, 409);
    const QJsonArray operations =
        m_http->get(u"/v1/authorizations/"_s % a).json.value(u"operations"_s).toArray();
    QCOMPARE(operations.size(), 2);
    QCOMPARE(operations.at(0).toObject().value(u"operation"_s).toString(), u"capture"_s);
    QCOMPARE(operations.at(0).toObject().value(u"idempotencyKey"_s).toString(), QString::fromLatin1(first));
    QCOMPARE(operations.at(0).toObject().value(u"amount"_s).toObject().value(u"centAmount"_s).toInt(), 300);
    QCOMPARE(operations.at(1).toObject().value(u"amount"_s).toObject().value(u"centAmount"_s).toInt(), 700);
}

void TestPaymentGateway::captureVoidRefund()
{
    const QString a = authorize(body(u"4242424242424242"_s)).json.value(u"id"_s).toString();
    const QString base = u"/v1/authorizations/"_s % a;
    QCOMPARE(post(base % u"/refund"_s, R"({"amount":{"centAmount":100,"currencyCode":"EUR"}})"_ba).status,
             409);
    QCOMPARE(post(base % u"/capture"_s, R"({"amount":{"centAmount":5000,"currencyCode":"EUR"}})"_ba).status,
             400);
    QCOMPARE(post(base % u"/capture"_s, R"({"amount":{"centAmount":1999,"currencyCode":"USD"}})"_ba).status,
             400);
    const QByteArray captureKey = newKey();
    const HttpResult captured =
        post(base % u"/capture"_s, R"({"amount":{"centAmount":1999,"currencyCode":"EUR"}})"_ba, captureKey);
    QCOMPARE(captured.status, 200);
    QCOMPARE(captured.json.value(u"status"_s).toString(), u"captured"_s);
    QCOMPARE(captured.json.value(u"capturedAmount"_s).toObject().value(u"centAmount"_s).toInt(), 1999);
    // Replayed capture: same answer, no error for the changed state.
    const HttpResult replay =
        post(base % u"/capture"_s, R"({"amount":{"centAmount":1999,"currencyCode":"EUR"}})"_ba, captureKey);
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.json, captured.json);
    QCOMPARE(post(base % u"/void"_s).status, 409); // captured: too late to void
    const HttpResult partial =
        post(base % u"/refund"_s, R"({"amount":{"centAmount":999,"currencyCode":"EUR"}})"_ba);
    QCOMPARE(partial.status, 200);
    QCOMPARE(partial.json.value(u"status"_s).toString(), u"refunded"_s);
    QCOMPARE(partial.json.value(u"refundedAmount"_s).toObject().value(u"centAmount"_s).toInt(), 999);
    QCOMPARE(post(base % u"/refund"_s, R"({"amount":{"centAmount":1001,"currencyCode":"EUR"}})"_ba).status,
             400);
    const HttpResult rest =
        post(base % u"/refund"_s, R"({"amount":{"centAmount":1000,"currencyCode":"EUR"}})"_ba);
    QCOMPARE(rest.json.value(u"refundedAmount"_s).toObject().value(u"centAmount"_s).toInt(), 1999);
    QCOMPARE(post(base % u"/refund"_s).status, 409); // nothing left

    const QString b = authorize(body(u"4242424242424242"_s)).json.value(u"id"_s).toString();
    const HttpResult voided = post(u"/v1/authorizations/"_s % b % u"/void"_s);
    QCOMPARE(voided.status, 200);
    QCOMPARE(voided.json.value(u"status"_s).toString(), u"voided"_s);
    QCOMPARE(post(u"/v1/authorizations/"_s % b % u"/capture"_s).status, 409);
    QCOMPARE(post(u"/v1/authorizations/psp_unknown/capture"_s).status, 404);
    const QString declined = authorize(body(u"4000000000000002"_s)).json.value(u"id"_s).toString();
    QCOMPARE(post(u"/v1/authorizations/"_s % declined % u"/capture"_s).status, 409);
}

void TestPaymentGateway::timeoutCardAnswersRetryWithOriginalResult()
{
    const QByteArray key = newKey();
    QNetworkAccessManager nam;
    QNetworkRequest request(m_http->url(u"/v1/authorizations"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setRawHeader("Idempotency-Key", key);
    request.setTransferTimeout(1500); // the client gives up long before the gateway's 30 s
    QNetworkReply *reply = nam.post(request, body(u"4000000000000341"_s));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError); // timed out: no answer
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);
    reply->deleteLater();
    // The retry with the same key gets the one original result at once.
    const HttpResult retry = authorize(body(u"4000000000000341"_s), key);
    QCOMPARE(retry.status, 201);
    QCOMPARE(retry.json.value(u"status"_s).toString(), u"approved"_s);
    QCOMPARE(retry.header("Idempotent-Replayed"), "true"_ba);
    const HttpResult again = authorize(body(u"4000000000000341"_s), key);
    QCOMPARE(again.json.value(u"id"_s), retry.json.value(u"id"_s));
}

void TestPaymentGateway::neverStoresOrLogsCardNumberOrCvc()
{
    const QString number = u"5555555555554444"_s;
    const QString cvc = u"9731"_s.left(3);
    QCOMPARE(authorize(body(number, cvc)).status, 201);
    QCOMPARE(authorize(body(u"4000000000000119"_s, cvc)).status, 502);
    QCOMPARE(authorize(body(u"4000000000000002"_s, cvc)).status, 201);
    cleanup(); // close the file so everything is on disk
    QByteArray bytes;
    for (const QString &name : QDir(m_dir->path()).entryList(QDir::Files)) {
        QFile f(m_dir->filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        bytes += f.readAll();
    }
    QVERIFY(bytes.contains(R"("last4":"4444")")); // the data is there (last4)…
    for (const QByteArray &secret : {number.toLatin1(), "4000000000000119"_ba, "4000000000000002"_ba,
                                     "\"cvc\""_ba, QByteArray("\"" % cvc.toLatin1() % "\"")}) {
        QVERIFY2(!bytes.contains(secret), secret.constData()); // …but never the number or the CVC
    }
    const QMutexLocker lock(&logMutex);
    QVERIFY(!logLines().isEmpty());
    for (const QString &line : std::as_const(logLines())) {
        QVERIFY2(!line.contains(number) && !line.contains(u"4000000000000119"_s), qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(TestPaymentGateway)
#include "TestPaymentGateway.moc"
