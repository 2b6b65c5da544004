// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace commercedesk::http {

// What one HTTP/1.1 front (http::Server) lets one client make it hold or wait for. Each server picks its own
// (see docs/security.md for the values the sandbox, its outside services and the orchestrator use); every
// limit is enforced while the request is read, before a later part of it is accepted.
struct Limits
{
    // Request line plus header fields, line ends included: longer → 414 (request line) or 431 (headers).
    qint64 maxHeaderBytes = 16 * 1024;
    // Header fields of one request: more → 431.
    int maxHeaderCount = 100;
    // Declared Content-Length above this → 413, answered before a byte of the body is read.
    qint64 maxBodyBytes = 1024 * 1024;
    // No byte of a next request (new or kept-alive connection) for this long: the connection is closed.
    int idleTimeoutMs = 60'000;
    // From the first byte of a request to the end of its header block (slow-header clients): 408, closed.
    int headerTimeoutMs = 10'000;
    // No byte of a declared body for this long: 408, closed.
    int bodyTimeoutMs = 10'000;
    // Open connections at once; a further one gets 503 and is closed.
    int maxConnections = 256;
};

} // namespace commercedesk::http
