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
    // Tax of one line total: includedInPrice → the total is gross; otherwise it is net.
    static Amounts apply(qint64 total, qint64 ratePpm, bool includedInPrice, Rounding mode);
};

} // namespace commercedesk::sandbox
