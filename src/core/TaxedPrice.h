// SPDX-License-Identifier: MIT
#pragma once

#include "core/Money.h"
#include "core/Rate.h"

#include <QList>
#include <QString>

#include <optional>

namespace commercedesk::core {

// The tax amount for one rate (or sub-rate).
struct TaxPortion
{
    std::optional<QString> name;
    Rate rate;
    Money amount;

    friend bool operator==(const TaxPortion &, const TaxPortion &) = default;
};

// Net/gross totals of a line item, shipping or the whole cart. totalGross = totalNet + totalTax.
struct TaxedPrice
{
    Money totalNet;
    Money totalGross;
    std::optional<Money> totalTax;
    QList<TaxPortion> taxPortions;

    friend bool operator==(const TaxedPrice &, const TaxedPrice &) = default;
};

} // namespace commercedesk::core
