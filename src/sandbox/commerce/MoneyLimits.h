// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/commerce/CommerceErrors.h"

#include <QJsonValue>

#include <optional>

namespace commercedesk::sandbox {

// The bounds of quantities and amounts the sandbox accepts and computes with (docs/security.md):
//  - a line item quantity is 1 … MaxQuantity (2^31 − 1);
//  - every centAmount, given or computed (line totals, taxes, cart totals), is within ±MaxCentAmount
//    (2^53 − 1: exact as a JSON number, and far below the 64-bit range, so sums of a few values cannot
//    wrap before they are checked).
// Anything beyond → 400 InvalidInput naming the field; a total that would leave the range → 400
// MoneyOverflow (the platform's code for it). Never a wrapped or rounded value. Stateless.
class MoneyLimits
{
public:
    static constexpr qint64 MaxQuantity = 2147483647;
    static constexpr qint64 MaxCentAmount = 9007199254740991;

    // An integral JSON number within the range.
    static bool isQuantity(const QJsonValue &value);
    static bool isCentAmount(const QJsonValue &value);
    static bool inRange(qint64 cents) { return cents >= -MaxCentAmount && cents <= MaxCentAmount; }

    // a × b and a + b, or nullopt when the result leaves ±MaxCentAmount (or 64 bits on the way).
    static std::optional<qint64> multiply(qint64 a, qint64 b);
    static std::optional<qint64> add(qint64 a, qint64 b);

    // 400 InvalidInput for a quantity beyond the limits.
    static HttpResponse quantityError(const QString &field, const QJsonValue &value);
    // 400 MoneyOverflow: `what` would exceed the supported amount.
    static HttpResponse overflow(const QString &what);
};

} // namespace commercedesk::sandbox
