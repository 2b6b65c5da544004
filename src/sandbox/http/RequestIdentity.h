// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/http/HttpMethod.h"

#include <QHttpServerRequest>
#include <QString>

namespace commercedesk::sandbox {

// What every sandbox-side HTTP front (HttpServer, the outside systems' ServiceServer) reads the same way
// from a request.

// QtHttpServer's method as the sandbox's HttpMethod (Other for methods no route serves).
HttpMethod methodOf(const QHttpServerRequest &request);

// The request's X-Correlation-ID when it is printable ASCII of at most 256 bytes; otherwise a fresh UUID.
QString correlationIdFor(const QHttpServerRequest &request);

} // namespace commercedesk::sandbox
