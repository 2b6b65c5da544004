// SPDX-License-Identifier: MIT
#include "core/Order.h"

namespace commercedesk::core {

qint64 Order::totalLineItemQuantity() const
{
    qint64 total = 0;
    for (const LineItem &item : lineItems)
        total += item.quantity;
    return total;
}

Money Order::displayTotal() const
{
    return taxedPrice ? taxedPrice->totalGross : totalPrice;
}

QList<Delivery> Order::deliveries() const
{
    return shippingInfo ? shippingInfo->deliveries : QList<Delivery>();
}

const LineItem *Order::lineItem(const QString &lineItemId) const
{
    for (const LineItem &item : lineItems) {
        if (item.id == lineItemId)
            return &item;
    }
    return nullptr;
}

const ReturnItem *Order::returnItem(const QString &returnItemId) const
{
    for (const ReturnInfo &info : returnInfo) {
        for (const ReturnItem &item : info.items) {
            if (item.id == returnItemId)
                return &item;
        }
    }
    return nullptr;
}

} // namespace commercedesk::core
