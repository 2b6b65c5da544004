// SPDX-License-Identifier: MIT
#include "api/json/ShippingJson.h"

#include "api/json/CommonJson.h"
#include "api/json/PageJson.h"

namespace commercedesk::api::json {

namespace {

std::optional<core::ShippingRatePriceTier> readShippingRateTier(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::ShippingRatePriceTier tier;
    tier.type = r.string(u"type");
    tier.minimumCentAmount = r.optionalInteger(u"minimumCentAmount");
    tier.value = r.optionalString(u"value");
    tier.score = r.optionalInteger(u"score");
    tier.price = r.required(u"price", readMoney);
    tier.isMatching = r.optionalBoolean(u"isMatching");
    return r.finish(std::move(tier));
}

QJsonObject encodeShippingRateTier(const core::ShippingRatePriceTier &tier)
{
    JsonWriter w;
    w.set(u"type", tier.type);
    w.setOptional(u"minimumCentAmount", tier.minimumCentAmount);
    w.setOptional(u"value", tier.value);
    w.setOptional(u"score", tier.score);
    w.set(u"price", encodeMoney(tier.price));
    w.setOptional(u"isMatching", tier.isMatching);
    return w.take();
}

std::optional<core::ZoneRate> readZoneRate(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::ZoneRate rate;
    rate.zone = r.required(u"zone", readReference);
    rate.shippingRates = r.list(u"shippingRates", readShippingRate);
    return r.finish(std::move(rate));
}

QJsonObject encodeZoneRate(const core::ZoneRate &rate)
{
    JsonWriter w;
    w.set(u"zone", encodeReference(rate.zone));
    w.setList(u"shippingRates", rate.shippingRates, encodeShippingRate);
    return w.take();
}

std::optional<core::Location> readLocation(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::Location location;
    location.country = r.string(u"country");
    location.state = r.optionalString(u"state");
    return r.finish(std::move(location));
}

QJsonObject encodeLocation(const core::Location &location)
{
    JsonWriter w;
    w.set(u"country", location.country);
    w.setOptional(u"state", location.state);
    return w.take();
}

std::optional<QString> readCountryCode(const JsonCursor &cursor)
{
    return JsonReader(cursor).required(u"code", &JsonCursor::string);
}

} // namespace

std::optional<core::ShippingRate> readShippingRate(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::ShippingRate rate;
    rate.price = r.required(u"price", readMoney);
    rate.freeAbove = r.optional(u"freeAbove", readMoney);
    rate.isMatching = r.optionalBoolean(u"isMatching");
    rate.tiers = r.list(u"tiers", readShippingRateTier);
    return r.finish(std::move(rate));
}

QJsonObject encodeShippingRate(const core::ShippingRate &rate)
{
    JsonWriter w;
    w.set(u"price", encodeMoney(rate.price));
    w.setOptional(u"freeAbove", rate.freeAbove, encodeMoney);
    w.setOptional(u"isMatching", rate.isMatching);
    w.setList(u"tiers", rate.tiers, encodeShippingRateTier);
    return w.take();
}

std::optional<core::ShippingMethod> readShippingMethod(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::ShippingMethod method;
    method.id = r.string(u"id");
    method.version = r.integer(u"version");
    method.key = r.optionalString(u"key");
    method.name = r.string(u"name");
    method.localizedName = r.optional(u"localizedName", readLocalizedString);
    method.description = r.optionalString(u"description");
    method.localizedDescription = r.optional(u"localizedDescription", readLocalizedString);
    method.taxCategory = r.required(u"taxCategory", readReference);
    method.zoneRates = r.list(u"zoneRates", readZoneRate);
    method.isDefault = r.optionalBoolean(u"isDefault").value_or(false);
    method.active = r.optionalBoolean(u"active").value_or(true);
    method.predicate = r.optionalString(u"predicate");
    method.stores = r.list(u"stores", readKeyReference);
    method.createdAt = r.timestamp(u"createdAt");
    method.lastModifiedAt = r.timestamp(u"lastModifiedAt");
    return r.finish(std::move(method));
}

std::optional<core::ShippingMethod> decodeShippingMethod(const QJsonValue &value, JsonError *error)
{
    return decodeRoot(value, error, readShippingMethod);
}

std::optional<core::PagedResult<core::ShippingMethod>> decodeShippingMethodPage(const QJsonValue &value,
                                                                                JsonError *error)
{
    return decodeRoot(value, error, [](const JsonCursor &c) { return readPage(c, readShippingMethod); });
}

QJsonObject encodeShippingMethod(const core::ShippingMethod &method)
{
    JsonWriter w;
    w.set(u"id", method.id);
    w.set(u"version", method.version);
    w.setOptional(u"key", method.key);
    w.set(u"name", method.name);
    w.setOptional(u"localizedName", method.localizedName, encodeLocalizedString);
    w.setOptional(u"description", method.description);
    w.setOptional(u"localizedDescription", method.localizedDescription, encodeLocalizedString);
    w.set(u"taxCategory", encodeReference(method.taxCategory));
    w.setList(u"zoneRates", method.zoneRates, encodeZoneRate);
    w.set(u"isDefault", method.isDefault);
    w.set(u"active", method.active);
    w.setOptional(u"predicate", method.predicate);
    w.setList(u"stores", method.stores, encodeKeyReference);
    w.set(u"createdAt", method.createdAt);
    w.set(u"lastModifiedAt", method.lastModifiedAt);
    return w.take();
}

std::optional<core::Zone> readZone(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::Zone zone;
    zone.id = r.string(u"id");
    zone.version = r.integer(u"version");
    zone.key = r.optionalString(u"key");
    zone.name = r.string(u"name");
    zone.description = r.optionalString(u"description");
    zone.locations = r.list(u"locations", readLocation);
    zone.createdAt = r.timestamp(u"createdAt");
    zone.lastModifiedAt = r.timestamp(u"lastModifiedAt");
    return r.finish(std::move(zone));
}

std::optional<core::Zone> decodeZone(const QJsonValue &value, JsonError *error)
{
    return decodeRoot(value, error, readZone);
}

std::optional<core::PagedResult<core::Zone>> decodeZonePage(const QJsonValue &value, JsonError *error)
{
    return decodeRoot(value, error, [](const JsonCursor &c) { return readPage(c, readZone); });
}

QJsonObject encodeZone(const core::Zone &zone)
{
    JsonWriter w;
    w.set(u"id", zone.id);
    w.set(u"version", zone.version);
    w.setOptional(u"key", zone.key);
    w.set(u"name", zone.name);
    w.setOptional(u"description", zone.description);
    w.setList(u"locations", zone.locations, encodeLocation);
    w.set(u"createdAt", zone.createdAt);
    w.set(u"lastModifiedAt", zone.lastModifiedAt);
    return w.take();
}

std::optional<core::Store> readStore(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::Store store;
    store.id = r.string(u"id");
    store.version = r.integer(u"version");
    store.key = r.string(u"key");
    store.name = r.optional(u"name", readLocalizedString);
    store.languages = r.stringList(u"languages");
    store.countries = r.list(u"countries", readCountryCode);
    store.distributionChannels = r.list(u"distributionChannels", readReference);
    store.supplyChannels = r.list(u"supplyChannels", readReference);
    store.createdAt = r.timestamp(u"createdAt");
    store.lastModifiedAt = r.timestamp(u"lastModifiedAt");
    return r.finish(std::move(store));
}

std::optional<core::Store> decodeStore(const QJsonValue &value, JsonError *error)
{
    return decodeRoot(value, error, readStore);
}

std::optional<core::PagedResult<core::Store>> decodeStorePage(const QJsonValue &value, JsonError *error)
{
    return decodeRoot(value, error, [](const JsonCursor &c) { return readPage(c, readStore); });
}

QJsonObject encodeStore(const core::Store &store)
{
    JsonWriter w;
    w.set(u"id", store.id);
    w.set(u"version", store.version);
    w.set(u"key", store.key);
    w.setOptional(u"name", store.name, encodeLocalizedString);
    w.setStringList(u"languages", store.languages);
    w.setList(u"countries", store.countries, [](const QString &code) {
        return QJsonObject{{QStringLiteral("code"), code}};
    });
    w.setList(u"distributionChannels", store.distributionChannels, encodeReference);
    w.setList(u"supplyChannels", store.supplyChannels, encodeReference);
    w.set(u"createdAt", store.createdAt);
    w.set(u"lastModifiedAt", store.lastModifiedAt);
    return w.take();
}

} // namespace commercedesk::api::json
