// SPDX-License-Identifier: MIT
#pragma once

#include "core/TaxRate.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace commercedesk::core {

struct TaxCategory
{
    QString id;
    qint64 version = 0;
    std::optional<QString> key;
    QString name;
    std::optional<QString> description;
    QList<TaxRate> rates;
    QDateTime createdAt;
    QDateTime lastModifiedAt;

    // The rate commercetools would apply for a shipping address: a rate for (country, state) when the
    // state is given and such a rate exists, else the country rate without state; nullopt when none.
    std::optional<TaxRate> rateFor(const QString &country, const std::optional<QString> &state = {}) const;

    friend bool operator==(const TaxCategory &, const TaxCategory &) = default;
};

} // namespace commercedesk::core
