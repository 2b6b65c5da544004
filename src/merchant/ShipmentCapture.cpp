// SPDX-License-Identifier: MIT
#include "merchant/ShipmentCapture.h"

#include <QHash>

namespace commercedesk::merchant {

bool ShipmentCapture::shipsEverything(const core::Order &order)
{
    if (order.lineItems.isEmpty())
        return false;
    QHash<QString, qint64> shipped;
    for (const core::Delivery &delivery : order.deliveries()) {
        for (const core::DeliveryItem &item : delivery.items)
            shipped[item.id] += item.quantity;
    }
    for (const core::LineItem &line : order.lineItems) {
        if (shipped.value(line.id) < line.quantity)
            return false;
    }
    return true;
}

} // namespace commercedesk::merchant
