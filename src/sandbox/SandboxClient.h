// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace commercedesk::sandbox {

// One provisioned API client. `scopes` are bare scope names (e.g. "view_orders"); on the wire they
// are `name:{projectKey}`.
struct SandboxClient
{
    QString name;
    QString clientId;
    QString clientSecret;
    QStringList scopes;
};

} // namespace commercedesk::sandbox
