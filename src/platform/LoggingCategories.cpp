// SPDX-License-Identifier: MIT
#include "platform/LoggingCategories.h"

namespace commercedesk::platform {

Q_LOGGING_CATEGORY(lcLogging, "commercedesk.platform.logging")
Q_LOGGING_CATEGORY(lcCredentials, "commercedesk.platform.credentials")

} // namespace commercedesk::platform
