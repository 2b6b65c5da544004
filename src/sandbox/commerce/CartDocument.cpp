// SPDX-License-Identifier: MIT
#include "sandbox/commerce/CartDocument.h"

#include "sandbox/storage/JsonValues.h"

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

// Cart fields an Order takes over unchanged (api.yaml Order and Cart).
const QStringList &orderFieldNames()
{
    static const QStringList fields =
        u"customerId customerEmail customerGroup anonymousId businessUnit store lineItems customLineItems "
        u"totalLineItemQuantity totalPrice taxedPrice taxedShippingPrice discountOnTotalPrice "
        u"shippingAddress billingAddress shippingMode shippingInfo shippingRateInput shipping "
        u"itemShippingAddresses taxMode taxRoundingMode taxCalculationMode priceRoundingMode inventoryMode "
        u"country locale origin discountCodes directDiscounts refusedGifts paymentInfo purchaseOrderNumber "
        u"custom"_s.split(u' ');
    return fields;
}

QList<LineItemEntry> entriesOf(const QJsonValue &list)
{
    QList<LineItemEntry> entries;
    const QJsonArray array = list.toArray();
    entries.reserve(array.size());
    for (const QJsonValue &v : array)
        entries.append(LineItemEntry::fromJson(v.toObject()));
    return entries;
}

} // namespace

CartDocument CartDocument::fromJson(const QJsonObject &json)
{
    CartDocument cart;
    cart.m_json = json;
    return cart;
}

CartDocument CartDocument::create(const QString &id, const QString &currency, const QDateTime &now)
{
    const QString at = JsonValues::timestamp(now);
    return fromJson(QJsonObject{{u"id"_s, id},
                                {u"version"_s, 1},
                                {u"createdAt"_s, at},
                                {u"lastModifiedAt"_s, at},
                                {u"lineItems"_s, QJsonArray()},
                                {u"cartState"_s, u"Active"_s},
                                {u"totalPrice"_s, JsonValues::money(currency, 0)},
                                {u"shipping"_s, QJsonArray()},
                                {u"customLineItems"_s, QJsonArray()},
                                {u"discountCodes"_s, QJsonArray()},
                                {u"directDiscounts"_s, QJsonArray()},
                                {u"refusedGifts"_s, QJsonArray()},
                                {u"itemShippingAddresses"_s, QJsonArray()},
                                {u"taxMode"_s, u"Platform"_s},
                                {u"taxRoundingMode"_s, u"HalfEven"_s},
                                {u"priceRoundingMode"_s, u"HalfEven"_s},
                                {u"taxCalculationMode"_s, u"LineItemLevel"_s},
                                {u"inventoryMode"_s, u"None"_s},
                                {u"shippingMode"_s, u"Single"_s},
                                {u"origin"_s, u"Customer"_s}});
}

void CartDocument::setOrRemove(const QString &field, const QString &value)
{
    if (value.isEmpty())
        m_json.remove(field);
    else
        m_json.insert(field, value);
}

void CartDocument::setOrRemove(const QString &field, const std::optional<QJsonObject> &value)
{
    if (value)
        m_json.insert(field, *value);
    else
        m_json.remove(field);
}

QString CartDocument::id() const
{
    return m_json.value(u"id"_s).toString();
}

qint64 CartDocument::version() const
{
    return m_json.value(u"version"_s).toInteger();
}

void CartDocument::markModified(const QDateTime &now)
{
    m_json.insert(u"version"_s, version() + 1);
    m_json.insert(u"lastModifiedAt"_s, JsonValues::timestamp(now));
}

QString CartDocument::key() const
{
    return m_json.value(u"key"_s).toString();
}

void CartDocument::setKey(const QString &key)
{
    setOrRemove(u"key"_s, key);
}

QString CartDocument::currency() const
{
    return m_json.value(u"totalPrice"_s).toObject().value(u"currencyCode"_s).toString();
}

QString CartDocument::country() const
{
    return m_json.value(u"country"_s).toString();
}

void CartDocument::setCountry(const QString &country)
{
    setOrRemove(u"country"_s, country);
}

QString CartDocument::locale() const
{
    return m_json.value(u"locale"_s).toString();
}

void CartDocument::setLocale(const QString &locale)
{
    setOrRemove(u"locale"_s, locale);
}

QString CartDocument::customerId() const
{
    return m_json.value(u"customerId"_s).toString();
}

bool CartDocument::hasCustomerId() const
{
    return m_json.contains(u"customerId"_s);
}

void CartDocument::setCustomerId(const QString &customerId)
{
    setOrRemove(u"customerId"_s, customerId);
}

QString CartDocument::anonymousId() const
{
    return m_json.value(u"anonymousId"_s).toString();
}

void CartDocument::setAnonymousId(const QString &anonymousId)
{
    setOrRemove(u"anonymousId"_s, anonymousId);
}

bool CartDocument::hasCustomerEmail() const
{
    return m_json.contains(u"customerEmail"_s);
}

void CartDocument::setCustomerEmail(const QString &email)
{
    setOrRemove(u"customerEmail"_s, email);
}

QString CartDocument::customerGroupId() const
{
    return m_json.value(u"customerGroup"_s).toObject().value(u"id"_s).toString();
}

bool CartDocument::hasCustomerGroup() const
{
    return m_json.contains(u"customerGroup"_s);
}

void CartDocument::setCustomerGroup(const QJsonValue &reference)
{
    m_json.insert(u"customerGroup"_s, reference);
}

QString CartDocument::storeKey() const
{
    return m_json.value(u"store"_s).toObject().value(u"key"_s).toString();
}

void CartDocument::setStoreKey(const QString &key)
{
    m_json.insert(u"store"_s, JsonValues::keyReference(u"store"_s, key));
}

QString CartDocument::businessUnitKey() const
{
    return m_json.value(u"businessUnit"_s).toObject().value(u"key"_s).toString();
}

void CartDocument::setBusinessUnitKey(const QString &key)
{
    m_json.insert(u"businessUnit"_s, JsonValues::keyReference(u"business-unit"_s, key));
}

void CartDocument::setPurchaseOrderNumber(const QString &number)
{
    setOrRemove(u"purchaseOrderNumber"_s, number);
}

QString CartDocument::cartState() const
{
    return m_json.value(u"cartState"_s).toString();
}

void CartDocument::setCartState(const QString &state)
{
    m_json.insert(u"cartState"_s, state);
}

bool CartDocument::isActive() const
{
    return cartState() == u"Active"_s;
}

bool CartDocument::isFrozen() const
{
    return cartState() == u"Frozen"_s;
}

bool CartDocument::isOrdered() const
{
    return cartState() == u"Ordered"_s;
}

bool CartDocument::hasShippingAddress() const
{
    return m_json.value(u"shippingAddress"_s).isObject();
}

QJsonObject CartDocument::shippingAddress() const
{
    return m_json.value(u"shippingAddress"_s).toObject();
}

void CartDocument::setShippingAddress(const std::optional<QJsonObject> &address)
{
    setOrRemove(u"shippingAddress"_s, address);
}

void CartDocument::setBillingAddress(const std::optional<QJsonObject> &address)
{
    setOrRemove(u"billingAddress"_s, address);
}

QList<LineItemEntry> CartDocument::lineItems() const
{
    return entriesOf(m_json.value(u"lineItems"_s));
}

void CartDocument::setLineItems(const QList<LineItemEntry> &lines)
{
    QJsonArray array;
    for (const LineItemEntry &line : lines)
        array.append(line.toJson());
    m_json.insert(u"lineItems"_s, array);
}

QList<LineItemEntry> CartDocument::customLineItems() const
{
    return entriesOf(m_json.value(u"customLineItems"_s));
}

std::optional<ShippingInfoEntry> CartDocument::shippingInfo() const
{
    const QJsonObject info = m_json.value(u"shippingInfo"_s).toObject();
    if (info.isEmpty())
        return std::nullopt;
    return ShippingInfoEntry::fromJson(info);
}

void CartDocument::setShippingInfo(const std::optional<ShippingInfoEntry> &info)
{
    setOrRemove(u"shippingInfo"_s, info ? std::optional(info->toJson()) : std::nullopt);
}

QJsonArray CartDocument::discountCodes() const
{
    return m_json.value(u"discountCodes"_s).toArray();
}

QJsonArray CartDocument::itemShippingAddresses() const
{
    return m_json.value(u"itemShippingAddresses"_s).toArray();
}

QStringList CartDocument::paymentIds() const
{
    QStringList ids;
    for (const QJsonValue &v : m_json.value(u"paymentInfo"_s).toObject().value(u"payments"_s).toArray())
        ids.append(v.toObject().value(u"id"_s).toString());
    return ids;
}

void CartDocument::setPaymentIds(const QStringList &ids)
{
    if (ids.isEmpty()) {
        m_json.remove(u"paymentInfo"_s);
        return;
    }
    QJsonObject info = m_json.value(u"paymentInfo"_s).toObject();
    QJsonArray payments;
    for (const QString &id : ids)
        payments.append(JsonValues::reference(u"payment"_s, id));
    info.insert(u"payments"_s, payments);
    m_json.insert(u"paymentInfo"_s, info);
}

QString CartDocument::taxMode() const
{
    return m_json.value(u"taxMode"_s).toString();
}

void CartDocument::setTaxMode(const QString &mode)
{
    m_json.insert(u"taxMode"_s, mode);
}

QString CartDocument::taxRoundingMode() const
{
    return m_json.value(u"taxRoundingMode"_s).toString();
}

bool CartDocument::hasTaxedPrice() const
{
    return m_json.value(u"taxedPrice"_s).isObject();
}

void CartDocument::setTaxedPrice(const std::optional<QJsonObject> &taxedPrice)
{
    setOrRemove(u"taxedPrice"_s, taxedPrice);
}

void CartDocument::setTaxedShippingPrice(const std::optional<QJsonObject> &taxedPrice)
{
    setOrRemove(u"taxedShippingPrice"_s, taxedPrice);
}

void CartDocument::clearTaxes()
{
    QList<LineItemEntry> lines = lineItems();
    for (LineItemEntry &line : lines)
        line.clearTax();
    setLineItems(lines);
    if (auto info = shippingInfo()) {
        info->clearTax();
        setShippingInfo(info);
    }
    m_json.remove(u"taxedPrice"_s);
    m_json.remove(u"taxedShippingPrice"_s);
}

void CartDocument::setTotals(qint64 totalCentAmount, qint64 lineItemQuantity)
{
    m_json.insert(u"totalPrice"_s, JsonValues::money(currency(), totalCentAmount));
    m_json.insert(u"totalLineItemQuantity"_s, lineItemQuantity);
}

void CartDocument::setDraftField(const QString &field, const QJsonValue &value)
{
    m_json.insert(field, value);
}

QJsonObject CartDocument::orderFields() const
{
    QJsonObject fields;
    for (const QString &field : orderFieldNames()) {
        if (m_json.contains(field))
            fields.insert(field, m_json.value(field));
    }
    return fields;
}

QJsonObject CartDocument::taxedItemPrice(const QString &currency, qint64 net, qint64 gross, qint64 tax)
{
    return QJsonObject{{u"totalNet"_s, JsonValues::money(currency, net)},
                       {u"totalGross"_s, JsonValues::money(currency, gross)},
                       {u"totalTax"_s, JsonValues::money(currency, tax)}};
}

} // namespace commercedesk::sandbox
