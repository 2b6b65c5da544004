// SPDX-License-Identifier: MIT
#include "core/ScaledDecimal.h"

#include <limits>

namespace commercedesk::core {

MoneyResult<qint64> parseScaledDecimal(QStringView text, int fractionDigits)
{
    text = text.trimmed();
    if (text.isEmpty())
        return MoneyError::InvalidAmount;
    qsizetype pos = 0;
    bool negative = false;
    if (text.front() == u'-' || text.front() == u'+') {
        negative = text.front() == u'-';
        ++pos;
    }
    // Accumulate negatively so that the qint64 minimum is reachable.
    qint64 value = 0;
    int integerDigits = 0;
    for (; pos < text.size() && text[pos].isDigit(); ++pos, ++integerDigits) {
        if (__builtin_mul_overflow(value, 10, &value) ||
            __builtin_sub_overflow(value, text[pos].digitValue(), &value))
            return MoneyError::Overflow;
    }
    if (integerDigits == 0)
        return MoneyError::InvalidAmount;
    int decimals = 0;
    if (pos < text.size()) {
        if (text[pos] != u'.' || pos + 1 == text.size())
            return MoneyError::InvalidAmount;
        for (++pos; pos < text.size(); ++pos) {
            if (!text[pos].isDigit())
                return MoneyError::InvalidAmount;
            const int digit = text[pos].digitValue();
            if (decimals >= fractionDigits) {
                if (digit != 0)
                    return MoneyError::InvalidAmount; // more precision than the currency has
                continue;
            }
            if (__builtin_mul_overflow(value, 10, &value) || __builtin_sub_overflow(value, digit, &value))
                return MoneyError::Overflow;
            ++decimals;
        }
    }
    for (; decimals < fractionDigits; ++decimals) {
        if (__builtin_mul_overflow(value, 10, &value))
            return MoneyError::Overflow;
    }
    if (negative)
        return value;
    if (value == std::numeric_limits<qint64>::min())
        return MoneyError::Overflow;
    return -value;
}

} // namespace commercedesk::core
