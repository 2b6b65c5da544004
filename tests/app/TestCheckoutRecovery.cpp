// SPDX-License-Identifier: MIT
// Payment recovery through the checkout view, offscreen, against a real sandbox and its payment gateway on
// loopback: (1) the challenge test card → the ChallengeDialog → the right code → approved → one order;
// (2) the gateway-timeout test card: the first answer is held longer than the client waits, the checkout
// retries with the SAME Idempotency-Key and gets the stored result → the gateway holds ONE authorization for
// the cart (read from its store) and the buyer has ONE order for it; (3) issue 22 item 6: whatever fails
// after the gateway approved (recording the payment, creating the order, the app closing in between, the
// cart total changing) the retry reuses the authorization or voids it — never a second one, never an orphan.
#include "api/ApiSession.h"
#include "api/PaymentClient.h"
#include "api/ProductProjectionClient.h"
#include "app/storefront/ChallengeDialog.h"
#include "app/storefront/CheckoutView.h"
#include "checkout/BuyerSession.h"
#include "checkout/CartSession.h"
#include "checkout/CheckoutFlow.h"
#include "checkout/OrderHistory.h"
#include "checkout/PaymentGatewayClient.h"
#include "sandbox/Sandbox.h"
#include "sandbox/faults/FaultInjector.h"
#include "sandbox/faults/FaultRule.h"
#include "support/SandboxConnection.h"
#include "support/Screenshots.h"
#include "support/TestNetwork.h"

#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using Step = checkout::CheckoutFlow::Step;

namespace {

constexpr int kClientTimeoutMs = 1000;
constexpr int kGatewayHoldMs = 6000;

struct GatewayCall
{
    QByteArray idempotencyKey;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

} // namespace

class TestCheckoutRecovery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<api::ApiSession> m_session;
    QNetworkAccessManager m_gatewayNetwork;
    QNetworkAccessManager m_probe;
    QUrl m_gatewayUrl;
    std::unique_ptr<checkout::BuyerSession> m_buyer;
    std::unique_ptr<checkout::CartSession> m_cart;
    std::unique_ptr<checkout::PaymentGatewayClient> m_gateway;
    std::unique_ptr<checkout::CheckoutFlow> m_flow;
    std::unique_ptr<checkout::OrderHistory> m_history;
    std::unique_ptr<app::CheckoutView> m_view;
    QString m_sku;
    QList<GatewayCall> m_authorizationPosts;

    template<class T>
    T *child(const QString &name) const
    {
        T *widget = m_view->findChild<T *>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }

    void saveScreenshot(QWidget *widget, const QString &name) { testsupport::saveScreenshot(widget, name); }

    void setText(const QString &name, const QString &text)
    {
        auto *edit = child<QLineEdit>(name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    /// A fresh cart with one product (unless `addItem` is false: the cart as it is), then address →
    /// shipping → card → review in the view.
    void walkToReview(const QString &cardNumber, bool addItem = true)
    {
        if (addItem)
            m_cart->addSku(m_sku, 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_cart->cart() && !m_cart->isBusy(), 15000);
        m_flow->start();
        QTRY_COMPARE(m_flow->step(), Step::Address);
        setText(u"shippingFirstNameEdit"_s, u"Ada"_s);
        setText(u"shippingLastNameEdit"_s, u"Lovelace"_s);
        setText(u"shippingStreetEdit"_s, u"Unter den Linden"_s);
        setText(u"shippingStreetNumberEdit"_s, u"1"_s);
        setText(u"shippingPostalCodeEdit"_s, u"10117"_s);
        setText(u"shippingCityEdit"_s, u"Berlin"_s);
        auto *country = child<QComboBox>(u"shippingCountryCombo"_s);
        country->setCurrentIndex(country->findData(u"DE"_s));
        setText(u"shippingEmailEdit"_s, u"ada@example.com"_s);
        QTest::mouseClick(child<QPushButton>(u"addressContinueButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_flow->step(), Step::Shipping, 15000);
        QTest::mouseClick(child<QPushButton>(u"shippingContinueButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_flow->step(), Step::Payment, 15000);
        setText(u"cardNumberEdit"_s, cardNumber);
        setText(u"cardExpiryEdit"_s, u"12/30"_s);
        setText(u"cardCvcEdit"_s, u"123"_s);
        setText(u"cardHolderEdit"_s, u"Ada Lovelace"_s);
        QTest::mouseClick(child<QPushButton>(u"paymentContinueButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_flow->step(), Step::Review, 10000);
    }

    QString journalPath() const { return m_data.filePath(u"checkout-journal.ini"_s); }

    /// The checkout's part of the app as after a restart: a new cart session, flow and view for the same
    /// buyer, reading the same journal file; the active cart is loaded again from the backend.
    void restartCheckout()
    {
        m_view.reset();
        m_flow.reset();
        m_cart.reset();
        m_cart = std::make_unique<checkout::CartSession>(m_session->transport(), m_buyer.get());
        m_cart->setDebounceInterval(20);
        m_flow = std::make_unique<checkout::CheckoutFlow>(m_session->transport(), m_cart.get(), m_buyer.get(),
                                                          m_gateway.get());
        m_flow->setJournalPath(journalPath());
        m_view = std::make_unique<app::CheckoutView>(m_flow.get(), m_cart.get(), m_buyer.get());
        m_view->resize(1000, 720);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_cart->load();
    }

    /// Makes the sandbox API answer `route` ("POST /me/orders") with 503 until clearApiFaults().
    void failApi(const QString &route)
    {
        QString error;
        const auto rule = sandbox::FaultRule::parse(u"api:"_s + route + u":error:503"_s, &error);
        QVERIFY2(rule, qPrintable(error));
        m_sandbox->faults()->add(*rule);
    }
    void clearApiFaults() { m_sandbox->faults()->clear(u"api"_s); }

    /// Clicks Place order and waits for the failure banner (the flow back at Review).
    void placeAndFail()
    {
        QTest::mouseClick(child<QPushButton>(u"placeOrderButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(u"checkoutMessageLabel"_s)->isVisible(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_flow->isBusy(), 20000);
        QCOMPARE(m_flow->step(), Step::Review);
        QVERIFY(child<QPushButton>(u"checkoutRetryButton"_s)->isVisible());
    }

    /// Authorizations the gateway stored for `reference`, straight from its store (gateway.sqlite).
    QList<QJsonObject> storedAuthorizations(const QString &reference)
    {
        QList<QJsonObject> out;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"gateway-store"_s);
            db.setDatabaseName(m_data.filePath(u"gateway.sqlite"_s));
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            QSqlQuery q(db);
            if (db.open() && q.exec(u"SELECT doc FROM authorizations"_s)) {
                while (q.next()) {
                    const QJsonObject doc = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
                    if (doc.value("reference"_L1).toString() == reference)
                        out << doc;
                }
            }
        }
        QSqlDatabase::removeDatabase(u"gateway-store"_s);
        return out;
    }

    /// GET /v1/authorizations/{id} on the gateway's own API.
    QJsonObject gatewayAuthorization(const QString &id)
    {
        QUrl url = m_gatewayUrl;
        url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + u"/v1/authorizations/"_s + id);
        QNetworkReply *reply = m_probe.get(QNetworkRequest(url));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return {};
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    /// The buyer's orders made from `cartId`, through the order history.
    int ordersFromCart(const QString &cartId)
    {
        QSignalSpy loaded(m_history.get(), &checkout::OrderHistory::loaded);
        m_history->load();
        if (!loaded.wait(15000))
            return -1;
        int count = 0;
        for (const core::Order &order : m_history->orders())
            count += order.cart && order.cart->id == cartId ? 1 : 0;
        return count;
    }

    /// The PSP reference of the order's payment (the Payment's interactionId).
    QString pspReference(const core::Order &order)
    {
        if (order.paymentInfo.payments.size() != 1)
            return {};
        std::optional<api::Result<core::Payment>> payment;
        api::PaymentClient(m_session->transport(), api::ApiScope::me())
            .byId(order.paymentInfo.payments.first().id)
            ->onFinished(this, [&payment](const auto &r) { payment = r; });
        if (!QTest::qWaitFor([&payment] { return payment.has_value(); }, 10000) || !payment->ok() ||
            payment->value().transactions.size() != 1)
            return {};
        return payment->value().transactions.first().interactionId.value_or(QString());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        qRegisterMetaType<api::ApiError>();
        sandbox::SandboxConfig config;
        config.dataDir = m_data.path();
        config.outside.services = {u"tax"_s, u"gateway"_s};
        config.outside.gatewayTimeoutCardHoldMs = kGatewayHoldMs;
        m_sandbox = std::make_unique<sandbox::Sandbox>(config);
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        const sandbox::SandboxCredentials credentials = m_sandbox->credentials();
        QVERIFY2(!credentials.gatewayUrl.isEmpty(), "the sandbox runs no payment gateway");
        m_gatewayUrl = credentials.gatewayUrl;
        const api::ConnectionConfig connection = testsupport::sandboxConnection(credentials, u"storefront");
        QVERIFY(!connection.clientId.isEmpty());
        m_session = std::make_unique<api::ApiSession>(testsupport::testNetwork(), connection,
                                                      api::OAuthTokenProvider::Grant::AnonymousSession);
        m_buyer = std::make_unique<checkout::BuyerSession>();
        m_cart = std::make_unique<checkout::CartSession>(m_session->transport(), m_buyer.get());
        m_cart->setDebounceInterval(20);
        m_gateway = std::make_unique<checkout::PaymentGatewayClient>(&m_gatewayNetwork, m_gatewayUrl);
        m_gateway->setTimeout(kClientTimeoutMs);
        m_flow = std::make_unique<checkout::CheckoutFlow>(m_session->transport(), m_cart.get(), m_buyer.get(),
                                                          m_gateway.get());
        m_flow->setJournalPath(journalPath());
        m_history = std::make_unique<checkout::OrderHistory>(m_session->transport(), m_buyer.get());
        connect(&m_gatewayNetwork, &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
            if (reply->operation() == QNetworkAccessManager::PostOperation &&
                reply->url().path().endsWith("/v1/authorizations"_L1))
                m_authorizationPosts.append({reply->request().rawHeader("Idempotency-Key"), reply->error()});
        });

        api::ProductSearchQuery query;
        query.limit = 1;
        m_buyer->buyerContext().applyPriceSelection(query);
        api::ProductProjectionClient(m_session->transport())
            .search(query)
            ->onFinished(this, [this](const auto &r) {
                if (r.ok() && !r.value().results.isEmpty())
                    m_sku = r.value().results.first().masterVariant.sku.value_or(QString());
            });
        QTRY_VERIFY_WITH_TIMEOUT(!m_sku.isEmpty(), 15000);

        m_view = std::make_unique<app::CheckoutView>(m_flow.get(), m_cart.get(), m_buyer.get());
        m_view->resize(1000, 720);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_history.reset();
        m_flow.reset();
        m_gateway.reset();
        m_cart.reset();
        m_session.reset();
        m_sandbox.reset();
    }

    void challengeCardIsApprovedThroughTheChallengeDialog()
    {
        walkToReview(u"4000000000003220"_s);
        const QString cartId = m_cart->cart()->id;
        m_authorizationPosts.clear();
        QSignalSpy challenged(m_flow.get(), &checkout::CheckoutFlow::challengeRequired);
        QTest::mouseClick(child<QPushButton>(u"placeOrderButton"_s), Qt::LeftButton);
        QVERIFY(challenged.wait(15000));
        app::ChallengeDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_view->findChild<app::ChallengeDialog *>()) && dialog->isVisible());
        QCOMPARE(m_flow->step(), Step::Placing); // waiting for the buyer, nothing placed yet
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"challengeCodeEdit"_s), u"123456"_s);
        saveScreenshot(dialog, u"recovery-challenge-dialog.png"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"challengeConfirmButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_flow->step(), Step::Placed, 20000);
        QVERIFY(child<QLabel>(u"confirmationLabel"_s)
                    ->text()
                    .contains(m_flow->order()->orderNumber.value_or(m_flow->order()->id)));
        saveScreenshot(m_view.get(), u"recovery-challenge-placed.png"_s);

        QCOMPARE(m_authorizationPosts.size(), 1);
        const QList<QJsonObject> stored = storedAuthorizations(cartId);
        QCOMPARE(stored.size(), 1);
        const QString psp = pspReference(*m_flow->order());
        QCOMPARE(psp, stored.first().value("id"_L1).toString());
        QCOMPARE(gatewayAuthorization(psp).value("status"_L1).toString(), u"approved"_s);
        QCOMPARE(ordersFromCart(cartId), 1);
        QTest::mouseClick(child<QPushButton>(u"continueShoppingButton"_s), Qt::LeftButton);
    }

    void gatewayTimeoutRetriesWithTheSameKeyAndAuthorizesOnce()
    {
        walkToReview(u"4000000000000341"_s);
        const QString cartId = m_cart->cart()->id;
        m_authorizationPosts.clear();
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(child<QPushButton>(u"placeOrderButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_flow->step(), Step::Placed, 20000);
        // Placed before the gateway released its held first answer: the retry got the stored result.
        QVERIFY2(clock.elapsed() < kGatewayHoldMs, qPrintable(QString::number(clock.elapsed())));
        saveScreenshot(m_view.get(), u"recovery-timeout-placed.png"_s);

        QCOMPARE(m_authorizationPosts.size(), 2);
        QVERIFY(m_authorizationPosts.at(0).error != QNetworkReply::NoError); // given up after the timeout
        QCOMPARE(m_authorizationPosts.at(1).error, QNetworkReply::NoError);
        QVERIFY(!m_authorizationPosts.at(0).idempotencyKey.isEmpty());
        QCOMPARE(m_authorizationPosts.at(1).idempotencyKey, m_authorizationPosts.at(0).idempotencyKey);

        const QList<QJsonObject> stored = storedAuthorizations(cartId);
        QCOMPARE(stored.size(), 1); // ONE authorization at the gateway
        const QString psp = pspReference(*m_flow->order());
        QCOMPARE(psp, stored.first().value("id"_L1).toString());
        QCOMPARE(gatewayAuthorization(psp).value("status"_L1).toString(), u"approved"_s);
        QCOMPARE(ordersFromCart(cartId), 1); // and ONE order
        QCOMPARE(m_flow->order()->paymentInfo.payments.size(), 1);
        QTest::mouseClick(child<QPushButton>(u"continueShoppingButton"_s), Qt::LeftButton);
    }

    /// The gateway approved, then recording the Payment failed: Retry records that authorization.
    void paymentFailureAfterApprovalReusesTheAuthorization()
    {
        walkToReview(u"4242424242424242"_s);
        const QString cartId = m_cart->cart()->id;
        m_authorizationPosts.clear();
        failApi(u"POST /me/payments"_s);
        placeAndFail();
        QCOMPARE(m_authorizationPosts.size(), 1);
        QCOMPARE(storedAuthorizations(cartId).size(), 1); // approved, but no payment yet
        clearApiFaults();
        QTest::mouseClick(child<QPushButton>(u"checkoutRetryButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_flow->step(), Step::Placed, 20000);
        QCOMPARE(m_authorizationPosts.size(), 1); // the gateway was not asked again
        const QList<QJsonObject> stored = storedAuthorizations(cartId);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(pspReference(*m_flow->order()), stored.first().value("id"_L1).toString());
        QCOMPARE(ordersFromCart(cartId), 1);
        QTest::mouseClick(child<QPushButton>(u"continueShoppingButton"_s), Qt::LeftButton);
    }

    /// A step of the checkout failed after the gateway approved, and the app was closed. After the restart
    /// the buyer walks the checkout again and the order uses that one authorization, never a second:
    /// - creating the order failed: the Payment is on the cart and the order uses it;
    /// - creating the Payment failed: the journal on disk lets the restarted checkout record the
    ///   authorization instead of asking for a second one.
    void restartAfterAFailureUsesTheOneAuthorization_data()
    {
        QTest::addColumn<QString>("card");
        QTest::addColumn<QString>("failing");
        QTest::addColumn<int>("paymentsOnTheCart"); // after the failure

        QTest::newRow("order failed: the payment on the cart")
            << u"5555555555554444"_s << u"POST /me/orders"_s << 1;
        QTest::newRow("payment failed: the journaled authorization")
            << u"4242424242424242"_s << u"POST /me/payments"_s << 0;
    }

    void restartAfterAFailureUsesTheOneAuthorization()
    {
        QFETCH(QString, card);
        QFETCH(QString, failing);
        QFETCH(int, paymentsOnTheCart);

        walkToReview(card);
        const QString cartId = m_cart->cart()->id;
        m_authorizationPosts.clear();
        failApi(failing);
        placeAndFail();
        QCOMPARE(m_authorizationPosts.size(), 1);
        QCOMPARE(m_cart->cart()->paymentInfo.payments.size(), paymentsOnTheCart);
        clearApiFaults();

        restartCheckout();
        QTRY_VERIFY_WITH_TIMEOUT(m_cart->cart() && m_cart->cart()->id == cartId && !m_cart->isBusy(), 15000);
        walkToReview(card, false);
        QTest::mouseClick(child<QPushButton>(u"placeOrderButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_flow->step(), Step::Placed, 20000);
        QCOMPARE(m_authorizationPosts.size(), 1);
        const QList<QJsonObject> stored = storedAuthorizations(cartId);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(pspReference(*m_flow->order()), stored.first().value("id"_L1).toString());
        QCOMPARE(ordersFromCart(cartId), 1);
        QTest::mouseClick(child<QPushButton>(u"continueShoppingButton"_s), Qt::LeftButton);
    }

    /// The order failed, then the buyer changed the cart: the old authorization no longer fits the total, so
    /// it is voided at the gateway before the card is authorized again — one live authorization, no orphan.
    void changedTotalVoidsTheEarlierAuthorization()
    {
        walkToReview(u"4242424242424242"_s);
        const QString cartId = m_cart->cart()->id;
        failApi(u"POST /me/orders"_s);
        placeAndFail();
        clearApiFaults();
        QCOMPARE(storedAuthorizations(cartId).size(), 1);
        const QString first = storedAuthorizations(cartId).first().value("id"_L1).toString();
        const core::Money before = m_cart->cart()->displayTotal();
        m_cart->setQuantity(m_cart->cart()->lineItems.first().id, 2);
        QTRY_VERIFY_WITH_TIMEOUT(!m_cart->isBusy() && m_cart->cart()->displayTotal() != before, 15000);
        QTest::mouseClick(child<QPushButton>(u"checkoutRetryButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_flow->step(), Step::Payment, 20000); // the card is needed again
        QTRY_VERIFY(child<QLabel>(u"checkoutMessageLabel"_s)->isVisible());
        QCOMPARE(gatewayAuthorization(first).value("status"_L1).toString(), u"voided"_s);
        QVERIFY(m_cart->cart()->paymentInfo.payments.isEmpty());
        setText(u"cardNumberEdit"_s, u"4242424242424242"_s);
        setText(u"cardExpiryEdit"_s, u"12/30"_s);
        setText(u"cardCvcEdit"_s, u"123"_s);
        setText(u"cardHolderEdit"_s, u"Ada Lovelace"_s);
        QTest::mouseClick(child<QPushButton>(u"paymentContinueButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_flow->step(), Step::Review, 10000);
        QTest::mouseClick(child<QPushButton>(u"placeOrderButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_flow->step(), Step::Placed, 20000);
        const QList<QJsonObject> stored = storedAuthorizations(cartId);
        QCOMPARE(stored.size(), 2);
        const QString second = pspReference(*m_flow->order());
        QVERIFY(!second.isEmpty() && second != first);
        QCOMPARE(gatewayAuthorization(second).value("status"_L1).toString(), u"approved"_s);
        QCOMPARE(gatewayAuthorization(first).value("status"_L1).toString(), u"voided"_s);
        QCOMPARE(ordersFromCart(cartId), 1);
        QTest::mouseClick(child<QPushButton>(u"continueShoppingButton"_s), Qt::LeftButton);
    }
};

QTEST_MAIN(TestCheckoutRecovery)
#include "TestCheckoutRecovery.moc"
