// SPDX-License-Identifier: MIT
#pragma once

#include "api/PaymentIntent.h"
#include "api/json/JsonError.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

// The Payment Intents API's wire shapes (commercetools-openapi/checkout.yaml PaymentIntent,
// PaymentIntentResponse). Naming and contracts: see CommonJson.h.
namespace commercedesk::api::json {

/// {"actions":[{"action":"capturePayment"|…, "amount"?: {centAmount, currencyCode}, "transactionId"?,
/// "merchantReference"?}]}.
QJsonObject encodePaymentIntent(const PaymentIntentAction &action);
/// {"outcome":"approved"|"rejected"|"received"}.
std::optional<PaymentIntentOutcome> decodePaymentIntentOutcome(const QJsonValue &value,
                                                               JsonError *error = nullptr);

} // namespace commercedesk::api::json
