// SPDX-License-Identifier: MIT
#pragma once

#include "api/HttpRequest.h"
#include "api/Result.h"
#include "api/json/JsonError.h"

#include <QJsonValue>

#include <optional>

namespace commercedesk::api {

/// Parses a 2xx body as JSON. Malformed or truncated JSON → ApiError::Kind::MalformedJson.
Result<QJsonValue> parseJsonBody(const HttpResponse &response);

/// The error for a body that parsed but did not decode (`problem` names the path).
ApiError unexpectedShape(const HttpResponse &response, const json::JsonError &problem);

/// Parses the body and runs a json:: decoder of the shape
/// `std::optional<T> decode(const QJsonValue &, json::JsonError *)` on it.
template<class T, class Decoder>
Result<T> decodeBody(const HttpResponse &response, Decoder decode)
{
    Result<QJsonValue> parsed = parseJsonBody(response);
    if (!parsed.ok())
        return parsed.error();
    json::JsonError problem;
    std::optional<T> value = decode(parsed.value(), &problem);
    if (!value)
        return unexpectedShape(response, problem);
    return std::move(*value);
}

} // namespace commercedesk::api
