// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/faults/FaultGate.h"

#include <functional>

namespace commercedesk::sandbox {

// How the sandbox's own API (service "api") answers injected faults, in the commercetools error shape:
// rules match the path relative to /{projectKey}; an outage answers 503 ServiceUnavailable; error:409
// answers ConcurrentModification with the resource's currentVersion (read with a GET of the same path
// through `dispatch`, same token; the request's expected version when that GET fails); other error
// statuses their commercetools code (400 InvalidInput, 401 invalid_token, 403 insufficient_scope,
// 404 ResourceNotFound, 502 BadGateway, 503 ServiceUnavailable, 504 GatewayTimeout, else General);
// garbage a 200 `{"results": [ <<injected garbage>>`. Stateless.
class ApiFaults
{
public:
    // `dispatch` runs a request through the API's routes (HttpServer::dispatch) and must stay valid
    // while the answers are used.
    static FaultGate::Answers answers(const QString &projectKey,
                                      std::function<HttpResponse(RequestContext &)> dispatch);
};

} // namespace commercedesk::sandbox
