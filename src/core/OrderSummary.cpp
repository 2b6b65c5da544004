// SPDX-License-Identifier: MIT
#include "core/OrderSummary.h"

#include "core/Order.h"

namespace commercedesk::core {

OrderSummary OrderSummary::of(const Order &order)
{
    OrderSummary s;
    s.id = order.id;
    s.version = order.version;
    s.orderNumber = order.orderNumber;
    s.purchaseOrderNumber = order.purchaseOrderNumber;
    s.customerEmail = order.customerEmail;
    if (order.businessUnit)
        s.businessUnitKey = order.businessUnit->key;
    if (order.store)
        s.storeKey = order.store->key;
    s.country = order.shippingAddress ? order.shippingAddress->country : order.country.value_or(QString());
    s.itemCount = order.totalLineItemQuantity();
    s.totalPrice = order.totalPrice;
    s.displayTotal = order.displayTotal();
    s.orderState = order.orderState;
    s.paymentState = order.paymentState;
    s.shipmentState = order.shipmentState;
    if (!order.syncInfo.isEmpty())
        s.syncedAt = order.syncInfo.first().syncedAt;
    s.createdAt = order.createdAt;
    s.lastModifiedAt = order.lastModifiedAt;
    return s;
}

} // namespace commercedesk::core
