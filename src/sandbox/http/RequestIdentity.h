// SPDX-License-Identifier: MIT
#pragma once

#include "http/HttpRequest.h"
#include "sandbox/http/HttpMethod.h"

#include <QString>

namespace commercedesk::sandbox {

// What every sandbox-side HTTP front (HttpServer, the outside systems' ServiceServer) reads the same way
// from a request.

// The request's method as the sandbox's HttpMethod (Other for methods no route serves).
HttpMethod methodOf(const http::Request &request);

// The request's X-Correlation-ID when it is printable ASCII of at most 256 bytes; otherwise a fresh UUID.
QString correlationIdFor(const http::Request &request);

} // namespace commercedesk::sandbox
