// SPDX-License-Identifier: MIT
#pragma once

#include "core/Enums.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace commercedesk::core {

// One item of a return (api.yaml ReturnItem: a LineItemReturnItem names `lineItemId`, a
// CustomLineItemReturnItem `customLineItemId`; exactly one of them is set). Custom fields are not modelled.
struct ReturnItem
{
    QString id;
    std::optional<QString> key;
    qint64 quantity = 0;
    std::optional<QString> lineItemId;
    std::optional<QString> customLineItemId;
    std::optional<QString> comment;
    ReturnShipmentState shipmentState = ReturnShipmentState::Returned;
    ReturnPaymentState paymentState = ReturnPaymentState::Initial;
    QDateTime createdAt;
    QDateTime lastModifiedAt;

    friend bool operator==(const ReturnItem &, const ReturnItem &) = default;
};

// What came back of an order in one return (api.yaml ReturnInfo).
struct ReturnInfo
{
    QList<ReturnItem> items;
    std::optional<QString> returnTrackingId;
    std::optional<QDateTime> returnDate;

    friend bool operator==(const ReturnInfo &, const ReturnInfo &) = default;
};

} // namespace commercedesk::core
