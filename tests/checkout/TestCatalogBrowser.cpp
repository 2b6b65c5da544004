// SPDX-License-Identifier: MIT
// Catalog search as the storefront uses it, against a real sandbox on loopback: anonymous session token,
// product-projections/search, price selection for the buyer's context, debounce and stale-answer suppression;
// with the transport set: facets and their counts, facet selection, categories, sort and offset paging.
#include "api/ApiSession.h"
#include "api/ProductProjectionClient.h"
#include "api/Transport.h"
#include "checkout/CatalogBrowser.h"
#include "sandbox/Sandbox.h"
#include "support/SandboxConnection.h"
#include "support/TestNetwork.h"

#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <limits>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using Products = QList<core::ProductProjection>;
using Facets = QList<core::CatalogFacet>;
using Categories = QList<core::CatalogCategory>;

Q_DECLARE_METATYPE(Products)
Q_DECLARE_METATYPE(Facets)
Q_DECLARE_METATYPE(Categories)

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

    // What "price asc|desc" sorts by (as the sandbox documents it): the lowest (or highest) amount among the
    // prices whose scope fits the buyer's context (default context: EUR in DE, no group, no channel).
    static qint64 sortPrice(const core::ProductProjection &product, bool highest)
    {
        qint64 best = highest ? 0 : std::numeric_limits<qint64>::max();
        for (const core::ProductVariant &variant : product.allVariants()) {
            for (const core::Price &price : variant.prices) {
                if (price.value.currencyCode() != u"EUR"_s || (price.country && *price.country != u"DE"_s) ||
                    price.customerGroup || price.channel)
                    continue;
                const qint64 amount = price.value.centAmount();
                best = highest ? std::max(best, amount) : std::min(best, amount);
            }
        }
        return best;
    }
    static qint64 lowestPrice(const core::ProductProjection &product) { return sortPrice(product, false); }

    static const core::CatalogFacet *facet(const Facets &facets, const QString &name)
    {
        for (const core::CatalogFacet &f : facets) {
            if (f.name == name)
                return &f;
        }
        return nullptr;
    }

    std::unique_ptr<checkout::CatalogBrowser> facetedBrowser()
    {
        auto browser = std::make_unique<checkout::CatalogBrowser>(m_client.get());
        browser->setTransport(m_session->transport());
        browser->setDebounceInterval(0);
        return browser;
    }

    // Runs `change` and waits for the first page it causes; returns {products, total, facets}.
    static std::tuple<Products, qint64, Facets> firstPage(checkout::CatalogBrowser &browser,
                                                          const std::function<void()> &change)
    {
        QSignalSpy results(&browser, &checkout::CatalogBrowser::resultsReady);
        QSignalSpy facets(&browser, &checkout::CatalogBrowser::facetsReady);
        change();
        if (!results.wait(15000))
            return {};
        if (facets.isEmpty() && !facets.wait(15000)) // the counts come from a request of their own
            return {};
        return {results.first().at(0).value<Products>(), results.first().at(1).toLongLong(),
                facets.first().at(0).value<Facets>()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Products>();
        qRegisterMetaType<Facets>();
        qRegisterMetaType<Categories>();
        qRegisterMetaType<api::ApiError>();
        sandbox::SandboxConfig config;
        config.dataDir = m_data.path();
        m_sandbox = std::make_unique<sandbox::Sandbox>(config);
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        const sandbox::SandboxCredentials credentials = m_sandbox->credentials();
        const api::ConnectionConfig connection = testsupport::sandboxConnection(credentials, u"storefront");
        QVERIFY(!connection.clientId.isEmpty());
        m_session = std::make_unique<api::ApiSession>(testsupport::testNetwork(), connection,
                                                      api::OAuthTokenProvider::Grant::AnonymousSession);
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
        QCOMPARE(results.count(), 1);
        QVERIFY(!browser.isLoading()); // one search, answered; none waits or runs
        // Barrier: one more search for the same text. A second debounced search would answer before it.
        browser.refresh();
        QVERIFY(results.wait(10000));
        QCOMPARE(results.count(), 2);
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
        QCOMPARE(results.count(), 1);
        QCOMPARE(results.first().at(1).toLongLong(), 0);
        QCOMPARE(loading.count(), 2); // true once, false once
        QVERIFY(!browser.isLoading());
        // Barrier: the same search once more. The cancelled "glove" answer would arrive before it.
        browser.refresh();
        QVERIFY(results.wait(10000));
        QCOMPARE(results.count(), 2);
        QCOMPARE(results.last().at(1).toLongLong(), 0);
    }

    void facetsCountProductsAndASelectionFiltersResultsAndCounts_data()
    {
        QTest::addColumn<QString>("attribute");
        QTest::newRow("colour") << u"color"_s;
        QTest::newRow("material") << u"material"_s;
        QTest::newRow("collection line") << u"line"_s;
    }

    void facetsCountProductsAndASelectionFiltersResultsAndCounts()
    {
        QFETCH(QString, attribute);
        auto browser = facetedBrowser();
        const auto [all, allTotal, allFacets] = firstPage(*browser, [&] { browser->refresh(); });
        QVERIFY(allTotal >= 300);
        const core::CatalogFacet *values = facet(allFacets, attribute);
        QVERIFY2(values && values->buckets.size() >= 2, qPrintable(attribute));
        QCOMPARE(values->kind, core::CatalogFacet::Kind::Terms);
        const core::CatalogFacet::Bucket chosen = values->buckets.at(1);
        QVERIFY(chosen.count > 0 && chosen.count < allTotal);
        const core::CatalogFacet *price = facet(allFacets, checkout::CatalogQuery::priceFacetName());
        QVERIFY(price);
        QCOMPARE(price->kind, core::CatalogFacet::Kind::Range);
        QCOMPARE(price->buckets.size(), checkout::CatalogQuery::priceBands().size());

        const auto [picked, pickedTotal, pickedFacets] =
            firstPage(*browser, [&] { browser->toggleAttributeValue(attribute, chosen.term); });
        QCOMPARE(pickedTotal, chosen.count); // the count promised exactly the products the filter gives
        for (const core::ProductProjection &product : picked) {
            bool has = false;
            for (const core::ProductVariant &variant : product.allVariants()) {
                const core::Attribute *a = variant.attribute(attribute);
                // A localized enum's value is {key, label}; the facet's terms are its keys.
                const QString value = a && a->value.typeId() == QMetaType::QVariantMap
                                          ? a->value.toMap().value(u"key"_s).toString()
                                      : a ? a->value.toString()
                                          : QString();
                has = has || value == chosen.term;
            }
            QVERIFY2(has, qPrintable(product.name.text(u"en")));
        }
        // The counts follow the selection: the chosen value's own count is the new total, and the price
        // buckets now add up over the filtered products only.
        const core::CatalogFacet *after = facet(pickedFacets, attribute);
        QVERIFY(after);
        qint64 chosenAfter = -1;
        for (const auto &bucket : after->buckets) {
            if (bucket.term == chosen.term)
                chosenAfter = bucket.count;
        }
        QCOMPARE(chosenAfter, chosen.count);
        const auto sum = [](const core::CatalogFacet *f) {
            qint64 n = 0;
            for (const auto &bucket : f->buckets)
                n += bucket.count;
            return n;
        };
        QVERIFY(sum(facet(pickedFacets, checkout::CatalogQuery::priceFacetName())) < sum(price));

        const auto [cleared, clearedTotal, clearedFacets] =
            firstPage(*browser, [&] { browser->clearSelections(); });
        QCOMPARE(clearedTotal, allTotal);
    }

    void priceBandFiltersByPrice()
    {
        auto browser = facetedBrowser();
        const checkout::CatalogQuery::PriceRange band = checkout::CatalogQuery::priceBands().at(1); // 10–25
        const auto [products, total, facets] = firstPage(*browser, [&] { browser->togglePriceRange(band); });
        QVERIFY(total > 0);
        for (const core::ProductProjection &product : products) {
            bool inBand = false;
            for (const core::ProductVariant &variant : product.allVariants()) {
                for (const core::Price &price : variant.prices)
                    inBand = inBand ||
                             (price.value.centAmount() >= *band.from && price.value.centAmount() < *band.to);
            }
            QVERIFY2(inBand, qPrintable(product.name.text(u"en")));
        }
    }

    void sortOrdersTheResults_data()
    {
        QTest::addColumn<int>("sort");
        QTest::newRow("price ascending") << int(checkout::CatalogQuery::Sort::PriceAscending);
        QTest::newRow("price descending") << int(checkout::CatalogQuery::Sort::PriceDescending);
        QTest::newRow("name") << int(checkout::CatalogQuery::Sort::Name);
        QTest::newRow("newest") << int(checkout::CatalogQuery::Sort::Newest);
    }

    void sortOrdersTheResults()
    {
        QFETCH(int, sort);
        const auto order = checkout::CatalogQuery::Sort(sort);
        auto browser = facetedBrowser();
        const auto [products, total, facets] = firstPage(*browser, [&] { browser->setSort(order); });
        QCOMPARE(products.size(), checkout::CatalogBrowser::kPageSize);
        for (qsizetype i = 1; i < products.size(); ++i) {
            const core::ProductProjection &a = products.at(i - 1), &b = products.at(i);
            switch (order) {
            case checkout::CatalogQuery::Sort::PriceAscending:
                QVERIFY2(lowestPrice(a) <= lowestPrice(b), qPrintable(a.name.text(u"en")));
                break;
            case checkout::CatalogQuery::Sort::PriceDescending:
                QVERIFY2(sortPrice(a, true) >= sortPrice(b, true), qPrintable(a.name.text(u"en")));
                break;
            case checkout::CatalogQuery::Sort::Name:
                QVERIFY2(a.name.text(u"en").compare(b.name.text(u"en"), Qt::CaseInsensitive) <= 0,
                         qPrintable(a.name.text(u"en")));
                break;
            default:
                QVERIFY(a.createdAt >= b.createdAt);
            }
        }
    }

    void pagingDeliversEveryProductExactlyOnce()
    {
        auto browser = facetedBrowser();
        QSignalSpy more(browser.get(), &checkout::CatalogBrowser::moreResultsReady);
        const auto [first, total, facets] =
            firstPage(*browser, [&] { browser->setSort(checkout::CatalogQuery::Sort::PriceAscending); });
        QVERIFY(total > 3 * checkout::CatalogBrowser::kPageSize);
        QSet<QString> ids;
        qint64 previousPrice = 0;
        const auto take = [&](const Products &page) {
            for (const core::ProductProjection &product : page) {
                QVERIFY2(!ids.contains(product.id), qPrintable(product.id));
                ids.insert(product.id);
                QVERIFY(lowestPrice(product) >= previousPrice); // pages continue the order seamlessly
                previousPrice = lowestPrice(product);
            }
        };
        take(first);
        while (browser->canFetchMore()) {
            const qsizetype before = more.count();
            browser->fetchMore();
            browser->fetchMore(); // a second call while one is in flight sends nothing
            QVERIFY(more.wait(15000));
            QCOMPARE(more.count(), before + 1);
            take(more.last().at(0).value<Products>());
        }
        QCOMPARE(qint64(ids.size()), total);
        QCOMPARE(browser->deliveredCount(), int(total));
    }

    void aNewQueryCancelsTheNextPageInFlight()
    {
        auto browser = facetedBrowser();
        const auto [first, total, facets] = firstPage(*browser, [&] { browser->refresh(); });
        QVERIFY(browser->canFetchMore());
        QSignalSpy more(browser.get(), &checkout::CatalogBrowser::moreResultsReady);
        QSignalSpy results(browser.get(), &checkout::CatalogBrowser::resultsReady);
        browser->fetchMore();
        browser->setSort(checkout::CatalogQuery::Sort::Newest);
        QVERIFY(results.wait(15000));
        QCOMPARE(results.count(), 1);
        // Barrier: the new query once more. The cancelled next page would arrive before it.
        browser->refresh();
        QVERIFY(results.wait(15000));
        QCOMPARE(results.count(), 2);
        QCOMPARE(more.count(), 0);
        QCOMPARE(browser->deliveredCount(), checkout::CatalogBrowser::kPageSize);
    }

    void categoriesLoadAndFilterBySubtree()
    {
        auto browser = facetedBrowser();
        QSignalSpy categories(browser.get(), &checkout::CatalogBrowser::categoriesReady);
        browser->loadCategories();
        QVERIFY(categories.wait(15000));
        const auto list = categories.first().at(0).value<Categories>();
        QVERIFY(list.size() >= 10);
        const auto find = [&list](const QString &key) -> const core::CatalogCategory * {
            for (const auto &category : list) {
                if (category.key == key)
                    return &category;
            }
            return nullptr;
        };
        const core::CatalogCategory *apparel = find(u"apparel"_s);
        const core::CatalogCategory *tops = find(u"apparel-tops"_s);
        QVERIFY(apparel && tops);
        QCOMPARE(tops->parentId, apparel->id);
        QCOMPARE(apparel->name.text(u"de"), u"Bekleidung"_s);

        const auto [inApparel, apparelTotal, f1] =
            firstPage(*browser, [&] { browser->setCategory(apparel->id); });
        const auto [inTops, topsTotal, f2] = firstPage(*browser, [&] { browser->setCategory(tops->id); });
        QVERIFY(topsTotal > 0);
        QVERIFY2(apparelTotal > topsTotal, "the parent includes its subcategories");
        for (const auto &product : inTops) {
            QCOMPARE(product.categories.size(), 1);
            QCOMPARE(product.categories.first().id, tops->id);
        }
    }

    void backendDownGivesAnErrorValue()
    {
        api::ConnectionConfig dead = m_session->config();
        dead.authUrl = QUrl(u"http://127.0.0.1:9"_s); // discard port: nothing listens
        api::ApiSession session(testsupport::testNetwork(), dead,
                                api::OAuthTokenProvider::Grant::AnonymousSession);
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
