// SPDX-License-Identifier: MIT
#include "sandbox/commerce/TaxMath.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

TaxMath::Rounding TaxMath::rounding(const QString &mode)
{
    if (mode == u"HalfUp"_s)
        return Rounding::HalfUp;
    if (mode == u"HalfDown"_s)
        return Rounding::HalfDown;
    return Rounding::HalfEven;
}

qint64 TaxMath::divide(qint64 numerator, qint64 denominator, Rounding mode)
{
    const bool negative = numerator < 0;
    const qint64 n = negative ? -numerator : numerator;
    qint64 quotient = n / denominator;
    const qint64 remainder = n % denominator;
    const qint64 twice = remainder * 2;
    if (twice > denominator) {
        ++quotient;
    } else if (twice == denominator) {
        // Ties are away from zero for HalfUp, towards zero for HalfDown, to even otherwise.
        if (mode == Rounding::HalfUp || (mode == Rounding::HalfEven && quotient % 2 == 1))
            ++quotient;
    }
    return negative ? -quotient : quotient;
}

qint64 TaxMath::multiplyDivide(qint64 value, qint64 factor, qint64 denominator, Rounding mode)
{
    // value × factor / denominator without forming value × factor (which leaves 64 bits for large
    // amounts): value = q·d + r, so value·f/d = q·f + r·f/d, and r·f < d·f stays small.
    const bool negative = value < 0;
    const qint64 magnitude = negative ? -value : value;
    const qint64 spill = (magnitude % denominator) * factor;
    qint64 quotient = (magnitude / denominator) * factor + spill / denominator;
    const qint64 twice = (spill % denominator) * 2;
    if (twice > denominator) {
        ++quotient;
    } else if (twice == denominator) {
        // Ties as in divide(): away from zero for HalfUp, towards zero for HalfDown, to even otherwise.
        if (mode == Rounding::HalfUp || (mode == Rounding::HalfEven && quotient % 2 == 1))
            ++quotient;
    }
    return negative ? -quotient : quotient;
}

TaxMath::Amounts TaxMath::apply(qint64 total, qint64 ratePpm, bool includedInPrice, Rounding mode)
{
    constexpr qint64 Million = 1000000;
    ratePpm = std::clamp<qint64>(ratePpm, 0, Million);
    Amounts a;
    if (includedInPrice) {
        a.gross = total;
        a.net = multiplyDivide(total, Million, Million + ratePpm, mode);
        a.tax = a.gross - a.net;
    } else {
        a.net = total;
        a.tax = multiplyDivide(total, ratePpm, Million, mode);
        a.gross = a.net + a.tax;
    }
    return a;
}

} // namespace commercedesk::sandbox
