// SPDX-License-Identifier: MIT
#include "api/Logging.h"

namespace commercedesk::api {

Q_LOGGING_CATEGORY(lcHttp, "commercedesk.api.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "commercedesk.api.auth", QtInfoMsg)

} // namespace commercedesk::api
