// SPDX-License-Identifier: MIT
#include "sandbox/http/Principal.h"

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

bool Principal::hasScope(const QString &name, const QString &projectKey) const
{
    const QString wanted = name % u':' % projectKey;
    const QString admin = u"manage_project:"_s % projectKey;
    return scopes.contains(wanted) || scopes.contains(admin);
}

bool Principal::hasAnyScope(const QStringList &names, const QString &projectKey) const
{
    for (const QString &n : names) {
        if (hasScope(n, projectKey))
            return true;
    }
    return false;
}

} // namespace commercedesk::sandbox
