// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace commercedesk::sandbox {

// Card-number rules of the payment gateway sandbox. Stateless.
class CardRules
{
public:
    // What a published test card does (docs/outside-systems.md); Approve for any other valid number.
    enum class Outcome {
        Approve,
        Decline,
        InsufficientFunds,
        ExpiredCard,
        Challenge,
        ProcessingError,
        Timeout
    };

    // 12..19 digits and a valid Luhn check digit.
    static bool isValidNumber(const QString &digits);
    // "visa", "mastercard", "amex", "discover" or "unknown" from the number's prefix.
    static QString brand(const QString &digits);
    // 4 for amex, else 3.
    static int cvcLength(const QString &brand);
    static Outcome outcome(const QString &digits);
};

} // namespace commercedesk::sandbox
