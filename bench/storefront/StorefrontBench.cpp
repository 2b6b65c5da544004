// SPDX-License-Identifier: MIT
// Storefront figures against the local sandbox (run by hand; see docs/benchmarks.md):
// - search as you type: time from setSearchText() (a keystroke, debounce included) to the updated result
// list,
//   over the demo catalog plus --products generated products;
// - checkout: requests issued from "Place order" to the confirmation, and wall time click → confirmation, for
//   the card path (gateway authorization → payment → addPayment → order).
// Usage: bench_storefront [--products 10000] [--runs 30]
#include "api/ApiSession.h"
#include "api/ProductProjectionClient.h"
#include "checkout/BuyerSession.h"
#include "checkout/CardForm.h"
#include "checkout/CartSession.h"
#include "checkout/CatalogBrowser.h"
#include "checkout/CheckoutFlow.h"
#include "checkout/PaymentGatewayClient.h"
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {u"products"_s, u"Generated products on top of the demo catalog."_s, u"n"_s, u"10000"_s});
    parser.addOption({u"runs"_s, u"Samples per figure."_s, u"n"_s, u"30"_s});
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
    const sandbox::SandboxClient *storefront = credentials->client(u"storefront");
    api::ConnectionConfig connection;
    connection.authUrl = credentials->authUrl;
    connection.apiUrl = credentials->apiUrl;
    connection.projectKey = credentials->projectKey;
    connection.clientId = storefront->clientId;
    connection.clientSecret = storefront->clientSecret;
    connection.scopes = storefront->scopes;
    QNetworkAccessManager network;
    api::ApiSession session(&network, connection, api::OAuthTokenProvider::Grant::AnonymousSession);

    report("search keystroke → list (ms)", searchLatencies(session.transport(), runs, false), "ms");
    report("search keystroke → list + facets (ms)", searchLatencies(session.transport(), runs, true), "ms");

    checkout::BuyerSession buyer;
    checkout::CartSession cart(session.transport(), &buyer);
    cart.setDebounceInterval(0);
    checkout::PaymentGatewayClient gateway(nullptr, credentials->gatewayUrl);
    checkout::CheckoutFlow flow(session.transport(), &cart, &buyer, &gateway);
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
    auto *job = api::ProductProjectionClient(session.transport()).search(first);
    job->onFinished(&app, [&sku](const auto &r) {
        if (r.ok() && !r.value().results.isEmpty())
            sku = r.value().results.first().masterVariant.sku.value_or(QString());
    });
    spin([&sku] { return !sku.isEmpty(); });
    for (int i = 0; i < runs && !credentials->gatewayUrl.isEmpty(); ++i) {
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
        flow.card()->setNumber(u"4242424242424242"_s);
        flow.card()->setExpiry(12, 2030);
        flow.card()->setCvc(u"123"_s);
        flow.card()->setHolder(u"Ada Lovelace"_s);
        flow.submitCard();
        QElapsedTimer timer;
        timer.start();
        flow.placeOrder();
        if (!spin([&flow] { return flow.step() == checkout::CheckoutFlow::Step::Placed; }))
            break;
        wall << timer.elapsed();
        requests << flow.requestsSincePlace();
    }
    report("card checkout: Place order → confirmation (ms)", wall, "ms");
    report("card checkout: requests from Place order", requests, "requests");
    host.stop();
    return 0;
}
