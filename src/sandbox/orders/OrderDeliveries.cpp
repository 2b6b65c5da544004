// SPDX-License-Identifier: MIT
#include "sandbox/orders/OrderDeliveries.h"

#include "sandbox/orders/ResourceErrors.h"
#include "sandbox/storage/JsonValues.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

// Every place deliveries can live: "" = order.shippingInfo, otherwise shipping[].shippingKey.
QStringList containers(const QJsonObject &order)
{
    QStringList keys;
    if (order.value(u"shippingInfo"_s).isObject())
        keys.append(QString());
    for (const QJsonValue &s : order.value(u"shipping"_s).toArray())
        keys.append(s.toObject().value(u"shippingKey"_s).toString());
    return keys;
}

QJsonObject shippingInfoOf(const QJsonObject &order, const QString &shippingKey)
{
    if (shippingKey.isEmpty())
        return order.value(u"shippingInfo"_s).toObject();
    for (const QJsonValue &s : order.value(u"shipping"_s).toArray()) {
        if (s.toObject().value(u"shippingKey"_s).toString() == shippingKey)
            return s.toObject().value(u"shippingInfo"_s).toObject();
    }
    return {};
}

QJsonArray deliveriesOf(const QJsonObject &order, const QString &shippingKey)
{
    return shippingInfoOf(order, shippingKey).value(u"deliveries"_s).toArray();
}

void setDeliveries(QJsonObject &order, const QString &shippingKey, const QJsonArray &deliveries)
{
    if (shippingKey.isEmpty()) {
        QJsonObject info = order.value(u"shippingInfo"_s).toObject();
        info.insert(u"deliveries"_s, deliveries);
        order.insert(u"shippingInfo"_s, info);
        return;
    }
    QJsonArray shipping = order.value(u"shipping"_s).toArray();
    for (qsizetype i = 0; i < shipping.size(); ++i) {
        QJsonObject entry = shipping.at(i).toObject();
        if (entry.value(u"shippingKey"_s).toString() != shippingKey)
            continue;
        QJsonObject info = entry.value(u"shippingInfo"_s).toObject();
        info.insert(u"deliveries"_s, deliveries);
        entry.insert(u"shippingInfo"_s, info);
        shipping.replace(i, entry);
    }
    order.insert(u"shipping"_s, shipping);
}

QJsonArray itemList(const QJsonValue &items)
{
    if (items.isArray())
        return items.toArray();
    if (items.isObject()) // the published example sends a single object
        return QJsonArray{items};
    return {};
}

void withShippingKey(QJsonObject &payload, const QString &shippingKey)
{
    if (!shippingKey.isEmpty())
        payload.insert(u"shippingKey"_s, shippingKey);
}

} // namespace

OrderDeliveries::OrderDeliveries(QDateTime now, QList<MessageLog::Pending> &messages)
    : m_now(std::move(now))
    , m_messages(messages)
{}

std::optional<OrderDeliveries::Location>
OrderDeliveries::findDelivery(const QJsonObject &order, const QString &id, const QString &key) const
{
    for (const QString &container : containers(order)) {
        const QJsonArray deliveries = deliveriesOf(order, container);
        for (int i = 0; i < deliveries.size(); ++i) {
            const QJsonObject d = deliveries.at(i).toObject();
            if ((!id.isEmpty() && d.value(u"id"_s).toString() == id) ||
                (id.isEmpty() && !key.isEmpty() && d.value(u"key"_s).toString() == key)) {
                return Location{container, i, -1};
            }
        }
    }
    return std::nullopt;
}

std::optional<OrderDeliveries::Location>
OrderDeliveries::findParcel(const QJsonObject &order, const QString &id, const QString &key) const
{
    for (const QString &container : containers(order)) {
        const QJsonArray deliveries = deliveriesOf(order, container);
        for (int i = 0; i < deliveries.size(); ++i) {
            const QJsonArray parcels = deliveries.at(i).toObject().value(u"parcels"_s).toArray();
            for (int p = 0; p < parcels.size(); ++p) {
                const QJsonObject parcel = parcels.at(p).toObject();
                if ((!id.isEmpty() && parcel.value(u"id"_s).toString() == id) ||
                    (id.isEmpty() && !key.isEmpty() && parcel.value(u"key"_s).toString() == key)) {
                    return Location{container, i, p};
                }
            }
        }
    }
    return std::nullopt;
}

std::optional<HttpResponse> OrderDeliveries::checkItems(const QJsonObject &order,
                                                        const QJsonValue &items) const
{
    QStringList known;
    for (const QString &list : {u"lineItems"_s, u"customLineItems"_s}) {
        for (const QJsonValue &v : order.value(list).toArray())
            known.append(v.toObject().value(u"id"_s).toString());
    }
    for (const QJsonValue &v : itemList(items)) {
        const QJsonObject item = v.toObject();
        const QString id = item.value(u"id"_s).toString();
        if (!known.contains(id))
            return ResourceErrors::invalidOperation(u"The order has no line item with id '%1'."_s.arg(id));
        if (item.value(u"quantity"_s).toInteger(-1) < 0)
            return ResourceErrors::invalidField(u"items.quantity"_s, item.value(u"quantity"_s));
    }
    return std::nullopt;
}

QJsonObject OrderDeliveries::parcel(const QJsonObject &draft) const
{
    QJsonObject p{{u"id"_s, JsonValues::randomId()},
                  {u"createdAt"_s, JsonValues::timestamp(m_now)},
                  {u"items"_s, itemList(draft.value(u"items"_s))}};
    const QString key = draft.contains(u"parcelKey"_s) ? draft.value(u"parcelKey"_s).toString()
                                                       : draft.value(u"key"_s).toString();
    if (!key.isEmpty())
        p.insert(u"key"_s, key);
    for (const QString &field : {u"measurements"_s, u"trackingData"_s, u"custom"_s}) {
        if (draft.value(field).isObject())
            p.insert(field, draft.value(field));
    }
    return p;
}

std::optional<HttpResponse> OrderDeliveries::addDelivery(QJsonObject &order, const QJsonObject &action)
{
    const QString shippingKey = action.value(u"shippingKey"_s).toString();
    if (!containers(order).contains(shippingKey)) {
        return ResourceErrors::invalidOperation(
            shippingKey.isEmpty() ? u"The order has no shipping info to add a delivery to."_s
                                  : u"The order has no shipping with key '%1'."_s.arg(shippingKey));
    }
    if (auto error = checkItems(order, action.value(u"items"_s)))
        return error;
    QJsonArray parcels;
    for (const QJsonValue &p : action.value(u"parcels"_s).toArray()) {
        if (auto error = checkItems(order, p.toObject().value(u"items"_s)))
            return error;
        parcels.append(parcel(p.toObject()));
    }
    QJsonObject delivery{{u"id"_s, JsonValues::randomId()},
                         {u"createdAt"_s, JsonValues::timestamp(m_now)},
                         {u"items"_s, itemList(action.value(u"items"_s))},
                         {u"parcels"_s, parcels}};
    const QString key = action.value(u"deliveryKey"_s).toString();
    if (!key.isEmpty()) {
        if (findDelivery(order, {}, key))
            return ResourceErrors::duplicateField(u"deliveryKey"_s, key);
        delivery.insert(u"key"_s, key);
    }
    for (const QString &field : {u"address"_s, u"custom"_s}) {
        if (action.value(field).isObject())
            delivery.insert(field, action.value(field));
    }
    QJsonArray deliveries = deliveriesOf(order, shippingKey);
    deliveries.append(delivery);
    setDeliveries(order, shippingKey, deliveries);
    QJsonObject payload{{u"delivery"_s, delivery}};
    withShippingKey(payload, shippingKey);
    m_messages.append({u"DeliveryAdded"_s, payload});
    return std::nullopt;
}

std::optional<HttpResponse> OrderDeliveries::addParcelToDelivery(QJsonObject &order,
                                                                 const QJsonObject &action)
{
    const QString id = action.value(u"deliveryId"_s).toString();
    const QString key = action.value(u"deliveryKey"_s).toString();
    const auto at = findDelivery(order, id, key);
    if (!at)
        return ResourceErrors::invalidOperation(
            u"The order has no delivery '%1'."_s.arg(id.isEmpty() ? key : id));
    if (auto error = checkItems(order, action.value(u"items"_s)))
        return error;
    QJsonArray deliveries = deliveriesOf(order, at->shippingKey);
    QJsonObject delivery = deliveries.at(at->delivery).toObject();
    const QJsonObject newParcel = parcel(action);
    QJsonArray parcels = delivery.value(u"parcels"_s).toArray();
    parcels.append(newParcel);
    delivery.insert(u"parcels"_s, parcels);
    deliveries.replace(at->delivery, delivery);
    setDeliveries(order, at->shippingKey, deliveries);
    QJsonObject payload{{u"delivery"_s, delivery}, {u"parcel"_s, newParcel}};
    withShippingKey(payload, at->shippingKey);
    m_messages.append({u"ParcelAddedToDelivery"_s, payload});
    return std::nullopt;
}

std::optional<HttpResponse> OrderDeliveries::setParcelTrackingData(QJsonObject &order,
                                                                   const QJsonObject &action)
{
    const QString id = action.value(u"parcelId"_s).toString();
    const QString key = action.value(u"parcelKey"_s).toString();
    const auto at = findParcel(order, id, key);
    if (!at)
        return ResourceErrors::invalidOperation(
            u"The order has no parcel '%1'."_s.arg(id.isEmpty() ? key : id));
    QJsonArray deliveries = deliveriesOf(order, at->shippingKey);
    QJsonObject delivery = deliveries.at(at->delivery).toObject();
    QJsonArray parcels = delivery.value(u"parcels"_s).toArray();
    QJsonObject p = parcels.at(at->parcel).toObject();
    if (action.value(u"trackingData"_s).isObject())
        p.insert(u"trackingData"_s, action.value(u"trackingData"_s));
    else
        p.remove(u"trackingData"_s);
    parcels.replace(at->parcel, p);
    delivery.insert(u"parcels"_s, parcels);
    deliveries.replace(at->delivery, delivery);
    setDeliveries(order, at->shippingKey, deliveries);
    QJsonObject payload{{u"deliveryId"_s, delivery.value(u"id"_s)}, {u"parcelId"_s, p.value(u"id"_s)}};
    if (p.contains(u"trackingData"_s))
        payload.insert(u"trackingData"_s, p.value(u"trackingData"_s));
    withShippingKey(payload, at->shippingKey);
    m_messages.append({u"ParcelTrackingDataUpdated"_s, payload});
    return std::nullopt;
}

std::optional<HttpResponse> OrderDeliveries::removeDelivery(QJsonObject &order, const QJsonObject &action)
{
    const QString id = action.value(u"deliveryId"_s).toString();
    const QString key = action.value(u"deliveryKey"_s).toString();
    const auto at = findDelivery(order, id, key);
    if (!at)
        return ResourceErrors::invalidOperation(
            u"The order has no delivery '%1'."_s.arg(id.isEmpty() ? key : id));
    QJsonArray deliveries = deliveriesOf(order, at->shippingKey);
    const QJsonObject removed = deliveries.at(at->delivery).toObject();
    deliveries.removeAt(at->delivery);
    setDeliveries(order, at->shippingKey, deliveries);
    QJsonObject payload{{u"delivery"_s, removed}};
    withShippingKey(payload, at->shippingKey);
    m_messages.append({u"DeliveryRemoved"_s, payload});
    return std::nullopt;
}

} // namespace commercedesk::sandbox
