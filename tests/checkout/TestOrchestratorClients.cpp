// SPDX-License-Identifier: MIT
// checkout.OrchestratorClients: the api layer's resource clients in the orchestrator scopes
// (docs/orchestrator-api.yaml), with the buyer's OrchestratorTokenProvider, against a real in-process
// orchestrator on a real sandbox: a B2C card checkout (the orchestrator records the Payment with its
// Authorization transaction), idempotent order placement by order number, a B2B purchase-order checkout
// in the business unit's paths, and a foreign business unit refused with a clear code.

#include "../orchestrator/OrchestratorHarness.h"
#include "api/CartClient.h"
#include "api/OrderClient.h"
#include "api/OrderNumberGenerator.h"
#include "api/Transport.h"
#include "api/actions/CartActions.h"
#include "checkout/OrchestratorTokenProvider.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using namespace commercedesk::testsupport;

namespace {

template<class T>
api::Result<T> await(api::Job<T> *job)
{
    QSignalSpy done(job, &api::ApiJob::finished);
    if (!job->isFinished())
        done.wait(30000);
    return job->result();
}

template<class T>
QString why(const api::Result<T> &result)
{
    return result.ok() ? QString() : result.error().diagnostic() + u' ' + result.error().message;
}

core::Address germanAddress()
{
    core::Address address;
    address.country = u"DE"_s;
    address.firstName = u"Ada"_s;
    address.lastName = u"Lovelace"_s;
    address.streetName = u"Hafenweg"_s;
    address.streetNumber = u"3"_s;
    address.postalCode = u"13599"_s;
    address.city = u"Berlin"_s;
    return address;
}

} // namespace

class TestOrchestratorClients : public QObject
{
    Q_OBJECT

private:
    /// Signs `login` in on a new provider and transport.
    bool signIn(const BuyerLogin &login)
    {
        const api::ConnectionConfig config = api::ConnectionConfig::forOrchestrator(m_orchestrator->url());
        m_transport.reset();
        m_tokens = std::make_unique<checkout::OrchestratorTokenProvider>(&m_network, config);
        m_transport = std::make_unique<api::Transport>(&m_network, config, m_tokens.get());
        std::optional<bool> ok;
        m_tokens->signIn(login.email, login.password, this,
                         [&ok](const api::Result<checkout::OrchestratorSession> &r) { ok = r.ok(); });
        return QTest::qWaitFor([&ok] { return ok.has_value(); }, 30000) && *ok;
    }

    /// A cart in `scope` with one line, a German shipping address and the first matching shipping method.
    std::optional<core::Cart> readyCart(const api::ApiScope &scope, qint64 quantity)
    {
        const QString sku =
            m_harness.someSku(m_orchestrator->url(), m_tokens->cachedToken()->value.toLatin1());
        api::CartDraft draft;
        draft.currency = u"EUR"_s;
        draft.country = u"DE"_s;
        draft.lineItems << api::LineItemDraft::bySku(sku, quantity);
        draft.shippingAddress = germanAddress();
        api::CartClient carts(m_transport.get(), scope);
        const auto created = await(carts.create(draft));
        if (!created.ok()) {
            qWarning().noquote() << "cart:" << why(created);
            return std::nullopt;
        }
        const HttpResult methods = m_harness.call(m_orchestrator->url(), "GET",
                                                  carts.cartPath(created.value().id) + u"/shipping-methods"_s,
                                                  {}, m_tokens->cachedToken()->value.toLatin1());
        const QString method =
            methods.json.value(u"results"_s).toArray().first().toObject().value(u"id"_s).toString();
        const auto shipped =
            await(carts.update(created.value().id, created.value().version,
                               {api::CartActions::setShippingMethod(
                                   core::ResourceIdentifier::byId(u"shipping-method"_s, method))}));
        if (!shipped.ok()) {
            qWarning().noquote() << "shipping:" << why(shipped);
            return std::nullopt;
        }
        return shipped.value();
    }

    OrchestratorHarness m_harness;
    std::unique_ptr<orchestrator::Orchestrator> m_orchestrator;
    QNetworkAccessManager m_network;
    std::unique_ptr<checkout::OrchestratorTokenProvider> m_tokens;
    std::unique_ptr<api::Transport> m_transport;

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_harness.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_orchestrator = m_harness.startOrchestrator();
        QVERIFY(m_orchestrator);
    }

    void b2cCardCheckout()
    {
        QVERIFY(signIn(OrchestratorHarness::shopper()));
        const api::ApiScope scope = api::ApiScope::orchestrator();
        const std::optional<core::Cart> cart = readyCart(scope, 2);
        QVERIFY(cart);
        api::CartClient carts(m_transport.get(), scope);
        const auto active = await(carts.activeCart());
        QVERIFY2(active.ok(), qPrintable(why(active)));
        QVERIFY(active.value().has_value());

        // A buyer may not write the payment itself; the orchestrator does, after asking the gateway.
        QVERIFY(await(api::CartClient(m_transport.get(), api::ApiScope::me())
                          .recordCardAuthorization(cart->id, u"x"_s))
                    .error()
                    .kind == api::ApiError::Kind::Configuration);
        const core::Money total = cart->totalPrice; // what the orchestrator checks the authorization against
        const QString authorization =
            m_harness.authorizeCard(cart->id, total.centAmount(), total.currencyCode());
        QVERIFY(!authorization.isEmpty());
        const auto paid = await(carts.recordCardAuthorization(cart->id, authorization));
        QVERIFY2(paid.ok(), qPrintable(why(paid)));
        QCOMPARE(paid.value().paymentInfo.payments.size(), 1);
        const QJsonObject payment = m_harness.payment(paid.value().paymentInfo.payments.first().id);
        const QJsonObject transaction = payment.value(u"transactions"_s).toArray().first().toObject();
        QCOMPARE(transaction.value(u"type"_s).toString(), u"Authorization"_s);
        QCOMPARE(transaction.value(u"state"_s).toString(), u"Success"_s);
        QVERIFY(!payment.value(u"custom"_s)
                     .toObject()
                     .value(u"fields"_s)
                     .toObject()
                     .value(u"authorizationCode"_s)
                     .toString()
                     .isEmpty());

        // Place order; the same request again (the app's retry after a lost answer) is the same order.
        api::OrderFromCartDraft draft;
        draft.cartId = paid.value().id;
        draft.cartVersion = paid.value().version;
        draft.orderNumber = api::OrderNumberGenerator().next();
        api::OrderClient orders(m_transport.get(), scope);
        const auto placed = await(orders.createFromCart(draft));
        QVERIFY2(placed.ok(), qPrintable(why(placed)));
        QCOMPARE(placed.value().orderNumber, std::optional<QString>(draft.orderNumber));
        const auto again = await(orders.createFromCart(draft));
        QVERIFY2(again.ok(), qPrintable(why(again)));
        QCOMPARE(again.value().id, placed.value().id);
        QCOMPARE(m_harness.ordersOfCart(cart->id).size(), 1);
        // Without an order number nothing is sent.
        draft.orderNumber.clear();
        QVERIFY(await(orders.createFromCart(draft)).error().kind == api::ApiError::Kind::Configuration);

        const auto none = await(carts.activeCart());
        QVERIFY2(none.ok(), qPrintable(why(none)));
        QVERIFY(!none.value().has_value() || none.value()->id != cart->id);
        const auto history = await(orders.byId(placed.value().id));
        QVERIFY2(history.ok(), qPrintable(why(history)));
    }

    void b2bPurchaseOrderCheckout()
    {
        QVERIFY(signIn(OrchestratorHarness::b2bBuyer()));
        const api::ApiScope scope = api::ApiScope::orchestratorBusinessUnit(u"acme-industrial"_s);
        const std::optional<core::Cart> cart = readyCart(scope, 5);
        QVERIFY(cart);
        QVERIFY(cart->businessUnit.has_value());
        api::OrderFromCartDraft draft;
        draft.cartId = cart->id;
        draft.cartVersion = cart->version;
        draft.orderNumber = api::OrderNumberGenerator().next();
        draft.purchaseOrderNumber = u"PO-ORCH-CLIENT-1"_s;
        const auto placed = await(api::OrderClient(m_transport.get(), scope).createFromCart(draft));
        QVERIFY2(placed.ok(), qPrintable(why(placed)));
        QCOMPARE(placed.value().purchaseOrderNumber, draft.purchaseOrderNumber);
        QVERIFY(placed.value().businessUnit.has_value());
    }

    void foreignBusinessUnitIsRefused()
    {
        QVERIFY(signIn(OrchestratorHarness::shopper())); // no associate of acme-industrial
        api::CartDraft draft;
        draft.currency = u"EUR"_s;
        const auto created = await(
            api::CartClient(m_transport.get(), api::ApiScope::orchestratorBusinessUnit(u"acme-industrial"_s))
                .create(draft));
        QVERIFY(!created.ok());
        QCOMPARE(created.error().httpStatus, 403);
        QCOMPARE(created.error().code, u"AssociateMissingPermission"_s);
    }
};

QTEST_GUILESS_MAIN(TestOrchestratorClients)
#include "TestOrchestratorClients.moc"
