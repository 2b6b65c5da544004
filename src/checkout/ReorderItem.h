// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace commercedesk::checkout {

/// One SKU of a reorder: what the old order had, and whether it can be bought again.
struct ReorderItem
{
    enum class Problem {
        None,        ///< added to the new cart
        NoSku,       ///< the old line has no SKU to look up
        Unavailable, ///< the SKU is unknown now, or its product is no longer published
        NotForSale,  ///< the product exists but has no price in the buyer's current market
    };

    QString sku;
    QString name; ///< the product name as the old order recorded it (buyer's locale)
    qint64 quantity = 0;
    Problem problem = Problem::None;

    bool isAvailable() const { return problem == Problem::None; }
    friend bool operator==(const ReorderItem &, const ReorderItem &) = default;
};

} // namespace commercedesk::checkout
