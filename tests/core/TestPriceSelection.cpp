// SPDX-License-Identifier: MIT
#include "CoreTestPrinters.h"
#include "core/PriceSelection.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk::core;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);

Price price(const QString &id, qint64 cents, const QString &currency = u"EUR"_s)
{
    Price p;
    p.id = id;
    p.value = Money(cents, currency, 2);
    return p;
}

Price scoped(const QString &id, const QString &country, const QString &group, const QString &channel)
{
    Price p = price(id, 1000);
    if (!country.isEmpty())
        p.country = country;
    if (!group.isEmpty())
        p.customerGroup = Reference{u"customer-group"_s, group};
    if (!channel.isEmpty())
        p.channel = Reference{u"channel"_s, channel};
    return p;
}

std::optional<QString> opt(const QString &value)
{
    return value.isEmpty() ? std::nullopt : std::optional<QString>(value);
}

// Every combination of scope so each fallback level is present.
QList<Price> allScopes()
{
    return {
        scoped(u"none"_s, {}, {}, {}),
        scoped(u"co"_s, u"DE"_s, {}, {}),
        scoped(u"ch"_s, {}, {}, u"store-1"_s),
        scoped(u"ch+co"_s, u"DE"_s, {}, u"store-1"_s),
        scoped(u"cg"_s, {}, u"b2b"_s, {}),
        scoped(u"cg+co"_s, u"DE"_s, u"b2b"_s, {}),
        scoped(u"cg+ch"_s, {}, u"b2b"_s, u"store-1"_s),
        scoped(u"cg+ch+co"_s, u"DE"_s, u"b2b"_s, u"store-1"_s),
    };
}

} // namespace

class TestPriceSelection : public QObject
{
    Q_OBJECT

private slots:
    void scopes_data();
    void scopes();
    void currencyIsAHardFilter();
    void validity_data();
    void validity();
    void tiers_data();
    void tiers();
    void unitPrice();
};

void TestPriceSelection::scopes_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QStringList>("removed"); // price ids taken out of the list before selecting
    QTest::addColumn<QString>("expected");

    QTest::newRow("all given: the fully scoped price")
        << u"DE"_s << u"b2b"_s << u"store-1"_s << QStringList() << u"cg+ch+co"_s;
    QTest::newRow("fallback 2: group+channel")
        << u"DE"_s << u"b2b"_s << u"store-1"_s << QStringList{u"cg+ch+co"_s} << u"cg+ch"_s;
    QTest::newRow("fallback 3: group+country")
        << u"DE"_s << u"b2b"_s << u"store-1"_s << QStringList{u"cg+ch+co"_s, u"cg+ch"_s} << u"cg+co"_s;
    QTest::newRow("fallback 4: group only") << u"DE"_s << u"b2b"_s << u"store-1"_s
                                            << QStringList{u"cg+ch+co"_s, u"cg+ch"_s, u"cg+co"_s} << u"cg"_s;
    QTest::newRow("fallback 5: channel+country")
        << u"DE"_s << u"b2b"_s << u"store-1"_s << QStringList{u"cg+ch+co"_s, u"cg+ch"_s, u"cg+co"_s, u"cg"_s}
        << u"ch+co"_s;
    QTest::newRow("fallback 6: channel only")
        << u"DE"_s << u"b2b"_s << u"store-1"_s
        << QStringList{u"cg+ch+co"_s, u"cg+ch"_s, u"cg+co"_s, u"cg"_s, u"ch+co"_s} << u"ch"_s;
    QTest::newRow("fallback 7: country only")
        << u"DE"_s << u"b2b"_s << u"store-1"_s
        << QStringList{u"cg+ch+co"_s, u"cg+ch"_s, u"cg+co"_s, u"cg"_s, u"ch+co"_s, u"ch"_s} << u"co"_s;
    QTest::newRow("fallback 8: currency only")
        << u"DE"_s << u"b2b"_s << u"store-1"_s
        << QStringList{u"cg+ch+co"_s, u"cg+ch"_s, u"cg+co"_s, u"cg"_s, u"ch+co"_s, u"ch"_s, u"co"_s}
        << u"none"_s;
    QTest::newRow("no group given: group prices never apply")
        << u"DE"_s << QString() << u"store-1"_s << QStringList() << u"ch+co"_s;
    QTest::newRow("only country given") << u"DE"_s << QString() << QString() << QStringList() << u"co"_s;
    QTest::newRow("other country: country prices never apply")
        << u"FR"_s << QString() << QString() << QStringList() << u"none"_s;
    QTest::newRow("other group: group prices never apply")
        << u"DE"_s << u"retail"_s << QString() << QStringList() << u"co"_s;
    QTest::newRow("other channel with group")
        << u"FR"_s << u"b2b"_s << u"store-2"_s << QStringList() << u"cg"_s;
    QTest::newRow("nothing matches") << u"FR"_s << QString() << QString() << QStringList{u"none"_s}
                                     << QString();
}

void TestPriceSelection::scopes()
{
    QFETCH(QString, country);
    QFETCH(QString, group);
    QFETCH(QString, channel);
    QFETCH(QStringList, removed);
    QFETCH(QString, expected);
    QList<Price> prices = allScopes();
    prices.removeIf([&](const Price &p) { return removed.contains(p.id); });
    const PriceSelectionCriteria criteria{u"EUR"_s, opt(country), opt(group), opt(channel), Now, 1};
    const std::optional<Price> selected = selectPrice(prices, criteria);
    QCOMPARE(selected.has_value(), !expected.isEmpty());
    if (selected)
        QCOMPARE(selected->id, expected);

    // The list order must not matter.
    std::reverse(prices.begin(), prices.end());
    const std::optional<Price> reversed = selectPrice(prices, criteria);
    QCOMPARE(reversed.has_value(), !expected.isEmpty());
    if (reversed)
        QCOMPARE(reversed->id, expected);
}

void TestPriceSelection::currencyIsAHardFilter()
{
    const QList<Price> prices{scoped(u"eur-de"_s, u"DE"_s, {}, {}), price(u"usd"_s, 1499, u"USD"_s)};
    const std::optional<Price> usd = selectPrice(prices, {u"USD"_s, u"DE"_s, {}, {}, Now, 1});
    QVERIFY(usd);
    QCOMPARE(usd->id, u"usd"_s);
    QVERIFY(!selectPrice(prices, {u"GBP"_s, u"DE"_s, {}, {}, Now, 1}));
    QVERIFY(!selectPrice({}, {u"EUR"_s, {}, {}, {}, Now, 1}));
}

void TestPriceSelection::validity_data()
{
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QString>("expected");
    // "sale" is valid in [Nov 20, Dec 1); "old" ended Nov 1; "future" starts Dec 24; "base" has no dates.
    QTest::newRow("inside the sale window: dated price wins") << Now << u"sale"_s;
    QTest::newRow("validFrom is inclusive")
        << QDateTime(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC) << u"sale"_s;
    QTest::newRow("validUntil is exclusive")
        << QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC) << u"base"_s;
    QTest::newRow("before everything dated")
        << QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC) << u"old"_s;
    QTest::newRow("after the sale, before the future price")
        << QDateTime(QDate(2026, 12, 10), QTime(0, 0), Qt::UTC) << u"base"_s;
    QTest::newRow("future price applies later")
        << QDateTime(QDate(2026, 12, 24), QTime(0, 0), Qt::UTC) << u"future"_s;
}

void TestPriceSelection::validity()
{
    QFETCH(QDateTime, at);
    QFETCH(QString, expected);
    Price base = price(u"base"_s, 1000);
    Price sale = price(u"sale"_s, 800);
    sale.validFrom = QDateTime(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC);
    sale.validUntil = QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    Price old = price(u"old"_s, 900);
    old.validUntil = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    Price future = price(u"future"_s, 1100);
    future.validFrom = QDateTime(QDate(2026, 12, 24), QTime(0, 0), Qt::UTC);
    // A scoped price outranks validity: a country price without dates beats a dated unscoped one.
    const QList<Price> prices{base, sale, old, future};
    const std::optional<Price> selected = selectPrice(prices, {u"EUR"_s, {}, {}, {}, at, 1});
    QVERIFY(selected);
    QCOMPARE(selected->id, expected);

    Price countryPrice = scoped(u"de"_s, u"DE"_s, {}, {});
    const std::optional<Price> withCountry =
        selectPrice(QList<Price>{base, sale, countryPrice}, {u"EUR"_s, u"DE"_s, {}, {}, at, 1});
    QVERIFY(withCountry);
    QCOMPARE(withCountry->id, u"de"_s);
}

void TestPriceSelection::tiers_data()
{
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<qint64>("expectedMinimum"); // 0 = no tier
    QTest::newRow("below the first tier") << qint64(1) << qint64(0);
    QTest::newRow("just below") << qint64(9) << qint64(0);
    QTest::newRow("exactly the first tier") << qint64(10) << qint64(10);
    QTest::newRow("between tiers") << qint64(49) << qint64(10);
    QTest::newRow("exactly the second tier") << qint64(50) << qint64(50);
    QTest::newRow("far above") << qint64(10'000) << qint64(100);
}

void TestPriceSelection::tiers()
{
    QFETCH(qint64, quantity);
    QFETCH(qint64, expectedMinimum);
    Price p = price(u"tiered"_s, 1000);
    // Deliberately unsorted.
    p.tiers = {PriceTier{50, Money(800, u"EUR"_s, 2)}, PriceTier{100, Money(700, u"EUR"_s, 2)},
               PriceTier{10, Money(900, u"EUR"_s, 2)}};
    const std::optional<PriceTier> tier = selectTier(p, quantity);
    QCOMPARE(tier.has_value(), expectedMinimum != 0);
    if (tier)
        QCOMPARE(tier->minimumQuantity, expectedMinimum);
    const Money expectedUnit = tier ? tier->value : p.value;
    QCOMPARE(unitPriceForQuantity(p, quantity), expectedUnit);
}

void TestPriceSelection::unitPrice()
{
    Price p = price(u"p"_s, 1000);
    QCOMPARE(unitPriceForQuantity(p, 3), Money(1000, u"EUR"_s, 2));
    p.discounted = DiscountedPrice{Money(850, u"EUR"_s, 2), Reference{u"product-discount"_s, u"d1"_s}};
    QCOMPARE(unitPriceForQuantity(p, 3), Money(850, u"EUR"_s, 2));
    QCOMPARE(p.effectiveValue(), Money(850, u"EUR"_s, 2));
}

QTEST_GUILESS_MAIN(TestPriceSelection)
#include "TestPriceSelection.moc"
