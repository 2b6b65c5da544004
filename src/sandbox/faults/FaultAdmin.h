// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/http/HttpResponse.h"
#include "sandbox/http/RequestContext.h"

#include <functional>

namespace commercedesk::sandbox {

class FaultInjector;

// The /_fault admin endpoint of every server that faults (through FaultGate): the contract is
// documented in FaultInjector.h. The caller answers loopback peers only and never faults it; errors are
// made with `error` so each server keeps its own error shape. Stateless.
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
