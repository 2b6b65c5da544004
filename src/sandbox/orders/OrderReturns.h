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
//
// setReturnShipmentState / setReturnPaymentState (api.yaml OrderSetReturnShipmentStateAction,
// OrderSetReturnPaymentStateAction): the return item named by `returnItemId` (or `returnItemKey`) of any of
// the order's returns takes the state (ReturnShipmentState / ReturnPaymentState; the specification prescribes
// no order of states, so any move is accepted) and a new lastModifiedAt. No item named, an unknown item or a
// state outside the enumeration is 400 (InvalidOperation / InvalidField). A shipment state change appends the
// OrderReturnShipmentStateChanged message {returnItemId, returnShipmentState}; api.yaml defines no message
// for the payment state.
class OrderReturns
{
public:
    OrderReturns(QDateTime now, QList<MessageLog::Pending> &messages);

    std::optional<HttpResponse> addReturnInfo(QJsonObject &order, const QJsonObject &action);
    std::optional<HttpResponse> setReturnShipmentState(QJsonObject &order, const QJsonObject &action);
    std::optional<HttpResponse> setReturnPaymentState(QJsonObject &order, const QJsonObject &action);

private:
    /// Sets `field` of the return item the action names to the action's `field` value out of `allowed`;
    /// the item's id in `itemId`.
    std::optional<HttpResponse> setItemState(QJsonObject &order, const QJsonObject &action,
                                             const QString &field, const QStringList &allowed,
                                             QString *itemId);

    QDateTime m_now;
    QList<MessageLog::Pending> &m_messages;
};

} // namespace commercedesk::sandbox
