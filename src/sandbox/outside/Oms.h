// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/Clock.h"
#include "sandbox/http/HttpResponse.h"
#include "sandbox/http/RequestContext.h"
#include "sandbox/outside/OutsideSystemsConfig.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <memory>

class QTimer;

namespace commercedesk::sandbox {

class FaultInjector;
class OmsStore;
class OmsWriteBack;
class ServiceServer;

struct OmsConfig
{
    QString databasePath;               // oms.sqlite; empty = keep the log in memory only
    std::shared_ptr<const Clock> clock; // null = wall clock
    int readyAfterSeconds = 0;          // after the OrderCreated message, on `clock`
    int shipAfterSeconds = 60;
    int tickMs = 1000;   // how often fulfilment looks at the clock (real time)
    SandboxLink sandbox; // empty apiUrl: record only, never write back
    // Required on POST /messages as `Authorization: Bearer <token>` (as a Connect event application
    // verifies its Pub/Sub push token); anything else → 401 and nothing is recorded. Empty = no check
    // (only for tests of the OMS alone).
    QByteArray deliveryToken;
    // After shipping, capture what is left of the order's card payments (OmsCapture; step "captured").
    bool captureOnShipment = false;
};

// The order management system sandbox (docs/outside-systems.md).
//  - POST /messages: a subscription delivery (MessageDeliveryPayload). Deduplicated by message id;
//    the order is recorded by its orderNumber (or id); answers 200 at once.
//  - GET /v1/orders/{orderNumber}: the delivery log {orderNumber, orderId, externalId,
//    received:[{messageId,type,sequenceNumber,receivedAt}], attempts, lastError, deliveredAt,
//    fulfilment:[{step,at,…}], shipmentState}; GET /v1/orders lists them all.
//  - Fulfilment, asynchronously on its clock: updateSyncInfo (channel key "oms", externalId
//    "OMS-<orderNumber>") at once, shipmentState Ready after readyAfterSeconds, then a delivery with
//    a parcel + tracking and shipmentState Shipped after shipAfterSeconds — via OmsWriteBack with the
//    OmsActions of each step (re-read and recomputed on a 409, so a racing merchant update is kept).
//    With captureOnShipment, a fourth step "captured" after Shipped: OmsCapture captures what is left
//    of the order's card payments (exactly once, by the payments' balance, however often the messages
//    arrive or the step is tried).
//    A failed step stays at its stage (lastError) and is tried again on the next tick.
//  - Outage (fault "oms:*:outage"): every request gets 503 (counted as a failed attempt in the log)
//    and no write-back runs until the outage is cleared.
// State (log, fulfilment stage, received message ids) is saved in OmsStore after every change when
// databasePath is set, and loaded by start(): a restart keeps the log and resumes fulfilment.
// Threading: lives in, and serves from, the thread that created it.
class Oms : public QObject
{
    Q_OBJECT

public:
    Oms(OmsConfig config, std::shared_ptr<FaultInjector> faults, QObject *parent = nullptr);
    ~Oms() override;

    // Opens the store (when configured) and listens. False + *error on failure.
    bool start(const QHostAddress &address, quint16 port, QString *error);
    QUrl url() const;

private:
    struct Order
    {
        QString orderNumber;
        QString orderId;
        QJsonArray received;
        QJsonArray fulfilment;
        int attempts = 0;
        QString lastError;
        QDateTime firstReceivedAt; // on the OMS clock
        int stage = 0;             // 0 new, 1 synced, 2 ready, 3 shipped
        bool busy = false;         // a write-back step is in flight (not saved)
        QString key() const { return orderNumber.isEmpty() ? orderId : orderNumber; }
        QJsonObject log() const;
        QJsonObject state() const;
        static Order fromState(const QJsonObject &state);
    };

    HttpResponse receive(const RequestContext &ctx);
    void recordFailedDelivery(const RequestContext &ctx, int status);
    Order *orderFor(const QJsonObject &payload, bool create);
    void tick();
    void advance(Order &order);
    void save(const Order &order, const QString &messageId = {});

    OmsConfig m_config;
    std::shared_ptr<FaultInjector> m_faults;
    std::unique_ptr<OmsStore> m_store;   // null: memory only
    ServiceServer *m_server = nullptr;   // child
    OmsWriteBack *m_writeBack = nullptr; // child
    QTimer *m_timer = nullptr;           // child
    QHash<QString, Order> m_orders;      // by orderNumber (or order id when it has none)
    QHash<QString, QString> m_keyByOrderId;
    QSet<QString> m_seenMessageIds;
};

} // namespace commercedesk::sandbox
