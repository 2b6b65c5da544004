// SPDX-License-Identifier: MIT
#pragma once

#include "core/CurrencyInfo.h"

#include <QList>
#include <QStringView>

#include <optional>

namespace commercedesk::core {

// The read-only ISO 4217 table (code → fraction digits). Stateless: all functions read one constant
// table and are safe from any thread. Codes are matched exactly (upper case); an unknown code gives
// nullopt/false, never a guessed default.
class Currencies
{
public:
    Currencies() = delete;

    static std::optional<CurrencyInfo> find(QStringView code);
    static std::optional<int> fractionDigits(QStringView code);
    static bool isKnown(QStringView code);
    // Every known currency, ordered by code.
    static QList<CurrencyInfo> all();
};

} // namespace commercedesk::core
