// SPDX-License-Identifier: MIT
#include "sandbox/auth/BusinessUnitAccess.h"

#include "sandbox/storage/Database.h"
#include "sandbox/storage/ResourceTable.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

BusinessUnitAccess::BusinessUnitAccess(Database &database)
    : m_database(database)
{}

QSet<QString> BusinessUnitAccess::roleKeys(const QString &customerId, const QString &unitKey,
                                           bool inheritedOnly, int depth) const
{
    QSet<QString> roles;
    const auto unit = ResourceTable(m_database, u"business_units"_s).byKey(unitKey);
    if (!unit || depth > 16)
        return roles;
    for (const QJsonValue &a : unit->value(u"associates"_s).toArray()) {
        const QJsonObject associate = a.toObject();
        if (associate.value(u"customer"_s).toObject().value(u"id"_s).toString() != customerId)
            continue;
        for (const QJsonValue &r : associate.value(u"associateRoleAssignments"_s).toArray()) {
            const QJsonObject assignment = r.toObject();
            if (inheritedOnly && assignment.value(u"inheritance"_s).toString(u"Enabled"_s) != u"Enabled"_s)
                continue;
            roles.insert(assignment.value(u"associateRole"_s).toObject().value(u"key"_s).toString());
        }
    }
    const QString parent = unit->value(u"parentUnit"_s).toObject().value(u"key"_s).toString();
    if (!parent.isEmpty() && unit->value(u"associateMode"_s).toString() == u"ExplicitAndFromParent"_s)
        roles.unite(roleKeys(customerId, parent, true, depth + 1));
    return roles;
}

std::optional<QSet<QString>> BusinessUnitAccess::permissions(const QString &customerId,
                                                             const QString &unitKey) const
{
    if (!m_database.scalar(u"SELECT 1 FROM business_units WHERE key = ?"_s, {unitKey}).isValid())
        return std::nullopt;
    QSet<QString> permissions;
    ResourceTable roles(m_database, u"associate_roles"_s);
    for (const QString &key : roleKeys(customerId, unitKey, false, 0)) {
        const auto role = roles.byKey(key);
        if (!role)
            continue;
        for (const QJsonValue &p : role->value(u"permissions"_s).toArray())
            permissions.insert(p.toString());
    }
    return permissions;
}

QString BusinessUnitAccess::memberUnitKeysSql()
{
    return u"WITH RECURSIVE member(key) AS ("
           u"SELECT b.key FROM business_units b JOIN business_unit_associates a ON a.business_unit_id = b.id "
           u"WHERE a.customer_id = ? "
           u"UNION SELECT c.key FROM business_units c JOIN member m ON c.parent_key = m.key "
           u"WHERE json_extract(c.doc, '$.associateMode') = 'ExplicitAndFromParent') "
           u"SELECT key FROM member"_s;
}

} // namespace commercedesk::sandbox
