// SPDX-License-Identifier: MIT
#pragma once

#include "api/ProductSearchQuery.h"

#include <QString>

namespace commercedesk::checkout {

/// Who is buying, and where: drives price selection and the cart's country and currency.
struct BuyerContext
{
    QString country = QStringLiteral("DE");   ///< ISO 3166-1 alpha-2
    QString currency = QStringLiteral("EUR"); ///< ISO 4217
    QString locale = QStringLiteral("en");    ///< language tag for names and text search
    QString customerGroupId;                  ///< empty for B2C / anonymous
    QString channelId;                        ///< empty when the store has no price channel

    /// Copies the price-selection parameters into `query`.
    void applyPriceSelection(api::ProductSearchQuery &query) const;

    friend bool operator==(const BuyerContext &, const BuyerContext &) = default;
};

} // namespace commercedesk::checkout
