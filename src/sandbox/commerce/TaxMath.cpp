// SPDX-License-Identifier: MIT
#include "sandbox/commerce/TaxMath.h"

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

TaxMath::Amounts TaxMath::apply(qint64 total, qint64 ratePpm, bool includedInPrice, Rounding mode)
{
    constexpr qint64 Million = 1000000;
    Amounts a;
    if (includedInPrice) {
        a.gross = total;
        a.net = divide(total * Million, Million + ratePpm, mode);
        a.tax = a.gross - a.net;
    } else {
        a.net = total;
        a.tax = divide(total * ratePpm, Million, mode);
        a.gross = a.net + a.tax;
    }
    return a;
}

} // namespace commercedesk::sandbox
