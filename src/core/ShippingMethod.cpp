// SPDX-License-Identifier: MIT
#include "core/ShippingMethod.h"

namespace commercedesk::core {

std::optional<ShippingRate> ShippingMethod::rateFor(const QString &zoneId, const QString &currency) const
{
    for (const ZoneRate &zoneRate : zoneRates) {
        if (zoneRate.zone.id != zoneId)
            continue;
        for (const ShippingRate &rate : zoneRate.shippingRates) {
            if (rate.price.currencyCode() == currency)
                return rate;
        }
    }
    return std::nullopt;
}

} // namespace commercedesk::core
