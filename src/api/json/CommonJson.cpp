// SPDX-License-Identifier: MIT
#include "api/json/CommonJson.h"

#include "api/json/JsonReader.h"
#include "api/json/JsonWriter.h"
#include "core/Currencies.h"

#include <array>

using namespace Qt::StringLiterals;

namespace commercedesk::api::json {

namespace {

constexpr int MaxMoneyFractionDigits = 18;   // core::Money's limit
constexpr int MaxPreciseFractionDigits = 20; // HighPrecisionMoney's limit

// preciseAmount (at preciseDigits) rounded half-even to targetDigits; nullopt when it does not fit.
std::optional<qint64> roundPrecise(qint64 preciseAmount, int preciseDigits, int targetDigits)
{
    if (preciseDigits <= targetDigits) {
        qint64 result = preciseAmount;
        for (int i = preciseDigits; i < targetDigits; ++i) {
            if (__builtin_mul_overflow(result, qint64(10), &result))
                return std::nullopt;
        }
        return result;
    }
    if (preciseDigits - targetDigits > 18)
        return 0; // |preciseAmount| < 10^19: less than half a minor unit
    qint64 divisor = 1;
    for (int i = targetDigits; i < preciseDigits; ++i)
        divisor *= 10;
    qint64 quotient = preciseAmount / divisor;
    const qint64 remainder = preciseAmount % divisor;
    const qint64 twice = (remainder < 0 ? -remainder : remainder) * 2;
    if (twice > divisor || (twice == divisor && quotient % 2 != 0))
        quotient += remainder < 0 ? -1 : 1;
    return quotient;
}

std::optional<int> readFractionDigits(const JsonCursor &cursor)
{
    const std::optional<qint64> digits = cursor.integer();
    if (!digits)
        return std::nullopt;
    if (*digits < 0 || *digits > MaxPreciseFractionDigits) {
        cursor.fail(u"fraction digits out of range 0..20"_s);
        return std::nullopt;
    }
    return int(*digits);
}

} // namespace

std::optional<core::Money> readMoney(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    const std::optional<QString> type = r.optionalString(u"type");
    const bool highPrecision = type == u"highPrecision"_s;
    if (type && !highPrecision && *type != u"centPrecision"_s) {
        r.field(u"type").fail(u"unknown value \""_s % *type %
                              u"\" (allowed: centPrecision, highPrecision)"_s);
        return std::nullopt;
    }
    const QString currency = r.string(u"currencyCode");
    const std::optional<int> payloadDigits = r.optional(u"fractionDigits", readFractionDigits);
    if (!r.ok())
        return std::nullopt;

    std::optional<int> digits = core::Currencies::fractionDigits(currency);
    if (!digits) {
        // Only a centPrecision payload states the currency's own digits (highPrecision states its precision).
        if (highPrecision || !payloadDigits) {
            r.field(u"currencyCode")
                .fail(u"unknown currency \""_s % currency % u"\" and no fractionDigits to trust"_s);
            return std::nullopt;
        }
        if (*payloadDigits > MaxMoneyFractionDigits) {
            r.field(u"fractionDigits").fail(u"fraction digits out of range 0..18"_s);
            return std::nullopt;
        }
        digits = payloadDigits;
    }

    std::optional<qint64> centAmount;
    if (highPrecision && !r.has(u"centAmount")) {
        const qint64 precise = r.integer(u"preciseAmount");
        if (!payloadDigits)
            r.field(u"fractionDigits").fail(u"missing required field"_s);
        if (!r.ok())
            return std::nullopt;
        centAmount = roundPrecise(precise, *payloadDigits, *digits);
        if (!centAmount) {
            r.field(u"preciseAmount").fail(u"amount out of range"_s);
            return std::nullopt;
        }
    } else {
        centAmount = r.integer(u"centAmount");
    }
    return r.finish(core::Money(*centAmount, currency, *digits));
}

std::optional<core::Money> decodeMoney(const QJsonValue &value, JsonError *error)
{
    return decodeRoot(value, error, readMoney);
}

QJsonObject encodeMoney(const core::Money &money)
{
    JsonWriter w;
    w.set(u"type", u"centPrecision"_s);
    w.set(u"currencyCode", money.currencyCode());
    w.set(u"centAmount", money.centAmount());
    w.set(u"fractionDigits", money.fractionDigits());
    return w.take();
}

QJsonObject encodeMoneyDraft(const core::Money &money)
{
    JsonWriter w;
    w.set(u"currencyCode", money.currencyCode());
    w.set(u"centAmount", money.centAmount());
    return w.take();
}

std::optional<core::Rate> readRate(const JsonCursor &cursor)
{
    const std::optional<QString> text = cursor.decimalText();
    if (!text)
        return std::nullopt;
    std::optional<core::Rate> rate = core::Rate::fromString(*text);
    if (!rate)
        cursor.fail(u"rate "_s % *text % u" is not representable (at most nine decimals)"_s);
    return rate;
}

QJsonValue encodeRate(core::Rate rate)
{
    return QJsonValue(rate.toDouble());
}

std::optional<core::LocalizedString> readLocalizedString(const JsonCursor &cursor)
{
    const std::optional<QJsonObject> object = cursor.object();
    if (!object)
        return std::nullopt;
    QMap<QString, QString> values;
    for (auto it = object->begin(); it != object->end(); ++it) {
        if (const std::optional<QString> text = cursor.field(it.key()).string())
            values.insert(it.key(), *text);
    }
    if (cursor.failed())
        return std::nullopt;
    return core::LocalizedString(std::move(values));
}

QJsonObject encodeLocalizedString(const core::LocalizedString &text)
{
    QJsonObject object;
    for (auto it = text.values().begin(); it != text.values().end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

std::optional<core::Reference> readReference(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::Reference reference;
    reference.typeId = r.string(u"typeId");
    reference.id = r.string(u"id");
    return r.finish(std::move(reference));
}

QJsonObject encodeReference(const core::Reference &reference)
{
    return QJsonObject{{u"typeId"_s, reference.typeId}, {u"id"_s, reference.id}};
}

std::optional<core::KeyReference> readKeyReference(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::KeyReference reference;
    reference.typeId = r.string(u"typeId");
    reference.key = r.string(u"key");
    return r.finish(std::move(reference));
}

QJsonObject encodeKeyReference(const core::KeyReference &reference)
{
    return QJsonObject{{u"typeId"_s, reference.typeId}, {u"key"_s, reference.key}};
}

std::optional<core::ResourceIdentifier> readResourceIdentifier(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::ResourceIdentifier identifier;
    identifier.typeId = r.optionalString(u"typeId").value_or(QString());
    identifier.id = r.optionalString(u"id");
    identifier.key = r.optionalString(u"key");
    if (r.ok() && !identifier.id && !identifier.key)
        cursor.fail(u"expected \"id\" or \"key\""_s);
    return r.finish(std::move(identifier));
}

QJsonObject encodeResourceIdentifier(const core::ResourceIdentifier &identifier)
{
    JsonWriter w;
    if (!identifier.typeId.isEmpty())
        w.set(u"typeId", identifier.typeId);
    w.setOptional(u"id", identifier.id);
    w.setOptional(u"key", identifier.key);
    return w.take();
}

std::optional<core::CustomFields> readCustomFields(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::CustomFields custom;
    custom.type = r.required(u"type", readReference);
    custom.fields = r.optional(u"fields", &JsonCursor::object).value_or(QJsonObject());
    return r.finish(std::move(custom));
}

QJsonObject encodeCustomFields(const core::CustomFields &custom)
{
    return QJsonObject{{u"type"_s, encodeReference(custom.type)}, {u"fields"_s, custom.fields}};
}

namespace {

using OptionalAddressField = std::optional<QString> core::Address::*;

struct AddressField
{
    QStringView name;
    OptionalAddressField member;
};

const std::array<AddressField, 24> &optionalAddressFields()
{
    static const std::array<AddressField, 24> fields{{
        {u"id", &core::Address::id},
        {u"key", &core::Address::key},
        {u"title", &core::Address::title},
        {u"salutation", &core::Address::salutation},
        {u"firstName", &core::Address::firstName},
        {u"lastName", &core::Address::lastName},
        {u"streetName", &core::Address::streetName},
        {u"streetNumber", &core::Address::streetNumber},
        {u"additionalStreetInfo", &core::Address::additionalStreetInfo},
        {u"postalCode", &core::Address::postalCode},
        {u"city", &core::Address::city},
        {u"region", &core::Address::region},
        {u"state", &core::Address::state},
        {u"company", &core::Address::company},
        {u"department", &core::Address::department},
        {u"building", &core::Address::building},
        {u"apartment", &core::Address::apartment},
        {u"pOBox", &core::Address::pOBox},
        {u"phone", &core::Address::phone},
        {u"mobile", &core::Address::mobile},
        {u"email", &core::Address::email},
        {u"fax", &core::Address::fax},
        {u"additionalAddressInfo", &core::Address::additionalAddressInfo},
        {u"externalId", &core::Address::externalId},
    }};
    return fields;
}

} // namespace

std::optional<core::Address> readAddress(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::Address address;
    address.country = r.string(u"country");
    for (const AddressField &field : optionalAddressFields())
        address.*field.member = r.optionalString(field.name);
    return r.finish(std::move(address));
}

std::optional<core::Address> decodeAddress(const QJsonValue &value, JsonError *error)
{
    return decodeRoot(value, error, readAddress);
}

QJsonObject encodeAddress(const core::Address &address)
{
    JsonWriter w;
    w.set(u"country", address.country);
    for (const AddressField &field : optionalAddressFields())
        w.setOptional(field.name, address.*field.member);
    return w.take();
}

} // namespace commercedesk::api::json
