// SPDX-License-Identifier: MIT
#pragma once

#include "api/json/JsonCursor.h"
#include "core/Cart.h"
#include "core/LineItem.h"
#include "core/PagedResult.h"
#include "core/PaymentInfo.h"
#include "core/ShippingInfo.h"

#include <QJsonObject>

#include <optional>

// Cart shapes (api.yaml Cart). Naming and contracts: see CommonJson.h.
//
// Required: id, version, cartState, totalPrice, createdAt, lastModifiedAt; line items need id, productId,
// name, variant, price, quantity, totalPrice. The mode enums (taxMode, inventoryMode, taxRoundingMode,
// priceRoundingMode, taxCalculationMode, shippingMode, origin, priceMode, lineItemMode, shippingMethodState)
// fall back to core's defaults when absent — older payloads and the official order example omit some — but an
// unknown value is an error. Encoders always write them.
namespace commercedesk::api::json {

std::optional<core::LineItem> readLineItem(const JsonCursor &cursor);
QJsonObject encodeLineItem(const core::LineItem &item);

std::optional<core::ShippingInfo> readShippingInfo(const JsonCursor &cursor);
QJsonObject encodeShippingInfo(const core::ShippingInfo &info);

/// {payments:[Reference]}; absent reads as empty, and empty is not written.
std::optional<core::PaymentInfo> readPaymentInfo(const JsonCursor &cursor);
QJsonObject encodePaymentInfo(const core::PaymentInfo &info);

std::optional<core::Cart> readCart(const JsonCursor &cursor);
std::optional<core::Cart> decodeCart(const QJsonValue &value, JsonError *error = nullptr);
std::optional<core::PagedResult<core::Cart>> decodeCartPage(const QJsonValue &value,
                                                            JsonError *error = nullptr);
QJsonObject encodeCart(const core::Cart &cart);

} // namespace commercedesk::api::json
