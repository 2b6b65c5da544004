// SPDX-License-Identifier: MIT
#pragma once

#include "core/Rate.h"

#include <QList>
#include <QString>

#include <optional>

namespace commercedesk::api {

/// ExternalTaxRateDraft {name, amount?, includedInPrice?, country, state?, subRates?} for taxMode External
/// (api.yaml ExternalTaxRateDraft). `amount` is exact (0..1); it may be left out when subRates are given.
struct ExternalTaxRateDraft
{
    struct SubRate
    {
        QString name;
        core::Rate amount;

        friend bool operator==(const SubRate &, const SubRate &) = default;
    };

    QString name;
    std::optional<core::Rate> amount;
    std::optional<bool> includedInPrice;
    QString country;
    std::optional<QString> state;
    QList<SubRate> subRates;

    friend bool operator==(const ExternalTaxRateDraft &, const ExternalTaxRateDraft &) = default;
};

} // namespace commercedesk::api
