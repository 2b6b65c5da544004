// SPDX-License-Identifier: MIT
// Catalog search as the storefront uses it, against a real sandbox on loopback: anonymous session token,
// product-projections/search, price selection for the buyer's context, debounce and stale-answer suppression.
#include "api/ApiSession.h"
#include "api/ProductProjectionClient.h"
#include "api/Transport.h"
#include "checkout/CatalogBrowser.h"
#include "sandbox/Sandbox.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using Products = QList<core::ProductProjection>;

Q_DECLARE_METATYPE(Products)

class TestCatalogBrowser : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<api::ApiSession> m_session;
    std::unique_ptr<api::ProductProjectionClient> m_client;

    static QString sku(const core::ProductProjection &product)
    {
        return product.masterVariant.sku.value_or(QString());
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Products>();
        qRegisterMetaType<api::ApiError>();
        sandbox::SandboxConfig config;
        config.dataDir = m_data.path();
        m_sandbox = std::make_unique<sandbox::Sandbox>(config);
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        const sandbox::SandboxCredentials credentials = m_sandbox->credentials();
        const sandbox::SandboxClient *storefront = credentials.client(u"storefront");
        QVERIFY(storefront);
        api::ConnectionConfig connection;
        connection.authUrl = credentials.authUrl;
        connection.apiUrl = credentials.apiUrl;
        connection.projectKey = credentials.projectKey;
        connection.clientId = storefront->clientId;
        connection.clientSecret = storefront->clientSecret;
        connection.scopes = storefront->scopes;
        m_session =
            std::make_unique<api::ApiSession>(connection, api::OAuthTokenProvider::Grant::AnonymousSession);
        m_client = std::make_unique<api::ProductProjectionClient>(m_session->transport());
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_session.reset();
        m_sandbox.reset();
    }

    void firstPageHasSelectedPricesInTheBuyersCurrency_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("currency");
        QTest::newRow("DE EUR") << u"DE"_s << u"EUR"_s;
        QTest::newRow("US USD") << u"US"_s << u"USD"_s;
        QTest::newRow("GB GBP") << u"GB"_s << u"GBP"_s;
    }

    void firstPageHasSelectedPricesInTheBuyersCurrency()
    {
        QFETCH(QString, country);
        QFETCH(QString, currency);
        checkout::CatalogBrowser browser(m_client.get());
        QSignalSpy results(&browser, &checkout::CatalogBrowser::resultsReady);
        QSignalSpy failures(&browser, &checkout::CatalogBrowser::searchFailed);
        checkout::BuyerContext context;
        context.country = country;
        context.currency = currency;
        browser.setBuyerContext(context); // searches right away when the context changed
        if (!browser.isLoading())
            browser.refresh();
        QVERIFY(results.wait(10000));
        QCOMPARE(failures.count(), 0);
        const auto products = results.first().at(0).value<Products>();
        QCOMPARE(products.size(), checkout::CatalogBrowser::kPageSize);
        QVERIFY(results.first().at(1).toLongLong() >= 300);
        int priced = 0;
        for (const auto &product : products) {
            if (product.masterVariant.price) {
                QCOMPARE(product.masterVariant.price->value.currencyCode(), currency);
                ++priced;
            }
        }
        QVERIFY2(priced >= products.size() / 2, qPrintable(QString::number(priced)));
    }

    void debouncedTypingSendsOneSearchForTheLastText()
    {
        checkout::CatalogBrowser browser(m_client.get());
        QSignalSpy results(&browser, &checkout::CatalogBrowser::resultsReady);
        for (const QString &prefix : {u"d"_s, u"dr"_s, u"dri"_s, u"dril"_s, u"drill"_s})
            browser.setSearchText(prefix);
        QVERIFY(results.wait(10000));
        QTest::qWait(300);
        QCOMPARE(results.count(), 1);
        const auto products = results.first().at(0).value<Products>();
        QVERIFY(!products.isEmpty());
        for (const auto &product : products)
            QVERIFY2(product.name.text(u"en").contains(u"drill"_s, Qt::CaseInsensitive) ||
                         sku(product).contains(u"DRILL"_s, Qt::CaseInsensitive) ||
                         (product.description &&
                          product.description->text(u"en").contains(u"drill"_s, Qt::CaseInsensitive)),
                     qPrintable(product.name.text(u"en")));
    }

    void aNewerSearchCancelsTheOneInFlight()
    {
        checkout::CatalogBrowser browser(m_client.get());
        browser.setDebounceInterval(0);
        QSignalSpy results(&browser, &checkout::CatalogBrowser::resultsReady);
        QSignalSpy loading(&browser, &checkout::CatalogBrowser::loadingChanged);
        browser.setSearchText(u"glove"_s);
        browser.refresh();
        browser.setSearchText(u"zzqxv"_s);
        browser.refresh();
        QVERIFY(results.wait(10000));
        QTest::qWait(300);
        QCOMPARE(results.count(), 1);
        QCOMPARE(results.first().at(1).toLongLong(), 0);
        QCOMPARE(loading.count(), 2); // true once, false once
        QVERIFY(!browser.isLoading());
    }

    void backendDownGivesAnErrorValue()
    {
        api::ConnectionConfig dead = m_session->config();
        dead.authUrl = QUrl(u"http://127.0.0.1:9"_s); // discard port: nothing listens
        api::ApiSession session(dead, api::OAuthTokenProvider::Grant::AnonymousSession);
        session.transport()->setRetryPolicy({2, 10, 20});
        api::ProductProjectionClient client(session.transport());
        checkout::CatalogBrowser browser(&client);
        QSignalSpy failures(&browser, &checkout::CatalogBrowser::searchFailed);
        browser.refresh();
        QVERIFY(failures.wait(10000));
        const auto error = failures.first().at(0).value<api::ApiError>();
        QCOMPARE(int(error.kind), int(api::ApiError::Kind::Network));
    }
};

QTEST_GUILESS_MAIN(TestCatalogBrowser)
#include "TestCatalogBrowser.moc"
