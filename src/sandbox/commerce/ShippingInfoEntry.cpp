// SPDX-License-Identifier: MIT
#include "sandbox/commerce/ShippingInfoEntry.h"

#include "sandbox/storage/JsonValues.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

ShippingInfoEntry ShippingInfoEntry::fromJson(const QJsonObject &json)
{
    ShippingInfoEntry entry;
    entry.m_json = json;
    return entry;
}

ShippingInfoEntry ShippingInfoEntry::forMethod(const QJsonObject &method, const QJsonObject &rate)
{
    QJsonObject info{
        {u"shippingMethodName"_s, method.value(u"name"_s)},
        {u"shippingRate"_s, rate},
        {u"price"_s, rate.value(u"price"_s)},
        {u"shippingMethod"_s, JsonValues::reference(u"shipping-method"_s, method.value(u"id"_s).toString())},
        {u"deliveries"_s, QJsonArray()},
        {u"shippingMethodState"_s, u"MatchesCart"_s}};
    if (method.contains(u"taxCategory"_s))
        info.insert(u"taxCategory"_s, method.value(u"taxCategory"_s));
    return fromJson(info);
}

QString ShippingInfoEntry::shippingMethodId() const
{
    return m_json.value(u"shippingMethod"_s).toObject().value(u"id"_s).toString();
}

QString ShippingInfoEntry::taxCategoryId() const
{
    return m_json.value(u"taxCategory"_s).toObject().value(u"id"_s).toString();
}

qint64 ShippingInfoEntry::priceCentAmount() const
{
    return m_json.value(u"price"_s).toObject().value(u"centAmount"_s).toInteger();
}

void ShippingInfoEntry::setMatchingRate(const QJsonObject &rate, const QJsonObject &price)
{
    m_json.insert(u"shippingRate"_s, rate);
    m_json.insert(u"price"_s, price);
    m_json.insert(u"shippingMethodState"_s, u"MatchesCart"_s);
}

void ShippingInfoEntry::setDoesNotMatch()
{
    m_json.insert(u"shippingMethodState"_s, u"DoesNotMatchCart"_s);
}

bool ShippingInfoEntry::hasTaxRate() const
{
    return m_json.value(u"taxRate"_s).isObject();
}

QJsonObject ShippingInfoEntry::taxRate() const
{
    return m_json.value(u"taxRate"_s).toObject();
}

void ShippingInfoEntry::setTaxRate(const QJsonObject &rate)
{
    m_json.insert(u"taxRate"_s, rate);
}

bool ShippingInfoEntry::hasTaxedPrice() const
{
    return m_json.contains(u"taxedPrice"_s);
}

QJsonObject ShippingInfoEntry::taxedPrice() const
{
    return m_json.value(u"taxedPrice"_s).toObject();
}

void ShippingInfoEntry::setTaxed(const QJsonObject &rate, const QJsonObject &taxedPrice)
{
    m_json.insert(u"taxRate"_s, rate);
    m_json.insert(u"taxedPrice"_s, taxedPrice);
}

void ShippingInfoEntry::clearTax()
{
    m_json.remove(u"taxRate"_s);
    m_json.remove(u"taxedPrice"_s);
}

} // namespace commercedesk::sandbox
