// SPDX-License-Identifier: MIT
#pragma once

#include "core/MoneyResult.h"
#include "core/Rate.h"
#include "core/Rounding.h"

#include <QString>
#include <QStringView>

#include <optional>

class QLocale;

namespace commercedesk::core {

// An exact amount of money: integer minor units (commercetools "centAmount") of one currency with
// that currency's fraction digits. Never floating point. Immutable value; all operations return new
// values and report failure (currency mismatch, overflow, unknown currency) as a MoneyError instead of
// asserting or wrapping.
//
// Two Money values have the "same currency" when both the code and the fraction digits are equal;
// anything else is a CurrencyMismatch (amounts in different scales are never mixed silently).
// A default-constructed Money is invalid (empty currency) and only useful as a placeholder.
class Money
{
public:
    Money() = default;
    // As decoded from the wire: no table lookup, so currencies missing from Currencies still work.
    // fractionDigits must be 0..18.
    Money(qint64 centAmount, QString currencyCode, int fractionDigits);

    // Fraction digits from the Currencies table; nullopt for an unknown currency.
    static std::optional<Money> fromMinorUnits(qint64 centAmount, QStringView currencyCode);
    // Zero of a known currency; nullopt for an unknown currency.
    static std::optional<Money> zero(QStringView currencyCode);

    // Parses a plain decimal ("12.99", "-0.5", "+3", "1299" — '.' separator, no grouping, no exponent)
    // into minor units. More fraction digits than the currency has are accepted only when they are zeros.
    // Errors: UnknownCurrency, InvalidAmount, Overflow.
    static MoneyResult<Money> fromDecimalString(QStringView text, QStringView currencyCode);
    static MoneyResult<Money> fromDecimalString(QStringView text, const QString &currencyCode,
                                                int fractionDigits);

    qint64 centAmount() const { return m_centAmount; }
    const QString &currencyCode() const { return m_currencyCode; }
    int fractionDigits() const { return m_fractionDigits; }

    bool isValid() const { return !m_currencyCode.isEmpty(); }
    bool isZero() const { return m_centAmount == 0; }
    bool isNegative() const { return m_centAmount < 0; }
    bool hasSameCurrency(const Money &other) const;

    MoneyResult<Money> plus(const Money &other) const;  // CurrencyMismatch, Overflow
    MoneyResult<Money> minus(const Money &other) const; // CurrencyMismatch, Overflow
    MoneyResult<Money> times(qint64 quantity) const;    // Overflow (any sign of quantity allowed)
    MoneyResult<Money> negated() const;                 // Overflow for the qint64 minimum
    // this * rate, rounded to minor units (HalfEven by default): 1000 × 0.075 = 75, 10 × 0.05 = 0 (0.5 → 0).
    MoneyResult<Money> applyRate(Rate rate, RoundingMode mode = RoundingMode::HalfEven) const;

    // "12.99", "-0.50", "1299" (JPY), "1.500" (KWD): always fractionDigits decimals, '.' separator.
    QString toDecimalString() const;
    // Locale-aware display through QLocale::toCurrencyString with this currency's digits:
    // en_US "$12.99", de_DE "12,99 €", ja_JP "￥1,299". The symbol is the locale's own when the locale
    // uses this currency, else the table symbol, else the ISO code separated by a no-break space (en_US "KWD
    // 1,234.500"). Exact for every qint64 amount (no double rounding).
    QString format(const QLocale &locale) const;

    friend bool operator==(const Money &, const Money &) = default;

private:
    qint64 m_centAmount = 0;
    QString m_currencyCode;
    int m_fractionDigits = 0;
};

} // namespace commercedesk::core
