// SPDX-License-Identifier: MIT
#include "core/Market.h"

using namespace Qt::StringLiterals;

namespace commercedesk::core {

QList<Market> Market::all()
{
    return {
        {u"DE"_s, u"EUR"_s, {}, PriceDisplay::Gross}, {u"FR"_s, u"EUR"_s, {}, PriceDisplay::Gross},
        {u"NL"_s, u"EUR"_s, {}, PriceDisplay::Gross}, {u"AT"_s, u"EUR"_s, {}, PriceDisplay::Gross},
        {u"GB"_s, u"GBP"_s, {}, PriceDisplay::Gross}, {u"US"_s, u"USD"_s, {}, PriceDisplay::Net},
    };
}

std::optional<Market> Market::forCountry(const QString &country)
{
    for (const Market &market : all()) {
        if (market.country == country)
            return market;
    }
    return std::nullopt;
}

} // namespace commercedesk::core
