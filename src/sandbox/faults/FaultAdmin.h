// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/http/HttpResponse.h"
#include "sandbox/http/RequestContext.h"

#include <functional>

namespace commercedesk::sandbox {

class FaultInjector;

// The /_fault admin endpoint, served the same way by every outside service (ServiceServer) and by
// the sandbox's own API (HttpServer). The caller answers loopback peers only and never faults it.
// It is a test and demo tool, so it is guarded against every other local process and web page:
//  - it exists only when the injector's admin is enabled (--fault-admin / OutsideSystemsConfig::faultAdmin);
//    otherwise every method answers 404, as for any unknown path;
//  - every request must carry `Authorization: Bearer <token>` (the random token the sandbox prints and
//    hands to tests; compared in constant time) → otherwise 401 invalid_token;
//  - a POST must be `Content-Type: application/json` → otherwise 415 (a browser's cross-site form post
//    can only send text/plain, form-urlencoded or multipart, and no Authorization header).
//  GET    /_fault                     → 200 {"rules":[FaultRule::toJson()…]}
//  POST   /_fault {"service"?,"route","method"?,"kind","arg"?} → 201 the rule (service defaults to
//         `defaultService`); 400 invalid_fault when malformed
//  DELETE /_fault[?service=S|*]       → 200 {"removed":N} (S defaults to `defaultService`)
// Other methods → 405, other paths under /_fault → 404. Errors are made with `error` so each server
// keeps its own error shape. Stateless.
class FaultAdmin
{
public:
    using ErrorFactory = std::function<HttpResponse(int status, const QString &code, const QString &message)>;

    static bool isAdminPath(const QString &path);
    // `faults` null or its admin not enabled: 404.
    static HttpResponse handle(FaultInjector *faults, const RequestContext &ctx,
                               const QString &defaultService, const ErrorFactory &error);
};

} // namespace commercedesk::sandbox
