// SPDX-License-Identifier: MIT
// checkout.OrchestratorClients: the api layer's resource clients in the orchestrator scopes
// (docs/orchestrator-api.yaml), with the buyer's OrchestratorTokenProvider, against a real in-process
// orchestrator on a real sandbox: a B2C card checkout (the orchestrator records the Payment with its
// Authorization transaction), idempotent order placement by order number, a B2B purchase-order checkout
// in the business unit's paths (with the duplicate-PO search and the history's query), the catalog and
// account reads the storefront makes, and a foreign business unit refused with a clear code.

#include "../orchestrator/OrchestratorHarness.h"
#include "api/BusinessUnitClient.h"
#include "api/CartClient.h"
#include "api/CatalogSearchClient.h"
#include "api/CustomerClient.h"
#include "api/OrderClient.h"
#include "api/OrderNumberGenerator.h"
#include "api/ProductProjectionClient.h"
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
        const auto methods = await(carts.shippingMethods(created.value().id));
        if (!methods.ok() || methods.value().results.isEmpty()) {
            qWarning().noquote() << "shipping methods:" << why(methods);
            return std::nullopt;
        }
        const QString method = methods.value().results.first().id;
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
        // The buyer reads the payment back only through its cart.
        const auto own = await(carts.payment(cart->id, paid.value().paymentInfo.payments.first().id));
        QVERIFY2(own.ok(), qPrintable(why(own)));
        QVERIFY(own.value().hasSuccessfulAuthorization());
        QCOMPARE(await(carts.payment(cart->id, u"not-on-this-cart"_s)).error().httpStatus, 404);

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
        // The duplicate-PO check finds it by the number alone (no predicate leaves the app).
        const auto same =
            await(api::OrderClient(m_transport.get(), scope).withPurchaseOrderNumber(u"PO-ORCH-CLIENT-1"_s));
        QVERIFY2(same.ok(), qPrintable(why(same)));
        QCOMPARE(same.value().results.size(), 1);
        QCOMPARE(same.value().results.first().id, placed.value().id);
        // The history's query: newest first, stable, paged, with the total.
        api::ResourceQuery history;
        history.sort(u"createdAt"_s, api::ResourceQuery::Direction::Descending)
            .sort(u"id"_s)
            .limit(20)
            .offset(0)
            .withTotal(true);
        const auto page = await(api::OrderClient(m_transport.get(), scope).query(history));
        QVERIFY2(page.ok(), qPrintable(why(page)));
        QCOMPARE(page.value().results.first().id, placed.value().id);
    }

    void catalogAndAccountReadsGoToTheOrchestrator()
    {
        QVERIFY(signIn(OrchestratorHarness::b2bBuyer()));
        // The catalog, as CatalogBrowser, QuickOrder and Reorder ask for it (staged=false included).
        api::ProductSearchQuery query;
        query.limit = 5;
        query.priceCurrency = u"EUR"_s;
        query.priceCountry = u"DE"_s;
        const auto products = await(api::ProductProjectionClient(m_transport.get()).search(query));
        QVERIFY2(products.ok(), qPrintable(why(products)));
        QVERIFY(!products.value().results.isEmpty());
        const auto one = await(
            api::ProductProjectionClient(m_transport.get()).byId(products.value().results.first().id, query));
        QVERIFY2(one.ok(), qPrintable(why(one)));
        api::CatalogSearchClient catalog(m_transport.get());
        const auto facets = await(catalog.search(query));
        QVERIFY2(facets.ok(), qPrintable(why(facets)));
        const auto categories = await(catalog.categories());
        QVERIFY2(categories.ok(), qPrintable(why(categories)));
        QVERIFY(!categories.value().isEmpty());
        // The account: the customer and the business units with the buyer's own role.
        const auto me = await(api::CustomerClient(m_transport.get()).me());
        QVERIFY2(me.ok(), qPrintable(why(me)));
        QCOMPARE(me.value().email, OrchestratorHarness::b2bBuyer().email);
        const auto units = await(api::BusinessUnitClient(m_transport.get()).myBusinessUnits());
        QVERIFY2(units.ok(), qPrintable(why(units)));
        bool company = false;
        for (const core::BusinessUnit &unit : units.value().results) {
            if (unit.key != u"acme-industrial"_s)
                continue;
            company = true;
            QCOMPARE(unit.associates.size(), 1);
            QCOMPARE(unit.associates.first().customer.id, me.value().id);
            QVERIFY(!unit.associates.first().roleKeys().isEmpty());
        }
        QVERIFY(company);
        // Sign-in is the session provider's: the commercetools customer endpoints are never called.
        QVERIFY(
            await(api::CustomerClient(m_transport.get()).signIn({u"a@b.example"_s, u"x"_s})).error().kind ==
            api::ApiError::Kind::Configuration);
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
