// SPDX-License-Identifier: MIT
#include "checkout/ReorderResult.h"

namespace commercedesk::checkout {

QList<ReorderItem> ReorderResult::added() const
{
    QList<ReorderItem> out;
    for (const ReorderItem &item : items) {
        if (item.isAvailable())
            out.append(item);
    }
    return out;
}

QList<ReorderItem> ReorderResult::unavailable() const
{
    QList<ReorderItem> out;
    for (const ReorderItem &item : items) {
        if (!item.isAvailable())
            out.append(item);
    }
    return out;
}

} // namespace commercedesk::checkout
