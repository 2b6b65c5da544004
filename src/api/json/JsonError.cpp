// SPDX-License-Identifier: MIT
#include "api/json/JsonError.h"

using namespace Qt::StringLiterals;

namespace commercedesk::api::json {

QString JsonError::toString() const
{
    if (path.isEmpty())
        return message;
    return path % u": "_s % message;
}

} // namespace commercedesk::api::json
