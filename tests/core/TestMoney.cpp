// SPDX-License-Identifier: MIT
#include "CoreTestPrinters.h"
#include "core/Currencies.h"
#include "core/Money.h"

#include <QLocale>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace commercedesk::core;

namespace {

constexpr qint64 Max = std::numeric_limits<qint64>::max();
constexpr qint64 Min = std::numeric_limits<qint64>::min();

Money eur(qint64 cents)
{
    return Money(cents, u"EUR"_s, 2);
}

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void addition_data();
    void addition();
    void subtraction_data();
    void subtraction();
    void multiplication_data();
    void multiplication();
    void negation();
    void currencyMismatch_data();
    void currencyMismatch();
    void halfEven_data();
    void halfEven();
    void roundingModes_data();
    void roundingModes();
    void applyRateOverflow();
    void rateParsing_data();
    void rateParsing();
    void decimalString_data();
    void decimalString();
    void parsing_data();
    void parsing();
    void formatting_data();
    void formatting();
    void fractionDigits_data();
    void fractionDigits();
    void unknownCurrency();
    void currencyTableIsSortedAndComplete();
};

void TestMoney::addition_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("small amounts") << qint64(1299) << qint64(1) << true << qint64(1300);
    QTest::newRow("negative result") << qint64(100) << qint64(-250) << true << qint64(-150);
    QTest::newRow("up to the maximum") << Max - 1 << qint64(1) << true << Max;
    QTest::newRow("past the maximum overflows") << Max << qint64(1) << false << qint64(0);
    QTest::newRow("below the minimum overflows") << Min << qint64(-1) << false << qint64(0);
    QTest::newRow("max plus min") << Max << Min << true << qint64(-1);
}

void TestMoney::addition()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);
    const MoneyResult<Money> sum = eur(a).plus(eur(b));
    QCOMPARE(sum.ok(), ok);
    if (ok)
        QCOMPARE(*sum, eur(expected));
    else
        QCOMPARE(sum.error(), MoneyError::Overflow);
}

void TestMoney::subtraction_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("simple") << qint64(1000) << qint64(1) << true << qint64(999);
    QTest::newRow("into negative") << qint64(0) << qint64(5) << true << qint64(-5);
    QTest::newRow("min minus one overflows") << Min << qint64(1) << false << qint64(0);
    QTest::newRow("zero minus min overflows") << qint64(0) << Min << false << qint64(0);
    QTest::newRow("max minus negative overflows") << Max << qint64(-1) << false << qint64(0);
}

void TestMoney::subtraction()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);
    const MoneyResult<Money> difference = eur(a).minus(eur(b));
    QCOMPARE(difference.ok(), ok);
    if (ok)
        QCOMPARE(difference->centAmount(), expected);
    else
        QCOMPARE(difference.error(), MoneyError::Overflow);
}

void TestMoney::multiplication_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("line total") << qint64(1299) << qint64(3) << true << qint64(3897);
    QTest::newRow("zero quantity") << qint64(1299) << qint64(0) << true << qint64(0);
    QTest::newRow("negative amount") << qint64(-250) << qint64(4) << true << qint64(-1000);
    QTest::newRow("max times one") << Max << qint64(1) << true << Max;
    QTest::newRow("max times two overflows") << Max << qint64(2) << false << qint64(0);
    QTest::newRow("half max plus one times two overflows")
        << (Max / 2 + 1) << qint64(2) << false << qint64(0);
    QTest::newRow("min times minus one overflows") << Min << qint64(-1) << false << qint64(0);
    QTest::newRow("large quantity overflows")
        << qint64(1'000'000) << qint64(10'000'000'000'000) << false << qint64(0);
}

void TestMoney::multiplication()
{
    QFETCH(qint64, amount);
    QFETCH(qint64, quantity);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);
    const MoneyResult<Money> product = eur(amount).times(quantity);
    QCOMPARE(product.ok(), ok);
    if (ok)
        QCOMPARE(product->centAmount(), expected);
    else
        QCOMPARE(product.error(), MoneyError::Overflow);
}

void TestMoney::negation()
{
    QCOMPARE(*eur(5).negated(), eur(-5));
    QCOMPARE(eur(Min).negated().error(), MoneyError::Overflow);
    QCOMPARE(*eur(Max).negated(), eur(-Max));
}

void TestMoney::currencyMismatch_data()
{
    QTest::addColumn<Money>("other");
    QTest::newRow("different code") << Money(100, u"USD"_s, 2);
    QTest::newRow("same code, different digits") << Money(100, u"EUR"_s, 0);
    QTest::newRow("invalid money") << Money();
}

void TestMoney::currencyMismatch()
{
    QFETCH(Money, other);
    QCOMPARE(eur(100).plus(other).error(), MoneyError::CurrencyMismatch);
    QCOMPARE(eur(100).minus(other).error(), MoneyError::CurrencyMismatch);
    QVERIFY(!eur(100).hasSameCurrency(other));
}

void TestMoney::halfEven_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("0.5 rounds to 0") << qint64(10) << u"0.05"_s << qint64(0);
    QTest::newRow("1.5 rounds to 2") << qint64(30) << u"0.05"_s << qint64(2);
    QTest::newRow("2.5 rounds to 2") << qint64(50) << u"0.05"_s << qint64(2);
    QTest::newRow("3.5 rounds to 4") << qint64(70) << u"0.05"_s << qint64(4);
    QTest::newRow("-0.5 rounds to 0") << qint64(-10) << u"0.05"_s << qint64(0);
    QTest::newRow("-1.5 rounds to -2") << qint64(-30) << u"0.05"_s << qint64(-2);
    QTest::newRow("-2.5 rounds to -2") << qint64(-50) << u"0.05"_s << qint64(-2);
    QTest::newRow("2.51 rounds up") << qint64(251) << u"0.01"_s << qint64(3);
    QTest::newRow("2.49 rounds down") << qint64(249) << u"0.01"_s << qint64(2);
    QTest::newRow("-2.51 rounds to -3") << qint64(-251) << u"0.01"_s << qint64(-3);
    QTest::newRow("19% of 12.99 = 2.4681") << qint64(1299) << u"0.19"_s << qint64(247);
    QTest::newRow("7.5% of 10.00 exact") << qint64(1000) << u"0.075"_s << qint64(75);
    QTest::newRow("7.5% of 0.10 = 0.75 cent") << qint64(10) << u"0.075"_s << qint64(1);
    QTest::newRow("20% of 0.05 = 1 cent exact") << qint64(5) << u"0.2"_s << qint64(1);
    QTest::newRow("rate 1 keeps the amount") << qint64(123456) << u"1"_s << qint64(123456);
    QTest::newRow("rate 0 gives zero") << qint64(123456) << u"0"_s << qint64(0);
    QTest::newRow("huge amount, no intermediate overflow") << Max << u"0.5"_s << qint64(4611686018427387904);
}

void TestMoney::halfEven()
{
    QFETCH(qint64, amount);
    QFETCH(QString, rate);
    QFETCH(qint64, expected);
    const std::optional<Rate> parsed = Rate::fromString(rate);
    QVERIFY(parsed);
    const MoneyResult<Money> result = eur(amount).applyRate(*parsed);
    QVERIFY(result.ok());
    QCOMPARE(result->centAmount(), expected);
    QCOMPARE(result->currencyCode(), u"EUR"_s);
}

void TestMoney::roundingModes_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<int>("mode");
    QTest::addColumn<qint64>("expected");
    // numerator / 10
    QTest::newRow("25 HalfEven") << qint64(25) << int(RoundingMode::HalfEven) << qint64(2);
    QTest::newRow("25 HalfUp") << qint64(25) << int(RoundingMode::HalfUp) << qint64(3);
    QTest::newRow("25 HalfDown") << qint64(25) << int(RoundingMode::HalfDown) << qint64(2);
    QTest::newRow("-25 HalfUp") << qint64(-25) << int(RoundingMode::HalfUp) << qint64(-3);
    QTest::newRow("-25 HalfDown") << qint64(-25) << int(RoundingMode::HalfDown) << qint64(-2);
    QTest::newRow("35 HalfDown") << qint64(35) << int(RoundingMode::HalfDown) << qint64(3);
    QTest::newRow("36 HalfDown") << qint64(36) << int(RoundingMode::HalfDown) << qint64(4);
}

void TestMoney::roundingModes()
{
    QFETCH(qint64, numerator);
    QFETCH(int, mode);
    QFETCH(qint64, expected);
    QCOMPARE(mulDivRounded(numerator, 1, 10, RoundingMode(mode)), std::optional<qint64>(expected));
    QCOMPARE(mulDivRounded(numerator, 1, 0, RoundingMode(mode)), std::nullopt);
}

void TestMoney::applyRateOverflow()
{
    QCOMPARE(eur(Max).applyRate(*Rate::fromString(u"1.5")).error(), MoneyError::Overflow);
    QCOMPARE(eur(Min).applyRate(*Rate::fromString(u"-1")).error(), MoneyError::Overflow);
}

void TestMoney::rateParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("ppb");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("0.19") << u"0.19"_s << true << qint64(190'000'000) << u"0.19"_s;
    QTest::newRow("0.075") << u"0.075"_s << true << qint64(75'000'000) << u"0.075"_s;
    QTest::newRow("one") << u"1"_s << true << qint64(1'000'000'000) << u"1"_s;
    QTest::newRow("nine decimals") << u"0.123456789"_s << true << qint64(123'456'789) << u"0.123456789"_s;
    QTest::newRow("trailing zeros beyond nine")
        << u"0.2000000000000"_s << true << qint64(200'000'000) << u"0.2"_s;
    QTest::newRow("negative") << u"-0.5"_s << true << qint64(-500'000'000) << u"-0.5"_s;
    QTest::newRow("ten decimals rejected") << u"0.1234567891"_s << false << qint64(0) << QString();
    QTest::newRow("exponent rejected") << u"19e-2"_s << false << qint64(0) << QString();
    QTest::newRow("empty rejected") << QString() << false << qint64(0) << QString();
    QTest::newRow("dot only rejected") << u"0."_s << false << qint64(0) << QString();
    QTest::newRow("leading dot rejected") << u".5"_s << false << qint64(0) << QString();
    QTest::newRow("comma rejected") << u"0,19"_s << false << qint64(0) << QString();
}

void TestMoney::rateParsing()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, ppb);
    QFETCH(QString, canonical);
    const std::optional<Rate> rate = Rate::fromString(text);
    QCOMPARE(rate.has_value(), ok);
    if (!ok)
        return;
    QCOMPARE(rate->partsPerBillion(), ppb);
    QCOMPARE(rate->toString(), canonical);
    QCOMPARE(Rate::fromDouble(rate->toDouble()), rate); // JSON number round trip
}

void TestMoney::decimalString_data()
{
    QTest::addColumn<Money>("money");
    QTest::addColumn<QString>("expected");
    QTest::newRow("EUR") << eur(1299) << u"12.99"_s;
    QTest::newRow("EUR cents only") << eur(5) << u"0.05"_s;
    QTest::newRow("EUR negative") << eur(-50) << u"-0.50"_s;
    QTest::newRow("JPY") << *Money::fromMinorUnits(1299, u"JPY") << u"1299"_s;
    QTest::newRow("KWD") << *Money::fromMinorUnits(1500, u"KWD") << u"1.500"_s;
    QTest::newRow("qint64 minimum") << eur(Min) << u"-92233720368547758.08"_s;
}

void TestMoney::decimalString()
{
    QFETCH(Money, money);
    QFETCH(QString, expected);
    QCOMPARE(money.toDecimalString(), expected);
}

void TestMoney::parsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<int>("error");
    const int none = -1;
    QTest::newRow("12.99 EUR") << u"12.99"_s << u"EUR"_s << true << qint64(1299) << none;
    QTest::newRow("-0.5 EUR") << u"-0.5"_s << u"EUR"_s << true << qint64(-50) << none;
    QTest::newRow("+3 EUR") << u"+3"_s << u"EUR"_s << true << qint64(300) << none;
    QTest::newRow("trailing zeros ok") << u"1.2300"_s << u"EUR"_s << true << qint64(123) << none;
    QTest::newRow("JPY integer") << u"1299"_s << u"JPY"_s << true << qint64(1299) << none;
    QTest::newRow("KWD three digits") << u"1.234"_s << u"KWD"_s << true << qint64(1234) << none;
    QTest::newRow("surrounding spaces") << u" 1.50 "_s << u"EUR"_s << true << qint64(150) << none;
    QTest::newRow("maximum") << u"92233720368547758.07"_s << u"EUR"_s << true << Max << none;
    QTest::newRow("minimum") << u"-92233720368547758.08"_s << u"EUR"_s << true << Min << none;
    QTest::newRow("too precise") << u"12.999"_s << u"EUR"_s << false << qint64(0)
                                 << int(MoneyError::InvalidAmount);
    QTest::newRow("JPY with decimals")
        << u"12.5"_s << u"JPY"_s << false << qint64(0) << int(MoneyError::InvalidAmount);
    QTest::newRow("comma separator") << u"12,99"_s << u"EUR"_s << false << qint64(0)
                                     << int(MoneyError::InvalidAmount);
    QTest::newRow("grouping") << u"1,299.00"_s << u"EUR"_s << false << qint64(0)
                              << int(MoneyError::InvalidAmount);
    QTest::newRow("empty") << QString() << u"EUR"_s << false << qint64(0) << int(MoneyError::InvalidAmount);
    QTest::newRow("sign only") << u"-"_s << u"EUR"_s << false << qint64(0) << int(MoneyError::InvalidAmount);
    QTest::newRow("trailing dot") << u"12."_s << u"EUR"_s << false << qint64(0)
                                  << int(MoneyError::InvalidAmount);
    QTest::newRow("letters") << u"12a"_s << u"EUR"_s << false << qint64(0) << int(MoneyError::InvalidAmount);
    QTest::newRow("one past maximum")
        << u"92233720368547758.08"_s << u"EUR"_s << false << qint64(0) << int(MoneyError::Overflow);
    QTest::newRow("far too large") << u"100000000000000000000"_s << u"EUR"_s << false << qint64(0)
                                   << int(MoneyError::Overflow);
    QTest::newRow("unknown currency")
        << u"1.00"_s << u"XYZ"_s << false << qint64(0) << int(MoneyError::UnknownCurrency);
    QTest::newRow("lower-case code is unknown")
        << u"1.00"_s << u"eur"_s << false << qint64(0) << int(MoneyError::UnknownCurrency);
}

void TestMoney::parsing()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(bool, ok);
    QFETCH(qint64, cents);
    QFETCH(int, error);
    const MoneyResult<Money> parsed = Money::fromDecimalString(text, currency);
    QCOMPARE(parsed.ok(), ok);
    if (ok) {
        QCOMPARE(parsed->centAmount(), cents);
        QCOMPARE(parsed->currencyCode(), currency);
        QCOMPARE(Money::fromDecimalString(parsed->toDecimalString(), currency), parsed);
    } else {
        QCOMPARE(parsed.error(), MoneyError(error));
    }
}

void TestMoney::formatting_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<Money>("money");
    QTest::addColumn<QString>("expected");
    const QChar nbsp(0x00A0);
    QTest::newRow("en_US USD") << u"en_US"_s << *Money::fromMinorUnits(129999, u"USD") << u"$1,299.99"_s;
    QTest::newRow("en_US EUR") << u"en_US"_s << eur(1299) << u"€12.99"_s;
    QTest::newRow("en_US negative EUR") << u"en_US"_s << eur(-50) << u"(€0.50)"_s;
    QTest::newRow("en_US USD beyond double precision")
        << u"en_US"_s << *Money::fromMinorUnits(Max, u"USD") << u"$92,233,720,368,547,758.07"_s;
    QTest::newRow("de_DE EUR") << u"de_DE"_s << eur(123456) << (u"1.234,56"_s + nbsp + u"€"_s);
    QTest::newRow("de_DE negative USD")
        << u"de_DE"_s << *Money::fromMinorUnits(-1234567, u"USD") << (u"-12.345,67"_s + nbsp + u"$"_s);
    QTest::newRow("ja_JP JPY") << u"ja_JP"_s << *Money::fromMinorUnits(1299, u"JPY") << u"￥1,299"_s;
    QTest::newRow("ja_JP EUR keeps two digits") << u"ja_JP"_s << eur(1299) << u"€12.99"_s;
    QTest::newRow("en_US KWD falls back to ISO code")
        << u"en_US"_s << *Money::fromMinorUnits(1234500, u"KWD") << (u"KWD"_s + nbsp + u"1,234.500"_s);
    QTest::newRow("de_DE currency unknown to the table")
        << u"de_DE"_s << Money(1050, u"XTS"_s, 2) << (u"10,50"_s + nbsp + u"XTS"_s);
}

void TestMoney::formatting()
{
    QFETCH(QString, locale);
    QFETCH(Money, money);
    QFETCH(QString, expected);
    QCOMPARE(money.format(QLocale(locale)), expected);
}

void TestMoney::fractionDigits_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("digits");
    const struct
    {
        const char16_t *code;
        int digits;
    } rows[] = {
        {u"EUR", 2}, {u"USD", 2}, {u"GBP", 2}, {u"JPY", 0}, {u"CHF", 2}, {u"SEK", 2}, {u"NOK", 2},
        {u"DKK", 2}, {u"PLN", 2}, {u"CZK", 2}, {u"HUF", 2}, {u"RON", 2}, {u"BGN", 2}, {u"ISK", 0},
        {u"CAD", 2}, {u"AUD", 2}, {u"NZD", 2}, {u"CNY", 2}, {u"HKD", 2}, {u"SGD", 2}, {u"KRW", 0},
        {u"INR", 2}, {u"BRL", 2}, {u"MXN", 2}, {u"ZAR", 2}, {u"TRY", 2}, {u"AED", 2}, {u"SAR", 2},
        {u"ILS", 2}, {u"THB", 2}, {u"KWD", 3}, {u"BHD", 3}, {u"JOD", 3}, {u"OMR", 3}, {u"TND", 3},
        {u"CLP", 0}, {u"VND", 0}, {u"IDR", 2},
    };
    for (const auto &row : rows)
        QTest::newRow(QString::fromUtf16(row.code).toLatin1().constData())
            << QString::fromUtf16(row.code) << row.digits;
}

void TestMoney::fractionDigits()
{
    QFETCH(QString, code);
    QFETCH(int, digits);
    QCOMPARE(Currencies::fractionDigits(code), std::optional<int>(digits));
    const std::optional<Money> zero = Money::zero(code);
    QVERIFY(zero);
    QCOMPARE(zero->fractionDigits(), digits);
    QVERIFY(zero->isZero());
}

void TestMoney::unknownCurrency()
{
    QVERIFY(!Currencies::isKnown(u"XYZ"));
    QVERIFY(!Currencies::isKnown(u""));
    QVERIFY(!Currencies::find(u"EURO"));
    QVERIFY(!Money::fromMinorUnits(100, u"XYZ"));
    QVERIFY(!Money().isValid());
}

void TestMoney::currencyTableIsSortedAndComplete()
{
    const QList<CurrencyInfo> all = Currencies::all();
    QVERIFY(all.size() >= 30);
    for (qsizetype i = 0; i < all.size(); ++i) {
        QCOMPARE(all.at(i).code.size(), 3);
        QVERIFY(all.at(i).fractionDigits >= 0 && all.at(i).fractionDigits <= 3);
        QCOMPARE(Currencies::find(all.at(i).code), std::optional<CurrencyInfo>(all.at(i)));
        if (i > 0)
            QVERIFY2(all.at(i - 1).code < all.at(i).code, qPrintable(all.at(i).code));
    }
}

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"
