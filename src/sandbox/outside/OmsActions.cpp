// SPDX-License-Identifier: MIT
#include "sandbox/outside/OmsActions.h"

#include "sandbox/storage/JsonValues.h"

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

QJsonArray deliveryItems(const QJsonObject &order)
{
    QJsonArray items;
    for (const QJsonValue &v : order.value(u"lineItems"_s).toArray()) {
        const QJsonObject line = v.toObject();
        items.append(QJsonObject{{u"id"_s, line.value(u"id"_s)}, {u"quantity"_s, line.value(u"quantity"_s)}});
    }
    return items;
}

bool hasDelivery(const QJsonObject &order, const QString &deliveryKey, const QString &trackingId)
{
    const QJsonArray deliveries = order.value(u"shippingInfo"_s).toObject().value(u"deliveries"_s).toArray();
    for (const QJsonValue &d : deliveries) {
        const QJsonObject delivery = d.toObject();
        if (delivery.value(u"key"_s).toString() == deliveryKey)
            return true;
        for (const QJsonValue &p : delivery.value(u"parcels"_s).toArray()) {
            const QJsonObject tracking = p.toObject().value(u"trackingData"_s).toObject();
            if (tracking.value(u"trackingId"_s).toString() == trackingId)
                return true;
        }
    }
    return false;
}

QJsonObject changeShipmentState(const QString &state)
{
    return QJsonObject{{u"action"_s, u"changeShipmentState"_s}, {u"shipmentState"_s, state}};
}

} // namespace

QString OmsActions::externalIdFor(const QString &orderKey)
{
    return u"OMS-"_s % orderKey;
}

QString OmsActions::trackingIdFor(const QString &orderKey)
{
    return u"TRK-"_s % orderKey;
}

QString OmsActions::deliveryKeyFor(const QString &orderKey)
{
    return u"oms-"_s % orderKey;
}

QJsonArray OmsActions::sync(const QJsonObject &order, const QString &externalId, const QString &syncedAt)
{
    for (const QJsonValue &s : order.value(u"syncInfo"_s).toArray()) {
        if (s.toObject().value(u"externalId"_s).toString() == externalId)
            return {};
    }
    return QJsonArray{QJsonObject{{u"action"_s, u"updateSyncInfo"_s},
                                  {u"channel"_s, JsonValues::keyReference(u"channel"_s, u"oms"_s)},
                                  {u"externalId"_s, externalId},
                                  {u"syncedAt"_s, syncedAt}}};
}

QJsonArray OmsActions::ready(const QJsonObject &order)
{
    const QString state = order.value(u"shipmentState"_s).toString();
    if (state == u"Ready" || state == u"Shipped" || state == u"Delivered")
        return {};
    return QJsonArray{changeShipmentState(u"Ready"_s)};
}

QJsonArray OmsActions::ship(const QJsonObject &order, const QString &orderKey)
{
    QJsonArray actions;
    const QString trackingId = trackingIdFor(orderKey);
    const QString deliveryKey = deliveryKeyFor(orderKey);
    if (!hasDelivery(order, deliveryKey, trackingId)) {
        const QJsonObject parcel{{u"trackingData"_s, QJsonObject{{u"trackingId"_s, trackingId},
                                                                 {u"carrier"_s, u"DHL"_s},
                                                                 {u"provider"_s, u"CommerceDesk OMS"_s},
                                                                 {u"isReturn"_s, false}}}};
        actions.append(QJsonObject{{u"action"_s, u"addDelivery"_s},
                                   {u"deliveryKey"_s, deliveryKey},
                                   {u"items"_s, deliveryItems(order)},
                                   {u"parcels"_s, QJsonArray{parcel}}});
    }
    const QString state = order.value(u"shipmentState"_s).toString();
    if (state != u"Shipped" && state != u"Delivered")
        actions.append(changeShipmentState(u"Shipped"_s));
    return actions;
}

} // namespace commercedesk::sandbox
