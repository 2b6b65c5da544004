// SPDX-License-Identifier: MIT
#include "core/Cart.h"

namespace commercedesk::core {

namespace {

bool lineItemsAndShippingTaxed(const Cart &cart)
{
    for (const LineItem &item : cart.lineItems) {
        if (!item.taxRate)
            return false;
    }
    return !cart.shippingInfo || cart.shippingInfo->taxRate.has_value();
}

bool taxesComplete(const Cart &cart)
{
    switch (cart.taxMode) {
    case TaxMode::Platform:
    case TaxMode::External:
        return lineItemsAndShippingTaxed(cart);
    case TaxMode::ExternalAmount:
        return cart.taxedPrice.has_value();
    case TaxMode::Disabled:
        return true;
    }
    return false;
}

} // namespace

qint64 Cart::totalLineItemQuantity() const
{
    qint64 total = 0;
    for (const LineItem &item : lineItems)
        total += item.quantity;
    return total;
}

Money Cart::displayTotal() const
{
    return taxedPrice ? taxedPrice->totalGross : totalPrice;
}

QList<CheckoutBlocker> Cart::checkoutBlockers() const
{
    QList<CheckoutBlocker> blockers;
    if (cartState != CartState::Active && cartState != CartState::Frozen)
        blockers.append(CheckoutBlocker::NotActive);
    if (lineItems.isEmpty())
        blockers.append(CheckoutBlocker::NoLineItems);
    if (!shippingAddress)
        blockers.append(CheckoutBlocker::MissingShippingAddress);
    if (!lineItems.isEmpty() && !taxesComplete(*this))
        blockers.append(CheckoutBlocker::MissingTaxes);
    if (shippingInfo && shippingInfo->shippingMethodState == ShippingMethodState::DoesNotMatchCart)
        blockers.append(CheckoutBlocker::ShippingMethodDoesNotMatchCart);
    return blockers;
}

const LineItem *Cart::lineItem(const QString &lineItemId) const
{
    for (const LineItem &item : lineItems) {
        if (item.id == lineItemId)
            return &item;
    }
    return nullptr;
}

} // namespace commercedesk::core
