// SPDX-License-Identifier: MIT
#pragma once

#include "core/Money.h"
#include "core/Reference.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace commercedesk::core {

// Volume price: applies from minimumQuantity (≥ 2 on the wire) upwards.
struct PriceTier
{
    qint64 minimumQuantity = 0;
    Money value;

    friend bool operator==(const PriceTier &, const PriceTier &) = default;
};

// A product discount applied to a price.
struct DiscountedPrice
{
    Money value;
    Reference discount; // typeId "product-discount"

    friend bool operator==(const DiscountedPrice &, const DiscountedPrice &) = default;
};

// commercetools Price (api.yaml Price). An unset scope field means "applies to any".
struct Price
{
    QString id;
    std::optional<QString> key;
    Money value;
    std::optional<QString> country;         // ISO 3166-1 alpha-2
    std::optional<Reference> customerGroup; // typeId "customer-group"
    std::optional<Reference> channel;       // typeId "channel"
    std::optional<QDateTime> validFrom;     // UTC, inclusive
    std::optional<QDateTime> validUntil;    // UTC, exclusive
    std::optional<DiscountedPrice> discounted;
    QList<PriceTier> tiers;

    // The amount a customer pays per unit: discounted value when present, else value.
    const Money &effectiveValue() const { return discounted ? discounted->value : value; }

    friend bool operator==(const Price &, const Price &) = default;
};

} // namespace commercedesk::core
