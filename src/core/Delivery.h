// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace commercedesk::core {

// {id: lineItemId, quantity}
struct DeliveryItem
{
    QString id;
    qint64 quantity = 0;

    friend bool operator==(const DeliveryItem &, const DeliveryItem &) = default;
};

struct TrackingData
{
    std::optional<QString> trackingId;
    std::optional<QString> carrier;
    std::optional<QString> provider;
    std::optional<QString> providerTransaction;
    std::optional<bool> isReturn;

    friend bool operator==(const TrackingData &, const TrackingData &) = default;
};

struct ParcelMeasurements
{
    std::optional<qint64> heightInMillimeter;
    std::optional<qint64> lengthInMillimeter;
    std::optional<qint64> widthInMillimeter;
    std::optional<qint64> weightInGram;

    friend bool operator==(const ParcelMeasurements &, const ParcelMeasurements &) = default;
};

struct Parcel
{
    QString id;
    std::optional<QString> key;
    QDateTime createdAt;
    std::optional<ParcelMeasurements> measurements;
    std::optional<TrackingData> trackingData;
    QList<DeliveryItem> items;

    friend bool operator==(const Parcel &, const Parcel &) = default;
};

// One shipment of (parts of) an order.
struct Delivery
{
    QString id;
    std::optional<QString> key;
    QDateTime createdAt;
    QList<DeliveryItem> items;
    QList<Parcel> parcels;
    std::optional<Address> address;

    friend bool operator==(const Delivery &, const Delivery &) = default;
};

} // namespace commercedesk::core
