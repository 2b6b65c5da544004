// SPDX-License-Identifier: MIT
#pragma once

#include "api/json/JsonCursor.h"
#include "core/PagedResult.h"
#include "core/ShippingMethod.h"
#include "core/ShippingRate.h"
#include "core/Store.h"
#include "core/Zone.h"

#include <QJsonObject>

#include <optional>

// Shipping methods, zones and stores. Naming and contracts: see CommonJson.h.
namespace commercedesk::api::json {

/// ShippingRate {price, freeAbove?, isMatching?, tiers?:[{type, minimumCentAmount?|value?|score?, price,
/// isMatching?}]}.
std::optional<core::ShippingRate> readShippingRate(const JsonCursor &cursor);
QJsonObject encodeShippingRate(const core::ShippingRate &rate);

/// `isDefault` and `active` read as false/true when absent (drafts).
std::optional<core::ShippingMethod> readShippingMethod(const JsonCursor &cursor);
std::optional<core::ShippingMethod> decodeShippingMethod(const QJsonValue &value, JsonError *error = nullptr);
std::optional<core::PagedResult<core::ShippingMethod>> decodeShippingMethodPage(const QJsonValue &value,
                                                                                JsonError *error = nullptr);
QJsonObject encodeShippingMethod(const core::ShippingMethod &method);

std::optional<core::Zone> readZone(const JsonCursor &cursor);
std::optional<core::Zone> decodeZone(const QJsonValue &value, JsonError *error = nullptr);
std::optional<core::PagedResult<core::Zone>> decodeZonePage(const QJsonValue &value,
                                                            JsonError *error = nullptr);
QJsonObject encodeZone(const core::Zone &zone);

/// Store; "countries" is [{"code":"DE"}] on the wire and a plain list of codes in core.
std::optional<core::Store> readStore(const JsonCursor &cursor);
std::optional<core::Store> decodeStore(const QJsonValue &value, JsonError *error = nullptr);
std::optional<core::PagedResult<core::Store>> decodeStorePage(const QJsonValue &value,
                                                              JsonError *error = nullptr);
QJsonObject encodeStore(const core::Store &store);

} // namespace commercedesk::api::json
