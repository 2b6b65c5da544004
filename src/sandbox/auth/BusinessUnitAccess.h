// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QString>

#include <optional>

namespace commercedesk::sandbox {

class Database;

// Who is an associate of which business unit, with which permissions: the unit's own associates
// plus, for units with associateMode ExplicitAndFromParent, the parent's associates whose role
// assignment has inheritance Enabled (recursively). Reads the stored BusinessUnit and AssociateRole
// documents; same thread as the Database.
class BusinessUnitAccess
{
public:
    explicit BusinessUnitAccess(Database &database);

    // nullopt when no unit has `unitKey`; otherwise the permissions (maybe none) of `customerId` there.
    std::optional<QSet<QString>> permissions(const QString &customerId, const QString &unitKey) const;
    // SQL "SELECT key FROM …" listing the keys of every unit the customer (one positional binding)
    // is an associate of, explicitly or inherited.
    static QString memberUnitKeysSql();

private:
    QSet<QString> roleKeys(const QString &customerId, const QString &unitKey, bool inheritedOnly,
                           int depth) const;

    Database &m_database;
};

} // namespace commercedesk::sandbox
