// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/http/HttpResponse.h"
#include "sandbox/orders/MessageLog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace commercedesk::sandbox {

class Database;

// Applies an OrderUpdate {version, actions[]} to a stored Order: all actions or none, version + 1
// per request, the extra columns rewritten with the doc, one message per state-changing action.
// Supported: changeOrderState, changeShipmentState, changePaymentState, transitionState,
// addDelivery, addParcelToDelivery, setParcelTrackingData, removeDelivery, addReturnInfo,
// setReturnShipmentState, setReturnPaymentState, setOrderNumber, setPurchaseOrderNumber, addPayment,
// removePayment, setCustomerEmail, setShippingAddress, setBillingAddress, updateSyncInfo, setCustomType,
// setCustomField. Errors: stale version → 409 ConcurrentModification (currentVersion); bad enum → 400
// InvalidField (allowedValues); unknown action → 400 InvalidInput; unknown channel/payment → 400
// ReferencedResourceNotFound.
// Must run inside the caller's transaction; one instance per request.
class OrderUpdater
{
public:
    OrderUpdater(Database &database, QDateTime now);

    // 200 with the updated Order, or the error.
    HttpResponse update(const QJsonObject &storedOrder, const QJsonObject &body);
    // Applies `actions` to an order being created (API extension answers): in memory only — no
    // version bump, nothing stored, the messages the actions would write are dropped (the order's
    // OrderCreated message carries the result). nullopt, or the first failing action's error.
    std::optional<HttpResponse> applyInMemory(QJsonObject &order, const QJsonArray &actions);

private:
    std::optional<HttpResponse> apply(QJsonObject &order, const QJsonObject &action);
    std::optional<HttpResponse> changeEnum(QJsonObject &order, const QJsonObject &action,
                                           const QString &field, const QStringList &allowed,
                                           const QString &messageType);
    std::optional<HttpResponse> transitionState(QJsonObject &order, const QJsonObject &action);
    std::optional<HttpResponse> setOrderNumber(QJsonObject &order, const QJsonObject &action);
    std::optional<HttpResponse> setOptionalText(QJsonObject &order, const QJsonObject &action,
                                                const QString &field, const QString &actionField,
                                                const QString &messageType);
    std::optional<HttpResponse> changePayment(QJsonObject &order, const QJsonObject &action, bool add);
    std::optional<HttpResponse> setAddress(QJsonObject &order, const QJsonObject &action,
                                           const QString &field);
    std::optional<HttpResponse> updateSyncInfo(QJsonObject &order, const QJsonObject &action);
    std::optional<HttpResponse> setCustomType(QJsonObject &order, const QJsonObject &action);
    std::optional<HttpResponse> setCustomField(QJsonObject &order, const QJsonObject &action);

    Database &m_database;
    QDateTime m_now;
    QList<MessageLog::Pending> m_messages;
};

} // namespace commercedesk::sandbox
