// SPDX-License-Identifier: MIT
#include "core/Money.h"

#include "core/Currencies.h"
#include "core/ScaledDecimal.h"

#include <QLocale>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace commercedesk::core {

namespace {

constexpr int MaxFractionDigits = 18;

qint64 powerOfTen(int exponent)
{
    qint64 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

// Magnitude of a qint64 without overflow for the minimum.
quint64 magnitudeOf(qint64 value)
{
    return value < 0 ? quint64(0) - quint64(value) : quint64(value);
}

// "KWD1,234.500" → "KWD 1,234.500" (no-break space), as CLDR does for ISO-code symbols.
void separateIsoCode(QString &formatted, const QString &code)
{
    const qsizetype at = formatted.indexOf(code);
    if (at < 0)
        return;
    const qsizetype after = at + code.size();
    if (after < formatted.size() && formatted.at(after).isDigit())
        formatted.insert(after, QChar(0x00A0));
    if (at > 0 && formatted.at(at - 1).isDigit())
        formatted.insert(at, QChar(0x00A0));
}

} // namespace

QString moneyErrorName(MoneyError error)
{
    switch (error) {
    case MoneyError::CurrencyMismatch:
        return u"CurrencyMismatch"_s;
    case MoneyError::Overflow:
        return u"Overflow"_s;
    case MoneyError::UnknownCurrency:
        return u"UnknownCurrency"_s;
    case MoneyError::InvalidAmount:
        return u"InvalidAmount"_s;
    case MoneyError::InvalidArgument:
        return u"InvalidArgument"_s;
    }
    return u"Unknown"_s;
}

Money::Money(qint64 centAmount, QString currencyCode, int fractionDigits)
    : m_centAmount(centAmount)
    , m_currencyCode(std::move(currencyCode))
    , m_fractionDigits(std::clamp(fractionDigits, 0, MaxFractionDigits))
{}

std::optional<Money> Money::fromMinorUnits(qint64 centAmount, QStringView currencyCode)
{
    const std::optional<int> digits = Currencies::fractionDigits(currencyCode);
    if (!digits)
        return std::nullopt;
    return Money(centAmount, currencyCode.toString(), *digits);
}

std::optional<Money> Money::zero(QStringView currencyCode)
{
    return fromMinorUnits(0, currencyCode);
}

MoneyResult<Money> Money::fromDecimalString(QStringView text, QStringView currencyCode)
{
    const std::optional<int> digits = Currencies::fractionDigits(currencyCode);
    if (!digits)
        return MoneyError::UnknownCurrency;
    return fromDecimalString(text, currencyCode.toString(), *digits);
}

MoneyResult<Money> Money::fromDecimalString(QStringView text, const QString &currencyCode, int fractionDigits)
{
    if (currencyCode.isEmpty())
        return MoneyError::UnknownCurrency;
    if (fractionDigits < 0 || fractionDigits > MaxFractionDigits)
        return MoneyError::InvalidArgument;
    const MoneyResult<qint64> minor = parseScaledDecimal(text, fractionDigits);
    if (!minor)
        return minor.error();
    return Money(*minor, currencyCode, fractionDigits);
}

bool Money::hasSameCurrency(const Money &other) const
{
    return m_currencyCode == other.m_currencyCode && m_fractionDigits == other.m_fractionDigits;
}

MoneyResult<Money> Money::plus(const Money &other) const
{
    if (!hasSameCurrency(other))
        return MoneyError::CurrencyMismatch;
    qint64 sum = 0;
    if (__builtin_add_overflow(m_centAmount, other.m_centAmount, &sum))
        return MoneyError::Overflow;
    return Money(sum, m_currencyCode, m_fractionDigits);
}

MoneyResult<Money> Money::minus(const Money &other) const
{
    if (!hasSameCurrency(other))
        return MoneyError::CurrencyMismatch;
    qint64 difference = 0;
    if (__builtin_sub_overflow(m_centAmount, other.m_centAmount, &difference))
        return MoneyError::Overflow;
    return Money(difference, m_currencyCode, m_fractionDigits);
}

MoneyResult<Money> Money::times(qint64 quantity) const
{
    qint64 product = 0;
    if (__builtin_mul_overflow(m_centAmount, quantity, &product))
        return MoneyError::Overflow;
    return Money(product, m_currencyCode, m_fractionDigits);
}

MoneyResult<Money> Money::negated() const
{
    qint64 negative = 0;
    if (__builtin_sub_overflow(qint64(0), m_centAmount, &negative))
        return MoneyError::Overflow;
    return Money(negative, m_currencyCode, m_fractionDigits);
}

MoneyResult<Money> Money::applyRate(Rate rate, RoundingMode mode) const
{
    const std::optional<qint64> result =
        mulDivRounded(m_centAmount, rate.partsPerBillion(), Rate::Scale, mode);
    if (!result)
        return MoneyError::Overflow;
    return Money(*result, m_currencyCode, m_fractionDigits);
}

QString Money::toDecimalString() const
{
    const quint64 magnitude = magnitudeOf(m_centAmount);
    const quint64 divisor = quint64(powerOfTen(m_fractionDigits));
    QString result = m_centAmount < 0 ? u"-"_s : QString();
    result += QString::number(magnitude / divisor);
    if (m_fractionDigits > 0)
        result += u'.' + QString::number(magnitude % divisor).rightJustified(m_fractionDigits, u'0');
    return result;
}

QString Money::format(const QLocale &locale) const
{
    QString symbol;
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == m_currencyCode)
        symbol = locale.currencySymbol(QLocale::CurrencySymbol);
    if (symbol.isEmpty()) {
        if (const std::optional<CurrencyInfo> info = Currencies::find(m_currencyCode))
            symbol = info->symbol;
    }
    const bool isoFallback = symbol.isEmpty();
    if (isoFallback)
        symbol = m_currencyCode;

    // The exact number in the locale's digits and separators, built from integers.
    const quint64 magnitude = magnitudeOf(m_centAmount);
    const quint64 divisor = quint64(powerOfTen(m_fractionDigits));
    QString number = locale.toString(qulonglong(magnitude / divisor));
    if (m_fractionDigits > 0) {
        QString fraction = locale.toString(qulonglong(magnitude % divisor));
        fraction.remove(locale.groupSeparator());
        const QString zero = locale.zeroDigit();
        while (fraction.size() < m_fractionDigits * zero.size())
            fraction.prepend(zero);
        number += locale.decimalPoint() + fraction;
    }

    // QLocale supplies the pattern (symbol position, spacing, sign): format ±1 and put our number in.
    const QString probe = locale.toCurrencyString(m_centAmount < 0 ? -1.0 : 1.0, symbol, m_fractionDigits);
    const QString probeNumber = locale.toString(1.0, 'f', m_fractionDigits);
    const qsizetype at = probe.indexOf(probeNumber);
    if (at < 0)
        return (m_centAmount < 0 ? u"-"_s : QString()) + number + u' ' + m_currencyCode;
    QString result = probe.left(at) + number + probe.mid(at + probeNumber.size());
    if (isoFallback)
        separateIsoCode(result, m_currencyCode);
    return result;
}

} // namespace commercedesk::core
