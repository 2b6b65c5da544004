// SPDX-License-Identifier: MIT
// Payment recovery in the real app (tests/support/DesktopHarness.h: the composition root on its embedded
// sandbox and that sandbox's payment gateway on loopback), offscreen, through the storefront's cart and
// checkout: (1) the challenge test card → the ChallengeDialog → the right code → approved → one order;
// (2) the gateway-timeout test card: the first answer is held longer than the client waits, the checkout
// retries with the SAME Idempotency-Key and gets the stored result → the gateway holds ONE authorization for
// the cart (read from its store) and the buyer has ONE order for it; (3) issue 22 item 6: whatever fails
// after the gateway approved (recording the payment, creating the order, the app closing in between, the
// cart total changing) the retry reuses the authorization or voids it — never a second one, never an orphan.
// Faults go into the embedded sandbox's own fault rules (DesktopHarness::faults()).
#include "api/PaymentClient.h"
#include "app/MainWindow.h"
#include "app/storefront/ChallengeDialog.h"
#include "checkout/CartSession.h"
#include "checkout/CatalogBrowser.h"
#include "checkout/CheckoutFlow.h"
#include "checkout/OrderHistory.h"
#include "checkout/PaymentGatewayClient.h"
#include "models/ProductTableModel.h"
#include "sandbox/faults/FaultRule.h"
#include "support/DesktopHarness.h"
#include "support/Screenshots.h"

#include <QComboBox>
#include <QElapsedTimer>
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
#include <QTableView>
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

app::AppOptions noDemoOrders()
{
    app::AppOptions options;
    options.demoOrders = 0; // the buyer's orders are counted per cart
    return options;
}

} // namespace

class TestCheckoutRecovery : public QObject
{
    Q_OBJECT

private:
    testsupport::DesktopHarness m_app{noDemoOrders()};
    /// A merchant session of the test's own: reads the payments the buyer's checkout recorded.
    std::unique_ptr<api::ApiSession> m_oracle;
    QNetworkAccessManager m_probe;
    QUrl m_gatewayUrl;
    QList<GatewayCall> m_authorizationPosts;

    checkout::CartSession *cart() const { return m_app.backend()->cart(); }
    checkout::CheckoutFlow *flow() const { return m_app.backend()->checkout(); }

    template<class T>
    T *child(const QString &name) const
    {
        T *widget = m_app.window()->findChild<T *>(name);
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

    /// Starts (or starts again: the next run of the same user) the app and watches the authorization
    /// requests that leave it for the gateway.
    void startApp()
    {
        QVERIFY(m_app.start(QSize(1280, 820)));
        cart()->setDebounceInterval(20);
        m_app.backend()->paymentGateway()->setTimeout(kClientTimeoutMs);
        connect(m_app.composition()->network(), &QNetworkAccessManager::finished, this,
                [this](QNetworkReply *reply) {
                    if (reply->operation() == QNetworkAccessManager::PostOperation &&
                        reply->url().path().endsWith("/v1/authorizations"_L1))
                        m_authorizationPosts.append(
                            {reply->request().rawHeader("Idempotency-Key"), reply->error()});
                });
    }

    /// Adds the first single-variant product of the catalog with the catalog's "Add to cart".
    void addProductToCart()
    {
        auto *table = child<QTableView>(u"productTableView"_s);
        auto *products = qobject_cast<models::ProductTableModel *>(table->model());
        QVERIFY(products);
        QTRY_VERIFY_WITH_TIMEOUT(m_app.backend()->catalog()->isSettled() && products->rowCount() > 0, 15000);
        int row = 0;
        while (row < products->rowCount() && products->product(row)->allVariants().size() != 1)
            ++row;
        QVERIFY(row < products->rowCount());
        const qsizetype before = cart()->cart() ? cart()->cart()->lineItems.size() : 0;
        table->setCurrentIndex(products->index(row, 0));
        QTest::mouseClick(child<QPushButton>(u"addToCartButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            cart()->cart() && cart()->cart()->lineItems.size() == before + 1 && !cart()->isBusy(), 15000);
    }

    /// A product into the cart (unless `addItem` is false: the cart as it is), then the cart's Checkout →
    /// address → shipping → card → review in the view.
    void walkToReview(const QString &cardNumber, bool addItem = true)
    {
        if (addItem)
            addProductToCart();
        QTRY_VERIFY_WITH_TIMEOUT(cart()->cart() && !cart()->isBusy(), 15000);
        auto *checkout = child<QPushButton>(u"checkoutButton"_s);
        QTRY_VERIFY(checkout->isVisible() && checkout->isEnabled());
        QTest::mouseClick(checkout, Qt::LeftButton);
        QTRY_COMPARE(flow()->step(), Step::Address);
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
        QTRY_COMPARE_WITH_TIMEOUT(flow()->step(), Step::Shipping, 15000);
        QTest::mouseClick(child<QPushButton>(u"shippingContinueButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(flow()->step(), Step::Payment, 15000);
        typeCard(cardNumber);
        QTest::mouseClick(child<QPushButton>(u"paymentContinueButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(flow()->step(), Step::Review, 10000);
    }

    void typeCard(const QString &cardNumber)
    {
        setText(u"cardNumberEdit"_s, cardNumber);
        setText(u"cardExpiryEdit"_s, u"12/30"_s);
        setText(u"cardCvcEdit"_s, u"123"_s);
        setText(u"cardHolderEdit"_s, u"Ada Lovelace"_s);
    }

    /// Makes the sandbox API answer `route` ("POST /me/orders") with 503 until clearApiFaults(). Through the
    /// orchestrator the trusted client writes the buyer's payments and orders on the admin endpoints
    /// ("POST /orders"), so the fault goes there.
    void failApi(QString route)
    {
        if (m_app.backend()->isOrchestrated())
            route.replace(u" /me/"_s, u" /"_s);
        QString error;
        const auto rule = sandbox::FaultRule::parse(u"api:"_s + route + u":error:503"_s, &error);
        QVERIFY2(rule, qPrintable(error));
        QVERIFY(m_app.faults());
        m_app.faults()->add(*rule);
    }
    void clearApiFaults() { m_app.faults()->clear(u"api"_s); }

    /// Clicks Place order and waits for the failure banner (the flow back at Review).
    void placeAndFail()
    {
        QTest::mouseClick(child<QPushButton>(u"placeOrderButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(u"checkoutMessageLabel"_s)->isVisible(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!flow()->isBusy(), 20000);
        QCOMPARE(flow()->step(), Step::Review);
        QVERIFY(child<QPushButton>(u"checkoutRetryButton"_s)->isVisible());
    }

    /// Authorizations the gateway stored for `reference`, straight from its store (gateway.sqlite).
    QList<QJsonObject> storedAuthorizations(const QString &reference)
    {
        QList<QJsonObject> out;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"gateway-store"_s);
            db.setDatabaseName(m_app.sandboxDataPath(u"gateway.sqlite"_s));
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

    /// The buyer's orders made from `cartId`, through the app's order history.
    int ordersFromCart(const QString &cartId)
    {
        checkout::OrderHistory *history = m_app.backend()->orderHistory();
        QSignalSpy loaded(history, &checkout::OrderHistory::loaded);
        history->load();
        if (!loaded.wait(15000))
            return -1;
        int count = 0;
        for (const core::Order &order : history->orders())
            count += order.cart && order.cart->id == cartId ? 1 : 0;
        return count;
    }

    /// The PSP reference of the order's payment (the Payment's interactionId).
    QString pspReference(const core::Order &order)
    {
        if (order.paymentInfo.payments.size() != 1)
            return {};
        std::optional<api::Result<core::Payment>> payment;
        api::PaymentClient(m_oracle->transport())
            .byId(order.paymentInfo.payments.first().id)
            ->onFinished(this, [&payment](const auto &r) { payment = r; });
        if (!QTest::qWaitFor([&payment] { return payment.has_value(); }, 10000) || !payment->ok() ||
            payment->value().transactions.size() != 1)
            return {};
        return payment->value().transactions.first().interactionId.value_or(QString());
    }

    void continueShopping()
    {
        QTest::mouseClick(child<QPushButton>(u"continueShoppingButton"_s), Qt::LeftButton);
        QTRY_VERIFY(child<QTableView>(u"productTableView"_s)->isVisible());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        qRegisterMetaType<api::ApiError>();
        m_app.tuneSandbox([](sandbox::SandboxConfig &config) {
            config.outside.services = {u"tax"_s, u"gateway"_s};
            config.outside.gatewayTimeoutCardHoldMs = kGatewayHoldMs;
        });
        startApp();
        m_gatewayUrl = m_app.sandbox()->credentials().gatewayUrl;
        QVERIFY2(!m_gatewayUrl.isEmpty(), "the sandbox runs no payment gateway");
        m_oracle = m_app.apiSession(u"merchant");
        QVERIFY(m_oracle);
    }

    void cleanupTestCase()
    {
        m_oracle.reset();
        m_app.stop();
    }

    void challengeCardIsApprovedThroughTheChallengeDialog()
    {
        walkToReview(u"4000000000003220"_s);
        const QString cartId = cart()->cart()->id;
        m_authorizationPosts.clear();
        QSignalSpy challenged(flow(), &checkout::CheckoutFlow::challengeRequired);
        QTest::mouseClick(child<QPushButton>(u"placeOrderButton"_s), Qt::LeftButton);
        QVERIFY(challenged.wait(15000));
        app::ChallengeDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_app.window()->findChild<app::ChallengeDialog *>()) && dialog->isVisible());
        QCOMPARE(flow()->step(), Step::Placing); // waiting for the buyer, nothing placed yet
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"challengeCodeEdit"_s), u"123456"_s);
        saveScreenshot(dialog, u"recovery-challenge-dialog.png"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"challengeConfirmButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(flow()->step(), Step::Placed, 20000);
        QVERIFY(child<QLabel>(u"confirmationLabel"_s)
                    ->text()
                    .contains(flow()->order()->orderNumber.value_or(flow()->order()->id)));
        saveScreenshot(m_app.window(), u"recovery-challenge-placed.png"_s);

        QCOMPARE(m_authorizationPosts.size(), 1);
        const QList<QJsonObject> stored = storedAuthorizations(cartId);
        QCOMPARE(stored.size(), 1);
        const QString psp = pspReference(*flow()->order());
        QCOMPARE(psp, stored.first().value("id"_L1).toString());
        QCOMPARE(gatewayAuthorization(psp).value("status"_L1).toString(), u"approved"_s);
        QCOMPARE(ordersFromCart(cartId), 1);
        continueShopping();
    }

    void gatewayTimeoutRetriesWithTheSameKeyAndAuthorizesOnce()
    {
        walkToReview(u"4000000000000341"_s);
        const QString cartId = cart()->cart()->id;
        m_authorizationPosts.clear();
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(child<QPushButton>(u"placeOrderButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(flow()->step(), Step::Placed, 20000);
        // Placed before the gateway released its held first answer: the retry got the stored result.
        QVERIFY2(clock.elapsed() < kGatewayHoldMs, qPrintable(QString::number(clock.elapsed())));
        saveScreenshot(m_app.window(), u"recovery-timeout-placed.png"_s);

        QCOMPARE(m_authorizationPosts.size(), 2);
        QVERIFY(m_authorizationPosts.at(0).error != QNetworkReply::NoError); // given up after the timeout
        QCOMPARE(m_authorizationPosts.at(1).error, QNetworkReply::NoError);
        QVERIFY(!m_authorizationPosts.at(0).idempotencyKey.isEmpty());
        QCOMPARE(m_authorizationPosts.at(1).idempotencyKey, m_authorizationPosts.at(0).idempotencyKey);

        const QList<QJsonObject> stored = storedAuthorizations(cartId);
        QCOMPARE(stored.size(), 1); // ONE authorization at the gateway
        const QString psp = pspReference(*flow()->order());
        QCOMPARE(psp, stored.first().value("id"_L1).toString());
        QCOMPARE(gatewayAuthorization(psp).value("status"_L1).toString(), u"approved"_s);
        QCOMPARE(ordersFromCart(cartId), 1); // and ONE order
        QCOMPARE(flow()->order()->paymentInfo.payments.size(), 1);
        continueShopping();
    }

    /// The gateway approved, then recording the Payment failed: Retry records that authorization.
    void paymentFailureAfterApprovalReusesTheAuthorization()
    {
        walkToReview(u"4242424242424242"_s);
        const QString cartId = cart()->cart()->id;
        m_authorizationPosts.clear();
        failApi(u"POST /me/payments"_s);
        placeAndFail();
        QCOMPARE(m_authorizationPosts.size(), 1);
        QCOMPARE(storedAuthorizations(cartId).size(), 1); // approved, but no payment yet
        clearApiFaults();
        QTest::mouseClick(child<QPushButton>(u"checkoutRetryButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(flow()->step(), Step::Placed, 20000);
        QCOMPARE(m_authorizationPosts.size(), 1); // the gateway was not asked again
        const QList<QJsonObject> stored = storedAuthorizations(cartId);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(pspReference(*flow()->order()), stored.first().value("id"_L1).toString());
        QCOMPARE(ordersFromCart(cartId), 1);
        continueShopping();
    }

    /// A step of the checkout failed after the gateway approved, and the app was closed. After the restart
    /// (the same user: the guest's session and cart come back from the keychain, the journal from disk) the
    /// buyer walks the checkout again and the order uses that one authorization, never a second:
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
        const QString cartId = cart()->cart()->id;
        m_authorizationPosts.clear();
        failApi(failing);
        placeAndFail();
        QCOMPARE(m_authorizationPosts.size(), 1);
        QCOMPARE(cart()->cart()->paymentInfo.payments.size(), paymentsOnTheCart);
        clearApiFaults();

        m_app.stop(); // the buyer closes the app …
        startApp();   // … and opens it again
        m_gatewayUrl = m_app.sandbox()->credentials().gatewayUrl;
        m_oracle = m_app.apiSession(u"merchant");
        QVERIFY(m_oracle);
        QTRY_VERIFY_WITH_TIMEOUT(cart()->cart() && cart()->cart()->id == cartId && !cart()->isBusy(), 15000);
        walkToReview(card, false);
        QTest::mouseClick(child<QPushButton>(u"placeOrderButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(flow()->step(), Step::Placed, 20000);
        QCOMPARE(m_authorizationPosts.size(), 1);
        const QList<QJsonObject> stored = storedAuthorizations(cartId);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(pspReference(*flow()->order()), stored.first().value("id"_L1).toString());
        QCOMPARE(ordersFromCart(cartId), 1);
        continueShopping();
    }

    /// The order failed, then the buyer changed the cart: the old authorization no longer fits the total, so
    /// it is voided at the gateway before the card is authorized again — one live authorization, no orphan.
    void changedTotalVoidsTheEarlierAuthorization()
    {
        walkToReview(u"4242424242424242"_s);
        const QString cartId = cart()->cart()->id;
        failApi(u"POST /me/orders"_s);
        placeAndFail();
        clearApiFaults();
        QCOMPARE(storedAuthorizations(cartId).size(), 1);
        const QString first = storedAuthorizations(cartId).first().value("id"_L1).toString();
        const core::Money before = cart()->cart()->displayTotal();
        // The quantity change the cart panel's quantity cell makes (the panel is hidden by the checkout).
        cart()->setQuantity(cart()->cart()->lineItems.first().id, 2);
        QTRY_VERIFY_WITH_TIMEOUT(!cart()->isBusy() && cart()->cart()->displayTotal() != before, 15000);
        QTest::mouseClick(child<QPushButton>(u"checkoutRetryButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(flow()->step(), Step::Payment, 20000); // the card is needed again
        QTRY_VERIFY(child<QLabel>(u"checkoutMessageLabel"_s)->isVisible());
        QCOMPARE(gatewayAuthorization(first).value("status"_L1).toString(), u"voided"_s);
        QVERIFY(cart()->cart()->paymentInfo.payments.isEmpty());
        typeCard(u"4242424242424242"_s);
        QTest::mouseClick(child<QPushButton>(u"paymentContinueButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(flow()->step(), Step::Review, 10000);
        QTest::mouseClick(child<QPushButton>(u"placeOrderButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(flow()->step(), Step::Placed, 20000);
        const QList<QJsonObject> stored = storedAuthorizations(cartId);
        QCOMPARE(stored.size(), 2);
        const QString second = pspReference(*flow()->order());
        QVERIFY(!second.isEmpty() && second != first);
        QCOMPARE(gatewayAuthorization(second).value("status"_L1).toString(), u"approved"_s);
        QCOMPARE(gatewayAuthorization(first).value("status"_L1).toString(), u"voided"_s);
        QCOMPARE(ordersFromCart(cartId), 1);
        continueShopping();
    }
};

QTEST_MAIN(TestCheckoutRecovery)
#include "TestCheckoutRecovery.moc"
