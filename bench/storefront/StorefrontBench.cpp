// SPDX-License-Identifier: MIT
// Storefront figures against the local sandbox (run by hand; see docs/benchmarks.md):
// - search as you type: time from setSearchText() (a keystroke, debounce included) to the updated result
// list,
//   over the demo catalog plus --products generated products;
// - checkout: requests issued from "Place order" to the confirmation, and wall time click → confirmation, for
//   the card path (direct: gateway authorization → payment → addPayment → order; orchestrated: gateway
//   authorization → order with the authorization id).
// --orchestrated runs the storefront classes as the app does by default: through an orchestrator in this
// process (the sandbox on its own thread), the buyer holding only an orchestrator session; it also runs the
// B2B purchase-order checkout.
// Usage: bench_storefront [--products 10000] [--runs 30] [--orchestrated]
#include "api/ApiSession.h"
#include "api/ProductProjectionClient.h"
#include "api/Transport.h"
#include "checkout/BuyerAccount.h"
#include "checkout/BuyerSession.h"
#include "checkout/CardForm.h"
#include "checkout/CartSession.h"
#include "checkout/CatalogBrowser.h"
#include "checkout/CheckoutFlow.h"
#include "checkout/OrchestratorTokenProvider.h"
#include "checkout/PaymentGatewayClient.h"
#include "orchestrator/Orchestrator.h"
#include "sandbox/SandboxHost.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace commercedesk;

namespace {

/// Runs the event loop until `done` is true or `limitMs` pass.
bool spin(const std::function<bool()> &done, qint64 limitMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < limitMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    return done();
}

void report(const char *what, QList<qint64> samples, const char *unit)
{
    if (samples.isEmpty()) {
        std::printf("%-44s no samples\n", what);
        return;
    }
    std::sort(samples.begin(), samples.end());
    const auto at = [&samples](double q) {
        return samples.at(qMin(samples.size() - 1, qsizetype(q * samples.size())));
    };
    std::printf("%-44s n=%-4lld p50=%-6lld p95=%-6lld max=%lld %s\n", what,
                static_cast<long long>(samples.size()), static_cast<long long>(at(0.5)),
                static_cast<long long>(at(0.95)), static_cast<long long>(samples.last()), unit);
}

QList<qint64> searchLatencies(api::Transport *transport, int runs, bool withFacets)
{
    api::ProductProjectionClient products(transport);
    checkout::CatalogBrowser browser(&products);
    if (withFacets) // what the storefront pane does: facet counts (4 attributes + price bands) with every
                    // search
        browser.setTransport(transport);
    qint64 total = -1;
    QObject::connect(&browser, &checkout::CatalogBrowser::resultsReady,
                     [&total](const auto &, qint64 t) { total = t; });
    browser.refresh();
    spin([&total] { return total >= 0; });
    std::printf("catalog: %lld products\n", static_cast<long long>(total));
    const QStringList words{u"steel"_s, u"cotton"_s, u"lamp"_s, u"shirt"_s, u"drill"_s, u"blue"_s, u"oak"_s};
    QList<qint64> samples;
    for (int i = 0; i < runs; ++i) {
        const QString word = words.at(i % words.size());
        bool arrived = false;
        auto connection = QObject::connect(&browser, &checkout::CatalogBrowser::resultsReady,
                                           [&arrived](const auto &, qint64) { arrived = true; });
        QElapsedTimer timer;
        timer.start();
        browser.setSearchText(word.left(2 + i % (word.size() - 1)) + QString(i % 2 ? u""_s : u" "_s));
        if (spin([&arrived] { return arrived; }))
            samples << timer.elapsed();
        QObject::disconnect(connection);
    }
    return samples;
}

/// The embedded orchestrator as the app starts it (BackendSwitch): on loopback, the sandbox's orchestrator
/// client, the sandbox's gateway.
std::unique_ptr<orchestrator::Orchestrator> startOrchestrator(const sandbox::SandboxCredentials &credentials,
                                                              const QString &dataDir)
{
    const sandbox::SandboxClient *trusted = credentials.client(u"orchestrator");
    orchestrator::OrchestratorConfig config;
    config.commerce.authUrl = credentials.authUrl;
    config.commerce.apiUrl = credentials.apiUrl;
    config.commerce.projectKey = credentials.projectKey;
    config.commerce.clientId = trusted->clientId;
    config.commerce.clientSecret = trusted->clientSecret;
    config.commerce.scopes = trusted->scopes;
    config.gatewayUrl = credentials.gatewayUrl;
    config.sessionKey = QByteArray(48, 'k');
    config.revocationDir = dataDir + u"/orchestrator-revocations"_s;
    auto service = std::make_unique<orchestrator::Orchestrator>(std::move(config));
    QString error;
    if (!service->start(&error)) {
        std::fprintf(stderr, "orchestrator: %s\n", qPrintable(error));
        return nullptr;
    }
    return service;
}

/// Drives `flow` from an address to the confirmation `runs` times, with `pay` choosing and submitting the
/// payment; click → confirmation wall times and requests since "Place order".
void checkoutRuns(checkout::CartSession &cart, checkout::CheckoutFlow &flow, const QString &sku,
                  const core::Address &address, int runs, const std::function<void(int)> &pay,
                  QList<qint64> *wall, QList<qint64> *requests)
{
    for (int i = 0; i < runs; ++i) {
        cart.addSku(sku, 1);
        if (!spin([&cart] { return cart.cart().has_value() && !cart.isBusy(); }))
            break;
        flow.start();
        flow.submitAddresses(address, std::nullopt);
        if (!spin([&flow] { return flow.step() == checkout::CheckoutFlow::Step::Shipping; }))
            break;
        flow.chooseShippingMethod(flow.shippingMethods().value(0).id);
        if (!spin([&flow] { return flow.step() == checkout::CheckoutFlow::Step::Payment; }))
            break;
        pay(i);
        if (!spin([&flow] { return flow.step() == checkout::CheckoutFlow::Step::Review && !flow.isBusy(); }))
            break;
        QElapsedTimer timer;
        timer.start();
        flow.placeOrder();
        if (!spin([&flow] { return flow.step() == checkout::CheckoutFlow::Step::Placed; }))
            break;
        *wall << timer.elapsed();
        *requests << flow.requestsSincePlace();
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {u"products"_s, u"Generated products on top of the demo catalog."_s, u"n"_s, u"10000"_s});
    parser.addOption({u"runs"_s, u"Samples per figure."_s, u"n"_s, u"30"_s});
    parser.addOption({u"orchestrated"_s, u"Through an in-process orchestrator, as the app by default."_s});
    parser.process(app);
    const int runs = parser.value(u"runs"_s).toInt();

    QTemporaryDir data;
    sandbox::SandboxConfig config;
    config.dataDir = data.path();
    config.extraProducts = parser.value(u"products"_s).toInt();
    sandbox::SandboxHost host;
    std::optional<sandbox::SandboxCredentials> credentials;
    QObject::connect(&host, &sandbox::SandboxHost::started,
                     [&credentials](const auto &c) { credentials = c; });
    QObject::connect(&host, &sandbox::SandboxHost::failed, [](const QString &m) {
        std::fprintf(stderr, "sandbox failed: %s\n", qPrintable(m));
        std::exit(1);
    });
    host.start(config);
    if (!spin([&credentials] { return credentials.has_value(); }, 600000)) {
        std::fprintf(stderr, "the sandbox did not start\n");
        return 1;
    }
    QNetworkAccessManager network;
    const bool orchestrated = parser.isSet(u"orchestrated"_s);
    std::unique_ptr<orchestrator::Orchestrator> service;
    std::unique_ptr<checkout::OrchestratorTokenProvider> sessions;
    std::unique_ptr<api::Transport> orchestratedTransport;
    std::unique_ptr<api::ApiSession> session;
    api::Transport *transport = nullptr;
    if (orchestrated) {
        service = startOrchestrator(*credentials, data.path());
        if (!service)
            return 1;
        const api::ConnectionConfig front = api::ConnectionConfig::forOrchestrator(service->url());
        sessions = std::make_unique<checkout::OrchestratorTokenProvider>(&network, front);
        orchestratedTransport = std::make_unique<api::Transport>(&network, front, sessions.get());
        transport = orchestratedTransport.get();
    } else {
        const sandbox::SandboxClient *storefront = credentials->client(u"storefront");
        api::ConnectionConfig connection;
        connection.authUrl = credentials->authUrl;
        connection.apiUrl = credentials->apiUrl;
        connection.projectKey = credentials->projectKey;
        connection.clientId = storefront->clientId;
        connection.clientSecret = storefront->clientSecret;
        connection.scopes = storefront->scopes;
        session = std::make_unique<api::ApiSession>(&network, connection,
                                                    api::OAuthTokenProvider::Grant::AnonymousSession);
        transport = session->transport();
    }

    report("search keystroke → list (ms)", searchLatencies(transport, runs, false), "ms");
    report("search keystroke → list + facets (ms)", searchLatencies(transport, runs, true), "ms");

    checkout::BuyerSession buyer;
    buyer.setOrchestrated(orchestrated);
    checkout::CartSession cart(transport, &buyer);
    cart.setDebounceInterval(0);
    checkout::PaymentGatewayClient gateway(nullptr, credentials->gatewayUrl);
    checkout::CheckoutFlow flow(transport, &cart, &buyer, &gateway);
    core::Address address;
    address.country = u"DE"_s;
    address.firstName = u"Ada"_s;
    address.lastName = u"Lovelace"_s;
    address.streetName = u"Unter den Linden"_s;
    address.streetNumber = u"1"_s;
    address.postalCode = u"10117"_s;
    address.city = u"Berlin"_s;
    address.email = u"ada@example.com"_s; // a guest's order needs it
    QList<qint64> wall;
    QList<qint64> requests;
    api::ProductSearchQuery first;
    first.limit = 1;
    QString sku;
    auto *job = api::ProductProjectionClient(transport).search(first);
    job->onFinished(&app, [&sku](const auto &r) {
        if (r.ok() && !r.value().results.isEmpty())
            sku = r.value().results.first().masterVariant.sku.value_or(QString());
    });
    spin([&sku] { return !sku.isEmpty(); });
    if (!credentials->gatewayUrl.isEmpty()) {
        checkoutRuns(
            cart, flow, sku, address, runs,
            [&flow](int) {
                flow.card()->setNumber(u"4242424242424242"_s);
                flow.card()->setExpiry(12, 2030);
                flow.card()->setCvc(u"123"_s);
                flow.card()->setHolder(u"Ada Lovelace"_s);
                flow.submitCard();
            },
            &wall, &requests);
    }
    report("card checkout: Place order → confirmation (ms)", wall, "ms");
    report("card checkout: requests from Place order", requests, "requests");
    if (orchestrated) { // a B2B associate pays by purchase order
        checkout::BuyerAccount account(transport, sessions.get(), &buyer, &cart);
        buyer.setMode(checkout::BuyerSession::Mode::B2B);
        account.signIn(u"buyer@acme-industrial.example"_s, u"Buyer-Demo-2026"_s);
        if (!spin([&buyer] { return buyer.actsForBusinessUnit(); })) {
            std::fprintf(stderr, "the B2B buyer did not sign in\n");
            return 1;
        }
        spin([&cart] { return !cart.isBusy(); });
        QList<qint64> poWall;
        QList<qint64> poRequests;
        checkoutRuns(
            cart, flow, sku, address, runs,
            [&flow](int i) {
                flow.choosePaymentMethod(checkout::CheckoutFlow::PaymentMethod::PurchaseOrder);
                flow.submitPurchaseOrder(u"PO-BENCH-%1"_s.arg(i, 4, 10, QLatin1Char('0')), {});
            },
            &poWall, &poRequests);
        report("B2B PO checkout: Place order → confirmation (ms)", poWall, "ms");
        report("B2B PO checkout: requests from Place order", poRequests, "requests");
    }
    host.stop();
    return 0;
}
