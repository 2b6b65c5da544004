// SPDX-License-Identifier: MIT
#pragma once

#include "api/json/JsonCursor.h"
#include "core/PagedResult.h"
#include "core/Payment.h"
#include "core/Transaction.h"

#include <QJsonObject>

#include <optional>

// Payments (api.yaml Payment), also the MyPayment shape of /me/payments, which has no paymentStatus,
// createdAt or lastModifiedAt: those read as empty / invalid QDateTime, and an invalid timestamp is not
// written. Naming and contracts: see CommonJson.h.
namespace commercedesk::api::json {

/// Transaction {id, timestamp?, type, amount, interactionId?, state (Initial when absent)}.
std::optional<core::Transaction> readTransaction(const JsonCursor &cursor);
QJsonObject encodeTransaction(const core::Transaction &transaction);

std::optional<core::Payment> readPayment(const JsonCursor &cursor);
std::optional<core::Payment> decodePayment(const QJsonValue &value, JsonError *error = nullptr);
std::optional<core::PagedResult<core::Payment>> decodePaymentPage(const QJsonValue &value,
                                                                  JsonError *error = nullptr);
QJsonObject encodePayment(const core::Payment &payment);

} // namespace commercedesk::api::json
