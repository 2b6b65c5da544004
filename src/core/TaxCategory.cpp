// SPDX-License-Identifier: MIT
#include "core/TaxCategory.h"

namespace commercedesk::core {

std::optional<TaxRate> TaxCategory::rateFor(const QString &country, const std::optional<QString> &state) const
{
    const TaxRate *countryRate = nullptr;
    for (const TaxRate &rate : rates) {
        if (rate.country != country)
            continue;
        if (state && rate.state == state)
            return rate;
        if (!rate.state && !countryRate)
            countryRate = &rate;
    }
    if (!countryRate)
        return std::nullopt;
    return *countryRate;
}

} // namespace commercedesk::core
