// SPDX-License-Identifier: MIT
#include "api/json/ProductJson.h"

#include "api/json/CommonJson.h"
#include "api/json/JsonReader.h"
#include "api/json/JsonWriter.h"
#include "api/json/PageJson.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace commercedesk::api::json {

namespace {

std::optional<core::PriceTier> readPriceTier(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::PriceTier tier;
    tier.minimumQuantity = r.integer(u"minimumQuantity");
    tier.value = r.required(u"value", readMoney);
    return r.finish(std::move(tier));
}

QJsonObject encodePriceTier(const core::PriceTier &tier)
{
    JsonWriter w;
    w.set(u"minimumQuantity", tier.minimumQuantity);
    w.set(u"value", encodeMoney(tier.value));
    return w.take();
}

std::optional<core::DiscountedPrice> readDiscountedPrice(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::DiscountedPrice discounted;
    discounted.value = r.required(u"value", readMoney);
    discounted.discount = r.required(u"discount", readReference);
    return r.finish(std::move(discounted));
}

QJsonObject encodeDiscountedPrice(const core::DiscountedPrice &discounted)
{
    JsonWriter w;
    w.set(u"value", encodeMoney(discounted.value));
    w.set(u"discount", encodeReference(discounted.discount));
    return w.take();
}

std::optional<int> readDimension(const JsonCursor &cursor)
{
    const std::optional<qint64> value = cursor.integer();
    if (!value)
        return std::nullopt;
    if (*value < 0 || *value > std::numeric_limits<int>::max()) {
        cursor.fail(u"integer out of range"_s);
        return std::nullopt;
    }
    return int(*value);
}

std::optional<core::ImageDimensions> readImageDimensions(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::ImageDimensions dimensions;
    dimensions.w = r.required(u"w", readDimension);
    dimensions.h = r.required(u"h", readDimension);
    return r.finish(dimensions);
}

std::optional<core::ProductVariantAvailability> readAvailability(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::ProductVariantAvailability availability;
    availability.isOnStock = r.optionalBoolean(u"isOnStock");
    availability.restockableInDays = r.optionalInteger(u"restockableInDays");
    availability.availableQuantity = r.optionalInteger(u"availableQuantity");
    return r.finish(availability);
}

QJsonObject encodeAvailability(const core::ProductVariantAvailability &availability)
{
    JsonWriter w;
    w.setOptional(u"isOnStock", availability.isOnStock);
    w.setOptional(u"restockableInDays", availability.restockableInDays);
    w.setOptional(u"availableQuantity", availability.availableQuantity);
    return w.take();
}

} // namespace

std::optional<core::Price> readPrice(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::Price price;
    price.id = r.string(u"id");
    price.key = r.optionalString(u"key");
    price.value = r.required(u"value", readMoney);
    price.country = r.optionalString(u"country");
    price.customerGroup = r.optional(u"customerGroup", readReference);
    price.channel = r.optional(u"channel", readReference);
    price.validFrom = r.optionalTimestamp(u"validFrom");
    price.validUntil = r.optionalTimestamp(u"validUntil");
    price.discounted = r.optional(u"discounted", readDiscountedPrice);
    price.tiers = r.list(u"tiers", readPriceTier);
    return r.finish(std::move(price));
}

QJsonObject encodePrice(const core::Price &price)
{
    JsonWriter w;
    w.set(u"id", price.id);
    w.setOptional(u"key", price.key);
    w.set(u"value", encodeMoney(price.value));
    w.setOptional(u"country", price.country);
    w.setOptional(u"customerGroup", price.customerGroup, encodeReference);
    w.setOptional(u"channel", price.channel, encodeReference);
    w.setOptional(u"validFrom", price.validFrom);
    w.setOptional(u"validUntil", price.validUntil);
    w.setOptional(u"discounted", price.discounted, encodeDiscountedPrice);
    if (!price.tiers.isEmpty())
        w.setList(u"tiers", price.tiers, encodePriceTier);
    return w.take();
}

std::optional<core::Attribute> readAttribute(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::Attribute attribute;
    attribute.name = r.string(u"name");
    const JsonCursor value = r.field(u"value");
    if (value.value().isUndefined())
        value.fail(u"missing required field"_s);
    attribute.value = value.value().toVariant();
    return r.finish(std::move(attribute));
}

QJsonObject encodeAttribute(const core::Attribute &attribute)
{
    JsonWriter w;
    w.set(u"name", attribute.name);
    w.set(u"value", QJsonValue::fromVariant(attribute.value));
    return w.take();
}

std::optional<core::Image> readImage(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::Image image;
    image.url = r.string(u"url");
    image.dimensions = r.required(u"dimensions", readImageDimensions);
    image.label = r.optionalString(u"label");
    return r.finish(std::move(image));
}

QJsonObject encodeImage(const core::Image &image)
{
    JsonWriter w;
    w.set(u"url", image.url);
    w.set(u"dimensions", QJsonObject{{u"w"_s, image.dimensions.w}, {u"h"_s, image.dimensions.h}});
    w.setOptional(u"label", image.label);
    return w.take();
}

std::optional<core::ProductVariant> readProductVariant(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::ProductVariant variant;
    variant.id = r.required(u"id", readDimension);
    variant.sku = r.optionalString(u"sku");
    variant.key = r.optionalString(u"key");
    variant.prices = r.list(u"prices", readPrice);
    variant.attributes = r.list(u"attributes", readAttribute);
    variant.images = r.list(u"images", readImage);
    variant.availability = r.optional(u"availability", readAvailability);
    variant.price = r.optional(u"price", readPrice);
    variant.scopedPrice = r.optional(u"scopedPrice", readPrice);
    variant.isMatchingVariant = r.optionalBoolean(u"isMatchingVariant");
    return r.finish(std::move(variant));
}

QJsonObject encodeProductVariant(const core::ProductVariant &variant)
{
    JsonWriter w;
    w.set(u"id", variant.id);
    w.setOptional(u"sku", variant.sku);
    w.setOptional(u"key", variant.key);
    w.setList(u"prices", variant.prices, encodePrice);
    w.setList(u"attributes", variant.attributes, encodeAttribute);
    w.setList(u"images", variant.images, encodeImage);
    w.setOptional(u"availability", variant.availability, encodeAvailability);
    w.setOptional(u"price", variant.price, encodePrice);
    w.setOptional(u"scopedPrice", variant.scopedPrice, encodePrice);
    w.setOptional(u"isMatchingVariant", variant.isMatchingVariant);
    return w.take();
}

std::optional<core::ProductProjection> readProductProjection(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::ProductProjection product;
    product.id = r.string(u"id");
    product.version = r.integer(u"version");
    product.key = r.optionalString(u"key");
    product.productType = r.required(u"productType", readReference);
    product.name = r.required(u"name", readLocalizedString);
    product.description = r.optional(u"description", readLocalizedString);
    product.slug = r.required(u"slug", readLocalizedString);
    product.categories = r.list(u"categories", readReference);
    product.taxCategory = r.optional(u"taxCategory", readReference);
    product.masterVariant = r.required(u"masterVariant", readProductVariant);
    product.variants = r.list(u"variants", readProductVariant);
    product.published = r.optionalBoolean(u"published");
    product.hasStagedChanges = r.optionalBoolean(u"hasStagedChanges");
    product.createdAt = r.timestamp(u"createdAt");
    product.lastModifiedAt = r.timestamp(u"lastModifiedAt");
    return r.finish(std::move(product));
}

std::optional<core::ProductProjection> decodeProductProjection(const QJsonValue &value, JsonError *error)
{
    return decodeRoot(value, error, readProductProjection);
}

std::optional<core::PagedResult<core::ProductProjection>> decodeProductProjectionPage(const QJsonValue &value,
                                                                                      JsonError *error)
{
    return decodeRoot(value, error, [](const JsonCursor &c) { return readPage(c, readProductProjection); });
}

QJsonObject encodeProductProjection(const core::ProductProjection &product)
{
    JsonWriter w;
    w.set(u"id", product.id);
    w.set(u"version", product.version);
    w.setOptional(u"key", product.key);
    w.set(u"productType", encodeReference(product.productType));
    w.set(u"name", encodeLocalizedString(product.name));
    w.setOptional(u"description", product.description, encodeLocalizedString);
    w.set(u"slug", encodeLocalizedString(product.slug));
    w.setList(u"categories", product.categories, encodeReference);
    w.setOptional(u"taxCategory", product.taxCategory, encodeReference);
    w.set(u"masterVariant", encodeProductVariant(product.masterVariant));
    w.setList(u"variants", product.variants, encodeProductVariant);
    w.setOptional(u"published", product.published);
    w.setOptional(u"hasStagedChanges", product.hasStagedChanges);
    w.set(u"createdAt", product.createdAt);
    w.set(u"lastModifiedAt", product.lastModifiedAt);
    return w.take();
}

} // namespace commercedesk::api::json
