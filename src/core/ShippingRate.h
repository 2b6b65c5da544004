// SPDX-License-Identifier: MIT
#pragma once

#include "core/Money.h"

#include <QList>
#include <QString>

#include <optional>

namespace commercedesk::core {

// A ShippingRatePriceTier. `type` is the wire discriminator: "CartValue" (minimumCentAmount),
// "CartClassification" (value = classification key) or "CartScore" (score); only the fields of that
// type are set.
struct ShippingRatePriceTier
{
    QString type;
    std::optional<qint64> minimumCentAmount;
    std::optional<QString> value;
    std::optional<qint64> score;
    Money price;
    std::optional<bool> isMatching;

    friend bool operator==(const ShippingRatePriceTier &, const ShippingRatePriceTier &) = default;
};

struct ShippingRate
{
    Money price;
    std::optional<Money> freeAbove; // shipping is free when the cart total is >= this
    std::optional<bool> isMatching;
    QList<ShippingRatePriceTier> tiers;

    // price, or zero of its currency when `cartTotal` (same currency) reaches freeAbove.
    Money priceFor(const Money &cartTotal) const;

    friend bool operator==(const ShippingRate &, const ShippingRate &) = default;
};

} // namespace commercedesk::core
