// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/http/HttpResponse.h"
#include "sandbox/orders/MessageLog.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace commercedesk::sandbox {

// The delivery and parcel update actions of an Order: addDelivery, addParcelToDelivery,
// setParcelTrackingData, removeDelivery. Deliveries live in shippingInfo.deliveries (or, with a
// shippingKey, in that shipping[] entry's shippingInfo). Each action edits `order` in place and
// appends its message (DeliveryAdded, ParcelAddedToDelivery, ParcelTrackingDataUpdated,
// DeliveryRemoved) to `messages`; on error the order is left half-edited and the caller discards it.
class OrderDeliveries
{
public:
    OrderDeliveries(QDateTime now, QList<MessageLog::Pending> &messages);

    std::optional<HttpResponse> addDelivery(QJsonObject &order, const QJsonObject &action);
    std::optional<HttpResponse> addParcelToDelivery(QJsonObject &order, const QJsonObject &action);
    std::optional<HttpResponse> setParcelTrackingData(QJsonObject &order, const QJsonObject &action);
    std::optional<HttpResponse> removeDelivery(QJsonObject &order, const QJsonObject &action);

private:
    struct Location
    {
        QString shippingKey;
        int delivery = -1;
        int parcel = -1;
    };
    std::optional<Location> findDelivery(const QJsonObject &order, const QString &id,
                                         const QString &key) const;
    std::optional<Location> findParcel(const QJsonObject &order, const QString &id, const QString &key) const;
    std::optional<HttpResponse> checkItems(const QJsonObject &order, const QJsonValue &items) const;
    QJsonObject parcel(const QJsonObject &draft) const;

    QDateTime m_now;
    QList<MessageLog::Pending> &m_messages;
};

} // namespace commercedesk::sandbox
