// SPDX-License-Identifier: MIT
#include "sandbox/commerce/ShippingEndpoints.h"

#include "sandbox/Clock.h"
#include "sandbox/auth/ScopeRules.h"
#include "sandbox/commerce/CartDocument.h"
#include "sandbox/commerce/DraftValues.h"
#include "sandbox/commerce/ShippingRates.h"
#include "sandbox/commerce/StoredResources.h"
#include "sandbox/http/ActionTable.h"
#include "sandbox/query/ResourceQuery.h"
#include "sandbox/storage/Database.h"
#include "sandbox/storage/JsonValues.h"
#include "sandbox/storage/ResourceTable.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

using Handler = ActionTable<QJsonObject>::Handler;

// setKey: sets the key, or removes it when empty.
ActionResult setKey(QJsonObject &resource, const QJsonObject &action)
{
    if (action.value(u"key"_s).toString().isEmpty())
        resource.remove(u"key"_s);
    else
        resource.insert(u"key"_s, action.value(u"key"_s).toString());
    return std::nullopt;
}

const ActionTable<QJsonObject> &methodActions()
{
    static const ActionTable<QJsonObject> table(
        {
            {u"setKey"_s, &setKey},
            {u"changeName"_s,
             [](QJsonObject &method, const QJsonObject &action) -> ActionResult {
                 if (action.value(u"name"_s).toString().isEmpty())
                     return CommerceErrors::requiredField(u"name"_s);
                 method.insert(u"name"_s, action.value(u"name"_s).toString());
                 return std::nullopt;
             }},
            {u"changeActive"_s,
             [](QJsonObject &method, const QJsonObject &action) -> ActionResult {
                 if (!action.value(u"active"_s).isBool())
                     return CommerceErrors::invalidField(u"active"_s, action.value(u"active"_s));
                 method.insert(u"active"_s, action.value(u"active"_s));
                 return std::nullopt;
             }},
            {u"setLocalizedDescription"_s,
             [](QJsonObject &method, const QJsonObject &action) -> ActionResult {
                 method.insert(u"localizedDescription"_s, action.value(u"localizedDescription"_s).toObject());
                 return std::nullopt;
             }},
        },
        &CommerceErrors::unknownAction);
    return table;
}

// addLocation / removeLocation: a location is added once, and removed when present.
Handler changeLocation(bool add)
{
    return [add](QJsonObject &zone, const QJsonObject &action) -> ActionResult {
        const QJsonObject location = action.value(u"location"_s).toObject();
        if (location.value(u"country"_s).toString().size() != 2)
            return CommerceErrors::invalidField(u"location.country"_s, location.value(u"country"_s));
        QJsonArray locations = zone.value(u"locations"_s).toArray();
        const qsizetype index = locations.toVariantList().indexOf(location.toVariantMap());
        if (add && index < 0)
            locations.append(location);
        else if (!add && index >= 0)
            locations.removeAt(index);
        zone.insert(u"locations"_s, locations);
        return std::nullopt;
    };
}

const ActionTable<QJsonObject> &zoneActions()
{
    static const ActionTable<QJsonObject> table(
        {
            {u"setKey"_s, &setKey},
            {u"changeName"_s,
             [](QJsonObject &zone, const QJsonObject &action) -> ActionResult {
                 zone.insert(u"name"_s, action.value(u"name"_s).toString());
                 return std::nullopt;
             }},
            {u"addLocation"_s, changeLocation(true)},
            {u"removeLocation"_s, changeLocation(false)},
        },
        &CommerceErrors::unknownAction);
    return table;
}

ActionResult applyMethodAction(QJsonObject &method, const QJsonObject &action)
{
    return methodActions().apply(method, action);
}

ActionResult applyZoneAction(QJsonObject &zone, const QJsonObject &action)
{
    return zoneActions().apply(zone, action);
}

} // namespace

ShippingEndpoints::ShippingEndpoints(Database &database, std::shared_ptr<const Clock> clock)
    : m_database(database)
    , m_clock(std::move(clock))
{}

void ShippingEndpoints::registerRoutes(Router &router)
{
    using E = ScopeRules::Endpoint;
    const struct
    {
        QString path, table, typeName;
        E endpoint;
        StoredResources::ApplyAction apply;
    } resources[] = {{u"shipping-methods"_s, u"shipping_methods"_s, u"ShippingMethod"_s, E::ShippingMethods,
                      applyMethodAction},
                     {u"zones"_s, u"zones"_s, u"Zone"_s, E::Zones, applyZoneAction}};
    for (const auto &r : resources) {
        const QString base = u"/{projectKey}/"_s % r.path;
        const RouteOptions read = ScopeRules::read(r.endpoint);
        const RouteOptions write = ScopeRules::write(r.endpoint);
        RouteOptions remove = write;
        remove.body = RouteOptions::Body::None;
        const QString table = r.table, typeName = r.typeName;
        const auto apply = r.apply;
        router.add(
            HttpMethod::Get, base, [this, table](RequestContext &c) { return list(c, table); }, read);
        const bool methods = r.endpoint == E::ShippingMethods;
        router.add(
            HttpMethod::Post, base,
            [this, methods](RequestContext &c) { return methods ? createMethod(c) : createZone(c); }, write);
        for (const bool byKey : {false, true}) {
            const QString path = base % (byKey ? u"/key={key}"_s : u"/{id}"_s);
            router.add(
                HttpMethod::Get, path,
                [this, table, typeName, byKey](RequestContext &c) {
                    return StoredResources(m_database, table, typeName).get(c, byKey);
                },
                read);
            router.add(
                HttpMethod::Post, path,
                [this, table, typeName, byKey, apply](RequestContext &c) {
                    return StoredResources(m_database, table, typeName)
                        .update(c, byKey, m_clock->now(), apply);
                },
                write);
            router.add(
                HttpMethod::Delete, path,
                [this, table, typeName, byKey](RequestContext &c) {
                    return StoredResources(m_database, table, typeName).remove(c, byKey);
                },
                remove);
        }
    }
    router.add(
        HttpMethod::Get, u"/{projectKey}/shipping-methods/matching-cart"_s,
        [this](RequestContext &c) { return matchingCart(c); }, ScopeRules::read(E::ShippingMethods));
}

HttpResponse ShippingEndpoints::list(RequestContext &ctx, const QString &table)
{
    ResourceQuerySpec spec;
    spec.table = table;
    return ResourceQuery::run(m_database, spec, ctx);
}

std::optional<QJsonObject> ShippingEndpoints::readZoneRates(const QJsonValue &value,
                                                            HttpResponse *error) const
{
    QJsonArray zoneRates;
    for (const QJsonValue &zr : value.toArray()) {
        const auto zone = DraftValues::resolve(m_database, zr.toObject().value(u"zone"_s), u"zones"_s,
                                               u"zone"_s, u"zoneRates.zone"_s, error);
        if (!zone)
            return std::nullopt;
        QJsonArray rates;
        QStringList currencies;
        for (const QJsonValue &r : zr.toObject().value(u"shippingRates"_s).toArray()) {
            const auto price =
                DraftValues::money(r.toObject().value(u"price"_s), u"shippingRates.price"_s, error);
            if (!price)
                return std::nullopt;
            const QString currency = price->value(u"currencyCode"_s).toString();
            if (currencies.contains(currency)) {
                *error = CommerceErrors::duplicateField(u"shippingRates.price.currencyCode"_s, currency);
                return std::nullopt;
            }
            currencies.append(currency);
            QJsonObject rate{{u"price"_s, *price}, {u"tiers"_s, QJsonArray()}};
            if (r.toObject().contains(u"freeAbove"_s)) {
                const auto free = DraftValues::money(r.toObject().value(u"freeAbove"_s),
                                                     u"shippingRates.freeAbove"_s, error);
                if (!free)
                    return std::nullopt;
                rate.insert(u"freeAbove"_s, *free);
            }
            rates.append(rate);
        }
        zoneRates.append(
            QJsonObject{{u"zone"_s, JsonValues::reference(u"zone"_s, zone->value(u"id"_s).toString())},
                        {u"shippingRates"_s, rates}});
    }
    return QJsonObject{{u"zoneRates"_s, zoneRates}};
}

HttpResponse ShippingEndpoints::createMethod(RequestContext &ctx)
{
    const QJsonObject draft = ctx.json.object();
    if (draft.value(u"name"_s).toString().isEmpty())
        return CommerceErrors::requiredField(u"name"_s);
    if (!draft.value(u"isDefault"_s).isBool())
        return CommerceErrors::requiredField(u"isDefault"_s);
    HttpResponse error;
    const auto category = DraftValues::resolve(m_database, draft.value(u"taxCategory"_s), u"tax_categories"_s,
                                               u"tax-category"_s, u"taxCategory"_s, &error);
    if (!category)
        return error;
    const auto zoneRates = readZoneRates(draft.value(u"zoneRates"_s), &error);
    if (!zoneRates)
        return error;
    if (draft.value(u"isDefault"_s).toBool() &&
        m_database.scalar(u"SELECT 1 FROM shipping_methods WHERE json_extract(doc, '$.isDefault') = 1"_s)
            .isValid())
        return CommerceErrors::invalidOperation(u"There is already a default shipping method."_s);
    QJsonObject method{
        {u"name"_s, draft.value(u"name"_s)},
        {u"taxCategory"_s, JsonValues::reference(u"tax-category"_s, category->value(u"id"_s).toString())},
        {u"zoneRates"_s, zoneRates->value(u"zoneRates"_s)},
        {u"isDefault"_s, draft.value(u"isDefault"_s)},
        {u"active"_s, draft.value(u"active"_s).toBool(true)}};
    for (const QString &field : {u"key"_s, u"localizedName"_s, u"localizedDescription"_s, u"predicate"_s}) {
        if (draft.contains(field))
            method.insert(field, draft.value(field));
    }
    return StoredResources(m_database, u"shipping_methods"_s, u"ShippingMethod"_s)
        .create(method, m_clock->now());
}

HttpResponse ShippingEndpoints::createZone(RequestContext &ctx)
{
    const QJsonObject draft = ctx.json.object();
    if (draft.value(u"name"_s).toString().isEmpty())
        return CommerceErrors::requiredField(u"name"_s);
    QJsonArray locations;
    for (const QJsonValue &l : draft.value(u"locations"_s).toArray()) {
        const QJsonObject location = l.toObject();
        if (location.value(u"country"_s).toString().size() != 2)
            return CommerceErrors::invalidField(u"locations.country"_s, location.value(u"country"_s));
        locations.append(location);
    }
    QJsonObject zone{{u"name"_s, draft.value(u"name"_s)}, {u"locations"_s, locations}};
    for (const QString &field : {u"key"_s, u"description"_s}) {
        if (draft.contains(field))
            zone.insert(field, draft.value(field));
    }
    return StoredResources(m_database, u"zones"_s, u"Zone"_s).create(zone, m_clock->now());
}

HttpResponse ShippingEndpoints::matchingCart(RequestContext &ctx)
{
    const QString cartId = ctx.queryValue(u"cartId"_s);
    if (cartId.isEmpty())
        return CommerceErrors::requiredField(u"cartId"_s);
    const auto cart = ResourceTable(m_database, u"carts"_s).byId(cartId);
    if (!cart)
        return CommerceErrors::referencedNotFound(u"cart"_s, cartId, false);
    QJsonArray results;
    for (const QJsonObject &m : ShippingRates(m_database).matching(CartDocument::fromJson(*cart)))
        results.append(m);
    return HttpResponse::json(QJsonObject{{u"limit"_s, results.size()},
                                          {u"offset"_s, 0},
                                          {u"count"_s, results.size()},
                                          {u"total"_s, results.size()},
                                          {u"results"_s, results}});
}

} // namespace commercedesk::sandbox
