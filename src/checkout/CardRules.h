// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

namespace commercedesk::checkout {

/// The card schemes the storefront accepts, detected from the leading digits of the number.
enum class CardBrand { Unknown, Visa, Mastercard, Amex };

/// Pure rules about card numbers. Never logs; callers must not log the inputs either.
struct CardRules
{
    /// Visa: 4…; Mastercard: 51–55, 2221–2720; Amex: 34, 37. Works on a prefix while the buyer types.
    static CardBrand detectBrand(QStringView digits);
    /// The Luhn (mod 10) check over digits only; false for an empty string or any non-digit.
    static bool luhnValid(QStringView digits);
    /// Valid lengths: Visa 13/16/19, Mastercard 16, Amex 15, unknown 12–19.
    static bool lengthValid(CardBrand brand, int length);
    static int maxLength(CardBrand brand);
    /// 4 for Amex, else 3.
    static int cvcLength(CardBrand brand);
    /// Digits grouped for display as typed: Amex 4-6-5, others groups of four.
    static QString grouped(QStringView digits, CardBrand brand);
    /// "•••• 4242" — only the last four digits are kept.
    static QString masked(QStringView digits);
    /// The wire/brand name: "visa", "mastercard", "amex", "" for unknown.
    static QString brandKey(CardBrand brand);
    /// The display name: "Visa", "Mastercard", "American Express" (brand names, not translated).
    static QString brandName(CardBrand brand);
    /// Only the digits of `text` (spaces and dashes the buyer typed are dropped).
    static QString digitsOnly(QStringView text);
};

} // namespace commercedesk::checkout
