// SPDX-License-Identifier: MIT
#pragma once

#include "core/Enums.h"
#include "core/LocalizedString.h"
#include "core/Money.h"
#include "core/Price.h"
#include "core/ProductVariant.h"
#include "core/Reference.h"
#include "core/TaxRate.h"
#include "core/TaxedPrice.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace commercedesk::core {

// A product line of a cart or order (discounts per quantity, states and custom fields are not modelled).
struct LineItem
{
    QString id;
    std::optional<QString> key;
    QString productId;
    std::optional<QString> productKey;
    LocalizedString name;
    std::optional<LocalizedString> productSlug;
    std::optional<Reference> productType;
    ProductVariant variant;
    Price price;
    qint64 quantity = 0;
    Money totalPrice; // price (or tier) × quantity after discounts, as computed by the platform
    std::optional<TaxRate> taxRate;
    std::optional<TaxedPrice> taxedPrice;
    std::optional<Reference> supplyChannel;
    std::optional<Reference> distributionChannel;
    LineItemPriceMode priceMode = LineItemPriceMode::Platform;
    LineItemMode lineItemMode = LineItemMode::Standard;
    std::optional<QDateTime> addedAt;
    std::optional<QDateTime> lastModifiedAt;

    // What the buyer pays for the line: its taxed gross total once taxed, else totalPrice (which is net
    // where prices are net and the order is taxed on top).
    Money grossTotal() const { return taxedPrice ? taxedPrice->totalGross : totalPrice; }

    friend bool operator==(const LineItem &, const LineItem &) = default;
};

} // namespace commercedesk::core
