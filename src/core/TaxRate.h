// SPDX-License-Identifier: MIT
#pragma once

#include "core/Rate.h"

#include <QList>
#include <QString>

#include <optional>

namespace commercedesk::core {

// A named component of a TaxRate (e.g. federal and provincial parts of a Canadian HST).
struct SubRate
{
    QString name;
    Rate amount; // 0..1

    friend bool operator==(const SubRate &, const SubRate &) = default;
};

// A commercetools TaxRate / ExternalTaxRateDraft. When subRates are given, `amount` is their sum.
struct TaxRate
{
    std::optional<QString> id;
    std::optional<QString> key;
    QString name;
    Rate amount; // exact decimal 0..1, e.g. 0.19
    bool includedInPrice = false;
    QString country; // ISO 3166-1 alpha-2
    std::optional<QString> state;
    QList<SubRate> subRates;

    friend bool operator==(const TaxRate &, const TaxRate &) = default;
};

} // namespace commercedesk::core
