// SPDX-License-Identifier: MIT
#include "core/ShippingRate.h"

namespace commercedesk::core {

Money ShippingRate::priceFor(const Money &cartTotal) const
{
    if (freeAbove && freeAbove->hasSameCurrency(cartTotal) &&
        cartTotal.centAmount() >= freeAbove->centAmount())
        return Money(0, price.currencyCode(), price.fractionDigits());
    return price;
}

} // namespace commercedesk::core
