// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QtGlobal>

namespace commercedesk::sandbox {

// Integer tax arithmetic in minor units (cents, yen, fils …) with rates in parts per million.
// Never floating point. Stateless.
class TaxMath
{
public:
    enum class Rounding { HalfEven, HalfUp, HalfDown };

    struct Amounts
    {
        qint64 net = 0;
        qint64 gross = 0;
        qint64 tax = 0;
    };

    // "HalfEven" | "HalfUp" | "HalfDown" (anything else → HalfEven).
    static Rounding rounding(const QString &mode);
    // numerator / denominator (denominator > 0) rounded to an integer with `mode`.
    static qint64 divide(qint64 numerator, qint64 denominator, Rounding mode);
    // value × factor / denominator rounded with `mode`, exact for |value| ≤ 2^62 and
    // factor, denominator ≤ 2·10^6 (no intermediate product beyond 64 bits).
    static qint64 multiplyDivide(qint64 value, qint64 factor, qint64 denominator, Rounding mode);
    // Tax of one line total: includedInPrice → the total is gross; otherwise it is net. ratePpm is
    // clamped to 0 … 10^6 (a rate of 0 … 100 %); exact for |total| ≤ MoneyLimits::MaxCentAmount.
    static Amounts apply(qint64 total, qint64 ratePpm, bool includedInPrice, Rounding mode);
};

} // namespace commercedesk::sandbox
