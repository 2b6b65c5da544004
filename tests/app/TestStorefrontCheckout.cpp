// SPDX-License-Identifier: MIT
// The buyer's purchase flow end to end (issue #6 "Done when"), offscreen, on the embedded sandbox over
// loopback: catalog → cart → sign-in → address (tax) → shipping → card → review → one order. Each checkout
// step is saved as a screenshot. The payment gateway is the sandbox's own when its credentials name one;
// until then a scripted stand-in that follows the gateway contract (approve, decline by test card number).
#include "app/MainWindow.h"
#include "app/merchant/OrderDetailPanel.h"
#include "app/storefront/CheckoutView.h"
#include "app/storefront/ProductDetailDialog.h"
#include "app/storefront/StorefrontPane.h"
#include "checkout/BuyerAccount.h"
#include "checkout/BuyerSession.h"
#include "checkout/CartSession.h"
#include "checkout/CheckoutFlow.h"
#include "checkout/PaymentGatewayClient.h"
#include "models/ProductTableModel.h"
#include "sandbox/SandboxHost.h"
#include "support/DesktopHarness.h"
#include "support/Screenshots.h"
#include "support/ScriptedHttpServer.h"

#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;

namespace {
const QByteArray kFaultToken = "storefront-checkout-faults";
} // namespace
using Step = checkout::CheckoutFlow::Step;
using testsupport::ScriptedHttpServer;

namespace {
// The embedded sandbox with its fault admin, so a test can take an outside system down.
app::AppOptions faultAdminOptions()
{
    app::AppOptions options;
    options.sandboxFaultAdminToken = kFaultToken;
    return options;
}
} // namespace

class TestStorefrontCheckout : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    ScriptedHttpServer m_gateway;
    testsupport::DesktopHarness m_app{faultAdminOptions()};
    app::MainWindow *m_window = nullptr;
    app::Backend *backend() const { return m_app.backend(); }
    int m_gatewayAuthorizations = 0;

    template<class T>
    T *child(const QString &name) const
    {
        T *widget = m_window->findChild<T *>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }

    checkout::CheckoutFlow *flow() const { return backend()->checkout(); }
    checkout::CartSession *cart() const { return backend()->cart(); }

    void saveScreenshot(const QString &name) { testsupport::saveScreenshot(m_window, name); }

    ScriptedHttpServer::Reply gatewayAnswer(const ScriptedHttpServer::Request &request)
    {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QString number = body.value("card"_L1).toObject().value("number"_L1).toString();
        static int issued = 0;
        const QByteArray id = "psp_test_" + QByteArray::number(++issued);
        if (number == "4000000000000002"_L1)
            return ScriptedHttpServer::Reply::json(
                201, R"({"id":")" + id +
                         R"(","status":"declined","declineCode":"card_declined","message":"Declined"})");
        return ScriptedHttpServer::Reply::json(
            201, R"({"id":")" + id +
                     R"(","status":"approved","authorizationCode":"A1B2C3","brand":"visa","last4":")" +
                     number.right(4).toLatin1() + R"(","expiryMonth":12,"expiryYear":2030})");
    }

    /// Clicks "Add to cart" for the selected product; a product with several variants asks which one in its
    /// detail dialog: the first (master) variant is added there.
    void clickAddToCart()
    {
        QTest::mouseClick(child<QPushButton>(u"addToCartButton"_s), Qt::LeftButton);
        if (auto *dialog = m_window->findChild<app::ProductDetailDialog *>(); dialog && dialog->isVisible()) {
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"detailAddToCartButton"_s), Qt::LeftButton);
            dialog->close();
            QTRY_VERIFY(!m_window->findChild<app::ProductDetailDialog *>());
        }
    }

    void addProductsToCart(int count)
    {
        auto *table = child<QTableView>(u"productTableView"_s);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= count, 10000);
        for (int row = 0; row < count; ++row) {
            table->setCurrentIndex(table->model()->index(row, 0));
            clickAddToCart();
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            cart()->cart() && cart()->cart()->lineItems.size() == count && !cart()->isBusy(), 15000);
    }

    void fillGermanAddress()
    {
        child<QLineEdit>(u"shippingFirstNameEdit"_s)->setText(u"Ada"_s);
        child<QLineEdit>(u"shippingLastNameEdit"_s)->setText(u"Lovelace"_s);
        child<QLineEdit>(u"shippingStreetEdit"_s)->setText(u"Unter den Linden"_s);
        child<QLineEdit>(u"shippingStreetNumberEdit"_s)->setText(u"1"_s);
        child<QLineEdit>(u"shippingPostalCodeEdit"_s)->setText(u"10117"_s);
        child<QLineEdit>(u"shippingCityEdit"_s)->setText(u"Berlin"_s);
        auto *country = child<QComboBox>(u"shippingCountryCombo"_s);
        country->setCurrentIndex(country->findData(u"DE"_s));
        child<QLineEdit>(u"shippingEmailEdit"_s)->setText(u"ada@example.com"_s);
    }

    void typeCard(const QString &number)
    {
        auto *edit = child<QLineEdit>(u"cardNumberEdit"_s);
        edit->setFocus();
        edit->clear();
        QTest::keyClicks(edit, number);
        auto *expiry = child<QLineEdit>(u"cardExpiryEdit"_s);
        expiry->clear();
        QTest::keyClicks(expiry, u"12/30"_s);
        auto *cvc = child<QLineEdit>(u"cardCvcEdit"_s);
        cvc->clear();
        QTest::keyClicks(cvc, u"123"_s);
        auto *holder = child<QLineEdit>(u"cardHolderEdit"_s);
        holder->clear();
        QTest::keyClicks(holder, u"Ada Lovelace"_s);
    }

    /// Catalog → checkout → address → shipping → payment page. `prefix` names the screenshots.
    void walkToPayment(const QString &prefix)
    {
        QTest::mouseClick(child<QPushButton>(u"checkoutButton"_s), Qt::LeftButton);
        QTRY_COMPARE(flow()->step(), Step::Address);
        fillGermanAddress();
        saveScreenshot(prefix + u"-1-address.png"_s);
        QTest::mouseClick(child<QPushButton>(u"addressContinueButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(flow()->step(), Step::Shipping, 15000);
        // Tax from the backend's tax integration: 19 % in Germany.
        const auto &taxed = cart()->cart()->taxedPrice;
        QVERIFY2(taxed.has_value(), "the cart has no taxedPrice after the address");
        QVERIFY(!taxed->taxPortions.isEmpty());
        QCOMPARE(taxed->taxPortions.first().rate, core::Rate::fromPercent(19));
        QVERIFY(child<QLabel>(u"taxSummaryLabel"_s)->text().contains(u"19"_s));
        auto *methods = child<QListView>(u"shippingMethodListView"_s);
        QVERIFY(methods->model()->rowCount() > 0);
        QVERIFY(methods->currentIndex().data().toString().contains(u"Standard"_s, Qt::CaseInsensitive));
        saveScreenshot(prefix + u"-2-shipping.png"_s);
        QTest::mouseClick(child<QPushButton>(u"shippingContinueButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(flow()->step(), Step::Payment, 15000);
        QVERIFY(cart()->cart()->shippingInfo.has_value());
    }

    void continueToReview(const QString &prefix)
    {
        saveScreenshot(prefix + u"-3-payment.png"_s);
        QTest::mouseClick(child<QPushButton>(u"paymentContinueButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(flow()->step(), Step::Review, 10000);
        saveScreenshot(prefix + u"-4-review.png"_s);
    }

    void finishAndReturn(const QString &prefix)
    {
        QTRY_COMPARE_WITH_TIMEOUT(flow()->step(), Step::Placed, 20000);
        QVERIFY(flow()->order().has_value());
        QVERIFY(child<QLabel>(u"confirmationLabel"_s)
                    ->text()
                    .contains(flow()->order()->orderNumber.value_or(flow()->order()->id)));
        saveScreenshot(prefix + u"-5-confirmation.png"_s);
        QTest::mouseClick(child<QPushButton>(u"continueShoppingButton"_s), Qt::LeftButton);
        QVERIFY(!cart()->cart().has_value()); // a new cart for the next purchase
    }

    /// Adds or clears an outage of the sandbox's tax service through its fault-injection route.
    bool setTaxOutage(bool down)
    {
        const auto *host = m_app.sandbox();
        if (!host || host->credentials().taxUrl.isEmpty())
            return false;
        QUrl url = host->credentials().taxUrl;
        url.setPath(u"/_fault"_s);
        QNetworkAccessManager network;
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader("Authorization", "Bearer " + kFaultToken);
        QNetworkReply *reply = down
                                   ? network.post(request, R"({"service":"tax","route":"*","kind":"outage"})")
                                   : network.deleteResource(request);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000))
            return false;
        reply->deleteLater();
        return reply->error() == QNetworkReply::NoError;
    }

    /// The payment as the sandbox stores it, read with the `admin` client's token over plain HTTP (so the
    /// raw JSON can be searched for card data). Empty on failure.
    QJsonObject sandboxPayment(const QString &id)
    {
        const auto *host = m_app.sandbox();
        if (!host)
            return {};
        const sandbox::SandboxCredentials credentials = host->credentials();
        const sandbox::SandboxClient *admin = credentials.client(u"admin");
        if (!admin)
            return {};
        QNetworkAccessManager network;
        QUrl tokenUrl = credentials.authUrl;
        tokenUrl.setPath(u"/oauth/token"_s);
        QNetworkRequest tokenRequest(tokenUrl);
        tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        tokenRequest.setRawHeader(
            "Authorization", "Basic " + (admin->clientId + u':' + admin->clientSecret).toUtf8().toBase64());
        QNetworkReply *tokenReply = network.post(tokenRequest, "grant_type=client_credentials");
        if (!QTest::qWaitFor([tokenReply] { return tokenReply->isFinished(); }, 10000))
            return {};
        const QString token =
            QJsonDocument::fromJson(tokenReply->readAll()).object().value(u"access_token"_s).toString();
        tokenReply->deleteLater();
        QUrl url = credentials.apiUrl;
        url.setPath(u"/"_s + credentials.projectKey + u"/payments/"_s + id);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = network.get(request);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return {};
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        QVERIFY(m_gateway.start());
        m_gateway.setFallback([this](const ScriptedHttpServer::Request &r) { return gatewayAnswer(r); });
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_app.build()->backends()->setPaymentGatewayUrl(QUrl(QString::fromLatin1(m_gateway.baseUrl())));
        QVERIFY(m_app.start(QSize(1280, 820)));
        m_window = m_app.window();
        cart()->setDebounceInterval(50);
        // Count the authorization requests that really leave the app, whichever gateway answers them.
        QNetworkAccessManager *network = m_app.composition()->network(); // every request of the app
        QVERIFY(network);
        connect(network, &QNetworkAccessManager::finished, this, [this](QNetworkReply *reply) {
            if (reply->operation() == QNetworkAccessManager::PostOperation &&
                reply->url().path() == "/v1/authorizations"_L1)
                ++m_gatewayAuthorizations;
        });
    }

    void cleanupTestCase() { m_app.stop(); }

    /// Done-when 1: anonymous B2C buyer, two products, sign-in keeps the cart, DE address, 19 % tax,
    /// standard shipping, approved card → one order whose payment holds only PSP data.
    void b2cCardCheckout()
    {
        addProductsToCart(2);
        saveScreenshot(u"b2c-0-cart.png"_s);
        const QStringList skus = [this] {
            QStringList s;
            for (const auto &line : cart()->cart()->lineItems)
                s << line.variant.sku.value_or(QString());
            return s;
        }();

        QSignalSpy signedIn(backend()->account(), &checkout::BuyerAccount::signedIn);
        backend()->account()->signIn(u"shopper@commercedesk.example"_s, u"Shopper-Demo-2026"_s);
        QVERIFY(signedIn.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(cart()->cart() && !cart()->isBusy(), 15000);
        QStringList after;
        for (const auto &line : cart()->cart()->lineItems)
            after << line.variant.sku.value_or(QString());
        for (const QString &sku : skus)
            QVERIFY2(after.contains(sku), qPrintable(u"lost on sign-in: "_s + sku));

        walkToPayment(u"b2c"_s);
        typeCard(u"4242424242424242"_s);
        continueToReview(u"b2c"_s);
        const int before = m_gatewayAuthorizations;
        QTest::mouseClick(child<QPushButton>(u"placeOrderButton"_s), Qt::LeftButton);
        finishAndReturn(u"b2c"_s);
        // Through the orchestrator: the gateway's authorization, then one order request that records it.
        QVERIFY(flow()->requestsSincePlace() <= (backend()->isOrchestrated() ? 2 : 4));
        QCOMPARE(m_gatewayAuthorizations - before, 1);
        QCOMPARE(flow()->order()->paymentInfo.payments.size(), 1);

        // In the sandbox, the payment holds the PSP reference, the authorization code, brand and last four —
        // and nothing else of the card.
        const QJsonObject payment = sandboxPayment(flow()->order()->paymentInfo.payments.first().id);
        QVERIFY2(!payment.isEmpty(), "the payment is readable with the admin client");
        const QByteArray raw = QJsonDocument(payment).toJson(QJsonDocument::Compact);
        QVERIFY2(!raw.contains("4242424242424242") && !raw.contains("424242424242"), raw.constData());
        const QJsonArray transactions = payment.value(u"transactions"_s).toArray();
        QCOMPARE(transactions.size(), 1);
        const QJsonObject authorization = transactions.first().toObject();
        QCOMPARE(authorization.value(u"type"_s).toString(), u"Authorization"_s);
        QCOMPARE(authorization.value(u"state"_s).toString(), u"Success"_s);
        QVERIFY2(authorization.value(u"interactionId"_s).toString().startsWith(u"psp_"_s), raw.constData());
        const QJsonObject fields = payment.value(u"custom"_s).toObject().value(u"fields"_s).toObject();
        QVERIFY2(!fields.value(u"authorizationCode"_s).toString().isEmpty(), raw.constData());
        QCOMPARE(fields.value(u"cardBrand"_s).toString(), u"visa"_s);
        QCOMPARE(fields.value(u"cardLast4"_s).toString(), u"4242"_s);
        QCOMPARE(fields.keys(), (QStringList{u"authorizationCode"_s, u"cardBrand"_s, u"cardLast4"_s}));

        // The seller's order detail shows the authorization: code, brand and last four, no more.
        app::OrderDetailPanel detail;
        detail.setContext(backend()->merchant(), backend()->omsLog());
        detail.setOrder(*flow()->order());
        QTRY_VERIFY_WITH_TIMEOUT(
            detail.detailHtml().contains(u"Authorization code: "_s +
                                         fields.value(u"authorizationCode"_s).toString()),
            15000);
        QVERIFY(detail.detailHtml().contains(u"Card: visa ending in 4242"_s));
        QVERIFY(!detail.detailHtml().contains(u"424242424242"_s));
    }

    /// Done-when 2: a declined card, then an approved one → one order, one successful authorization.
    void declinedThenApproved()
    {
        addProductsToCart(1);
        walkToPayment(u"decline"_s);
        typeCard(u"4000000000000002"_s);
        continueToReview(u"decline"_s);
        QTest::mouseClick(child<QPushButton>(u"placeOrderButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(flow()->step(), Step::Payment, 15000);
        QTRY_VERIFY(child<QLabel>(u"checkoutMessageLabel"_s)->isVisible());
        QVERIFY(child<QLineEdit>(u"cardNumberEdit"_s)->text().isEmpty()); // the declined card was wiped
        saveScreenshot(u"decline-3b-declined.png"_s);
        typeCard(u"5555555555554444"_s);
        continueToReview(u"approve"_s);
        QTest::mouseClick(child<QPushButton>(u"placeOrderButton"_s), Qt::LeftButton);
        finishAndReturn(u"approve"_s);
        QCOMPARE(flow()->order()->paymentInfo.payments.size(), 1);
    }

    /// Done-when 5: a double click on Place order makes exactly one order.
    void doubleClickPlacesOneOrder()
    {
        addProductsToCart(1);
        walkToPayment(u"double"_s);
        typeCard(u"4242424242424242"_s);
        continueToReview(u"double"_s);
        QSignalSpy placed(flow(), &checkout::CheckoutFlow::placed);
        const int before = m_gatewayAuthorizations;
        auto *place = child<QPushButton>(u"placeOrderButton"_s);
        QTest::mouseDClick(place, Qt::LeftButton);
        QTest::mouseClick(place, Qt::LeftButton);
        QVERIFY(placed.wait(20000));
        // Nothing else may arrive: a second placement would keep the flow or the cart busy.
        QTRY_VERIFY_WITH_TIMEOUT(!flow()->isBusy() && !cart()->isBusy(), 20000);
        QCOMPARE(placed.count(), 1);
        QCOMPARE(m_gatewayAuthorizations - before, 1);
        finishAndReturn(u"double"_s);
    }

    /// Done-when 4: the tax service is down → a clear message, the cart intact; after it recovers, Retry
    /// goes on.
    void taxOutageKeepsTheCart()
    {
        addProductsToCart(1);
        const core::Cart before = *cart()->cart();
        QTest::mouseClick(child<QPushButton>(u"checkoutButton"_s), Qt::LeftButton);
        QTRY_COMPARE(flow()->step(), Step::Address);
        fillGermanAddress();
        QVERIFY2(setTaxOutage(true), "could not inject the tax outage");
        QTest::mouseClick(child<QPushButton>(u"addressContinueButton"_s), Qt::LeftButton);
        auto *message = child<QLabel>(u"checkoutMessageLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 15000);
        QVERIFY(message->text().contains(u"Tax could not be calculated"_s));
        QVERIFY(child<QPushButton>(u"checkoutRetryButton"_s)->isVisible());
        QCOMPARE(flow()->step(), Step::Address);
        QCOMPARE(cart()->cart()->lineItems, before.lineItems); // nothing lost
        saveScreenshot(u"tax-1-outage.png"_s);
        QVERIFY(setTaxOutage(false));
        QTest::mouseClick(child<QPushButton>(u"checkoutRetryButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(flow()->step(), Step::Shipping, 15000);
        QVERIFY(cart()->cart()->taxedPrice.has_value());
        QTest::mouseClick(child<QPushButton>(u"checkoutCancelButton"_s), Qt::LeftButton);
    }

    /// Done-when 3 (through the catalog): a B2B buyer of the company unit orders three SKUs with a PO
    /// number; the order carries purchaseOrderNumber and businessUnit.
    void b2bPurchaseOrder()
    {
        QSignalSpy signedOut(backend()->account(), &checkout::BuyerAccount::signedOut);
        backend()->account()->signOut();
        QVERIFY(signedOut.wait(10000));
        auto *mode = child<QComboBox>(u"buyerModeCombo"_s);
        mode->setCurrentIndex(1);
        Q_EMIT mode->activated(1);
        QSignalSpy signedIn(backend()->account(), &checkout::BuyerAccount::signedIn);
        backend()->account()->signIn(u"buyer@acme-industrial.example"_s, u"Buyer-Demo-2026"_s);
        QVERIFY(signedIn.wait(20000));
        QTRY_COMPARE_WITH_TIMEOUT(backend()->buyer()->businessUnitKey(), u"acme-industrial"_s, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!cart()->isBusy(), 15000);
        QVERIFY(backend()->buyer()->actsForBusinessUnit());
        if (cart()->cart()) // a cart left from an earlier run of the unit
            cart()->forget();
        // The buyer's customer group selects the group's prices in the catalog, as the platform selects them
        // for the cart: what the buyer saw is what the cart charges.
        const QString group = backend()->buyer()->buyerContext().customerGroupId;
        QVERIFY(!group.isEmpty());
        auto *table = child<QTableView>(u"productTableView"_s);
        auto *products = qobject_cast<models::ProductTableModel *>(table->model());
        QVERIFY(products);
        const auto groupPriced = [products, group](int row) {
            const core::ProductProjection *p = products->product(row);
            return p && p->masterVariant.price && p->masterVariant.price->customerGroup &&
                   p->masterVariant.price->customerGroup->id == group;
        };
        int groupRow = -1;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     for (int row = 0; row < products->rowCount() && groupRow < 0; ++row) {
                                         if (groupPriced(row))
                                             groupRow = row;
                                     }
                                     return groupRow >= 0;
                                 }()),
                                 15000);
        const QString groupProduct = products->product(groupRow)->id;
        const core::Price seen = *products->product(groupRow)->masterVariant.price;
        // That product and two others.
        QList<int> rows{groupRow};
        for (int row = 0; rows.size() < 3 && row < products->rowCount(); ++row) {
            if (row != groupRow)
                rows.append(row);
        }
        for (int row : std::as_const(rows)) {
            table->setCurrentIndex(products->index(row, 0));
            clickAddToCart();
        }
        QTRY_VERIFY_WITH_TIMEOUT(cart()->cart() && cart()->cart()->lineItems.size() == 3 && !cart()->isBusy(),
                                 15000);
        const auto line = std::find_if(cart()->cart()->lineItems.begin(), cart()->cart()->lineItems.end(),
                                       [&](const core::LineItem &l) { return l.productId == groupProduct; });
        QVERIFY(line != cart()->cart()->lineItems.end());
        QCOMPARE(line->price.id, seen.id);
        QCOMPARE(line->price.value, seen.value);
        saveScreenshot(u"b2b-0-cart.png"_s);
        walkToPayment(u"b2b"_s);
        QVERIFY(child<QRadioButton>(u"purchaseOrderRadio"_s)->isVisible());
        auto *poRadio = child<QRadioButton>(u"purchaseOrderRadio"_s);
        QTest::mouseClick(poRadio, Qt::LeftButton, {}, QPoint(8, poRadio->height() / 2));
        QVERIFY(poRadio->isChecked());
        QVERIFY(child<QLineEdit>(u"poNumberEdit"_s)->isVisible());
        auto *po = child<QLineEdit>(u"poNumberEdit"_s);
        QTest::keyClicks(po, u"P"_s);
        saveScreenshot(u"b2b-3a-purchase-order.png"_s);
        QTest::mouseClick(child<QPushButton>(u"paymentContinueButton"_s), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(u"checkoutMessageLabel"_s)->isVisible()); // too short for the format
        QVERIFY(child<QLabel>(u"checkoutMessageLabel"_s)->text().contains(u"purchase-order number"_s));
        QCOMPARE(flow()->step(), Step::Payment);
        po->setText(u"PO-2026-0042"_s);
        continueToReview(u"b2b"_s);
        QTest::mouseClick(child<QPushButton>(u"placeOrderButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(flow()->step(), Step::Placed, 20000);
        // Through the orchestrator the order draft carries the PO number: one request.
        QVERIFY(flow()->requestsSincePlace() <= (backend()->isOrchestrated() ? 1 : 2));
        QCOMPARE(flow()->order()->purchaseOrderNumber, std::optional<QString>(u"PO-2026-0042"_s));
        QVERIFY(flow()->order()->businessUnit.has_value());
        QCOMPARE(flow()->order()->businessUnit->key, u"acme-industrial"_s);
        finishAndReturn(u"b2b"_s);
    }
};

QTEST_MAIN(TestStorefrontCheckout)
#include "TestStorefrontCheckout.moc"
