// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace commercedesk::core {

// One ISO 4217 currency as CommerceDesk knows it.
struct CurrencyInfo
{
    QString code;       // "EUR": three upper-case letters
    int fractionDigits; // ISO 4217 minor unit: 2 for EUR, 0 for JPY, 3 for KWD
    QString symbol;     // symbol used when formatting outside the currency's home locales ("€", "CA$");
                        // empty when none is known (formatting then falls back to the ISO code)

    friend bool operator==(const CurrencyInfo &, const CurrencyInfo &) = default;
};

} // namespace commercedesk::core
