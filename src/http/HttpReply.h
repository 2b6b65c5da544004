// SPDX-License-Identifier: MIT
#pragma once

#include "http/HttpRequest.h"

#include <QByteArray>

namespace commercedesk::http {

// One answer as a server's owner builds it. The connection adds Content-Length (none for 204/304) and
// Connection, and leaves the body out for HEAD requests.
struct Reply
{
    int status = 200;
    QByteArray contentType; // empty: no Content-Type header
    QByteArray body;
    HeaderList headers; // added as given (X-Correlation-ID, Allow, Retry-After, …)
};

} // namespace commercedesk::http
