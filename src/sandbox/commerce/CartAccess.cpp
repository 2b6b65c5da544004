// SPDX-License-Identifier: MIT
#include "sandbox/commerce/CartAccess.h"

#include "sandbox/auth/BusinessUnitAccess.h"
#include "sandbox/storage/Database.h"
#include "sandbox/storage/JsonValues.h"
#include "sandbox/storage/ResourceTable.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

// Role keys of `customerId` in unit `unitKey`, plus those inherited from parent units.
QStringList roleKeys(Database &database, const QString &unitKey, const QString &customerId)
{
    QStringList roles;
    ResourceTable units(database, u"business_units"_s);
    QString key = unitKey;
    for (int depth = 0; depth < 16 && !key.isEmpty(); ++depth) {
        const auto unit = units.byKey(key);
        if (!unit)
            break;
        QSqlQuery q(database.connection());
        q.prepare(
            u"SELECT role_key FROM business_unit_associates WHERE business_unit_id = ? AND customer_id = ?"_s);
        q.addBindValue(unit->value(u"id"_s).toString());
        q.addBindValue(customerId);
        if (q.exec()) {
            while (q.next())
                roles.append(q.value(0).toString());
        }
        if (unit->value(u"associateMode"_s).toString() != u"ExplicitAndFromParent"_s)
            break;
        key = unit->value(u"parentUnit"_s).toObject().value(u"key"_s).toString();
    }
    return roles;
}

} // namespace

std::optional<CartAccess> CartAccess::forRequest(Database &database, CartSurface surface,
                                                 const RequestContext &ctx, HttpResponse *error)
{
    CartAccess access;
    access.m_surface = surface;
    const Principal principal = ctx.principal.value_or(Principal());
    if (surface == CartSurface::Me) {
        access.m_customerId = principal.customerId;
        access.m_anonymousId = principal.customerId.isEmpty() ? principal.anonymousId : QString();
        if (access.m_customerId.isEmpty() && access.m_anonymousId.isEmpty()) {
            *error = HttpResponse::insufficientScope(
                u"The /me endpoints need a token of a customer (password flow) or an anonymous session."_s);
            return std::nullopt;
        }
    } else if (surface == CartSurface::Associate) {
        const QString associateId = ctx.param(u"associateId"_s);
        if (!principal.customerId.isEmpty() && principal.customerId != associateId) {
            *error = HttpResponse::insufficientScope(u"The token may only act as its own associate."_s);
            return std::nullopt;
        }
        access.m_customerId = associateId;
        access.m_businessUnitKey = ctx.param(u"businessUnitKey"_s);
        if (!ResourceTable(database, u"business_units"_s).byKey(access.m_businessUnitKey)) {
            *error = HttpResponse::notFound(
                u"The business unit with key '%1' was not found."_s.arg(access.m_businessUnitKey));
            return std::nullopt;
        }
        ResourceTable roles(database, u"associate_roles"_s);
        for (const QString &key : roleKeys(database, access.m_businessUnitKey, associateId)) {
            if (const auto role = roles.byKey(key)) {
                for (const QJsonValue &p : role->value(u"permissions"_s).toArray())
                    access.m_permissions.insert(p.toString());
            }
        }
    }
    return access;
}

bool CartAccess::isOwn(const CartDocument &cart) const
{
    return !m_customerId.isEmpty() && cart.customerId() == m_customerId;
}

bool CartAccess::canSee(const CartDocument &cart) const
{
    switch (m_surface) {
    case CartSurface::Admin:
        return true;
    case CartSurface::Me:
        if (!m_customerId.isEmpty())
            return isOwn(cart);
        return !cart.hasCustomerId() && cart.anonymousId() == m_anonymousId;
    case CartSurface::Associate:
        return cart.businessUnitKey() == m_businessUnitKey &&
               holds(isOwn(cart) ? u"ViewMyCarts"_s : u"ViewOthersCarts"_s);
    }
    return false;
}

HttpResponse CartAccess::missingPermission(const QStringList &permissions) const
{
    return HttpResponse::error(
        403, u"AssociateMissingPermission"_s,
        u"Associate '%1' has no permission %2 in business unit '%3'."_s.arg(
            m_customerId, permissions.join(u" or "_s), m_businessUnitKey),
        QJsonObject{{u"associate"_s, JsonValues::reference(u"customer"_s, m_customerId)},
                    {u"businessUnit"_s, JsonValues::keyReference(u"business-unit"_s, m_businessUnitKey)},
                    {u"permissions"_s, QJsonArray::fromStringList(permissions)}});
}

ActionResult CartAccess::check(Operation operation, const CartDocument &cart) const
{
    if (m_surface != CartSurface::Associate)
        return std::nullopt;
    const bool own = operation == Operation::Create || isOwn(cart);
    QString verb;
    switch (operation) {
    case Operation::View:
        verb = u"View"_s;
        break;
    case Operation::Create:
        verb = u"Create"_s;
        break;
    case Operation::Update:
        verb = u"Update"_s;
        break;
    case Operation::Delete:
        verb = u"Delete"_s;
        break;
    }
    const QString permission = verb % (own ? u"MyCarts"_s : u"OthersCarts"_s);
    if (holds(permission))
        return std::nullopt;
    return missingPermission({permission});
}

void CartAccess::stampOwner(CartDocument &cart) const
{
    if (m_surface == CartSurface::Admin)
        return;
    cart.setCustomerId(m_customerId);
    cart.setAnonymousId(m_anonymousId);
    if (m_surface == CartSurface::Associate)
        cart.setBusinessUnitKey(m_businessUnitKey);
}

bool CartAccess::isAssociate(Database &database, const QString &customerId, const QString &unitKey)
{
    if (customerId.isEmpty() || unitKey.isEmpty())
        return false;
    return database
        .scalar(u"SELECT 1 WHERE ? IN ("_s % BusinessUnitAccess::memberUnitKeysSql() % u')',
                {unitKey, customerId})
        .isValid();
}

ActionResult CartAccess::checkUnitForBuyer(Database &database, const CartDocument &cart)
{
    const QString key = cart.businessUnitKey();
    if (key.isEmpty() || isAssociate(database, cart.customerId(), key))
        return std::nullopt;
    return CommerceErrors::referencedNotFound(u"business-unit"_s, key, true);
}

void CartAccess::restrict(ResourceQuerySpec &spec) const
{
    switch (m_surface) {
    case CartSurface::Admin:
        return;
    case CartSurface::Me:
        if (!m_customerId.isEmpty()) {
            spec.scopeSql = u"customer_id = ?"_s;
            spec.scopeBindings = {m_customerId};
        } else {
            spec.scopeSql = u"anonymous_id = ? AND customer_id IS NULL"_s;
            spec.scopeBindings = {m_anonymousId};
        }
        return;
    case CartSurface::Associate:
        if (holds(u"ViewOthersCarts"_s)) {
            spec.scopeSql = u"business_unit_key = ?"_s;
            spec.scopeBindings = {m_businessUnitKey};
        } else if (holds(u"ViewMyCarts"_s)) {
            spec.scopeSql = u"business_unit_key = ? AND customer_id = ?"_s;
            spec.scopeBindings = {m_businessUnitKey, m_customerId};
        } else {
            spec.scopeSql = u"0"_s;
        }
        return;
    }
}

} // namespace commercedesk::sandbox
