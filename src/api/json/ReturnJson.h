// SPDX-License-Identifier: MIT
#pragma once

#include "api/json/JsonCursor.h"
#include "core/ReturnInfo.h"

#include <QJsonObject>

#include <optional>

// Order return shapes (api.yaml ReturnInfo, ReturnItem). Naming and contracts: see CommonJson.h.
namespace commercedesk::api::json {

/// ReturnItem {type, id, key?, quantity, lineItemId | customLineItemId, comment?, shipmentState,
/// paymentState, createdAt, lastModifiedAt}: `type` LineItemReturnItem requires lineItemId,
/// CustomLineItemReturnItem requires customLineItemId; any other type is a decode error at `type`.
std::optional<core::ReturnItem> readReturnItem(const JsonCursor &cursor);
QJsonObject encodeReturnItem(const core::ReturnItem &item);

/// ReturnInfo {items, returnTrackingId?, returnDate?}.
std::optional<core::ReturnInfo> readReturnInfo(const JsonCursor &cursor);
QJsonObject encodeReturnInfo(const core::ReturnInfo &info);

} // namespace commercedesk::api::json
