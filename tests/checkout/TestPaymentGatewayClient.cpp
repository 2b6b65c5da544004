// SPDX-License-Identifier: MIT
// The desktop client of the payment gateway, against a scripted gateway on loopback: the request it sends
// (path, Idempotency-Key, body shape), how each kind of answer arrives, and a timeout (which the real
// gateway produces only after 30 s).
#include "checkout/CardForm.h"
#include "checkout/PaymentGatewayClient.h"
#include "support/ScriptedHttpServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using checkout::GatewayAuthorization;
using testsupport::ScriptedHttpServer;

namespace {

template<class T>
api::Result<T> waitFor(api::Job<T> *job)
{
    std::optional<api::Result<T>> outcome;
    QObject context;
    job->onFinished(&context, [&outcome](const api::Result<T> &r) { outcome = r; });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000)) {
        api::ApiError error;
        error.message = u"test: no outcome"_s;
        return error;
    }
    return *outcome;
}

} // namespace

class TestPaymentGatewayClient : public QObject
{
    Q_OBJECT

    ScriptedHttpServer m_server;
    checkout::CardForm m_card{[] { return QDate(2026, 1, 1); }};

    std::unique_ptr<checkout::PaymentGatewayClient> client()
    {
        return std::make_unique<checkout::PaymentGatewayClient>(
            nullptr, QUrl(QString::fromLatin1(m_server.baseUrl())));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_card.setNumber(u"4242 4242 4242 4242"_s);
        m_card.setExpiry(12, 2030);
        m_card.setCvc(u"123"_s);
        m_card.setHolder(u"Ada \"Countess\" Lovelace"_s);
        QVERIFY(m_card.isValid());
    }

    void sendsTheContractBodyWithTheIdempotencyKey()
    {
        m_server.enqueue(
            "/v1/authorizations",
            ScriptedHttpServer::Reply::json(
                201, R"({"id":"psp_1","status":"approved","authorizationCode":"A1B2C3","brand":"visa",
                                   "last4":"4242","expiryMonth":12,"expiryYear":2030,
                                   "amount":{"centAmount":1999,"currencyCode":"EUR"}})"));
        auto gateway = client();
        const auto result =
            waitFor(gateway->authorize(m_card, core::Money(1999, u"EUR"_s, 2), u"cart-1"_s, u"key-1"_s));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result.value().id, u"psp_1"_s);
        QCOMPARE(result.value().status, GatewayAuthorization::Status::Approved);
        QCOMPARE(result.value().authorizationCode, u"A1B2C3"_s);
        QCOMPARE(result.value().last4, u"4242"_s);
        QCOMPARE(result.value().amount, core::Money(1999, u"EUR"_s, 2));

        const ScriptedHttpServer::Request &request = m_server.requests().constLast();
        QCOMPARE(request.method, "POST"_ba);
        QCOMPARE(request.header("Idempotency-Key"), "key-1"_ba);
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value("reference"_L1).toString(), u"cart-1"_s);
        QCOMPARE(body.value("amount"_L1).toObject().value("centAmount"_L1).toInt(), 1999);
        const QJsonObject card = body.value("card"_L1).toObject();
        QCOMPARE(card.value("number"_L1).toString(), u"4242424242424242"_s);
        QCOMPARE(card.value("expiryMonth"_L1).toInt(), 12);
        QCOMPARE(card.value("expiryYear"_L1).toInt(), 2030);
        QCOMPARE(card.value("cvc"_L1).toString(), u"123"_s);
        QCOMPARE(card.value("holder"_L1).toString(), u"Ada \"Countess\" Lovelace"_s);
    }

    void answers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("gatewayStatus");
        QTest::addColumn<QString>("code");
        QTest::newRow("declined")
            << 201 << QByteArray(R"({"id":"psp_2","status":"declined","declineCode":"insufficient_funds"})")
            << true << int(GatewayAuthorization::Status::Declined) << u"insufficient_funds"_s;
        QTest::newRow("challenge")
            << 201 << QByteArray(R"({"id":"psp_3","status":"challenge_required","challenge":{"id":"ch_1"}})")
            << true << int(GatewayAuthorization::Status::ChallengeRequired) << u"ch_1"_s;
        QTest::newRow("validation error")
            << 400 << QByteArray(R"({"error":{"code":"invalid_cvc","field":"card.cvc","message":"bad"}})")
            << false << 0 << u"invalid_cvc"_s;
        QTest::newRow("processing error")
            << 502 << QByteArray(R"({"error":{"code":"processing_error","message":"x"}})") << false << 0
            << u"processing_error"_s;
        QTest::newRow("proxy page") << 503 << QByteArray("<html>down</html>") << false << 0 << QString();
    }

    void answers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(int, gatewayStatus);
        QFETCH(QString, code);
        m_server.enqueue("/v1/authorizations", ScriptedHttpServer::Reply::json(status, body));
        auto gateway = client();
        const auto result =
            waitFor(gateway->authorize(m_card, core::Money(500, u"EUR"_s, 2), u"cart"_s, u"k"_s));
        QCOMPARE(result.ok(), ok);
        if (ok) {
            QCOMPARE(int(result.value().status), gatewayStatus);
            QCOMPARE(result.value().declineCode.isEmpty() ? result.value().challengeId
                                                          : result.value().declineCode,
                     code);
        } else {
            QCOMPARE(result.error().httpStatus, status);
            QCOMPARE(result.error().code, code);
        }
    }

    void timesOutWhenTheGatewayHangs()
    {
        ScriptedHttpServer::Reply hang;
        hang.mode = ScriptedHttpServer::Reply::Mode::Hang;
        m_server.enqueue("/v1/authorizations", hang);
        auto gateway = client();
        gateway->setTimeout(300);
        const auto result =
            waitFor(gateway->authorize(m_card, core::Money(500, u"EUR"_s, 2), u"cart"_s, u"k"_s));
        QVERIFY(!result.ok());
        QVERIFY(result.error().kind == api::ApiError::Kind::Timeout);
    }

    void answersAChallenge()
    {
        m_server.enqueue("/v1/authorizations/psp_3/challenge",
                         ScriptedHttpServer::Reply::json(
                             200, R"({"id":"psp_3","status":"approved","authorizationCode":"Z9"})"));
        auto gateway = client();
        const auto result = waitFor(gateway->answerChallenge(u"psp_3"_s, u"123456"_s));
        QVERIFY(result.ok());
        QCOMPARE(result.value().authorizationCode, u"Z9"_s);
        QCOMPARE(QJsonDocument::fromJson(m_server.requests().constLast().body)
                     .object()
                     .value("code"_L1)
                     .toString(),
                 u"123456"_s);
    }
};

QTEST_GUILESS_MAIN(TestPaymentGatewayClient)
#include "TestPaymentGatewayClient.moc"
