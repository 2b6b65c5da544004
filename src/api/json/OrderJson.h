// SPDX-License-Identifier: MIT
#pragma once

#include "api/json/JsonCursor.h"
#include "core/Order.h"
#include "core/PagedResult.h"

#include <QJsonObject>

#include <optional>

// Order shapes (api.yaml Order): the cart-like fields (see CartJson.h for their rules) plus the
// order workflow and its returns (ReturnJson.h). Required on top of the cart rules: orderState. Naming and
// contracts: see CommonJson.h.
namespace commercedesk::api::json {

/// SyncInfo {channel, externalId?, syncedAt}.
std::optional<core::SyncInfo> readSyncInfo(const JsonCursor &cursor);
QJsonObject encodeSyncInfo(const core::SyncInfo &info);

std::optional<core::Order> readOrder(const JsonCursor &cursor);
std::optional<core::Order> decodeOrder(const QJsonValue &value, JsonError *error = nullptr);
std::optional<core::PagedResult<core::Order>> decodeOrderPage(const QJsonValue &value,
                                                              JsonError *error = nullptr);
QJsonObject encodeOrder(const core::Order &order);

} // namespace commercedesk::api::json
