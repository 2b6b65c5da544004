// SPDX-License-Identifier: MIT
#include "sandbox/outside/Oms.h"

#include "sandbox/outside/FaultInjector.h"
#include "sandbox/outside/OmsWriteBack.h"
#include "sandbox/outside/ServiceServer.h"
#include "sandbox/storage/JsonValues.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

Q_LOGGING_CATEGORY(lcOms, "commercedesk.sandbox.oms", QtInfoMsg)

QString externalIdFor(const QString &orderKey)
{
    return u"OMS-"_s % orderKey;
}

QJsonArray deliveryItems(const QJsonObject &order)
{
    QJsonArray items;
    for (const QJsonValue &v : order.value(u"lineItems"_s).toArray()) {
        const QJsonObject line = v.toObject();
        items.append(QJsonObject{{u"id"_s, line.value(u"id"_s)}, {u"quantity"_s, line.value(u"quantity"_s)}});
    }
    return items;
}

} // namespace

QJsonObject Oms::Order::log() const
{
    static const char *const States[] = {"Pending", "Pending", "Ready", "Shipped"};
    QJsonObject o{{u"orderNumber"_s, orderNumber},
                  {u"orderId"_s, orderId},
                  {u"externalId"_s, externalIdFor(orderNumber.isEmpty() ? orderId : orderNumber)},
                  {u"received"_s, received},
                  {u"attempts"_s, attempts},
                  {u"lastError"_s, lastError.isEmpty() ? QJsonValue() : QJsonValue(lastError)},
                  {u"deliveredAt"_s,
                   received.isEmpty() ? QJsonValue() : received.at(0).toObject().value(u"receivedAt"_s)},
                  {u"fulfilment"_s, fulfilment},
                  {u"shipmentState"_s, QString::fromLatin1(States[stage])}};
    return o;
}

Oms::Oms(OmsConfig config, std::shared_ptr<FaultInjector> faults, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_faults(faults)
    , m_server(new ServiceServer(u"oms"_s, std::move(faults), this))
    , m_writeBack(new OmsWriteBack(m_config.sandbox, this))
    , m_timer(new QTimer(this))
{
    if (!m_config.clock)
        m_config.clock = std::make_shared<SystemClock>();
    m_server->route(
        HttpMethod::Post, u"/messages"_s, [this](RequestContext &ctx) { return receive(ctx); }, true);
    m_server->route(HttpMethod::Get, u"/v1/orders/{orderNumber}"_s, [this](RequestContext &ctx) {
        const auto it = m_orders.constFind(ctx.param(u"orderNumber"_s));
        if (it == m_orders.cend())
            return ServiceServer::error(404, u"not_found"_s, u"The OMS has not received this order."_s);
        return HttpResponse::json(it->log());
    });
    m_server->route(HttpMethod::Get, u"/v1/orders"_s, [this](RequestContext &) {
        QJsonArray results;
        for (const Order &order : std::as_const(m_orders))
            results.append(order.log());
        return HttpResponse::json(QJsonObject{{u"count"_s, results.size()}, {u"results"_s, results}});
    });
    m_server->setFaultObserver(
        [this](const RequestContext &ctx, int status) { recordFailedDelivery(ctx, status); });
    m_timer->setInterval(m_config.tickMs);
    connect(m_timer, &QTimer::timeout, this, &Oms::tick);
}

Oms::~Oms() = default;

bool Oms::start(const QHostAddress &address, quint16 port, QString *error)
{
    if (!m_server->listen(address, port, error))
        return false;
    m_timer->start();
    return true;
}

QUrl Oms::url() const
{
    return m_server->url();
}

Oms::Order *Oms::orderFor(const QJsonObject &payload, bool create)
{
    const QString orderId = payload.value(u"resource"_s).toObject().value(u"id"_s).toString();
    QString orderNumber = payload.value(u"order"_s).toObject().value(u"orderNumber"_s).toString();
    if (orderNumber.isEmpty())
        orderNumber =
            payload.value(u"resourceUserProvidedIdentifiers"_s).toObject().value(u"orderNumber"_s).toString();
    QString key = !orderNumber.isEmpty() ? orderNumber : m_keyByOrderId.value(orderId, orderId);
    if (key.isEmpty())
        return nullptr;
    auto it = m_orders.find(key);
    if (it == m_orders.end()) {
        if (!create)
            return nullptr;
        it = m_orders.insert(key, Order());
        it->orderNumber = orderNumber;
        it->orderId = orderId;
        m_keyByOrderId.insert(orderId, key);
    }
    return &*it;
}

void Oms::recordFailedDelivery(const RequestContext &ctx, int status)
{
    if (ctx.path != u"/messages")
        return;
    const QJsonObject payload = QJsonDocument::fromJson(ctx.body).object();
    if (Order *order = orderFor(payload, true)) {
        ++order->attempts;
        order->lastError = u"%1 at %2 (message %3)"_s.arg(status).arg(
            JsonValues::timestamp(m_config.clock->now()), payload.value(u"id"_s).toString());
    }
}

HttpResponse Oms::receive(const RequestContext &ctx)
{
    const QJsonObject payload = ctx.json.object();
    const QString messageId = payload.value(u"id"_s).toString();
    if (messageId.isEmpty() || payload.value(u"resource"_s).toObject().value(u"typeId"_s) != u"order"_s) {
        return ServiceServer::error(400, u"invalid_message"_s,
                                    u"Expected an order message with an id (MessageDeliveryPayload)."_s);
    }
    Order *order = orderFor(payload, true);
    if (!order)
        return ServiceServer::error(400, u"invalid_message"_s, u"The message names no order."_s);
    ++order->attempts;
    const bool duplicate = m_seenMessageIds.contains(messageId);
    if (!duplicate) {
        m_seenMessageIds.insert(messageId);
        const QDateTime now = m_config.clock->now();
        if (!order->firstReceivedAt.isValid())
            order->firstReceivedAt = now;
        order->received.append(QJsonObject{{u"messageId"_s, messageId},
                                           {u"type"_s, payload.value(u"type"_s)},
                                           {u"sequenceNumber"_s, payload.value(u"sequenceNumber"_s)},
                                           {u"receivedAt"_s, JsonValues::timestamp(now)}});
        qCInfo(lcOms).noquote() << "received" << payload.value(u"type"_s).toString() << "for"
                                << (order->orderNumber.isEmpty() ? order->orderId : order->orderNumber);
        QTimer::singleShot(0, this, &Oms::tick);
    }
    return HttpResponse::json(QJsonObject{{u"accepted"_s, true}, {u"duplicate"_s, duplicate}});
}

void Oms::tick()
{
    if (!m_writeBack->isConfigured() || (m_faults && m_faults->isOutage(u"oms"_s)))
        return;
    for (auto it = m_orders.begin(); it != m_orders.end(); ++it) {
        if (!it->busy && it->stage < 3 && !it->orderId.isEmpty())
            advance(*it);
    }
}

void Oms::advance(Order &order)
{
    const QDateTime now = m_config.clock->now();
    const QString key = order.orderNumber.isEmpty() ? order.orderId : order.orderNumber;
    const QString externalId = externalIdFor(key);
    const QString trackingId = u"TRK-"_s % key;
    const QString at = JsonValues::timestamp(now);
    const int stage = order.stage;
    OmsWriteBack::ActionsFor actions;
    QJsonObject step{{u"at"_s, at}};
    if (stage == 0) {
        step.insert(u"step"_s, u"synced"_s);
        step.insert(u"externalId"_s, externalId);
        actions = [externalId, at](const QJsonObject &current) {
            for (const QJsonValue &s : current.value(u"syncInfo"_s).toArray()) {
                if (s.toObject().value(u"externalId"_s).toString() == externalId)
                    return QJsonArray();
            }
            return QJsonArray{QJsonObject{{u"action"_s, u"updateSyncInfo"_s},
                                          {u"channel"_s, JsonValues::keyReference(u"channel"_s, u"oms"_s)},
                                          {u"externalId"_s, externalId},
                                          {u"syncedAt"_s, at}}};
        };
    } else if (stage == 1 && now >= order.firstReceivedAt.addSecs(m_config.readyAfterSeconds)) {
        step.insert(u"step"_s, u"ready"_s);
        actions = [](const QJsonObject &current) {
            if (current.value(u"shipmentState"_s).toString() == u"Ready")
                return QJsonArray();
            return QJsonArray{
                QJsonObject{{u"action"_s, u"changeShipmentState"_s}, {u"shipmentState"_s, u"Ready"_s}}};
        };
    } else if (stage == 2 && now >= order.firstReceivedAt.addSecs(m_config.shipAfterSeconds)) {
        step.insert(u"step"_s, u"shipped"_s);
        step.insert(u"trackingId"_s, trackingId);
        actions = [trackingId](const QJsonObject &current) {
            if (current.value(u"shipmentState"_s).toString() == u"Shipped")
                return QJsonArray();
            const QJsonObject parcel{{u"trackingData"_s, QJsonObject{{u"trackingId"_s, trackingId},
                                                                     {u"carrier"_s, u"DHL"_s},
                                                                     {u"provider"_s, u"CommerceDesk OMS"_s},
                                                                     {u"isReturn"_s, false}}}};
            return QJsonArray{
                QJsonObject{{u"action"_s, u"addDelivery"_s},
                            {u"items"_s, deliveryItems(current)},
                            {u"parcels"_s, QJsonArray{parcel}}},
                QJsonObject{{u"action"_s, u"changeShipmentState"_s}, {u"shipmentState"_s, u"Shipped"_s}}};
        };
    } else {
        return;
    }
    order.busy = true;
    m_writeBack->update(order.orderId, actions, [this, key, step, stage](bool ok, const QString &error) {
        auto it = m_orders.find(key);
        if (it == m_orders.end())
            return;
        it->busy = false;
        if (!ok) {
            it->lastError = u"write-back (%1) failed: %2"_s.arg(step.value(u"step"_s).toString(), error);
            qCInfo(lcOms).noquote() << key << it->lastError;
            return;
        }
        it->stage = stage + 1;
        it->fulfilment.append(step);
        QTimer::singleShot(0, this, &Oms::tick);
    });
}

} // namespace commercedesk::sandbox
