// SPDX-License-Identifier: MIT
#include "CoreTestPrinters.h"
#include "core/TaxCalculation.h"
#include "core/TaxCategory.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk::core;

namespace {

Money eur(qint64 cents)
{
    return Money(cents, u"EUR"_s, 2);
}

TaxRate rate(const QString &amount, bool included)
{
    TaxRate r;
    r.name = u"VAT"_s;
    r.amount = *Rate::fromString(amount);
    r.includedInPrice = included;
    r.country = u"DE"_s;
    return r;
}

} // namespace

class TestTaxCalculation : public QObject
{
    Q_OBJECT

private slots:
    void taxedPrice_data();
    void taxedPrice();
    void roundingModeIsHonoured();
    void subRatesSumToTotalTax();
    void invalidInput();
    void sumOfTaxedPrices();
    void rateForAddress();
};

void TestTaxCalculation::taxedPrice_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<bool>("included");
    QTest::addColumn<qint64>("net");
    QTest::addColumn<qint64>("gross");
    QTest::addColumn<qint64>("tax");

    QTest::newRow("net 100.00 + 19%")
        << qint64(10000) << u"0.19"_s << false << qint64(10000) << qint64(11900) << qint64(1900);
    QTest::newRow("net 12.99 + 19% rounds 2.4681 up")
        << qint64(1299) << u"0.19"_s << false << qint64(1299) << qint64(1546) << qint64(247);
    QTest::newRow("net 0.10 + 5% ties to even 0")
        << qint64(10) << u"0.05"_s << false << qint64(10) << qint64(10) << qint64(0);
    QTest::newRow("net 0.30 + 5% ties to even 2")
        << qint64(30) << u"0.05"_s << false << qint64(30) << qint64(32) << qint64(2);
    QTest::newRow("net 10.00 + 7.5%")
        << qint64(1000) << u"0.075"_s << false << qint64(1000) << qint64(1075) << qint64(75);
    QTest::newRow("gross 119.00 incl. 19%")
        << qint64(11900) << u"0.19"_s << true << qint64(10000) << qint64(11900) << qint64(1900);
    QTest::newRow("gross 12.99 incl. 19%: net 10.9159 → 10.92")
        << qint64(1299) << u"0.19"_s << true << qint64(1092) << qint64(1299) << qint64(207);
    QTest::newRow("gross 1.05 incl. 5%: exact")
        << qint64(105) << u"0.05"_s << true << qint64(100) << qint64(105) << qint64(5);
    // 0.21 / 1.05 = 0.2 exactly; 0.63 / 1.05 = 0.6; tie case: 0.025 net needs gross 2.625 cents; use 20%:
    // gross 0.03 / 1.2 = 0.025 → HalfEven 0.02 (tax 0.01); gross 0.09 / 1.2 = 0.075 → 0.08 (tax 0.01).
    QTest::newRow("gross 0.03 incl. 20%: net tie to even 2")
        << qint64(3) << u"0.2"_s << true << qint64(2) << qint64(3) << qint64(1);
    QTest::newRow("gross 0.09 incl. 20%: net tie to even 8")
        << qint64(9) << u"0.2"_s << true << qint64(8) << qint64(9) << qint64(1);
    QTest::newRow("zero rate") << qint64(999) << u"0"_s << true << qint64(999) << qint64(999) << qint64(0);
    QTest::newRow("negative total (refund), net")
        << qint64(-1299) << u"0.19"_s << false << qint64(-1299) << qint64(-1546) << qint64(-247);
    QTest::newRow("negative total (refund), gross")
        << qint64(-1299) << u"0.19"_s << true << qint64(-1092) << qint64(-1299) << qint64(-207);
}

void TestTaxCalculation::taxedPrice()
{
    QFETCH(qint64, total);
    QFETCH(QString, rate);
    QFETCH(bool, included);
    QFETCH(qint64, net);
    QFETCH(qint64, gross);
    QFETCH(qint64, tax);
    const TaxRate taxRate = ::rate(rate, included);
    const MoneyResult<TaxedPrice> result = calculateTaxedPrice(eur(total), taxRate);
    QVERIFY(result.ok());
    QCOMPARE(result->totalNet, eur(net));
    QCOMPARE(result->totalGross, eur(gross));
    QCOMPARE(result->totalTax, std::optional<Money>(eur(tax)));
    QCOMPARE(result->taxPortions.size(), 1);
    QCOMPARE(result->taxPortions.first().amount, eur(tax));
    QCOMPARE(result->taxPortions.first().rate, taxRate.amount);
    QCOMPARE(result->taxPortions.first().name, std::optional<QString>(u"VAT"_s));
}

void TestTaxCalculation::roundingModeIsHonoured()
{
    const TaxRate fivePercent = rate(u"0.05"_s, false);
    QCOMPARE(calculateTaxedPrice(eur(10), fivePercent, RoundingMode::HalfEven)->totalTax, eur(0));
    QCOMPARE(calculateTaxedPrice(eur(10), fivePercent, RoundingMode::HalfUp)->totalTax, eur(1));
    QCOMPARE(calculateTaxedPrice(eur(30), fivePercent, RoundingMode::HalfDown)->totalTax, eur(1));
}

void TestTaxCalculation::subRatesSumToTotalTax()
{
    // Ontario HST 13% = 5% federal + 8% provincial (tax-category.example.json).
    TaxRate hst = rate(u"0.13"_s, false);
    hst.country = u"CA"_s;
    hst.state = u"ON"_s;
    hst.subRates = {SubRate{u"GST"_s, *Rate::fromString(u"0.05")},
                    SubRate{u"PST"_s, *Rate::fromString(u"0.08")}};
    const Money net(1001, u"CAD"_s, 2); // 10.01: 5% = 0.5005 → 0.50, 13% = 1.3013 → 1.30
    const MoneyResult<TaxedPrice> result = calculateTaxedPrice(net, hst);
    QVERIFY(result.ok());
    QCOMPARE(result->totalTax, std::optional<Money>(Money(130, u"CAD"_s, 2)));
    QCOMPARE(result->taxPortions.size(), 2);
    QCOMPARE(result->taxPortions.at(0).amount, Money(50, u"CAD"_s, 2));
    QCOMPARE(result->taxPortions.at(1).amount, Money(80, u"CAD"_s, 2));
    QCOMPARE(result->taxPortions.at(1).name, std::optional<QString>(u"PST"_s));
}

void TestTaxCalculation::invalidInput()
{
    QCOMPARE(calculateTaxedPrice(Money(), rate(u"0.19"_s, false)).error(), MoneyError::InvalidArgument);
    QCOMPARE(calculateTaxedPrice(eur(100), rate(u"1.5"_s, false)).error(), MoneyError::InvalidArgument);
    QCOMPARE(calculateTaxedPrice(eur(100), rate(u"-0.1"_s, false)).error(), MoneyError::InvalidArgument);
    QCOMPARE(calculateTaxedPrice(eur(std::numeric_limits<qint64>::max()), rate(u"0.19"_s, false)).error(),
             MoneyError::Overflow);
}

void TestTaxCalculation::sumOfTaxedPrices()
{
    const TaxedPrice a = *calculateTaxedPrice(eur(10000), rate(u"0.19"_s, false));
    const TaxedPrice b = *calculateTaxedPrice(eur(1000), rate(u"0.19"_s, false));
    TaxRate reduced = rate(u"0.07"_s, false);
    reduced.name = u"VAT reduced"_s;
    const TaxedPrice c = *calculateTaxedPrice(eur(1000), reduced);
    const MoneyResult<TaxedPrice> sum = sumTaxedPrices({a, b, c});
    QVERIFY(sum.ok());
    QCOMPARE(sum->totalNet, eur(12000));
    QCOMPARE(sum->totalGross, eur(14160));
    QCOMPARE(sum->totalTax, std::optional<Money>(eur(2160)));
    QCOMPARE(sum->taxPortions.size(), 2);
    QCOMPARE(sum->taxPortions.at(0).amount, eur(2090));
    QCOMPARE(sum->taxPortions.at(1).amount, eur(70));

    QCOMPARE(sumTaxedPrices({}).error(), MoneyError::InvalidArgument);
    const TaxedPrice usd = *calculateTaxedPrice(Money(100, u"USD"_s, 2), rate(u"0.19"_s, false));
    QCOMPARE(sumTaxedPrices({a, usd}).error(), MoneyError::CurrencyMismatch);
}

void TestTaxCalculation::rateForAddress()
{
    TaxCategory category;
    TaxRate de = rate(u"0.19"_s, true);
    TaxRate usNy = rate(u"0.08875"_s, false);
    usNy.country = u"US"_s;
    usNy.state = u"NY"_s;
    TaxRate us = rate(u"0.05"_s, false);
    us.country = u"US"_s;
    category.rates = {de, usNy, us};
    QCOMPARE(category.rateFor(u"DE"_s), std::optional<TaxRate>(de));
    QCOMPARE(category.rateFor(u"US"_s, u"NY"_s), std::optional<TaxRate>(usNy));
    QCOMPARE(category.rateFor(u"US"_s, u"CA"_s), std::optional<TaxRate>(us));
    QCOMPARE(category.rateFor(u"US"_s), std::optional<TaxRate>(us));
    QVERIFY(!category.rateFor(u"FR"_s));
}

QTEST_GUILESS_MAIN(TestTaxCalculation)
#include "TestTaxCalculation.moc"
