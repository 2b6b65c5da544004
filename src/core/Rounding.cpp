// SPDX-License-Identifier: MIT
#include "core/Rounding.h"

#include <limits>

namespace commercedesk::core {

namespace {

__extension__ using Int128 = __int128;

} // namespace

std::optional<qint64> mulDivRounded(qint64 numerator, qint64 factor, qint64 denominator, RoundingMode mode)
{
    if (denominator == 0)
        return std::nullopt;
    Int128 num = Int128(numerator) * Int128(factor);
    Int128 den = denominator;
    if (den < 0) {
        num = -num;
        den = -den;
    }
    const bool negative = num < 0;
    const Int128 magnitude = negative ? -num : num;
    Int128 quotient = magnitude / den;
    const Int128 remainder = magnitude % den;
    const Int128 twice = remainder * 2;
    if (twice > den) {
        ++quotient;
    } else if (twice == den) {
        switch (mode) {
        case RoundingMode::HalfEven:
            if (quotient % 2 != 0)
                ++quotient;
            break;
        case RoundingMode::HalfUp:
            ++quotient;
            break;
        case RoundingMode::HalfDown:
            break;
        }
    }
    const Int128 result = negative ? -quotient : quotient;
    if (result > Int128(std::numeric_limits<qint64>::max()) ||
        result < Int128(std::numeric_limits<qint64>::min()))
        return std::nullopt;
    return static_cast<qint64>(result);
}

} // namespace commercedesk::core
