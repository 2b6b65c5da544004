// SPDX-License-Identifier: MIT
#include "checkout/BuyerContext.h"

namespace commercedesk::checkout {

void BuyerContext::applyPriceSelection(api::ProductSearchQuery &query) const
{
    query.priceCurrency = currency;
    query.priceCountry = country;
    query.priceCustomerGroup = customerGroupId;
    query.priceChannel = channelId;
    query.locale = locale;
}

} // namespace commercedesk::checkout
