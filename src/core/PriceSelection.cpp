// SPDX-License-Identifier: MIT
#include "core/PriceSelection.h"

namespace commercedesk::core {

namespace {

// Scope fields must be unset on the price or equal to the criteria; an unset criterion only admits
// prices without that scope.
template<typename PriceField, typename Wanted, typename Extract>
bool scopeMatches(const std::optional<PriceField> &field, const std::optional<Wanted> &wanted,
                  Extract extract)
{
    if (!field)
        return true;
    return wanted && extract(*field) == *wanted;
}

bool isValidAt(const Price &price, const QDateTime &at)
{
    if (!at.isValid())
        return true;
    if (price.validFrom && at < *price.validFrom)
        return false;
    if (price.validUntil && at >= *price.validUntil)
        return false;
    return true;
}

// Lower is more specific: the commercetools fallback order, customerGroup > channel > country.
int specificityRank(const Price &price)
{
    const bool group = price.customerGroup.has_value();
    const bool channel = price.channel.has_value();
    const bool country = price.country.has_value();
    return (group ? 0 : 4) + (channel ? 0 : 2) + (country ? 0 : 1);
}

} // namespace

std::optional<Price> selectPrice(const QList<Price> &prices, const PriceSelectionCriteria &criteria)
{
    const Price *best = nullptr;
    auto rankOf = [](const Price &price) {
        const bool dated = price.validFrom || price.validUntil;
        return specificityRank(price) * 2 + (dated ? 0 : 1);
    };
    const auto sameId = [](const Reference &reference) { return reference.id; };
    const auto sameCode = [](const QString &code) { return code; };
    for (const Price &price : prices) {
        if (price.value.currencyCode() != criteria.currency)
            continue;
        if (!scopeMatches(price.country, criteria.country, sameCode) ||
            !scopeMatches(price.customerGroup, criteria.customerGroupId, sameId) ||
            !scopeMatches(price.channel, criteria.channelId, sameId))
            continue;
        if (!isValidAt(price, criteria.at))
            continue;
        if (!best || rankOf(price) < rankOf(*best))
            best = &price;
    }
    if (!best)
        return std::nullopt;
    return *best;
}

std::optional<PriceTier> selectTier(const Price &price, qint64 quantity)
{
    const PriceTier *best = nullptr;
    for (const PriceTier &tier : price.tiers) {
        if (tier.minimumQuantity <= quantity && (!best || tier.minimumQuantity > best->minimumQuantity))
            best = &tier;
    }
    if (!best)
        return std::nullopt;
    return *best;
}

Money unitPriceForQuantity(const Price &price, qint64 quantity)
{
    if (const std::optional<PriceTier> tier = selectTier(price, quantity))
        return tier->value;
    return price.effectiveValue();
}

} // namespace commercedesk::core
