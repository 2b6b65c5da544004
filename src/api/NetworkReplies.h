// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/HttpRequest.h"
#include "api/Result.h"

#include <optional>

class QNetworkReply;

namespace commercedesk::api {

/// Reads a finished reply into an HttpResponse (any HTTP status), or returns the transport-level failure
/// (no HTTP answer: network, timeout, TLS, refused redirect). `correlationId` is the id the request was sent
/// with.
Result<HttpResponse> readReply(QNetworkReply *reply, const QString &correlationId);

/// Turns an HTTP error answer (status >= 400) into an ApiError: the commercetools error body
/// `{statusCode, message, errors:[{code, message, …}]}` and the OAuth form `{error, error_description}` are
/// understood; any other body (an HTML proxy page, nothing) gives Kind::HttpNonJson with the status only.
ApiError errorFromHttp(const HttpResponse &response);

} // namespace commercedesk::api
