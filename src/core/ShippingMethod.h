// SPDX-License-Identifier: MIT
#pragma once

#include "core/LocalizedString.h"
#include "core/Reference.h"
#include "core/ShippingRate.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace commercedesk::core {

struct ZoneRate
{
    Reference zone; // typeId "zone"
    QList<ShippingRate> shippingRates;

    friend bool operator==(const ZoneRate &, const ZoneRate &) = default;
};

struct ShippingMethod
{
    QString id;
    qint64 version = 0;
    std::optional<QString> key;
    QString name;
    std::optional<LocalizedString> localizedName;
    std::optional<QString> description; // deprecated plain-text description
    std::optional<LocalizedString> localizedDescription;
    Reference taxCategory; // typeId "tax-category"
    QList<ZoneRate> zoneRates;
    bool isDefault = false;
    bool active = true;
    std::optional<QString> predicate;
    QList<KeyReference> stores;
    QDateTime createdAt;
    QDateTime lastModifiedAt;

    // The first shipping rate for that zone id in that currency, or nullopt.
    std::optional<ShippingRate> rateFor(const QString &zoneId, const QString &currency) const;

    friend bool operator==(const ShippingMethod &, const ShippingMethod &) = default;
};

} // namespace commercedesk::core
