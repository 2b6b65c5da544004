// SPDX-License-Identifier: MIT
#pragma once

#include "core/Money.h"
#include "core/Price.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace commercedesk::core {

// The customer context prices are selected for (the API's priceCurrency/priceCountry/
// priceCustomerGroup/priceChannel parameters plus the point in time and quantity).
struct PriceSelectionCriteria
{
    QString currency; // required, ISO 4217
    std::optional<QString> country;
    std::optional<QString> customerGroupId;
    std::optional<QString> channelId;
    QDateTime at;        // UTC; an invalid QDateTime means "ignore validity dates"
    qint64 quantity = 1; // for the tier

    friend bool operator==(const PriceSelectionCriteria &, const PriceSelectionCriteria &) = default;
};

// The commercetools price-selection rule, as pure functions.
//
// Hard filters: the price currency equals criteria.currency; a price with a scope field set
// (country/customerGroup/channel) is only a candidate when the criteria carry the same value;
// a price with validFrom/validUntil is only a candidate when validFrom <= at < validUntil.
// Among candidates the most specific scope wins, in the commercetools fallback order:
//   customerGroup+channel+country, customerGroup+channel, customerGroup+country, customerGroup,
//   channel+country, channel, country, currency only.
// Within one scope level, a price with a validity period beats one without. Remaining ties keep the
// input order (the first wins). nullopt when no price matches.
std::optional<Price> selectPrice(const QList<Price> &prices, const PriceSelectionCriteria &criteria);

// The tier for a quantity: the one with the highest minimumQuantity <= quantity; nullopt when none applies.
std::optional<PriceTier> selectTier(const Price &price, qint64 quantity);

// Unit price for a quantity: the applying tier's value, else the price's effective value
// (discounted if present). Tiers are not discounted (commercetools applies discounts to the base value).
Money unitPriceForQuantity(const Price &price, qint64 quantity);

} // namespace commercedesk::core
