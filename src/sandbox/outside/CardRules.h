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
    // Whether the issuer declines a refund of `cents` to the card ending in `last4`: the refund test card
    // 4000000000005126 declines refunds whose amount ends in 51 minor units (e.g. 10.51) and takes any
    // other. The gateway stores no card number, so the rule goes by the last four digits.
    static bool declinesRefund(const QString &last4, qint64 cents);
};

} // namespace commercedesk::sandbox
