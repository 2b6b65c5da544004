// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/http/HttpResponse.h"
#include "sandbox/orders/MessageLog.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace commercedesk::sandbox {

// The Order update action addReturnInfo (api.yaml OrderAddReturnInfoAction, ReturnInfoDraft,
// ReturnItemDraft): appends a ReturnInfo to the order's returnInfo. Each item draft needs a quantity of at
// least 1, a shipmentState (ReturnShipmentState) and exactly one of lineItemId / customLineItemId naming an
// item of the order; it becomes a LineItemReturnItem / CustomLineItemReturnItem with an id, createdAt and
// lastModifiedAt, and the paymentState its shipment state starts with (api.yaml ReturnPaymentState:
// Advised → NonRefundable, every other state → Initial). More units of an item than the order holds, counted
// over all its returns, is 400 InvalidOperation. Appends the ReturnInfoAdded message. On error the order is
// left half-edited and the caller discards it.
class OrderReturns
{
public:
    OrderReturns(QDateTime now, QList<MessageLog::Pending> &messages);

    std::optional<HttpResponse> addReturnInfo(QJsonObject &order, const QJsonObject &action);

private:
    QDateTime m_now;
    QList<MessageLog::Pending> &m_messages;
};

} // namespace commercedesk::sandbox
