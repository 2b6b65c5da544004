// SPDX-License-Identifier: MIT
#pragma once

#include "core/Attribute.h"
#include "core/Image.h"
#include "core/Price.h"

#include <QList>
#include <QString>

#include <optional>

namespace commercedesk::core {

// ProductVariantAvailability (the per-channel map is not modelled).
struct ProductVariantAvailability
{
    std::optional<bool> isOnStock;
    std::optional<qint64> restockableInDays;
    std::optional<qint64> availableQuantity;

    friend bool operator==(const ProductVariantAvailability &, const ProductVariantAvailability &) = default;
};

struct ProductVariant
{
    int id = 0; // unique within the product; the master variant is usually 1
    std::optional<QString> sku;
    std::optional<QString> key;
    QList<Price> prices;
    QList<Attribute> attributes;
    QList<Image> images;
    std::optional<ProductVariantAvailability> availability;
    std::optional<Price> price;       // the price the API selected for the query's price-selection params
    std::optional<Price> scopedPrice; // search with price scoping only ("currentValue" is not kept)
    std::optional<bool> isMatchingVariant;

    // First attribute with that name, or nullptr. The pointer is valid while this variant lives unchanged.
    const Attribute *attribute(const QString &name) const
    {
        for (const Attribute &a : attributes) {
            if (a.name == name)
                return &a;
        }
        return nullptr;
    }

    friend bool operator==(const ProductVariant &, const ProductVariant &) = default;
};

} // namespace commercedesk::core
