// SPDX-License-Identifier: MIT
#pragma once

#include "api/json/JsonCursor.h"
#include "core/ErrorBody.h"

#include <QJsonObject>

#include <optional>

// Error responses (api.yaml ErrorResponse). Naming and contracts: see CommonJson.h.
namespace commercedesk::api::json {

/// One error object {code, message, ...}: every other member (currentVersion, field, duplicateValue,
/// extensionErrors, ...) is kept in `extra` as plain Qt values and written back verbatim.
std::optional<core::ErrorObject> readErrorObject(const JsonCursor &cursor);
std::optional<core::ErrorObject> decodeErrorObject(const QJsonValue &value, JsonError *error = nullptr);
QJsonObject encodeErrorObject(const core::ErrorObject &object);

/// {statusCode, message, errors:[ErrorObject]} and the OAuth AuthErrorResponse form, which adds
/// "error" and "error_description". `errors` reads as empty when absent (token-endpoint errors).
std::optional<core::ErrorBody> readErrorBody(const JsonCursor &cursor);
std::optional<core::ErrorBody> decodeErrorBody(const QJsonValue &value, JsonError *error = nullptr);
QJsonObject encodeErrorBody(const core::ErrorBody &body);

} // namespace commercedesk::api::json
