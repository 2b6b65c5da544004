// SPDX-License-Identifier: MIT
#include "sandbox/orders/DirectoryEndpoints.h"

#include "sandbox/auth/BusinessUnitAccess.h"
#include "sandbox/auth/ScopeRules.h"
#include "sandbox/orders/ResourceErrors.h"
#include "sandbox/storage/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

DirectoryEndpoints::DirectoryEndpoints(Database &database)
    : m_database(database)
{}

void DirectoryEndpoints::registerRoutes(Router &router)
{
    using E = ScopeRules::Endpoint;
    const QHash<QString, QString> unitColumns{{u"unitType"_s, u"unit_type"_s},
                                              {u"parentUnit.key"_s, u"parent_key"_s}};
    const struct
    {
        QString path;
        Resource resource;
        E endpoint;
    } resources[] = {
        {u"business-units"_s, {u"business_units"_s, unitColumns, false}, E::BusinessUnits},
        {u"me/business-units"_s, {u"business_units"_s, unitColumns, true}, E::MyBusinessUnits},
        // api.yaml `/{projectKey}/as-associate/{associateId}/business-units` (view_business_units): the
        // units the associate belongs to, explicitly or through a parent.
        {u"as-associate/{associateId}/business-units"_s,
         {u"business_units"_s, unitColumns, false, true},
         E::BusinessUnits},
        {u"associate-roles"_s, {u"associate_roles"_s, {}, false}, E::AssociateRoles},
        {u"stores"_s, {u"stores"_s, {}, false}, E::Stores},
        {u"channels"_s, {u"channels"_s, {}, false}, E::Channels},
        // The attribute definitions (with enum labels) a storefront shows facet values by.
        {u"product-types"_s, {u"product_types"_s, {}, false}, E::ProductTypes},
    };
    for (const auto &r : resources) {
        const QString base = u"/{projectKey}/"_s % r.path;
        const Resource resource = r.resource;
        const RouteOptions options = ScopeRules::read(r.endpoint);
        router.add(
            HttpMethod::Get, base, [this, resource](RequestContext &c) { return query(c, resource); },
            options);
        router.add(
            HttpMethod::Get, base % u"/{id}"_s,
            [this, resource](RequestContext &c) { return get(c, resource, false); }, options);
        router.add(
            HttpMethod::Get, base % u"/key={key}"_s,
            [this, resource](RequestContext &c) { return get(c, resource, true); }, options);
    }
}

std::optional<HttpResponse> DirectoryEndpoints::restrict(const RequestContext &ctx, const Resource &resource,
                                                         ResourceQuerySpec &spec) const
{
    if (resource.asAssociate) {
        spec.scopeSql = u"key IN ("_s % BusinessUnitAccess::memberUnitKeysSql() % u')';
        spec.scopeBindings = {ctx.param(u"associateId"_s)};
        return std::nullopt;
    }
    if (!resource.mine)
        return std::nullopt;
    if (!ctx.principal || ctx.principal->customerId.isEmpty())
        return HttpResponse::insufficientScope(u"This endpoint needs a customer (password flow) token."_s);
    spec.scopeSql = u"key IN ("_s % BusinessUnitAccess::memberUnitKeysSql() % u')';
    spec.scopeBindings = {ctx.principal->customerId};
    return std::nullopt;
}

HttpResponse DirectoryEndpoints::query(RequestContext &ctx, const Resource &resource)
{
    ResourceQuerySpec spec;
    spec.table = resource.table;
    spec.columns = resource.columns;
    if (auto error = restrict(ctx, resource, spec))
        return *error;
    return ResourceQuery::run(m_database, spec, ctx);
}

HttpResponse DirectoryEndpoints::get(RequestContext &ctx, const Resource &resource, bool byKey)
{
    ResourceQuerySpec spec;
    if (auto error = restrict(ctx, resource, spec))
        return *error;
    const QString value = byKey ? ctx.param(u"key"_s) : ctx.param(u"id"_s);
    QString sql = u"SELECT doc FROM "_s % resource.table % (byKey ? u" WHERE key = ?"_s : u" WHERE id = ?"_s);
    if (!spec.scopeSql.isEmpty())
        sql += u" AND "_s % spec.scopeSql;
    QSqlQuery q(m_database.connection());
    q.prepare(sql);
    q.addBindValue(value);
    for (const QVariant &b : std::as_const(spec.scopeBindings))
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return ResourceErrors::notFound(byKey ? u"key"_s : u"ID"_s, value);
    return HttpResponse::json(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
}

} // namespace commercedesk::sandbox
