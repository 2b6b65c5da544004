// SPDX-License-Identifier: MIT
#pragma once

#include "api/CustomerSignInResult.h"
#include "api/json/JsonCursor.h"
#include "core/BusinessUnit.h"
#include "core/Customer.h"
#include "core/PagedResult.h"

#include <QJsonObject>

#include <optional>

// Customers and B2B business units (api.yaml Customer, BusinessUnit). The customer's password hash is never
// read. The business-unit mode enums (storeMode, associateMode, approvalRuleMode) and the customer's
// authenticationMode fall back to core's defaults when absent. Naming and contracts: see CommonJson.h.
namespace commercedesk::api::json {

std::optional<core::Customer> readCustomer(const JsonCursor &cursor);
std::optional<core::Customer> decodeCustomer(const QJsonValue &value, JsonError *error = nullptr);
std::optional<core::PagedResult<core::Customer>> decodeCustomerPage(const QJsonValue &value,
                                                                    JsonError *error = nullptr);
QJsonObject encodeCustomer(const core::Customer &customer);

/// {customer, cart?}.
std::optional<CustomerSignInResult> decodeCustomerSignInResult(const QJsonValue &value,
                                                               JsonError *error = nullptr);
QJsonObject encodeCustomerSignInResult(const CustomerSignInResult &result);

std::optional<core::BusinessUnit> readBusinessUnit(const JsonCursor &cursor);
std::optional<core::BusinessUnit> decodeBusinessUnit(const QJsonValue &value, JsonError *error = nullptr);
std::optional<core::PagedResult<core::BusinessUnit>> decodeBusinessUnitPage(const QJsonValue &value,
                                                                            JsonError *error = nullptr);
QJsonObject encodeBusinessUnit(const core::BusinessUnit &unit);

} // namespace commercedesk::api::json
