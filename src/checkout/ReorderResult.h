// SPDX-License-Identifier: MIT
#pragma once

#include "checkout/ReorderItem.h"
#include "core/Cart.h"

#include <QList>
#include <QString>

#include <optional>

namespace commercedesk::checkout {

/// The outcome of one reorder: the new cart (none when nothing could be added) and every SKU of the old
/// order, available or not, in the old order's line order.
struct ReorderResult
{
    QString orderId;
    QString orderNumber; ///< empty when the old order had none
    std::optional<core::Cart> cart;
    QList<ReorderItem> items;

    QList<ReorderItem> added() const;
    QList<ReorderItem> unavailable() const;
};

} // namespace commercedesk::checkout
