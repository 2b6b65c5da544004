// SPDX-License-Identifier: MIT
#pragma once

#include "core/MoneyResult.h"

#include <QStringView>

namespace commercedesk::core {

// Parses a plain decimal "[+-]digits[.digits]" (surrounding white space ignored; no grouping, no exponent,
// no leading or trailing '.') into an integer scaled by 10^fractionDigits: ("12.99", 2) → 1299,
// ("0.19", 9) → 190000000. Digits beyond `fractionDigits` are accepted only when they are zeros.
// Errors: InvalidAmount (syntax or lost precision), Overflow (outside qint64; the minimum is reachable).
// Shared by Money (minor units) and Rate (parts per billion).
MoneyResult<qint64> parseScaledDecimal(QStringView text, int fractionDigits);

} // namespace commercedesk::core
