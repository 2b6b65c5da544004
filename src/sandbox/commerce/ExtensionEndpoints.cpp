// SPDX-License-Identifier: MIT
#include "sandbox/commerce/ExtensionEndpoints.h"

#include "sandbox/Clock.h"
#include "sandbox/auth/ScopeRules.h"
#include "sandbox/commerce/StoredResources.h"
#include "sandbox/http/ActionTable.h"
#include "sandbox/query/Predicate.h"
#include "sandbox/query/ResourceQuery.h"
#include "sandbox/storage/Database.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

ExtensionEndpoints::ExtensionEndpoints(Database &database, std::shared_ptr<const Clock> clock)
    : m_database(database)
    , m_clock(std::move(clock))
{}

void ExtensionEndpoints::registerRoutes(Router &router)
{
    const RouteOptions read = ScopeRules::read(ScopeRules::Endpoint::Extensions);
    const RouteOptions write = ScopeRules::write(ScopeRules::Endpoint::Extensions);
    RouteOptions remove = write;
    remove.body = RouteOptions::Body::None;
    const QString base = u"/{projectKey}/extensions"_s;
    router.add(
        HttpMethod::Get, base,
        [this](RequestContext &c) {
            ResourceQuerySpec spec;
            spec.table = u"extensions"_s;
            return ResourceQuery::run(m_database, spec, c);
        },
        read);
    router.add(
        HttpMethod::Post, base, [this](RequestContext &c) { return create(c); }, write);
    for (const bool byKey : {false, true}) {
        const QString path = base % (byKey ? u"/key={key}"_s : u"/{id}"_s);
        const StoredResources store(m_database, u"extensions"_s, u"Extension"_s);
        router.add(
            HttpMethod::Get, path, [store, byKey](RequestContext &c) { return store.get(c, byKey); }, read);
        router.add(
            HttpMethod::Post, path,
            [this, store, byKey](RequestContext &c) {
                return store.update(c, byKey, m_clock->now(), &ExtensionEndpoints::apply);
            },
            write);
        router.add(
            HttpMethod::Delete, path, [store, byKey](RequestContext &c) { return store.remove(c, byKey); },
            remove);
    }
}

ActionResult ExtensionEndpoints::readDestination(const QJsonValue &value, QJsonObject *out)
{
    const QJsonObject d = value.toObject();
    if (!value.isObject())
        return CommerceErrors::requiredField(u"destination"_s);
    if (d.value(u"type"_s).toString() != u"HTTP"_s)
        return CommerceErrors::invalidField(u"destination.type"_s, d.value(u"type"_s), {u"HTTP"_s});
    const QUrl url(d.value(u"url"_s).toString(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty())
        return CommerceErrors::invalidField(u"destination.url"_s, d.value(u"url"_s));
    if (d.contains(u"authentication"_s)) {
        const QJsonObject auth = d.value(u"authentication"_s).toObject();
        const QString type = auth.value(u"type"_s).toString();
        if (type == u"AuthorizationHeader"_s && !auth.value(u"headerValue"_s).isString())
            return CommerceErrors::requiredField(u"destination.authentication.headerValue"_s);
        if (type == u"AzureFunctions"_s && !auth.value(u"key"_s).isString())
            return CommerceErrors::requiredField(u"destination.authentication.key"_s);
        if (type != u"AuthorizationHeader"_s && type != u"AzureFunctions"_s)
            return CommerceErrors::invalidField(u"destination.authentication.type"_s, auth.value(u"type"_s),
                                                {u"AuthorizationHeader"_s, u"AzureFunctions"_s});
    }
    *out = d;
    return std::nullopt;
}

ActionResult ExtensionEndpoints::readTriggers(const QJsonValue &value, QJsonArray *out)
{
    static const QStringList types{u"cart"_s,     u"order"_s,         u"payment"_s,
                                   u"customer"_s, u"quote-request"_s, u"staged-quote"_s,
                                   u"quote"_s,    u"business-unit"_s, u"shopping-list"_s};
    const QJsonArray triggers = value.toArray();
    if (triggers.isEmpty())
        return CommerceErrors::requiredField(u"triggers"_s);
    for (const QJsonValue &t : triggers) {
        const QJsonObject trigger = t.toObject();
        HttpResponse error;
        if (!trigger.contains(u"resourceTypeId"_s))
            return CommerceErrors::requiredField(u"triggers.resourceTypeId"_s);
        if (!CommerceErrors::checkEnum(trigger, u"resourceTypeId"_s, types, &error))
            return error;
        const QJsonArray actions = trigger.value(u"actions"_s).toArray();
        if (actions.isEmpty())
            return CommerceErrors::requiredField(u"triggers.actions"_s);
        for (const QJsonValue &a : actions) {
            if (a.toString() != u"Create"_s && a.toString() != u"Update"_s)
                return CommerceErrors::invalidField(u"triggers.actions"_s, a, {u"Create"_s, u"Update"_s});
        }
        if (trigger.contains(u"condition"_s)) {
            QString parseError;
            if (!Predicate::parse(trigger.value(u"condition"_s).toString(), {}, &parseError))
                return HttpResponse::invalidInput(u"Malformed condition: "_s % parseError);
        }
    }
    *out = triggers;
    return std::nullopt;
}

ActionResult ExtensionEndpoints::checkTimeout(const QJsonObject &extension)
{
    if (!extension.contains(u"timeoutInMs"_s))
        return std::nullopt;
    bool cart = false;
    for (const QJsonValue &t : extension.value(u"triggers"_s).toArray())
        cart = cart || t.toObject().value(u"resourceTypeId"_s).toString() == u"cart"_s;
    const qint64 timeout = extension.value(u"timeoutInMs"_s).toInteger(0);
    if (timeout < 1 || timeout > (cart ? 2000 : 10000))
        return CommerceErrors::invalidField(u"timeoutInMs"_s, extension.value(u"timeoutInMs"_s));
    return std::nullopt;
}

HttpResponse ExtensionEndpoints::create(RequestContext &ctx)
{
    const QJsonObject draft = ctx.json.object();
    QJsonObject destination;
    QJsonArray triggers;
    if (auto failed = readDestination(draft.value(u"destination"_s), &destination))
        return *failed;
    if (auto failed = readTriggers(draft.value(u"triggers"_s), &triggers))
        return *failed;
    QJsonObject extension{{u"destination"_s, destination}, {u"triggers"_s, triggers}};
    for (const QString &field : {u"key"_s, u"timeoutInMs"_s}) {
        if (draft.contains(field))
            extension.insert(field, draft.value(field));
    }
    if (auto failed = checkTimeout(extension))
        return *failed;
    if (m_database.scalar(u"SELECT COUNT(*) FROM extensions"_s).toInt() >= MaxExtensions)
        return CommerceErrors::invalidOperation(
            u"A project can have at most %1 extensions."_s.arg(MaxExtensions));
    return StoredResources(m_database, u"extensions"_s, u"Extension"_s).create(extension, m_clock->now());
}

ActionResult ExtensionEndpoints::apply(QJsonObject &extension, const QJsonObject &action)
{
    static const ActionTable<QJsonObject> table(
        {
            {u"setKey"_s,
             [](QJsonObject &e, const QJsonObject &a) -> ActionResult {
                 if (a.value(u"key"_s).toString().isEmpty())
                     e.remove(u"key"_s);
                 else
                     e.insert(u"key"_s, a.value(u"key"_s).toString());
                 return std::nullopt;
             }},
            {u"changeTriggers"_s,
             [](QJsonObject &e, const QJsonObject &a) -> ActionResult {
                 QJsonArray triggers;
                 if (auto failed = readTriggers(a.value(u"triggers"_s), &triggers))
                     return failed;
                 e.insert(u"triggers"_s, triggers);
                 return std::nullopt;
             }},
            {u"changeDestination"_s,
             [](QJsonObject &e, const QJsonObject &a) -> ActionResult {
                 QJsonObject destination;
                 if (auto failed = readDestination(a.value(u"destination"_s), &destination))
                     return failed;
                 e.insert(u"destination"_s, destination);
                 return std::nullopt;
             }},
            {u"setTimeoutInMs"_s,
             [](QJsonObject &e, const QJsonObject &a) -> ActionResult {
                 if (a.contains(u"timeoutInMs"_s))
                     e.insert(u"timeoutInMs"_s, a.value(u"timeoutInMs"_s));
                 else
                     e.remove(u"timeoutInMs"_s);
                 return std::nullopt;
             }},
        },
        &CommerceErrors::unknownAction);
    if (auto failed = table.apply(extension, action))
        return failed;
    return checkTimeout(extension);
}

} // namespace commercedesk::sandbox
