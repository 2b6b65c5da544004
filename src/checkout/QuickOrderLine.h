// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace commercedesk::checkout {

/// One line of a B2B quick order (typed, or a `sku,quantity` CSV row) and what is wrong with it.
struct QuickOrderLine
{
    enum class Problem { None, MissingSku, BadQuantity, UnknownSku };

    int sourceLine = 0; ///< 1-based line of the pasted text (0 for typed entries)
    QString sku;
    qint64 quantity = 0;
    QString quantityText; ///< as written, for the preview
    Problem problem = Problem::None;

    bool isValid() const { return problem == Problem::None; }
    friend bool operator==(const QuickOrderLine &, const QuickOrderLine &) = default;
};

} // namespace commercedesk::checkout
