// SPDX-License-Identifier: MIT
#include "sandbox/commerce/LineItemEntry.h"

#include "sandbox/commerce/MoneyLimits.h"
#include "sandbox/storage/JsonValues.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

LineItemEntry LineItemEntry::fromJson(const QJsonObject &json)
{
    LineItemEntry entry;
    entry.m_json = json;
    return entry;
}

LineItemEntry LineItemEntry::create(const QString &id, qint64 quantity, const QString &initialStateId,
                                    const QDateTime &now)
{
    const QString at = JsonValues::timestamp(now);
    return fromJson(QJsonObject{
        {u"id"_s, id},
        {u"quantity"_s, quantity},
        {u"discountedPricePerQuantity"_s, QJsonArray()},
        {u"taxedPricePortions"_s, QJsonArray()},
        {u"perMethodTaxRate"_s, QJsonArray()},
        {u"lineItemMode"_s, u"Standard"_s},
        {u"priceMode"_s, u"Platform"_s},
        {u"addedAt"_s, at},
        {u"lastModifiedAt"_s, at},
        {u"state"_s,
         QJsonArray{QJsonObject{{u"quantity"_s, quantity},
                                {u"state"_s, JsonValues::reference(u"state"_s, initialStateId)}}}}});
}

QString LineItemEntry::id() const
{
    return m_json.value(u"id"_s).toString();
}

void LineItemEntry::setId(const QString &id)
{
    m_json.insert(u"id"_s, id);
}

QString LineItemEntry::key() const
{
    return m_json.value(u"key"_s).toString();
}

void LineItemEntry::setKey(const QString &key)
{
    m_json.insert(u"key"_s, key);
}

QString LineItemEntry::productId() const
{
    return m_json.value(u"productId"_s).toString();
}

qint64 LineItemEntry::variantId() const
{
    return m_json.value(u"variant"_s).toObject().value(u"id"_s).toInteger();
}

void LineItemEntry::setProductData(const QJsonObject &product, const QJsonObject &current,
                                   const QJsonObject &variant)
{
    m_json.insert(u"productId"_s, product.value(u"id"_s));
    if (product.contains(u"key"_s))
        m_json.insert(u"productKey"_s, product.value(u"key"_s));
    m_json.insert(u"name"_s, current.value(u"name"_s));
    m_json.insert(u"productSlug"_s, current.value(u"slug"_s));
    m_json.insert(u"productType"_s, product.value(u"productType"_s));
    m_json.insert(u"variant"_s, variant);
}

QString LineItemEntry::distributionChannelId() const
{
    return m_json.value(u"distributionChannel"_s).toObject().value(u"id"_s).toString();
}

void LineItemEntry::setDistributionChannel(const QString &channelId)
{
    m_json.insert(u"distributionChannel"_s, JsonValues::reference(u"channel"_s, channelId));
}

void LineItemEntry::setSupplyChannel(const QString &channelId)
{
    m_json.insert(u"supplyChannel"_s, JsonValues::reference(u"channel"_s, channelId));
}

qint64 LineItemEntry::quantity() const
{
    return m_json.value(u"quantity"_s).toInteger();
}

void LineItemEntry::setQuantity(qint64 quantity)
{
    m_json.insert(u"quantity"_s, quantity);
}

void LineItemEntry::changeQuantity(qint64 quantity, const QDateTime &now)
{
    m_json.insert(u"quantity"_s, quantity);
    m_json.insert(u"lastModifiedAt"_s, JsonValues::timestamp(now));
    const QJsonArray states = m_json.value(u"state"_s).toArray();
    if (!states.isEmpty()) {
        QJsonObject first = states.at(0).toObject();
        first.insert(u"quantity"_s, quantity);
        m_json.insert(u"state"_s, QJsonArray{first});
    }
}

QString LineItemEntry::priceMode() const
{
    return m_json.value(u"priceMode"_s).toString();
}

bool LineItemEntry::isPlatformPriced() const
{
    return priceMode() == u"Platform"_s;
}

QJsonObject LineItemEntry::price() const
{
    return m_json.value(u"price"_s).toObject();
}

void LineItemEntry::setPrice(const QJsonObject &price)
{
    m_json.insert(u"price"_s, price);
}

void LineItemEntry::setExternalPrice(const QString &priceId, const QJsonObject &value)
{
    m_json.insert(u"priceMode"_s, u"ExternalPrice"_s);
    m_json.insert(u"price"_s, QJsonObject{{u"id"_s, priceId}, {u"value"_s, value}});
}

std::optional<qint64> LineItemEntry::computedTotal() const
{
    const QJsonObject price = this->price();
    const QJsonObject discounted = price.value(u"discounted"_s).toObject().value(u"value"_s).toObject();
    const QJsonObject value = discounted.isEmpty() ? price.value(u"value"_s).toObject() : discounted;
    return MoneyLimits::multiply(value.value(u"centAmount"_s).toInteger(), quantity());
}

void LineItemEntry::setTotalPrice(const QJsonObject &money)
{
    m_json.insert(u"totalPrice"_s, money);
}

bool LineItemEntry::hasTaxRate() const
{
    return m_json.value(u"taxRate"_s).isObject();
}

QJsonObject LineItemEntry::taxRate() const
{
    return m_json.value(u"taxRate"_s).toObject();
}

void LineItemEntry::setTaxRate(const QJsonObject &rate)
{
    m_json.insert(u"taxRate"_s, rate);
}

bool LineItemEntry::hasTaxedPrice() const
{
    return m_json.contains(u"taxedPrice"_s);
}

void LineItemEntry::setTaxed(const QJsonObject &rate, const QJsonObject &taxedPrice)
{
    m_json.insert(u"taxRate"_s, rate);
    m_json.insert(u"taxedPrice"_s, taxedPrice);
}

void LineItemEntry::clearTax()
{
    m_json.remove(u"taxRate"_s);
    m_json.remove(u"taxedPrice"_s);
}

bool LineItemEntry::mergesWith(const LineItemEntry &other) const
{
    const QJsonObject &a = m_json;
    const QJsonObject &b = other.m_json;
    return a.value(u"productId"_s) == b.value(u"productId"_s) &&
           a.value(u"variant"_s).toObject().value(u"id"_s) ==
               b.value(u"variant"_s).toObject().value(u"id"_s) &&
           a.value(u"distributionChannel"_s) == b.value(u"distributionChannel"_s) &&
           a.value(u"supplyChannel"_s) == b.value(u"supplyChannel"_s) && isPlatformPriced() &&
           other.isPlatformPriced() && a.value(u"key"_s) == b.value(u"key"_s) &&
           a.value(u"taxRate"_s) == b.value(u"taxRate"_s);
}

} // namespace commercedesk::sandbox
