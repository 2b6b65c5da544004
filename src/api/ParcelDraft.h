// SPDX-License-Identifier: MIT
#pragma once

#include "core/Delivery.h"

#include <QList>
#include <QString>

#include <optional>

namespace commercedesk::api {

/// ParcelDraft {key?, measurements?, trackingData?, items?} of addDelivery.
struct ParcelDraft
{
    std::optional<QString> key;
    std::optional<core::ParcelMeasurements> measurements;
    std::optional<core::TrackingData> trackingData;
    QList<core::DeliveryItem> items; ///< empty = not sent

    friend bool operator==(const ParcelDraft &, const ParcelDraft &) = default;
};

} // namespace commercedesk::api
