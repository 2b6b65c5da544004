// SPDX-License-Identifier: MIT
#pragma once

#include "core/Enums.h"

#include <QtGlobal>

#include <optional>

namespace commercedesk::core {

// Exact round(numerator * factor / denominator) with the given tie rule; the product is computed in
// 128 bits, so no intermediate overflow. Returns nullopt when denominator == 0 or the rounded result
// does not fit into qint64. Signs are handled symmetrically (-2.5 → -2 with HalfEven, -3 with HalfUp).
std::optional<qint64> mulDivRounded(qint64 numerator, qint64 factor, qint64 denominator,
                                    RoundingMode mode = RoundingMode::HalfEven);

} // namespace commercedesk::core
