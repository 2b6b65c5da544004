// SPDX-License-Identifier: MIT
// CatalogQuery: what the buyer chose (text, category, facet values, price bands, sort) → the search query.
#include "checkout/CatalogQuery.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using Sort = checkout::CatalogQuery::Sort;

class TestCatalogQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sortBecomesSortParameters_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("relevance with text: server relevance")
            << int(Sort::Relevance) << u"mug"_s << QStringList();
        QTest::newRow("relevance without text: alphabetical")
            << int(Sort::Relevance) << QString() << QStringList{u"name.de asc"_s, u"id asc"_s};
        QTest::newRow("name in the buyer's locale")
            << int(Sort::Name) << u"mug"_s << QStringList{u"name.de asc"_s, u"id asc"_s};
        QTest::newRow("price ascending")
            << int(Sort::PriceAscending) << QString() << QStringList{u"price asc"_s, u"id asc"_s};
        QTest::newRow("price descending")
            << int(Sort::PriceDescending) << u"mug"_s << QStringList{u"price desc"_s, u"id asc"_s};
        QTest::newRow("newest first")
            << int(Sort::Newest) << QString() << QStringList{u"createdAt desc"_s, u"id asc"_s};
    }

    void sortBecomesSortParameters()
    {
        QFETCH(int, sort);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        checkout::CatalogQuery query;
        query.sort = Sort(sort);
        query.text = text;
        checkout::BuyerContext context;
        context.locale = u"de"_s;
        QCOMPARE(query.toSearchQuery(context, 0, 50).sorts, expected);
    }

    void selectionsBecomeQueryFilters_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QStringList>("toggles"); // "attribute=value", toggled in order
        QTest::addColumn<QList<int>>("bands");    // indexes into priceBands(), toggled in order
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("nothing chosen") << QString() << QStringList() << QList<int>() << QStringList();
        QTest::newRow("category subtree")
            << u"c-1"_s << QStringList() << QList<int>() << QStringList{u"categories.id: subtree(\"c-1\")"_s};
        QTest::newRow("two values of one attribute: OR")
            << QString() << QStringList{u"color=navy"_s, u"color=red"_s} << QList<int>()
            << QStringList{u"variants.attributes.color.key:\"navy\",\"red\""_s};
        QTest::newRow("two attributes: AND")
            << QString() << QStringList{u"material=linen"_s, u"color=navy"_s} << QList<int>()
            << QStringList{u"variants.attributes.color.key:\"navy\""_s,
                           u"variants.attributes.material.key:\"linen\""_s};
        QTest::newRow("toggling twice removes")
            << QString() << QStringList{u"color=navy"_s, u"color=navy"_s} << QList<int>() << QStringList();
        QTest::newRow("quotes in values are escaped")
            << QString() << QStringList{u"size=10\" wide"_s} << QList<int>()
            << QStringList{u"variants.attributes.size:\"10\\\" wide\""_s};
        QTest::newRow("price bands: OR of ranges, open ends as *")
            << QString() << QStringList() << QList<int>{0, 5}
            << QStringList{u"variants.price.centAmount:range (* to 1000),(25000 to *)"_s};
        QTest::newRow("everything together")
            << u"c-2"_s << QStringList{u"line=nordic"_s} << QList<int>{2}
            << QStringList{u"categories.id: subtree(\"c-2\")"_s, u"variants.attributes.line.key:\"nordic\""_s,
                           u"variants.price.centAmount:range (2500 to 5000)"_s};
    }

    void selectionsBecomeQueryFilters()
    {
        QFETCH(QString, category);
        QFETCH(QStringList, toggles);
        QFETCH(QList<int>, bands);
        QFETCH(QStringList, expected);
        checkout::CatalogQuery query;
        query.categoryId = category;
        for (const QString &toggle : toggles)
            query.toggleAttributeValue(toggle.section(u'=', 0, 0), toggle.section(u'=', 1));
        for (int band : bands)
            query.togglePriceRange(checkout::CatalogQuery::priceBands().at(band));
        const api::ProductSearchQuery search = query.toSearchQuery({}, 0, 50);
        QCOMPARE(search.queryFilters, expected);
        QVERIFY(search.filters.isEmpty()); // post-facet filters would leave the counts stale
        QCOMPARE(query.hasSelections(), search.queryFilters.size() > (category.isEmpty() ? 0 : 1));
    }

    void facetsArePriceSelectedPagedAndNamed()
    {
        checkout::CatalogQuery query;
        query.text = u"drill"_s;
        checkout::BuyerContext context;
        context.country = u"US"_s;
        context.currency = u"USD"_s;
        const api::ProductSearchQuery search = query.toSearchQuery(context, 150, 50);
        QCOMPARE(search.offset, 150);
        QCOMPARE(search.limit, 50);
        QCOMPARE(search.text, u"drill"_s);
        QCOMPARE(search.priceCurrency, u"USD"_s);
        QCOMPARE(search.priceCountry, u"US"_s);
        // Enums facet by key (api.yaml / product projection search), the text attribute by value.
        QStringList expected{u"variants.attributes.line.key as line counting products"_s,
                             u"variants.attributes.color.key as color counting products"_s,
                             u"variants.attributes.material.key as material counting products"_s,
                             u"variants.attributes.size as size counting products"_s};
        expected
            << u"variants.price.centAmount:range (* to 1000),(1000 to 2500),(2500 to 5000),(5000 to 10000),"
               u"(10000 to 25000),(25000 to *) as price counting products"_s;
        QCOMPARE(search.facets, expected);
    }

    void clearSelectionsKeepsTextCategoryAndSort()
    {
        checkout::CatalogQuery query;
        query.text = u"mug"_s;
        query.categoryId = u"c-1"_s;
        query.sort = Sort::Newest;
        query.toggleAttributeValue(u"color"_s, u"navy"_s);
        query.togglePriceRange(checkout::CatalogQuery::priceBands().first());
        QVERIFY(query.hasSelections());
        query.clearSelections();
        QVERIFY(!query.hasSelections());
        QCOMPARE(query.text, u"mug"_s);
        QCOMPARE(query.categoryId, u"c-1"_s);
        QCOMPARE(query.sort, Sort::Newest);
    }
};

QTEST_GUILESS_MAIN(TestCatalogQuery)
#include "TestCatalogQuery.moc"
