// SPDX-License-Identifier: MIT
#include "core/Zone.h"

namespace commercedesk::core {

bool Zone::contains(const QString &country, const std::optional<QString> &state) const
{
    for (const Location &location : locations) {
        if (location.country != country)
            continue;
        if (!location.state || location.state == state)
            return true;
    }
    return false;
}

} // namespace commercedesk::core
