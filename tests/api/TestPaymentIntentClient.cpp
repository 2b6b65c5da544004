// SPDX-License-Identifier: MIT
// PaymentIntentClient against the REAL sandbox and its payment gateway (label client): a seller captures in
// parts, refunds, cancels and reverses card payments; each answer carries the payment afterwards and its
// PaymentBalance; refusals arrive as ApiErrors with the specified codes; a gateway that does not answer
// leaves the operation Pending until the same call is made again. Also where the Checkout host is.
#include "FakeBackend.h"
#include "SandboxFixture.h"
#include "api/PaymentClient.h"
#include "api/PaymentDraft.h"
#include "api/PaymentIntentClient.h"
#include "core/PaymentBalance.h"
#include "sandbox/faults/FaultInjector.h"
#include "sandbox/faults/FaultRule.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using namespace commercedesk::testsupport;
using Grant = api::OAuthTokenProvider::Grant;

namespace {

core::Money eur(qint64 cents)
{
    return core::Money(cents, u"EUR"_s, 2);
}

core::PaymentBalance balanceOf(const api::PaymentIntentResult &result)
{
    return *core::PaymentBalance::of(*result.payment);
}

} // namespace

class TestPaymentIntentClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void checkoutHostOfARegionAndOfTheSandbox();
    void capturesInPartsThenRefunds();
    void refusalsAreApiErrors();
    void cancelAndReverse();
    void viewOnlyClientIsRefused();
    void unansweredGatewayLeavesPendingUntilSentAgain();

private:
    // A Payment holding a Success Authorization of `cents` that the sandbox's gateway approved.
    QString authorizedPayment(qint64 cents);

    SandboxFixture m_fixture;
    std::unique_ptr<api::ApiSession> m_merchant;
};

void TestPaymentIntentClient::initTestCase()
{
    QCOMPARE(m_fixture.start([](sandbox::SandboxConfig &c) { c.outside.services = {u"gateway"_s}; }),
             QString());
    m_merchant = m_fixture.session(u"merchant"_s, Grant::ClientCredentials);
}

QString TestPaymentIntentClient::authorizedPayment(qint64 cents)
{
    QUrl url = m_fixture.credentials().gatewayUrl;
    url.setPath(u"/v1/authorizations"_s);
    QNetworkRequest request(url);
    request.setRawHeader("Content-Type", "application/json");
    request.setRawHeader("Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    const QJsonObject body{
        {u"amount"_s, QJsonObject{{u"centAmount"_s, cents}, {u"currencyCode"_s, u"EUR"_s}}},
        {u"card"_s, QJsonObject{{u"number"_s, u"4242424242424242"_s},
                                {u"expiryMonth"_s, 12},
                                {u"expiryYear"_s, 2030},
                                {u"cvc"_s, u"123"_s}}}};
    QNetworkReply *reply = testNetwork()->post(request, QJsonDocument(body).toJson());
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        return {};
    const QString pspId = QJsonDocument::fromJson(reply->readAll()).object().value(u"id"_s).toString();
    reply->deleteLater();
    api::PaymentClient payments(m_merchant->transport());
    const auto created = await(payments.create(api::PaymentDraft::authorized(
                                   eur(cents), u"commercedesk-gateway"_s, u"CREDIT_CARD"_s, pspId, pspId)),
                               this);
    return created.ok() ? created.value().id : QString();
}

void TestPaymentIntentClient::checkoutHostOfARegionAndOfTheSandbox()
{
    const api::ConnectionConfig region =
        api::ConnectionConfig::forRegion(api::Region::EuCentral1Aws, u"shop"_s);
    QCOMPARE(region.checkoutEndpoint(u"/payment-intents/p1"_s),
             QUrl(u"https://checkout.eu-central-1.aws.commercetools.com/shop/payment-intents/p1"_s));
    api::ConnectionConfig stored; // a profile saved with its API URL only
    stored.apiUrl = QUrl(u"https://api.us-central1.gcp.commercetools.com"_s);
    stored.projectKey = u"shop"_s;
    QCOMPARE(stored.checkoutEndpoint(u"/payment-intents/p1"_s).host(),
             u"checkout.us-central1.gcp.commercetools.com"_s);
    const api::ConnectionConfig sandbox = m_fixture.connection(u"merchant"_s);
    QCOMPARE(m_fixture.credentials().checkoutUrl, m_fixture.credentials().apiUrl);
    QCOMPARE(sandbox.checkoutEndpoint(u"/payment-intents/p1"_s),
             sandbox.apiEndpoint(u"/payment-intents/p1"_s));
}

void TestPaymentIntentClient::capturesInPartsThenRefunds()
{
    const QString id = authorizedPayment(10000);
    QVERIFY(!id.isEmpty());
    api::PaymentIntentClient intents(m_merchant->transport());
    auto first = await(intents.capture(id, eur(2500)), this);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    QCOMPARE(first.value().outcome, api::PaymentIntentOutcome::Approved);
    QVERIFY(first.value().payment);
    QCOMPARE(balanceOf(first.value()).captured, eur(2500));
    QCOMPARE(balanceOf(first.value()).capturable(), eur(7500));

    auto second = await(intents.capture(id, eur(7500)), this);
    QCOMPARE(second.value().outcome, api::PaymentIntentOutcome::Approved);
    QCOMPARE(balanceOf(second.value()).capturable(), eur(0));
    QVERIFY(!balanceOf(second.value()).canCapture());

    auto refund = await(intents.refund(id, eur(1000)), this);
    QCOMPARE(refund.value().outcome, api::PaymentIntentOutcome::Approved);
    const core::PaymentBalance balance = balanceOf(refund.value());
    QCOMPARE(balance.refunded, eur(1000));
    QCOMPARE(balance.refundable(), eur(9000));
    const QList<core::Transaction> timeline = core::PaymentBalance::timeline(*refund.value().payment);
    QCOMPARE(timeline.size(), 4);
    QCOMPARE(timeline.first().type, core::TransactionType::Authorization);
    QCOMPARE(timeline.last().type, core::TransactionType::Refund);
    QCOMPARE(timeline.last().state, core::TransactionState::Success);
    QVERIFY(timeline.last().interactionId.has_value());
}

void TestPaymentIntentClient::refusalsAreApiErrors()
{
    const QString id = authorizedPayment(3000);
    api::PaymentIntentClient intents(m_merchant->transport());
    auto tooMuch = await(intents.capture(id, eur(3001)), this);
    QVERIFY(!tooMuch.ok());
    QCOMPARE(tooMuch.error().httpStatus, 400);
    QCOMPARE(tooMuch.error().code, u"InvalidOperation"_s);
    QVERIFY2(tooMuch.error().message.contains(u"30.00 EUR"_s), qPrintable(tooMuch.error().message));
    auto currency = await(intents.capture(id, core::Money(100, u"USD"_s, 2)), this);
    QCOMPARE(currency.error().code, u"InvalidField"_s);
    auto unknown = await(intents.capture(u"no-such-payment"_s, eur(100)), this);
    QCOMPARE(unknown.error().httpStatus, 404);
    QCOMPARE(unknown.error().code, u"ResourceNotFound"_s);
    auto refund = await(intents.refund(id, eur(1)), this); // nothing captured yet
    QCOMPARE(refund.error().code, u"InvalidOperation"_s);
}

void TestPaymentIntentClient::cancelAndReverse()
{
    api::PaymentIntentClient intents(m_merchant->transport());
    const QString cancelled = authorizedPayment(1500);
    auto cancel = await(intents.cancel(cancelled), this);
    QCOMPARE(cancel.value().outcome, api::PaymentIntentOutcome::Approved);
    QVERIFY(balanceOf(cancel.value()).cancelled);
    QCOMPARE(balanceOf(cancel.value()).capturable(), eur(0));
    QVERIFY(!balanceOf(cancel.value()).canCancel());

    const QString reversed = authorizedPayment(1500);
    QVERIFY(await(intents.capture(reversed, eur(500)), this).ok());
    auto reverse = await(intents.reverse(reversed), this);
    QCOMPARE(reverse.value().outcome, api::PaymentIntentOutcome::Approved);
    QCOMPARE(balanceOf(reverse.value()).refunded, eur(500));
}

void TestPaymentIntentClient::viewOnlyClientIsRefused()
{
    const QString id = authorizedPayment(1000);
    const auto readOnly = m_fixture.session(u"merchant-readonly"_s, Grant::ClientCredentials);
    api::PaymentIntentClient intents(readOnly->transport());
    auto refused = await(intents.capture(id, eur(100)), this);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().httpStatus, 403);
}

void TestPaymentIntentClient::unansweredGatewayLeavesPendingUntilSentAgain()
{
    const QString id = authorizedPayment(4000);
    QString error;
    m_fixture.sandbox()->faults()->add(
        *sandbox::FaultRule::parse(u"gateway:POST /v1/authorizations/*/capture:error:503"_s, &error));
    api::PaymentIntentClient intents(m_merchant->transport());
    auto received = await(intents.capture(id, eur(4000)), this);
    QVERIFY(received.ok());
    QCOMPARE(received.value().outcome, api::PaymentIntentOutcome::Received);
    const core::PaymentBalance pending = balanceOf(received.value());
    QVERIFY(pending.pending);
    QCOMPARE(pending.pending->type, core::TransactionType::Charge);
    QCOMPARE(pending.pending->amount, eur(4000));
    QVERIFY(!pending.canCapture());

    auto other = await(intents.capture(id, eur(100)), this);
    QCOMPARE(other.error().httpStatus, 409);
    QCOMPARE(other.error().code, u"ConcurrentModification"_s);

    m_fixture.sandbox()->faults()->clear();
    auto again = await(intents.capture(id, pending.pending->amount), this);
    QCOMPARE(again.value().outcome, api::PaymentIntentOutcome::Approved);
    QVERIFY(!balanceOf(again.value()).pending);
    QCOMPARE(balanceOf(again.value()).captured, eur(4000));
}

QTEST_GUILESS_MAIN(TestPaymentIntentClient)
#include "TestPaymentIntentClient.moc"
