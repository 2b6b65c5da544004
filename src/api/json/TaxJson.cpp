// SPDX-License-Identifier: MIT
#include "api/json/TaxJson.h"

#include "api/json/CommonJson.h"
#include "api/json/JsonReader.h"
#include "api/json/JsonWriter.h"
#include "api/json/PageJson.h"

using namespace Qt::StringLiterals;

namespace commercedesk::api::json {

namespace {

std::optional<core::SubRate> readSubRate(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::SubRate subRate;
    subRate.name = r.string(u"name");
    subRate.amount = r.required(u"amount", readRate);
    return r.finish(std::move(subRate));
}

QJsonObject encodeSubRate(const core::SubRate &subRate)
{
    JsonWriter w;
    w.set(u"name", subRate.name);
    w.set(u"amount", encodeRate(subRate.amount));
    return w.take();
}

std::optional<core::TaxPortion> readTaxPortion(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::TaxPortion portion;
    portion.name = r.optionalString(u"name");
    portion.rate = r.required(u"rate", readRate);
    portion.amount = r.required(u"amount", readMoney);
    return r.finish(std::move(portion));
}

QJsonObject encodeTaxPortion(const core::TaxPortion &portion)
{
    JsonWriter w;
    w.setOptional(u"name", portion.name);
    w.set(u"rate", encodeRate(portion.rate));
    w.set(u"amount", encodeMoney(portion.amount));
    return w.take();
}

} // namespace

std::optional<core::TaxRate> readTaxRate(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::TaxRate rate;
    rate.id = r.optionalString(u"id");
    rate.key = r.optionalString(u"key");
    rate.name = r.string(u"name");
    rate.subRates = r.list(u"subRates", readSubRate);
    if (r.has(u"amount") || rate.subRates.isEmpty()) {
        rate.amount = r.required(u"amount", readRate);
    } else {
        std::optional<core::Rate> sum = core::Rate();
        for (const core::SubRate &subRate : std::as_const(rate.subRates))
            sum = sum ? sum->plus(subRate.amount) : std::nullopt;
        if (!sum)
            r.field(u"subRates").fail(u"sum of sub-rates out of range"_s);
        rate.amount = sum.value_or(core::Rate());
    }
    rate.includedInPrice = r.boolean(u"includedInPrice");
    rate.country = r.string(u"country");
    rate.state = r.optionalString(u"state");
    return r.finish(std::move(rate));
}

QJsonObject encodeTaxRate(const core::TaxRate &rate)
{
    JsonWriter w;
    w.setOptional(u"id", rate.id);
    w.setOptional(u"key", rate.key);
    w.set(u"name", rate.name);
    w.set(u"amount", encodeRate(rate.amount));
    w.set(u"includedInPrice", rate.includedInPrice);
    w.set(u"country", rate.country);
    w.setOptional(u"state", rate.state);
    w.setList(u"subRates", rate.subRates, encodeSubRate);
    return w.take();
}

std::optional<core::TaxedPrice> readTaxedPrice(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::TaxedPrice price;
    price.totalNet = r.required(u"totalNet", readMoney);
    price.totalGross = r.required(u"totalGross", readMoney);
    price.totalTax = r.optional(u"totalTax", readMoney);
    price.taxPortions = r.list(u"taxPortions", readTaxPortion);
    return r.finish(std::move(price));
}

QJsonObject encodeTaxedPrice(const core::TaxedPrice &price)
{
    JsonWriter w;
    w.set(u"totalNet", encodeMoney(price.totalNet));
    w.set(u"totalGross", encodeMoney(price.totalGross));
    w.setOptional(u"totalTax", price.totalTax, encodeMoney);
    w.setList(u"taxPortions", price.taxPortions, encodeTaxPortion);
    return w.take();
}

std::optional<core::TaxCategory> readTaxCategory(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::TaxCategory category;
    category.id = r.string(u"id");
    category.version = r.integer(u"version");
    category.key = r.optionalString(u"key");
    category.name = r.string(u"name");
    category.description = r.optionalString(u"description");
    category.rates = r.list(u"rates", readTaxRate);
    category.createdAt = r.timestamp(u"createdAt");
    category.lastModifiedAt = r.timestamp(u"lastModifiedAt");
    return r.finish(std::move(category));
}

std::optional<core::TaxCategory> decodeTaxCategory(const QJsonValue &value, JsonError *error)
{
    return decodeRoot(value, error, readTaxCategory);
}

std::optional<core::PagedResult<core::TaxCategory>> decodeTaxCategoryPage(const QJsonValue &value,
                                                                          JsonError *error)
{
    return decodeRoot(value, error, [](const JsonCursor &c) { return readPage(c, readTaxCategory); });
}

QJsonObject encodeTaxCategory(const core::TaxCategory &category)
{
    JsonWriter w;
    w.set(u"id", category.id);
    w.set(u"version", category.version);
    w.setOptional(u"key", category.key);
    w.set(u"name", category.name);
    w.setOptional(u"description", category.description);
    w.setList(u"rates", category.rates, encodeTaxRate);
    w.set(u"createdAt", category.createdAt);
    w.set(u"lastModifiedAt", category.lastModifiedAt);
    return w.take();
}

} // namespace commercedesk::api::json
