// SPDX-License-Identifier: MIT
#include "core/Rate.h"

#include "core/ScaledDecimal.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace commercedesk::core {

namespace {

constexpr int ScaleDigits = 9;

} // namespace

std::optional<Rate> Rate::fromString(QStringView text)
{
    const MoneyResult<qint64> ppb = parseScaledDecimal(text, ScaleDigits);
    return ppb.ok() ? std::optional<Rate>(Rate(*ppb)) : std::nullopt;
}

std::optional<Rate> Rate::fromDouble(double value)
{
    if (!std::isfinite(value) || std::fabs(value) >= 9e9)
        return std::nullopt;
    return Rate(std::llround(value * double(Scale)));
}

QString Rate::toString() const
{
    const bool negative = m_ppb < 0;
    // |m_ppb| <= 2^63; compute on unsigned to survive the minimum.
    const quint64 magnitude = negative ? quint64(0) - quint64(m_ppb) : quint64(m_ppb);
    const quint64 integerPart = magnitude / quint64(Scale);
    quint64 fraction = magnitude % quint64(Scale);
    QString result = negative ? u"-"_s : QString();
    result += QString::number(integerPart);
    if (fraction != 0) {
        QString digits = QString::number(fraction).rightJustified(ScaleDigits, u'0');
        while (digits.endsWith(u'0'))
            digits.chop(1);
        result += u'.' + digits;
    }
    return result;
}

double Rate::toDouble() const
{
    // Both operands are exact doubles (< 2^53) and IEEE division rounds correctly, so e.g. 0.19
    // becomes the double nearest to 0.19.
    return double(m_ppb) / double(Scale);
}

std::optional<Rate> Rate::plus(Rate other) const
{
    qint64 sum = 0;
    if (__builtin_add_overflow(m_ppb, other.m_ppb, &sum))
        return std::nullopt;
    return Rate(sum);
}

} // namespace commercedesk::core
