// SPDX-License-Identifier: MIT
#pragma once

#include "api/json/JsonCursor.h"
#include "core/PagedResult.h"
#include "core/TaxCategory.h"
#include "core/TaxRate.h"
#include "core/TaxedPrice.h"

#include <QJsonObject>

#include <optional>

// Tax shapes. Rates are decoded exactly (see readRate in CommonJson.h). Naming and contracts: see
// CommonJson.h.
namespace commercedesk::api::json {

/// TaxRate / ExternalTaxRateDraft {id?, key?, name, amount, includedInPrice, country, state?, subRates?}.
/// `amount` may be absent only when subRates are given (then it is their exact sum).
std::optional<core::TaxRate> readTaxRate(const JsonCursor &cursor);
QJsonObject encodeTaxRate(const core::TaxRate &rate);

/// {totalNet, totalGross, totalTax?, taxPortions:[{name?, rate, amount}]}.
std::optional<core::TaxedPrice> readTaxedPrice(const JsonCursor &cursor);
QJsonObject encodeTaxedPrice(const core::TaxedPrice &price);

std::optional<core::TaxCategory> readTaxCategory(const JsonCursor &cursor);
std::optional<core::TaxCategory> decodeTaxCategory(const QJsonValue &value, JsonError *error = nullptr);
std::optional<core::PagedResult<core::TaxCategory>> decodeTaxCategoryPage(const QJsonValue &value,
                                                                          JsonError *error = nullptr);
QJsonObject encodeTaxCategory(const core::TaxCategory &category);

} // namespace commercedesk::api::json
