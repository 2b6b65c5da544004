// SPDX-License-Identifier: MIT
#pragma once

#include "api/json/JsonCursor.h"
#include "core/OrderSummary.h"
#include "core/PagedResult.h"

#include <optional>

// An order list read as summaries: only the members a row needs are looked at, so a page of large orders
// decodes without building every line item, address and payment. The result equals
// core::OrderSummary::of(decodeOrder(json)) for every order the full decoder accepts; the required members
// (id, version, createdAt, lastModifiedAt, totalPrice, orderState) are checked the same way, the others are
// not validated beyond their own type. Naming and contracts: see CommonJson.h.
namespace commercedesk::api::json {

std::optional<core::OrderSummary> readOrderSummary(const JsonCursor &cursor);
std::optional<core::PagedResult<core::OrderSummary>> decodeOrderSummaryPage(const QJsonValue &value,
                                                                            JsonError *error = nullptr);

} // namespace commercedesk::api::json
