// SPDX-License-Identifier: MIT
// merchant::PaymentDesk against a REAL sandbox with its payment gateway (label client), built as the app
// builds it (MerchantContext on the merchant client): an operation's outcome, the order's paymentState
// following it (PaymentStateRule), and the exactly-once contract — a lost answer re-reads the payment, is
// Unconfirmed only when the operation is Pending there, and nothing is ever sent twice by the desk itself.
#include "api/ApiSession.h"
#include "api/CartClient.h"
#include "api/CartDraft.h"
#include "api/OrderClient.h"
#include "api/OrderFromCartDraft.h"
#include "api/OrderNumberGenerator.h"
#include "api/PaymentClient.h"
#include "api/PaymentDraft.h"
#include "api/PaymentIntentClient.h"
#include "api/ProductProjectionClient.h"
#include "api/ProductSearchQuery.h"
#include "api/actions/OrderActions.h"
#include "merchant/MerchantContext.h"
#include "merchant/PaymentDesk.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/faults/FaultInjector.h"
#include "sandbox/faults/FaultRule.h"
#include "support/SandboxConnection.h"
#include "support/TestNetwork.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using Status = merchant::PaymentOperationOutcome::Status;

class TestPaymentDesk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxHost> m_host;
    std::unique_ptr<api::ApiSession> m_admin;
    std::unique_ptr<api::ApiSession> m_merchant;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<merchant::MerchantContext> m_context;
    QString m_sku;

    std::unique_ptr<api::ApiSession> session(QStringView client)
    {
        return std::make_unique<api::ApiSession>(
            testsupport::testNetwork(), testsupport::sandboxConnection(m_host->credentials(), client),
            api::OAuthTokenProvider::Grant::ClientCredentials);
    }

    template<class T>
    std::optional<T> await(api::Job<T> *job)
    {
        auto out = std::make_shared<std::optional<api::Result<T>>>();
        job->onFinished(this, [out](const api::Result<T> &r) { *out = r; });
        if (!QTest::qWaitFor([out] { return out->has_value(); }, 20000) || !(*out)->ok())
            return std::nullopt;
        return (*out)->value();
    }

    /// An order of the sandbox's catalog with a Payment whose authorization the gateway approved.
    std::pair<core::Order, core::Payment> cardOrder()
    {
        api::CartDraft draft;
        draft.currency = u"EUR"_s;
        draft.country = u"DE"_s;
        core::Address address;
        address.country = u"DE"_s;
        address.city = u"Hamburg"_s;
        address.postalCode = u"20095"_s;
        draft.shippingAddress = address;
        draft.shippingMethod = core::ResourceIdentifier::byKey(u"shipping-method"_s, u"standard"_s);
        draft.lineItems.append(api::LineItemDraft::bySku(m_sku, 3));
        const auto cart = await(api::CartClient(m_admin->transport()).create(draft));
        if (!cart)
            return {};
        api::OrderFromCartDraft fromCart;
        fromCart.cartId = cart->id;
        fromCart.cartVersion = cart->version;
        fromCart.orderNumber = api::OrderNumberGenerator().next();
        const auto order = await(api::OrderClient(m_admin->transport()).createFromCart(fromCart));
        if (!order)
            return {};
        QUrl url = m_host->credentials().gatewayUrl;
        url.setPath(u"/v1/authorizations"_s);
        QNetworkRequest request(url);
        request.setRawHeader("Content-Type", "application/json");
        request.setRawHeader("Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        const QJsonObject body{{u"amount"_s, QJsonObject{{u"centAmount"_s, order->totalPrice.centAmount()},
                                                         {u"currencyCode"_s, u"EUR"_s}}},
                               {u"card"_s, QJsonObject{{u"number"_s, u"4242424242424242"_s},
                                                       {u"expiryMonth"_s, 12},
                                                       {u"expiryYear"_s, 2030},
                                                       {u"cvc"_s, u"123"_s}}}};
        QNetworkReply *reply = testsupport::testNetwork()->post(request, QJsonDocument(body).toJson());
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return {};
        reply->deleteLater();
        const QString psp = QJsonDocument::fromJson(reply->readAll()).object().value(u"id"_s).toString();
        const auto payment =
            await(api::PaymentClient(m_admin->transport())
                      .create(api::PaymentDraft::authorized(order->totalPrice, u"commercedesk-gateway"_s,
                                                            u"CREDIT_CARD"_s, psp, psp)));
        if (!payment)
            return {};
        const auto paid =
            await(api::OrderClient(m_admin->transport())
                      .update(order->id, order->version,
                              {api::OrderActions::addPayment(payment->id),
                               api::OrderActions::changePaymentState(core::PaymentState::Pending)}));
        if (!paid)
            return {};
        return {*paid, *payment};
    }

    merchant::PaymentOperationOutcome run(const core::Order &order, const core::Payment &payment,
                                          const api::PaymentIntentAction &action)
    {
        std::optional<merchant::PaymentOperationOutcome> out;
        int calls = 0;
        if (!m_context->paymentDesk()->run(order, {payment}, payment.id, action, this,
                                           [&](const merchant::PaymentOperationOutcome &outcome) {
                                               ++calls;
                                               out = outcome;
                                           }))
            qFatal("the desk refused to run");
        if (out)
            qFatal("done ran synchronously");
        if (m_context->paymentDesk()->run(order, {payment}, payment.id, action, this, {}))
            qFatal("a second operation was accepted while one runs");
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
            qFatal("no answer");
        if (calls != 1 || m_context->paymentDesk()->isRunning())
            qFatal("done ran more than once, or the desk still runs");
        return *out;
    }

    QStringList transactionsOf(const QString &paymentId)
    {
        QStringList out;
        const auto payment = await(api::PaymentClient(m_admin->transport()).byId(paymentId));
        if (!payment)
            return {u"unreadable"_s};
        for (const core::Transaction &t : payment->transactions)
            out << u"%1 %2 %3"_s.arg(core::toWireString(t.type), core::toWireString(t.state),
                                     QString::number(t.amount.centAmount()));
        return out;
    }

    void addFault(const QString &text)
    {
        QString error;
        const auto rule = sandbox::FaultRule::parse(text, &error);
        QVERIFY2(rule, qPrintable(error));
        m_host->faults()->add(*rule);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_host = std::make_unique<sandbox::SandboxHost>();
        QSignalSpy started(m_host.get(), &sandbox::SandboxHost::started);
        sandbox::SandboxConfig config;
        config.dataDir = m_dir.path();
        config.passwordIterations = 1000;
        config.outside.services = {u"gateway"_s};
        m_host->start(config);
        QVERIFY(started.wait(60000));
        m_admin = session(u"admin");
        m_merchant = session(u"merchant");
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_context = std::make_unique<merchant::MerchantContext>(
            m_merchant->transport(), m_host->credentials().client(u"merchant")->scopes, nullptr, nullptr,
            m_settings.get());
        QVERIFY(m_context->paymentDesk()->canAct());
        api::ProductSearchQuery query;
        query.priceCurrency = u"EUR"_s;
        query.priceCountry = u"DE"_s;
        const auto storefront = session(u"storefront");
        const auto page = await(api::ProductProjectionClient(storefront->transport()).search(query));
        QVERIFY(page);
        for (const auto &product : page->results) {
            if (product.masterVariant.sku && product.masterVariant.price && m_sku.isEmpty())
                m_sku = *product.masterVariant.sku;
        }
        QVERIFY(!m_sku.isEmpty());
    }

    void cleanupTestCase()
    {
        m_context.reset();
        m_host.reset();
    }

    void capturesAndThePaymentStateFollows()
    {
        const auto [order, payment] = cardOrder();
        QVERIFY(!payment.id.isEmpty());
        const core::Money part(1000, u"EUR"_s, 2);
        const auto first = run(order, payment, api::PaymentIntentAction::capture(part));
        QCOMPARE(first.status, Status::Done);
        QVERIFY(first.payment && !first.error);
        QVERIFY(first.order);
        QCOMPARE(first.order->paymentState, core::PaymentState::BalanceDue);
        const core::Money rest(order.totalPrice.centAmount() - 1000, u"EUR"_s, 2);
        const auto second = run(*first.order, *first.payment, api::PaymentIntentAction::capture(rest));
        QCOMPARE(second.status, Status::Done);
        QCOMPARE(second.order->paymentState, core::PaymentState::Paid);
        const auto stored = await(api::OrderClient(m_admin->transport()).byId(order.id));
        QCOMPARE(stored->paymentState, core::PaymentState::Paid);
        // Refused by the API: nothing more to capture; the state is left as it is.
        const auto refused = run(*second.order, *second.payment, api::PaymentIntentAction::capture(part));
        QCOMPARE(refused.status, Status::Failed);
        QCOMPARE(refused.error->code, u"InvalidOperation"_s);
        QVERIFY(!refused.answerLost);
        QVERIFY(!refused.order);
    }

    void aLostAnswerWithTheOperationPendingIsUnconfirmed()
    {
        const auto [order, payment] = cardOrder();
        QVERIFY(!payment.id.isEmpty());
        // The capture reaches the gateway, which does not confirm it: Pending on the payment...
        addFault(u"gateway:POST /v1/authorizations/*/capture:error:503"_s);
        const auto received =
            await(api::PaymentIntentClient(m_admin->transport()).capture(payment.id, order.totalPrice));
        QVERIFY(received && received->outcome == api::PaymentIntentOutcome::Received);
        m_host->faults()->clear();
        // ... and the seller's same capture loses its answer: the desk reads the payment, sends nothing more.
        addFault(u"api:POST /payment-intents/*:error:503"_s);
        const auto lost = run(order, payment, api::PaymentIntentAction::capture(order.totalPrice));
        m_host->faults()->clear();
        QCOMPARE(lost.status, Status::Unconfirmed);
        QVERIFY(lost.answerLost);
        QCOMPARE(lost.error->httpStatus, 503);
        QVERIFY(lost.payment);
        QCOMPARE(transactionsOf(payment.id),
                 (QStringList{u"Authorization Success %1"_s.arg(order.totalPrice.centAmount()),
                              u"Charge Pending %1"_s.arg(order.totalPrice.centAmount())}));
        QVERIFY(!lost.order); // Pending already
        // The seller's Complete: the same operation again, carried out once.
        const auto done = run(order, *lost.payment, api::PaymentIntentAction::capture(order.totalPrice));
        QCOMPARE(done.status, Status::Done);
        QCOMPARE(done.order->paymentState, core::PaymentState::Paid);
        QCOMPARE(transactionsOf(payment.id),
                 (QStringList{u"Authorization Success %1"_s.arg(order.totalPrice.centAmount()),
                              u"Charge Success %1"_s.arg(order.totalPrice.centAmount())}));
    }

    void aLostAnswerWithNothingPendingFails()
    {
        const auto [order, payment] = cardOrder();
        QVERIFY(!payment.id.isEmpty());
        addFault(u"api:POST /payment-intents/*:error:503"_s);
        const auto lost =
            run(order, payment, api::PaymentIntentAction::capture(core::Money(500, u"EUR"_s, 2)));
        m_host->faults()->clear();
        QCOMPARE(lost.status, Status::Failed);
        QVERIFY(lost.answerLost);
        QVERIFY(lost.payment); // re-read
        QVERIFY(!lost.order);  // Pending already: nothing to change
        QCOMPARE(transactionsOf(payment.id),
                 QStringList{u"Authorization Success %1"_s.arg(order.totalPrice.centAmount())});
    }

    void viewOnlyDeskSendsNothing()
    {
        const auto readOnly = session(u"merchant-readonly");
        merchant::MerchantContext context(readOnly->transport(),
                                          m_host->credentials().client(u"merchant-readonly")->scopes, nullptr,
                                          nullptr, m_settings.get());
        QVERIFY(!context.paymentDesk()->canAct());
        QVERIFY(!context.paymentDesk()->run(
            {}, {}, u"any"_s, api::PaymentIntentAction::cancel(), this,
            [](const merchant::PaymentOperationOutcome &) { qFatal("a refused run answered"); }));
    }
};

QTEST_MAIN(TestPaymentDesk)
#include "TestPaymentDesk.moc"
