// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace commercedesk::sandbox {

// Who a bearer token speaks for. `scopes` are the wire form ("view_products:demo",
// "customer_id:…", "anonymous_id:…").
struct Principal
{
    QString clientId;
    QStringList scopes;
    QString customerId;
    QString anonymousId;

    // True when the token holds `name:{projectKey}` (store-scoped `name:{projectKey}:{store}` does
    // not count for project-wide endpoints). manage_project implies every scope.
    bool hasScope(const QString &name, const QString &projectKey) const;
    bool hasAnyScope(const QStringList &names, const QString &projectKey) const;
};

} // namespace commercedesk::sandbox
