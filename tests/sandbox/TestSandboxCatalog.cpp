// SPDX-License-Identifier: MIT
// Product-projection search, price selection and catalog reads of a demo-seeded Sandbox.
#include "SandboxTestSupport.h"
#include "sandbox/Sandbox.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace commercedesk::sandbox;
using commercedesk::sandbox::test::HttpResult;
using commercedesk::sandbox::test::TestHttp;
using Query = QList<QPair<QString, QString>>;

namespace {

QList<QJsonObject> variantsOf(const QJsonObject &product)
{
    QList<QJsonObject> out{product.value(u"masterVariant"_s).toObject()};
    for (const QJsonValue &v : product.value(u"variants"_s).toArray())
        out.append(v.toObject());
    return out;
}

QString attribute(const QJsonObject &variant, const QString &name)
{
    for (const QJsonValue &a : variant.value(u"attributes"_s).toArray()) {
        if (a.toObject().value(u"name"_s).toString() != name)
            continue;
        const QJsonValue value = a.toObject().value(u"value"_s);
        // A (localized) enum's value is {key, label}: searches filter and facet on its key.
        return value.isObject() ? value.toObject().value(u"key"_s).toString() : value.toString();
    }
    return {};
}

} // namespace

class TestSandboxCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void textSearchFilters_data();
    void textSearchFilters();
    void filters_data();
    void filters();
    void categorySubtree();
    void sortHonoured_data();
    void sortHonoured();
    void pagingBounds_data();
    void pagingBounds();
    void pagesDoNotOverlap();
    void priceSelection_data();
    void priceSelection();
    void tiersCarriedInSelectedPrice();
    void termFacetCountsVariants();
    void byIdAndKey();
    void unknownIdAndKeyAre404_data();
    void unknownIdAndKeyAre404();
    void categoriesAndTaxCategories();
    void productTypesCarryEnumLabels();
    void imagesServedFromSandbox();
    void searchIsFast();

private:
    HttpResult search(const Query &query);
    QList<QJsonObject> results(const HttpResult &r) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<TestHttp> m_http;
    QByteArray m_token;
    QString m_base;
};

void TestSandboxCatalog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    SandboxConfig config;
    config.dataDir = m_dir.path();
    config.projectKey = u"catalog-test"_s;
    m_sandbox = std::make_unique<Sandbox>(config);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_http = std::make_unique<TestHttp>(m_sandbox->credentials().apiUrl);
    m_token = m_http->clientToken(m_sandbox->credentials(), u"admin"_s);
    QVERIFY(!m_token.isEmpty());
    m_base = u"/catalog-test"_s;
}

HttpResult TestSandboxCatalog::search(const Query &query)
{
    return m_http->get(m_base % u"/product-projections/search"_s, query, m_token);
}

QList<QJsonObject> TestSandboxCatalog::results(const HttpResult &r) const
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : r.json.value(u"results"_s).toArray())
        out.append(v.toObject());
    return out;
}

void TestSandboxCatalog::textSearchFilters_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>(
        "expectInName"); // every hit's name (or sku) contains this; empty = expect no hits
    QTest::newRow("english words") << u"en"_s << u"hex bolt"_s << u"hex bolt"_s;
    QTest::newRow("german name") << u"de"_s << u"Sechskantschraube"_s << u"sechskantschraube"_s;
    QTest::newRow("prefix of a word") << u"en"_s << u"hood"_s << u"hoodie"_s;
    QTest::newRow("sku") << u"en"_s << u"FST-HB-M8-A2-40"_s << u"FST-HB-M8-A2-40"_s;
    QTest::newRow("description only word") << u"en"_s << u"workshop"_s << u"workshop"_s;
    QTest::newRow("nothing matches") << u"en"_s << u"zeppelin"_s << QString();
    QTest::newRow("search syntax is literal") << u"en"_s << u"\"zeppelin* OR ("_s << QString();
}

void TestSandboxCatalog::textSearchFilters()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(QString, expectInName);
    const HttpResult all = search({{u"limit"_s, u"0"_s}});
    const HttpResult r = search({{u"text."_s % locale, text}, {u"limit"_s, u"500"_s}});
    QCOMPARE(r.status, 200);
    const qint64 total = r.json.value(u"total"_s).toInteger();
    if (expectInName.isEmpty()) {
        QCOMPARE(total, 0);
        return;
    }
    QVERIFY(total > 0);
    QVERIFY(total < all.json.value(u"total"_s).toInteger());
    for (const QJsonObject &p : results(r)) {
        QString haystack = p.value(u"name"_s).toObject().value(locale).toString() % u' ' %
                           p.value(u"description"_s).toObject().value(locale).toString();
        for (const QJsonObject &v : variantsOf(p))
            haystack += u' ' % v.value(u"sku"_s).toString();
        QVERIFY2(haystack.contains(expectInName, Qt::CaseInsensitive), qPrintable(haystack));
    }
}

void TestSandboxCatalog::filters_data()
{
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("check"); // sku:<x> | color:<a,b> | price:<from>-<to>
    QTest::newRow("sku") << u"filter"_s << u"variants.sku:\"FST-HN-M10-ZINC-P500\""_s
                         << u"sku:FST-HN-M10-ZINC-P500"_s;
    QTest::newRow("attribute values")
        << u"filter.query"_s << u"variants.attributes.color:\"navy\",\"red\""_s << u"color:navy,red"_s;
    // color is a localized enum: commercetools filters it by its values' keys (the ".key" path)
    QTest::newRow("enum keys") << u"filter.query"_s << u"variants.attributes.color.key:\"navy\",\"red\""_s
                               << u"color:navy,red"_s;
    QTest::newRow("price range") << u"filter"_s << u"variants.price.centAmount:range(0 to 700)"_s
                                 << u"price:0-700"_s;
    QTest::newRow("open price range")
        << u"filter.query"_s << u"variants.price.centAmount:range(10000 to *)"_s << u"price:10000-"_s;
}

void TestSandboxCatalog::filters()
{
    QFETCH(QString, parameter);
    QFETCH(QString, filter);
    QFETCH(QString, check);
    const HttpResult r = search({{parameter, filter}, {u"limit"_s, u"500"_s}});
    QCOMPARE(r.status, 200);
    const QList<QJsonObject> hits = results(r);
    QVERIFY(!hits.isEmpty());
    QCOMPARE(r.json.value(u"total"_s).toInteger(), hits.size());
    const QString kind = check.section(u':', 0, 0);
    const QString arg = check.section(u':', 1);
    for (const QJsonObject &p : hits) {
        bool matched = false;
        for (const QJsonObject &v : variantsOf(p)) {
            if (kind == u"sku"_s)
                matched = matched || v.value(u"sku"_s).toString() == arg;
            if (kind == u"color"_s)
                matched = matched || arg.split(u',').contains(attribute(v, u"color"_s));
            if (kind == u"price"_s) {
                const qint64 from = arg.section(u'-', 0, 0).toLongLong();
                const QString toText = arg.section(u'-', 1);
                for (const QJsonValue &price : v.value(u"prices"_s).toArray()) {
                    const qint64 cents =
                        price.toObject().value(u"value"_s).toObject().value(u"centAmount"_s).toInteger();
                    matched =
                        matched || (cents >= from && (toText.isEmpty() || cents <= toText.toLongLong()));
                }
            }
        }
        QVERIFY2(matched, qPrintable(p.value(u"key"_s).toString()));
    }
    if (kind == u"sku"_s)
        QCOMPARE(hits.size(), 1);
}

void TestSandboxCatalog::categorySubtree()
{
    const HttpResult cats = m_http->get(m_base % u"/categories"_s, {{u"limit"_s, u"500"_s}}, m_token);
    QCOMPARE(cats.status, 200);
    QString fastenersId, boltsId;
    QSet<QString> underFasteners;
    for (const QJsonValue &c : cats.json.value(u"results"_s).toArray()) {
        const QJsonObject o = c.toObject();
        if (o.value(u"key"_s).toString() == u"fasteners"_s)
            fastenersId = o.value(u"id"_s).toString();
        if (o.value(u"key"_s).toString() == u"fasteners-bolts-screws"_s)
            boltsId = o.value(u"id"_s).toString();
    }
    for (const QJsonValue &c : cats.json.value(u"results"_s).toArray()) {
        const QJsonObject o = c.toObject();
        for (const QJsonValue &a : o.value(u"ancestors"_s).toArray()) {
            if (a.toObject().value(u"id"_s).toString() == fastenersId)
                underFasteners.insert(o.value(u"id"_s).toString());
        }
    }
    QVERIFY(!fastenersId.isEmpty() && underFasteners.contains(boltsId));
    const HttpResult leaf =
        search({{u"filter"_s, u"categories.id:\""_s % boltsId % u'"'}, {u"limit"_s, u"500"_s}});
    const HttpResult tree = search(
        {{u"filter"_s, u"categories.id:subtree(\""_s % fastenersId % u"\")"_s}, {u"limit"_s, u"500"_s}});
    QCOMPARE(leaf.status, 200);
    QCOMPARE(tree.status, 200);
    QVERIFY(leaf.json.value(u"total"_s).toInteger() > 0);
    QVERIFY(tree.json.value(u"total"_s).toInteger() > leaf.json.value(u"total"_s).toInteger());
    for (const QJsonObject &p : results(tree)) {
        const QString cat = p.value(u"categories"_s).toArray().at(0).toObject().value(u"id"_s).toString();
        QVERIFY(underFasteners.contains(cat));
    }
    for (const QJsonObject &p : results(leaf))
        QCOMPARE(p.value(u"categories"_s).toArray().at(0).toObject().value(u"id"_s).toString(), boltsId);
}

void TestSandboxCatalog::sortHonoured_data()
{
    QTest::addColumn<QString>("sort");
    QTest::newRow("name.en asc") << u"name.en asc"_s;
    QTest::newRow("name.de desc") << u"name.de desc"_s;
    QTest::newRow("createdAt desc") << u"createdAt desc"_s;
    QTest::newRow("price asc in EUR") << u"price asc"_s;
    QTest::newRow("price desc in EUR") << u"price desc"_s;
}

void TestSandboxCatalog::sortHonoured()
{
    QFETCH(QString, sort);
    const HttpResult r = search({{u"sort"_s, sort}, {u"limit"_s, u"200"_s}, {u"priceCurrency"_s, u"EUR"_s}});
    QCOMPARE(r.status, 200);
    const QList<QJsonObject> hits = results(r);
    QCOMPARE(hits.size(), 200);
    const bool desc = sort.endsWith(u"desc"_s);
    for (qsizetype i = 1; i < hits.size(); ++i) {
        const QJsonObject &a = hits.at(i - 1), &b = hits.at(i);
        int cmp = 0;
        if (sort.startsWith(u"name."_s)) {
            const QString locale = sort.mid(5, 2);
            cmp = a.value(u"name"_s).toObject().value(locale).toString().compare(
                b.value(u"name"_s).toObject().value(locale).toString(), Qt::CaseInsensitive);
        } else if (sort.startsWith(u"createdAt"_s)) {
            cmp = a.value(u"createdAt"_s).toString().compare(b.value(u"createdAt"_s).toString());
        } else {
            auto extreme = [desc](const QJsonObject &p) {
                qint64 best = desc ? -1 : std::numeric_limits<qint64>::max();
                for (const QJsonObject &v : variantsOf(p)) {
                    for (const QJsonValue &price : v.value(u"prices"_s).toArray()) {
                        const QJsonObject po = price.toObject();
                        if (po.value(u"value"_s).toObject().value(u"currencyCode"_s).toString() != u"EUR"_s ||
                            po.contains(u"country"_s) || po.contains(u"customerGroup"_s) ||
                            po.contains(u"channel"_s))
                            continue;
                        const qint64 c = po.value(u"value"_s).toObject().value(u"centAmount"_s).toInteger();
                        best = desc ? std::max(best, c) : std::min(best, c);
                    }
                }
                return best;
            };
            cmp = extreme(a) < extreme(b) ? -1 : extreme(a) > extreme(b) ? 1 : 0;
        }
        QVERIFY2(desc ? cmp >= 0 : cmp <= 0,
                 qPrintable(a.value(u"key"_s).toString() % u" / "_s % b.value(u"key"_s).toString()));
    }
}

void TestSandboxCatalog::pagingBounds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("status");
    QTest::newRow("limit 501") << u"limit"_s << u"501"_s << 400;
    QTest::newRow("limit -1") << u"limit"_s << u"-1"_s << 400;
    QTest::newRow("limit not a number") << u"limit"_s << u"ten"_s << 400;
    QTest::newRow("offset 10001") << u"offset"_s << u"10001"_s << 400;
    QTest::newRow("limit 500") << u"limit"_s << u"500"_s << 200;
    QTest::newRow("limit 0") << u"limit"_s << u"0"_s << 200;
    QTest::newRow("offset 10000") << u"offset"_s << u"10000"_s << 200;
    QTest::newRow("staged not a boolean") << u"staged"_s << u"yes"_s << 400;
    QTest::newRow("unsupported filter path") << u"filter"_s << u"variants.weight:range(0 to 1)"_s << 400;
    QTest::newRow("malformed range") << u"filter"_s << u"variants.price.centAmount:range(0 to"_s << 400;
    QTest::newRow("unsupported sort") << u"sort"_s << u"weight asc"_s << 400;
    QTest::newRow("country without currency") << u"priceCountry"_s << u"DE"_s << 400;
}

void TestSandboxCatalog::pagingBounds()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(int, status);
    const HttpResult r = search({{name, value}});
    QCOMPARE(r.status, status);
    if (status == 400) {
        QCOMPARE(r.errorCode(), u"InvalidInput"_s);
        return;
    }
    QVERIFY(r.json.contains(u"total"_s));
    QCOMPARE(r.json.value(u"count"_s).toInt(), r.json.value(u"results"_s).toArray().size());
    if (name == u"limit"_s)
        QVERIFY(r.json.value(u"count"_s).toInt() <= value.toInt());
}

void TestSandboxCatalog::pagesDoNotOverlap()
{
    QSet<QString> seen;
    qint64 total = 0;
    for (int offset = 0; offset < 400; offset += 100) {
        const HttpResult r = search(
            {{u"sort"_s, u"name.en asc"_s}, {u"limit"_s, u"100"_s}, {u"offset"_s, QString::number(offset)}});
        QCOMPARE(r.json.value(u"offset"_s).toInt(), offset);
        total = r.json.value(u"total"_s).toInteger();
        for (const QJsonObject &p : results(r)) {
            QVERIFY(!seen.contains(p.value(u"id"_s).toString()));
            seen.insert(p.value(u"id"_s).toString());
        }
    }
    QVERIFY(total >= 300);
    QCOMPARE(seen.size(), std::min<qint64>(total, 400));
}

void TestSandboxCatalog::priceSelection_data()
{
    QTest::addColumn<QString>("productKey");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("groupKey");
    QTest::addColumn<QString>("channelKey");
    // Scope expected on the selected price ("-" = no price selected).
    QTest::addColumn<QString>("expectCountry");
    QTest::addColumn<bool>("expectGroup");
    QTest::addColumn<bool>("expectChannel");
    QTest::newRow("EUR, no country → base price") << u"tshirt-classic"_s << u"EUR"_s << QString() << QString()
                                                  << QString() << QString() << false << false;
    QTest::newRow("EUR in DE → DE price")
        << u"tshirt-classic"_s << u"EUR"_s << u"DE"_s << QString() << QString() << u"DE"_s << false << false;
    QTest::newRow("EUR in FR → FR price")
        << u"tshirt-classic"_s << u"EUR"_s << u"FR"_s << QString() << QString() << u"FR"_s << false << false;
    QTest::newRow("EUR in US → falls back to base") << u"tshirt-classic"_s << u"EUR"_s << u"US"_s << QString()
                                                    << QString() << QString() << false << false;
    QTest::newRow("USD in US") << u"tshirt-classic"_s << u"USD"_s << u"US"_s << QString() << QString()
                               << u"US"_s << false << false;
    QTest::newRow("GBP in GB") << u"tshirt-classic"_s << u"GBP"_s << u"GB"_s << QString() << QString()
                               << u"GB"_s << false << false;
    QTest::newRow("channel beats country") << u"tshirt-classic"_s << u"EUR"_s << u"DE"_s << QString()
                                           << u"store-berlin"_s << QString() << false << true;
    QTest::newRow("b2b group, no country") << u"hex-bolt-m8-zinc"_s << u"EUR"_s << QString() << u"b2b"_s
                                           << QString() << QString() << true << false;
    QTest::newRow("b2b group in DE → most specific")
        << u"hex-bolt-m8-zinc"_s << u"EUR"_s << u"DE"_s << u"b2b"_s << QString() << u"DE"_s << true << false;
    QTest::newRow("group beats country") << u"hex-bolt-m8-zinc"_s << u"EUR"_s << u"FR"_s << u"b2b"_s
                                         << QString() << QString() << true << false;
    QTest::newRow("unknown currency → no price")
        << u"tshirt-classic"_s << u"JPY"_s << QString() << QString() << QString() << u"-"_s << false << false;
}

void TestSandboxCatalog::priceSelection()
{
    QFETCH(QString, productKey);
    QFETCH(QString, currency);
    QFETCH(QString, country);
    QFETCH(QString, groupKey);
    QFETCH(QString, channelKey);
    QFETCH(QString, expectCountry);
    QFETCH(bool, expectGroup);
    QFETCH(bool, expectChannel);
    auto idOf = [this](const QString &resource, const QString &key) -> QString {
        if (key.isEmpty())
            return {};
        // customer groups and channels have no read endpoint yet; their ids appear on prices.
        const HttpResult p =
            m_http->get(m_base % u"/product-projections/key=hex-bolt-m8-zinc"_s, {}, m_token);
        const HttpResult r = m_http->get(m_base % u"/product-projections/key=tshirt-classic"_s, {}, m_token);
        for (const HttpResult *h : {&p, &r}) {
            for (const QJsonValue &price :
                 h->json.value(u"masterVariant"_s).toObject().value(u"prices"_s).toArray()) {
                const QJsonObject ref = price.toObject().value(resource).toObject();
                if (!ref.isEmpty())
                    return ref.value(u"id"_s).toString();
            }
        }
        return {};
    };
    Query query{{u"filter"_s, u"key:\""_s % productKey % u'"'}, {u"priceCurrency"_s, currency}};
    if (!country.isEmpty())
        query.append({u"priceCountry"_s, country});
    if (!groupKey.isEmpty())
        query.append({u"priceCustomerGroup"_s, idOf(u"customerGroup"_s, groupKey)});
    if (!channelKey.isEmpty())
        query.append({u"priceChannel"_s, idOf(u"channel"_s, channelKey)});
    const HttpResult r = search(query);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"total"_s).toInt(), 1);
    const QJsonObject variant = results(r).at(0).value(u"masterVariant"_s).toObject();
    if (expectCountry == u"-"_s) {
        QVERIFY(!variant.contains(u"price"_s));
        QVERIFY(!variant.contains(u"scopedPrice"_s));
        return;
    }
    const QJsonObject price = variant.value(u"price"_s).toObject();
    QCOMPARE(price.value(u"value"_s).toObject().value(u"currencyCode"_s).toString(), currency);
    QCOMPARE(price.value(u"country"_s).toString(), expectCountry);
    QCOMPARE(price.contains(u"customerGroup"_s), expectGroup);
    QCOMPARE(price.contains(u"channel"_s), expectChannel);
    bool listed = false;
    for (const QJsonValue &p : variant.value(u"prices"_s).toArray())
        listed = listed || p.toObject() == price;
    QVERIFY(listed);
    const QJsonObject scoped = variant.value(u"scopedPrice"_s).toObject();
    QCOMPARE(scoped.value(u"id"_s), price.value(u"id"_s));
    QCOMPARE(scoped.value(u"currentValue"_s), price.value(u"value"_s));
    QCOMPARE(variant.value(u"scopedPriceDiscounted"_s).toBool(), false);
    // Reading by key selects the same price (no scopedPrice outside search).
    Query byKey{{u"priceCurrency"_s, currency}};
    for (const auto &item : query) {
        if (item.first.startsWith(u"price"_s) && item.first != u"priceCurrency"_s)
            byKey.append(item);
    }
    const HttpResult one = m_http->get(m_base % u"/product-projections/key="_s % productKey, byKey, m_token);
    QCOMPARE(one.json.value(u"masterVariant"_s).toObject().value(u"price"_s).toObject(), price);
    QVERIFY(!one.json.value(u"masterVariant"_s).toObject().contains(u"scopedPrice"_s));
}

void TestSandboxCatalog::tiersCarriedInSelectedPrice()
{
    const HttpResult r = m_http->get(m_base % u"/product-projections/key=washer-m6-a2"_s,
                                     {{u"priceCurrency"_s, u"EUR"_s}, {u"priceCountry"_s, u"DE"_s}}, m_token);
    QCOMPARE(r.status, 200);
    const QJsonObject price = r.json.value(u"masterVariant"_s).toObject().value(u"price"_s).toObject();
    const QJsonArray tiers = price.value(u"tiers"_s).toArray();
    QCOMPARE(tiers.size(), 3);
    qint64 previous = price.value(u"value"_s).toObject().value(u"centAmount"_s).toInteger();
    QList<int> quantities;
    for (const QJsonValue &t : tiers) {
        quantities.append(t.toObject().value(u"minimumQuantity"_s).toInt());
        const qint64 cents = t.toObject().value(u"value"_s).toObject().value(u"centAmount"_s).toInteger();
        QVERIFY(cents < previous);
        previous = cents;
    }
    QCOMPARE(quantities, (QList<int>{10, 100, 1000}));
}

void TestSandboxCatalog::termFacetCountsVariants()
{
    const HttpResult r = search({{u"filter.query"_s, u"variants.attributes.diameter:\"M8\""_s},
                                 {u"facet"_s, u"variants.attributes.material counting products"_s},
                                 {u"limit"_s, u"500"_s}});
    QCOMPARE(r.status, 200);
    const QJsonObject facet = r.json.value(u"facets"_s)
                                  .toObject()
                                  .value(u"variants.attributes.material counting products"_s)
                                  .toObject();
    QCOMPARE(facet.value(u"type"_s).toString(), u"terms"_s);
    QHash<QString, int> expected, expectedProducts;
    for (const QJsonObject &p : results(r)) {
        QSet<QString> inProduct;
        for (const QJsonObject &v : variantsOf(p)) {
            ++expected[attribute(v, u"material"_s)];
            inProduct.insert(attribute(v, u"material"_s));
        }
        for (const QString &m : inProduct)
            ++expectedProducts[m];
    }
    const QJsonArray terms = facet.value(u"terms"_s).toArray();
    QCOMPARE(terms.size(), expected.size());
    for (const QJsonValue &t : terms) {
        const QString term = t.toObject().value(u"term"_s).toString();
        QCOMPARE(t.toObject().value(u"count"_s).toInt(), expected.value(term));
        QCOMPARE(t.toObject().value(u"productCount"_s).toInt(), expectedProducts.value(term));
    }
}

void TestSandboxCatalog::byIdAndKey()
{
    const HttpResult found = search({{u"text.en"_s, u"torque wrench"_s}, {u"limit"_s, u"1"_s}});
    const QJsonObject first = results(found).value(0);
    const QString id = first.value(u"id"_s).toString();
    const QString key = first.value(u"key"_s).toString();
    QVERIFY(!id.isEmpty() && !key.isEmpty());
    const HttpResult byId = m_http->get(m_base % u"/product-projections/"_s % id, {}, m_token);
    const HttpResult byKey = m_http->get(m_base % u"/product-projections/key="_s % key, {}, m_token);
    QCOMPARE(byId.status, 200);
    QCOMPARE(byKey.status, 200);
    QCOMPARE(byId.json.value(u"id"_s).toString(), id);
    QCOMPARE(byKey.json.value(u"id"_s).toString(), id);
    // Shape: as the real API (product-projection.example.json).
    for (const QString &field : {u"version"_s, u"productType"_s, u"name"_s, u"slug"_s, u"categories"_s,
                                 u"masterVariant"_s, u"variants"_s, u"published"_s, u"hasStagedChanges"_s,
                                 u"createdAt"_s, u"lastModifiedAt"_s, u"searchKeywords"_s, u"taxCategory"_s})
        QVERIFY2(byId.json.contains(field), qPrintable(field));
    QVERIFY(byId.json.value(u"createdAt"_s).toString().contains(u'.'));
    const QJsonObject money = byId.json.value(u"masterVariant"_s)
                                  .toObject()
                                  .value(u"prices"_s)
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(u"value"_s)
                                  .toObject();
    QCOMPARE(money.value(u"type"_s).toString(), u"centPrecision"_s);
    QCOMPARE(money.value(u"fractionDigits"_s).toInt(), 2);
    const HttpResult list = m_http->get(m_base % u"/product-projections"_s, {{u"limit"_s, u"5"_s}}, m_token);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json.value(u"count"_s).toInt(), 5);
}

void TestSandboxCatalog::unknownIdAndKeyAre404_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("unknown id") << u"/product-projections/00000000-0000-0000-0000-000000000000"_s;
    QTest::newRow("unknown key") << u"/product-projections/key=no-such-product"_s;
    QTest::newRow("unknown category") << u"/categories/key=no-such-category"_s;
}

void TestSandboxCatalog::unknownIdAndKeyAre404()
{
    QFETCH(QString, path);
    const HttpResult r = m_http->get(m_base % path, {}, m_token);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), u"ResourceNotFound"_s);
}

void TestSandboxCatalog::categoriesAndTaxCategories()
{
    const HttpResult cats =
        m_http->get(m_base % u"/categories"_s, {{u"sort"_s, u"createdAt asc"_s}}, m_token);
    QCOMPARE(cats.status, 200);
    QVERIFY(cats.json.value(u"total"_s).toInt() >= 20);
    const HttpResult tax = m_http->get(m_base % u"/tax-categories/key=standard"_s, {}, m_token);
    QCOMPARE(tax.status, 200);
    QStringList countries;
    for (const QJsonValue &rate : tax.json.value(u"rates"_s).toArray())
        countries.append(rate.toObject().value(u"country"_s).toString());
    for (const QString &c : {u"DE"_s, u"US"_s, u"GB"_s, u"FR"_s, u"NL"_s})
        QVERIFY(countries.contains(c));
    const HttpResult project = m_http->get(m_base, {}, m_token);
    QCOMPARE(project.status, 200);
    QCOMPARE(project.json.value(u"key"_s).toString(), u"catalog-test"_s);
    QVERIFY(project.json.value(u"currencies"_s).toArray().contains(u"GBP"_s));
}

// GET /product-types (api.yaml: view_product_types | view_products): the attribute definitions a
// storefront labels facet values by, with every value's localized label; a storefront token may not read
// them.
void TestSandboxCatalog::productTypesCarryEnumLabels()
{
    const HttpResult list = m_http->get(m_base % u"/product-types"_s, {{u"limit"_s, u"50"_s}}, m_token);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json.value(u"total"_s).toInt(), 6);
    const HttpResult apparel = m_http->get(m_base % u"/product-types/key=apparel"_s, {}, m_token);
    QCOMPARE(apparel.status, 200);
    QJsonObject colour;
    for (const QJsonValue &a : apparel.json.value(u"attributes"_s).toArray()) {
        if (a.toObject().value(u"name"_s).toString() == u"color"_s)
            colour = a.toObject();
    }
    QCOMPARE(colour.value(u"type"_s).toObject().value(u"name"_s).toString(), u"lenum"_s);
    const QJsonArray values = colour.value(u"type"_s).toObject().value(u"values"_s).toArray();
    QVERIFY(!values.isEmpty());
    for (const QJsonValue &v : values) {
        const QJsonObject label = v.toObject().value(u"label"_s).toObject();
        QVERIFY2(!v.toObject().value(u"key"_s).toString().isEmpty(), "a value without key");
        for (const QString &locale : {u"en"_s, u"de"_s, u"fr"_s})
            QVERIFY2(!label.value(locale).toString().isEmpty(), qPrintable(locale));
    }
    const HttpResult byId =
        m_http->get(m_base % u"/product-types/"_s % apparel.json.value(u"id"_s).toString(), {}, m_token);
    QCOMPARE(byId.json.value(u"key"_s).toString(), u"apparel"_s);
    // The storefront reads them for its facet labels; a client without view_product_types/view_products may
    // not.
    const QByteArray storefront = m_http->clientToken(m_sandbox->credentials(), u"storefront"_s);
    QCOMPARE(m_http->get(m_base % u"/product-types"_s, {}, storefront).status, 200);
    const QByteArray readOnly = m_http->clientToken(m_sandbox->credentials(), u"merchant-readonly"_s);
    QCOMPARE(m_http->get(m_base % u"/product-types"_s, {}, readOnly).status, 403);
    QCOMPARE(m_http->get(m_base % u"/product-types/key=nothing"_s, {}, m_token).status, 404);
}

void TestSandboxCatalog::imagesServedFromSandbox()
{
    const HttpResult r = search({{u"text.en"_s, u"mug"_s}, {u"limit"_s, u"1"_s}});
    const QString url = results(r)
                            .value(0)
                            .value(u"masterVariant"_s)
                            .toObject()
                            .value(u"images"_s)
                            .toArray()
                            .at(0)
                            .toObject()
                            .value(u"url"_s)
                            .toString();
    QVERIFY2(url.startsWith(m_sandbox->credentials().apiUrl.toString() % u"/images/"_s), qPrintable(url));
    const QUrl imageUrl(url);
    const HttpResult image = m_http->get(imageUrl.path());
    QCOMPARE(image.status, 200);
    QCOMPARE(image.header("Content-Type"), QByteArray("image/png"));
    QVERIFY(image.body.startsWith("\x89PNG\r\n\x1a\n"));
    QCOMPARE(m_http->get(u"/images/../../etc/passwd"_s).status, 404);
}

void TestSandboxCatalog::searchIsFast()
{
    // Regression guard, generous for a loaded Debug CI machine; bench/ measures 10k products.
    QElapsedTimer timer;
    timer.start();
    const HttpResult r = search({{u"text.en"_s, u"steel"_s},
                                 {u"filter"_s, u"variants.price.centAmount:range(0 to 5000)"_s},
                                 {u"facet"_s, u"variants.attributes.material"_s},
                                 {u"sort"_s, u"price asc"_s},
                                 {u"priceCurrency"_s, u"EUR"_s},
                                 {u"priceCountry"_s, u"DE"_s},
                                 {u"limit"_s, u"20"_s}});
    QCOMPARE(r.status, 200);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestSandboxCatalog)
#include "TestSandboxCatalog.moc"
