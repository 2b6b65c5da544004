// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// Logging categories of the platform layer. Convention for every layer: declare the layer's categories in
// <layer>/LoggingCategories.h as `lc<Area>` inside the layer namespace, named
// "commercedesk.<layer>[.<area>]", and log with qCDebug/qCInfo/qCWarning/qCCritical(lc<Area>). Logging routes
// them into spdlog with the category name. Never format a secret into a message; log key names, never values.
namespace commercedesk::platform {

Q_DECLARE_LOGGING_CATEGORY(lcLogging)     // "commercedesk.platform.logging"
Q_DECLARE_LOGGING_CATEGORY(lcCredentials) // "commercedesk.platform.credentials"

} // namespace commercedesk::platform
