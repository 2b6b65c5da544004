// SPDX-License-Identifier: MIT
#include "sandbox/orders/SubscriptionEndpoints.h"

#include "sandbox/auth/ScopeRules.h"
#include "sandbox/http/ActionTable.h"
#include "sandbox/http/UpdateRequest.h"
#include "sandbox/orders/ResourceErrors.h"
#include "sandbox/query/ResourceQuery.h"
#include "sandbox/storage/Database.h"
#include "sandbox/storage/JsonValues.h"
#include "sandbox/storage/ResourceTable.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

std::optional<HttpResponse> checkDestination(const QJsonValue &destination)
{
    if (!destination.isObject() || destination.toObject().value(u"type"_s).toString().isEmpty())
        return ResourceErrors::missingValue(u"destination"_s);
    const QJsonObject d = destination.toObject();
    if (d.value(u"type"_s).toString() == u"HTTP"_s && !d.value(u"url"_s).isString())
        return ResourceErrors::missingValue(u"destination.url"_s);
    return std::nullopt;
}

std::optional<HttpResponse> checkMessages(const QJsonValue &messages)
{
    for (const QJsonValue &m : messages.toArray()) {
        if (m.toObject().value(u"resourceTypeId"_s).toString().isEmpty())
            return ResourceErrors::missingValue(u"messages.resourceTypeId"_s);
    }
    return std::nullopt;
}

QJsonArray normalisedMessages(const QJsonValue &messages)
{
    QJsonArray out;
    for (const QJsonValue &m : messages.toArray()) {
        const QJsonObject entry = m.toObject();
        out.append(QJsonObject{{u"resourceTypeId"_s, entry.value(u"resourceTypeId"_s)},
                               {u"types"_s, entry.value(u"types"_s).toArray()}});
    }
    return out;
}

} // namespace

SubscriptionEndpoints::SubscriptionEndpoints(Database &database, std::shared_ptr<const Clock> clock)
    : m_database(database)
    , m_clock(std::move(clock))
{}

void SubscriptionEndpoints::registerRoutes(Router &router)
{
    using E = ScopeRules::Endpoint;
    const RouteOptions read = ScopeRules::read(E::Subscriptions);
    const RouteOptions write = ScopeRules::write(E::Subscriptions);
    RouteOptions del = write;
    del.body = RouteOptions::Body::None;
    const QString base = u"/{projectKey}/subscriptions"_s;
    router.add(
        HttpMethod::Get, base, [this](RequestContext &c) { return query(c); }, read);
    router.add(
        HttpMethod::Post, base, [this](RequestContext &c) { return create(c); }, write);
    for (const bool byKey : {false, true}) {
        const QString p = base % (byKey ? u"/key={key}"_s : u"/{id}"_s);
        router.add(
            HttpMethod::Get, p, [this, byKey](RequestContext &c) { return get(c, byKey); }, read);
        router.add(
            HttpMethod::Post, p, [this, byKey](RequestContext &c) { return update(c, byKey); }, write);
        router.add(
            HttpMethod::Delete, p, [this, byKey](RequestContext &c) { return remove(c, byKey); }, del);
    }
}

std::optional<QJsonObject> SubscriptionEndpoints::load(const RequestContext &ctx, bool byKey) const
{
    ResourceTable table(m_database, u"subscriptions"_s);
    return byKey ? table.byKey(ctx.param(u"key"_s)) : table.byId(ctx.param(u"id"_s));
}

HttpResponse SubscriptionEndpoints::query(RequestContext &ctx)
{
    ResourceQuerySpec spec;
    spec.table = u"subscriptions"_s;
    return ResourceQuery::run(m_database, spec, ctx);
}

HttpResponse SubscriptionEndpoints::create(RequestContext &ctx)
{
    const QJsonObject draft = ctx.json.object();
    if (auto error = checkDestination(draft.value(u"destination"_s)))
        return *error;
    if (auto error = checkMessages(draft.value(u"messages"_s)))
        return *error;
    const QString key = draft.value(u"key"_s).toString();
    if (!key.isEmpty() && ResourceTable(m_database, u"subscriptions"_s).byKey(key))
        return ResourceErrors::duplicateField(u"key"_s, key);
    const QString ts = JsonValues::timestamp(m_clock->now());
    QJsonObject s{{u"id"_s, JsonValues::randomId()},
                  {u"version"_s, 1},
                  {u"createdAt"_s, ts},
                  {u"lastModifiedAt"_s, ts},
                  {u"destination"_s, draft.value(u"destination"_s)},
                  {u"messages"_s, normalisedMessages(draft.value(u"messages"_s))},
                  {u"changes"_s, draft.value(u"changes"_s).toArray()},
                  {u"events"_s, draft.value(u"events"_s).toArray()},
                  {u"format"_s, draft.value(u"format"_s).isObject()
                                    ? draft.value(u"format"_s)
                                    : QJsonObject{{u"type"_s, u"Platform"_s}}},
                  {u"status"_s, u"Healthy"_s}};
    if (!key.isEmpty())
        s.insert(u"key"_s, key);
    if (!ResourceTable(m_database, u"subscriptions"_s).insert(s))
        return HttpResponse::error(500, u"General"_s, u"Could not store the subscription."_s);
    return HttpResponse::json(s, 201);
}

HttpResponse SubscriptionEndpoints::get(RequestContext &ctx, bool byKey)
{
    const auto s = load(ctx, byKey);
    if (!s)
        return byKey ? ResourceErrors::notFound(u"key"_s, ctx.param(u"key"_s))
                     : ResourceErrors::notFound(u"ID"_s, ctx.param(u"id"_s));
    return HttpResponse::json(*s);
}

HttpResponse SubscriptionEndpoints::update(RequestContext &ctx, bool byKey)
{
    const HttpResponse found = get(ctx, byKey);
    if (!found.isSuccess())
        return found;
    QJsonObject s = *load(ctx, byKey);
    const QJsonObject body = ctx.json.object();
    HttpResponse refused;
    const auto update = UpdateRequest::read(body, s, &refused);
    if (!update)
        return refused;
    const qint64 current = update->version();
    static const ActionTable<QJsonObject> table(
        {
            {u"changeDestination"_s,
             [](QJsonObject &sub, const QJsonObject &a) -> std::optional<HttpResponse> {
                 if (auto error = checkDestination(a.value(u"destination"_s)))
                     return error;
                 sub.insert(u"destination"_s, a.value(u"destination"_s));
                 return std::nullopt;
             }},
            {u"setMessages"_s,
             [](QJsonObject &sub, const QJsonObject &a) -> std::optional<HttpResponse> {
                 if (auto error = checkMessages(a.value(u"messages"_s)))
                     return error;
                 sub.insert(u"messages"_s, normalisedMessages(a.value(u"messages"_s)));
                 return std::nullopt;
             }},
            {u"setKey"_s,
             [](QJsonObject &sub, const QJsonObject &a) -> std::optional<HttpResponse> {
                 const QString key = a.value(u"key"_s).toString();
                 if (key.isEmpty())
                     sub.remove(u"key"_s);
                 else
                     sub.insert(u"key"_s, key);
                 return std::nullopt;
             }},
        },
        &ResourceErrors::unknownAction);
    for (const QJsonValue &v : update->actions()) {
        if (auto error = table.apply(s, v.toObject()))
            return *error;
    }
    s.insert(u"version"_s, current + 1);
    s.insert(u"lastModifiedAt"_s, JsonValues::timestamp(m_clock->now()));
    if (!ResourceTable(m_database, u"subscriptions"_s).update(s, current))
        return ResourceErrors::duplicateField(u"key"_s, s.value(u"key"_s));
    return HttpResponse::json(s);
}

HttpResponse SubscriptionEndpoints::remove(RequestContext &ctx, bool byKey)
{
    const HttpResponse found = get(ctx, byKey);
    if (!found.isSuccess())
        return found;
    const QJsonObject s = *load(ctx, byKey);
    bool ok = false;
    const qint64 expected = ctx.queryValue(u"version"_s).toLongLong(&ok);
    if (!ok)
        return HttpResponse::invalidInput(u"The query parameter 'version' is required."_s);
    if (expected != s.value(u"version"_s).toInteger())
        return ResourceErrors::concurrentModification(s.value(u"id"_s).toString(), expected,
                                                      s.value(u"version"_s).toInteger());
    if (!ResourceTable(m_database, u"subscriptions"_s).remove(s.value(u"id"_s).toString()))
        return HttpResponse::error(500, u"General"_s, u"Could not delete the subscription."_s);
    return HttpResponse::json(s);
}

} // namespace commercedesk::sandbox
