// SPDX-License-Identifier: MIT
#pragma once

#include "api/json/JsonCursor.h"
#include "core/Delivery.h"

#include <QJsonObject>

#include <optional>

// Order fulfilment shapes (api.yaml Delivery, Parcel). Naming and contracts: see CommonJson.h.
namespace commercedesk::api::json {

/// Delivery {id, key?, createdAt, items:[{id, quantity}], parcels:[Parcel], address?}.
std::optional<core::Delivery> readDelivery(const JsonCursor &cursor);
QJsonObject encodeDelivery(const core::Delivery &delivery);

/// Parcel {id, key?, createdAt, measurements?, trackingData?, items?}.
std::optional<core::Parcel> readParcel(const JsonCursor &cursor);
QJsonObject encodeParcel(const core::Parcel &parcel);

} // namespace commercedesk::api::json
