// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

namespace commercedesk::api {

/// Requests: method, path, status, latency, correlation id. Never bodies, tokens or secrets.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
/// Token acquisition and renewal: grant kind, outcome, lifetime. Never token values.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)

} // namespace commercedesk::api
