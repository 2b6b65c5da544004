// SPDX-License-Identifier: MIT
#include "sandbox/commerce/DraftValues.h"

#include "sandbox/commerce/CommerceErrors.h"
#include "sandbox/commerce/MoneyLimits.h"
#include "sandbox/storage/JsonValues.h"
#include "sandbox/storage/ResourceTable.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

std::optional<QJsonObject> DraftValues::money(const QJsonValue &value, const QString &field,
                                              HttpResponse *error)
{
    static const QRegularExpression currencyPattern(u"^[A-Z]{3}$"_s);
    const QJsonObject o = value.toObject();
    if (!value.isObject()) {
        *error = CommerceErrors::requiredField(field);
        return std::nullopt;
    }
    const QString currency = o.value(u"currencyCode"_s).toString();
    if (!currencyPattern.match(currency).hasMatch()) {
        *error = CommerceErrors::invalidField(field % u".currencyCode"_s, o.value(u"currencyCode"_s));
        return std::nullopt;
    }
    const QJsonValue cents = o.value(u"centAmount"_s);
    if (!MoneyLimits::isCentAmount(cents)) {
        *error = CommerceErrors::invalidField(field % u".centAmount"_s, cents);
        return std::nullopt;
    }
    return JsonValues::money(currency, cents.toInteger());
}

std::optional<QJsonObject> DraftValues::address(const QJsonValue &value, const QString &field,
                                                HttpResponse *error)
{
    static const QRegularExpression countryPattern(u"^[A-Z]{2}$"_s);
    if (!value.isObject()) {
        *error = CommerceErrors::invalidField(field, value);
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    if (!o.contains(u"country"_s)) {
        *error = CommerceErrors::requiredField(field % u".country"_s);
        return std::nullopt;
    }
    if (!countryPattern.match(o.value(u"country"_s).toString()).hasMatch()) {
        *error = CommerceErrors::invalidField(field % u".country"_s, o.value(u"country"_s));
        return std::nullopt;
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isString() && it.key() != u"custom"_s) {
            *error = CommerceErrors::invalidField(field % u'.' % it.key(), it.value());
            return std::nullopt;
        }
    }
    return o;
}

std::optional<QJsonObject> DraftValues::taxRate(const QJsonValue &value, const QString &field,
                                                HttpResponse *error)
{
    if (!value.isObject()) {
        *error = CommerceErrors::requiredField(field);
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    if (!o.value(u"name"_s).isString()) {
        *error = CommerceErrors::requiredField(field % u".name"_s);
        return std::nullopt;
    }
    if (!o.value(u"country"_s).isString()) {
        *error = CommerceErrors::requiredField(field % u".country"_s);
        return std::nullopt;
    }
    double amount = 0;
    const QJsonArray subRates = o.value(u"subRates"_s).toArray();
    if (o.contains(u"amount"_s)) {
        amount = o.value(u"amount"_s).toDouble(-1);
    } else if (!subRates.isEmpty()) {
        for (const QJsonValue &s : subRates)
            amount += s.toObject().value(u"amount"_s).toDouble();
    } else {
        *error = CommerceErrors::requiredField(field % u".amount"_s);
        return std::nullopt;
    }
    if (!(amount >= 0.0 && amount <= 1.0)) {
        *error = CommerceErrors::invalidField(field % u".amount"_s, o.value(u"amount"_s));
        return std::nullopt;
    }
    QJsonObject rate{{u"name"_s, o.value(u"name"_s)},
                     {u"amount"_s, amount},
                     {u"includedInPrice"_s, o.value(u"includedInPrice"_s).toBool(false)},
                     {u"country"_s, o.value(u"country"_s)},
                     {u"subRates"_s, subRates}};
    if (o.contains(u"state"_s))
        rate.insert(u"state"_s, o.value(u"state"_s));
    return rate;
}

qint64 DraftValues::ratePpm(const QJsonObject &taxRate)
{
    return std::llround(taxRate.value(u"amount"_s).toDouble() * 1000000.0);
}

std::optional<QJsonObject> DraftValues::resolve(Database &database, const QJsonValue &identifier,
                                                const QString &table, const QString &typeId,
                                                const QString &field, HttpResponse *error)
{
    const QJsonObject o = identifier.toObject();
    const bool hasId = o.value(u"id"_s).isString();
    const bool hasKey = o.value(u"key"_s).isString();
    if (!identifier.isObject() || hasId == hasKey) {
        *error = HttpResponse::invalidInput(
            u"The field '%1' must be a ResourceIdentifier with either 'id' or 'key'."_s.arg(field));
        return std::nullopt;
    }
    ResourceTable resources(database, table);
    const QString value = hasId ? o.value(u"id"_s).toString() : o.value(u"key"_s).toString();
    auto doc = hasId ? resources.byId(value) : resources.byKey(value);
    if (!doc)
        *error = CommerceErrors::referencedNotFound(typeId, value, hasKey);
    return doc;
}

} // namespace commercedesk::sandbox
