// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/http/HttpResponse.h"
#include "sandbox/http/RequestContext.h"
#include "sandbox/http/Router.h"

namespace commercedesk::sandbox {

// The contract log (tests/contract, docs/contract-coverage.md): when the environment variable
// COMMERCEDESK_CONTRACT_LOG names a directory, every request the sandbox answers is appended there as one
// NDJSON line {source, method, route, path, status, request, response} to "<source>-<pid>.ndjson", where
// `route` is the matched route pattern ("/{projectKey}/carts/{id}"; empty for an unknown path), `request` and
// `response` the bodies (parsed JSON, a string when not JSON, null when empty) and `source` the value of
// COMMERCEDESK_CONTRACT_SOURCE ("sandbox" when unset). The log is bounded: once one kind of exchange (method,
// route, status and update-action names) has logged 40 exchanges or 2 MiB of bodies in this process (but
// never before its first 3), its further lines carry `"bodiesOmitted": true` instead of the bodies. The
// validator (tests/contract/validate.mjs) checks the bodies against the official specification. Without the
// variable, record() does nothing and costs one branch. Headers (tokens) are never recorded. Thread-safe:
// sandboxes in several threads share the file.
class ContractRecorder
{
public:
    static bool enabled();
    static void record(const Router &router, const RequestContext &ctx, const HttpResponse &response);
};

} // namespace commercedesk::sandbox
