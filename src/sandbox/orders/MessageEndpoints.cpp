// SPDX-License-Identifier: MIT
#include "sandbox/orders/MessageEndpoints.h"

#include "sandbox/auth/ScopeRules.h"
#include "sandbox/orders/ResourceErrors.h"
#include "sandbox/query/ResourceQuery.h"
#include "sandbox/storage/ResourceTable.h"

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

MessageEndpoints::MessageEndpoints(Database &database)
    : m_database(database)
{}

void MessageEndpoints::registerRoutes(Router &router)
{
    // Both GETs only read (RouteOptions::concurrentRead).
    const RouteOptions read = concurrentRead(ScopeRules::read(ScopeRules::Endpoint::Messages));
    router.add(
        HttpMethod::Get, u"/{projectKey}/messages"_s, [this](RequestContext &c) { return query(c); }, read);
    router.add(
        HttpMethod::Get, u"/{projectKey}/messages/{id}"_s, [this](RequestContext &c) { return get(c); },
        read);
}

HttpResponse MessageEndpoints::query(RequestContext &ctx)
{
    ResourceQuerySpec spec;
    spec.table = u"messages"_s;
    spec.columns = {{u"type"_s, u"type"_s},
                    {u"resource.id"_s, u"resource_id"_s},
                    {u"resource.typeId"_s, u"resource_type"_s},
                    {u"sequenceNumber"_s, u"sequence_number"_s}};
    return ResourceQuery::run(m_database, spec, ctx);
}

HttpResponse MessageEndpoints::get(RequestContext &ctx)
{
    const auto message = ResourceTable(m_database, u"messages"_s).byId(ctx.param(u"id"_s));
    if (!message)
        return ResourceErrors::notFound(u"ID"_s, ctx.param(u"id"_s));
    return HttpResponse::json(*message);
}

} // namespace commercedesk::sandbox
