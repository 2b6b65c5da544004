// SPDX-License-Identifier: MIT
// The checkout flow against a real sandbox with its outside systems (tax service, payment gateway) on
// loopback: address → tax from the tax integration → matching shipping methods → card through the gateway →
// Payment + addPayment → one order; a declined card; the PO rules stop a malformed number.
#include "api/ApiSession.h"
#include "api/PaymentClient.h"
#include "api/ProductProjectionClient.h"
#include "checkout/BuyerSession.h"
#include "checkout/CardForm.h"
#include "checkout/CartSession.h"
#include "checkout/CheckoutFlow.h"
#include "checkout/PaymentGatewayClient.h"
#include "sandbox/Sandbox.h"
#include "support/TestNetwork.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using Step = checkout::CheckoutFlow::Step;

class TestCheckoutFlow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<api::ApiSession> m_session;
    checkout::BuyerSession m_buyer;
    std::unique_ptr<checkout::CartSession> m_cart;
    std::unique_ptr<checkout::PaymentGatewayClient> m_gateway;
    std::unique_ptr<checkout::CheckoutFlow> m_flow;
    QString m_sku;

    static core::Address berlin()
    {
        core::Address a;
        a.country = u"DE"_s;
        a.firstName = u"Ada"_s;
        a.lastName = u"Lovelace"_s;
        a.streetName = u"Unter den Linden"_s;
        a.streetNumber = u"1"_s;
        a.postalCode = u"10117"_s;
        a.city = u"Berlin"_s;
        a.email = u"ada@example.com"_s; // a guest's order needs it
        return a;
    }

    void toPayment()
    {
        m_cart->addSku(m_sku, 2);
        QTRY_VERIFY_WITH_TIMEOUT(m_cart->cart() && !m_cart->isBusy(), 15000);
        m_flow->start();
        m_flow->submitAddresses(berlin(), std::nullopt);
        QTRY_COMPARE_WITH_TIMEOUT(m_flow->step(), Step::Shipping, 15000);
        QVERIFY(m_cart->cart()->taxedPrice.has_value());
        QVERIFY(!m_flow->shippingMethods().isEmpty());
        QString standard = m_flow->shippingMethods().first().id;
        for (const auto &method : m_flow->shippingMethods()) {
            if (method.isDefault)
                standard = method.id;
        }
        m_flow->chooseShippingMethod(standard);
        QTRY_COMPARE_WITH_TIMEOUT(m_flow->step(), Step::Payment, 15000);
    }

    void enterCard(const QString &number)
    {
        m_flow->card()->setNumber(number);
        m_flow->card()->setExpiry(12, 2030);
        m_flow->card()->setCvc(u"123"_s);
        m_flow->card()->setHolder(u"Ada Lovelace"_s);
        m_flow->submitCard();
        QCOMPARE(m_flow->step(), Step::Review);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<api::ApiError>();
        sandbox::SandboxConfig config;
        config.dataDir = m_data.path();
        m_sandbox = std::make_unique<sandbox::Sandbox>(config);
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        const sandbox::SandboxCredentials credentials = m_sandbox->credentials();
        QVERIFY2(!credentials.gatewayUrl.isEmpty(), "the sandbox runs no payment gateway");
        const sandbox::SandboxClient *storefront = credentials.client(u"storefront");
        api::ConnectionConfig connection;
        connection.authUrl = credentials.authUrl;
        connection.apiUrl = credentials.apiUrl;
        connection.projectKey = credentials.projectKey;
        connection.clientId = storefront->clientId;
        connection.clientSecret = storefront->clientSecret;
        connection.scopes = storefront->scopes;
        m_session = std::make_unique<api::ApiSession>(testsupport::testNetwork(), connection,
                                                      api::OAuthTokenProvider::Grant::AnonymousSession);
        m_cart = std::make_unique<checkout::CartSession>(m_session->transport(), &m_buyer);
        m_cart->setDebounceInterval(20);
        m_gateway = std::make_unique<checkout::PaymentGatewayClient>(nullptr, credentials.gatewayUrl);
        m_flow = std::make_unique<checkout::CheckoutFlow>(m_session->transport(), m_cart.get(), &m_buyer,
                                                          m_gateway.get());

        api::ProductSearchQuery query;
        query.limit = 1;
        query.priceCurrency = u"EUR"_s;
        query.priceCountry = u"DE"_s;
        auto *job = api::ProductProjectionClient(m_session->transport()).search(query);
        job->onFinished(this, [this](const auto &r) {
            if (r.ok() && !r.value().results.isEmpty())
                m_sku = r.value().results.first().masterVariant.sku.value_or(QString());
        });
        QTRY_VERIFY_WITH_TIMEOUT(!m_sku.isEmpty(), 15000);
    }

    void cleanupTestCase()
    {
        m_flow.reset();
        m_gateway.reset();
        m_cart.reset();
        m_session.reset();
        m_sandbox.reset();
    }

    void approvedCardPlacesOneOrderWithOnlyPspData()
    {
        toPayment();
        // 19 % German VAT, from the tax integration.
        const auto &taxed = *m_cart->cart()->taxedPrice;
        QVERIFY(!taxed.taxPortions.isEmpty());
        QCOMPARE(taxed.taxPortions.first().rate, core::Rate::fromPercent(19));
        enterCard(u"4242424242424242"_s);
        QSignalSpy placed(m_flow.get(), &checkout::CheckoutFlow::placed);
        m_flow->placeOrder();
        m_flow->placeOrder(); // a second click while in flight does nothing
        QVERIFY(placed.wait(20000));
        QCOMPARE(placed.count(), 1);
        QCOMPARE(m_flow->step(), Step::Placed);
        QVERIFY(m_flow->requestsSincePlace() <= 4);
        QVERIFY(m_flow->card()->number().isEmpty()); // wiped after the authorization
        QVERIFY(m_flow->card()->cvc().isEmpty());
        const core::Order order = *m_flow->order();
        QCOMPARE(order.paymentInfo.payments.size(), 1);

        auto *job = api::PaymentClient(m_session->transport(), api::ApiScope::me())
                        .byId(order.paymentInfo.payments.first().id);
        std::optional<api::Result<core::Payment>> payment;
        job->onFinished(this, [&payment](const auto &r) { payment = r; });
        QTRY_VERIFY_WITH_TIMEOUT(payment.has_value(), 10000);
        QVERIFY(payment->ok());
        const core::Payment &p = payment->value();
        QCOMPARE(p.paymentMethodInfo.paymentInterface, std::optional<QString>(u"commercedesk-gateway"_s));
        QCOMPARE(p.paymentMethodInfo.method, std::optional<QString>(u"CREDIT_CARD"_s));
        QCOMPARE(p.paymentMethodInfo.name->value(u"en"_s), u"Visa •••• 4242"_s);
        QCOMPARE(p.transactions.size(), 1);
        QVERIFY(p.transactions.first().interactionId.value_or(QString()).startsWith(u"psp_"_s));
        QVERIFY(p.hasSuccessfulAuthorization());
        QVERIFY(!m_cart->cart().has_value()); // the next purchase starts a new cart
    }

    void declinedCardGoesBackToPayment()
    {
        toPayment();
        enterCard(u"4000000000000002"_s);
        QSignalSpy declined(m_flow.get(), &checkout::CheckoutFlow::paymentDeclined);
        m_flow->placeOrder();
        QVERIFY(declined.wait(15000));
        QCOMPARE(declined.first().first().toString(), u"card_declined"_s);
        QCOMPARE(m_flow->step(), Step::Payment);
        QVERIFY(m_flow->card()->number().isEmpty());
        QVERIFY(m_cart->cart().has_value()); // nothing ordered, the cart is intact
        QVERIFY(m_cart->cart()->paymentInfo.payments.isEmpty());

        enterCard(u"5555555555554444"_s);
        QSignalSpy placed(m_flow.get(), &checkout::CheckoutFlow::placed);
        m_flow->placeOrder();
        QVERIFY(placed.wait(20000));
        QCOMPARE(m_flow->order()->paymentInfo.payments.size(), 1);
    }

    void purchaseOrderRulesStopAMalformedNumber()
    {
        toPayment();
        QSignalSpy invalid(m_flow.get(), &checkout::CheckoutFlow::purchaseOrderInvalid);
        m_flow->submitPurchaseOrder(u"P"_s, {});
        QCOMPARE(invalid.count(), 1);
        QCOMPARE(m_flow->step(), Step::Payment);
        m_flow->submitPurchaseOrder(u"PO-1234"_s, u"memo"_s);
        QTRY_COMPARE(m_flow->step(), Step::Review);
        QCOMPARE(m_flow->purchaseOrderNumber(), u"PO-1234"_s);
    }
};

QTEST_GUILESS_MAIN(TestCheckoutFlow)
#include "TestCheckoutFlow.moc"
