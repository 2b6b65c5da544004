// SPDX-License-Identifier: MIT
#include "sandbox/outside/Oms.h"

#include "sandbox/auth/LocalSecrets.h"
#include "sandbox/faults/FaultInjector.h"
#include "sandbox/outside/OmsActions.h"
#include "sandbox/outside/OmsCapture.h"
#include "sandbox/outside/OmsStore.h"
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

} // namespace

QJsonObject Oms::Order::log() const
{
    static const char *const States[] = {"Pending", "Pending", "Ready", "Shipped", "Shipped"};
    QJsonObject o{{u"orderNumber"_s, orderNumber},
                  {u"orderId"_s, orderId},
                  {u"externalId"_s, OmsActions::externalIdFor(key())},
                  {u"received"_s, received},
                  {u"attempts"_s, attempts},
                  {u"lastError"_s, lastError.isEmpty() ? QJsonValue() : QJsonValue(lastError)},
                  {u"deliveredAt"_s,
                   received.isEmpty() ? QJsonValue() : received.at(0).toObject().value(u"receivedAt"_s)},
                  {u"fulfilment"_s, fulfilment},
                  {u"shipmentState"_s, QString::fromLatin1(States[stage])}};
    return o;
}

QJsonObject Oms::Order::state() const
{
    return QJsonObject{{u"orderNumber"_s, orderNumber},
                       {u"orderId"_s, orderId},
                       {u"received"_s, received},
                       {u"fulfilment"_s, fulfilment},
                       {u"attempts"_s, attempts},
                       {u"lastError"_s, lastError},
                       {u"firstReceivedAt"_s, firstReceivedAt.isValid()
                                                  ? QJsonValue(JsonValues::timestamp(firstReceivedAt))
                                                  : QJsonValue()},
                       {u"stage"_s, stage}};
}

Oms::Order Oms::Order::fromState(const QJsonObject &state)
{
    Order order;
    order.orderNumber = state.value(u"orderNumber"_s).toString();
    order.orderId = state.value(u"orderId"_s).toString();
    order.received = state.value(u"received"_s).toArray();
    order.fulfilment = state.value(u"fulfilment"_s).toArray();
    order.attempts = state.value(u"attempts"_s).toInt();
    order.lastError = state.value(u"lastError"_s).toString();
    order.firstReceivedAt =
        QDateTime::fromString(state.value(u"firstReceivedAt"_s).toString(), Qt::ISODateWithMs);
    order.stage = qBound(0, state.value(u"stage"_s).toInt(), 4);
    return order;
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
    if (!m_config.databasePath.isEmpty() && !m_store) {
        auto store = std::make_unique<OmsStore>();
        if (!store->open(m_config.databasePath, error))
            return false;
        for (const QJsonObject &state : store->orders()) {
            const Order order = Order::fromState(state);
            if (order.key().isEmpty())
                continue;
            m_orders.insert(order.key(), order);
            if (!order.orderId.isEmpty())
                m_keyByOrderId.insert(order.orderId, order.key());
        }
        m_seenMessageIds = store->seenMessageIds();
        m_store = std::move(store);
    }
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
        save(*order);
    }
}

void Oms::save(const Order &order, const QString &messageId)
{
    if (m_store && !m_store->save(order.key(), order.state(), messageId))
        qCWarning(lcOms).noquote() << "could not save the log of" << order.key();
}

HttpResponse Oms::receive(const RequestContext &ctx)
{
    if (!m_config.deliveryToken.isEmpty()) {
        const QByteArray authorization = ctx.header("Authorization").trimmed();
        if (!authorization.startsWith("Bearer ") ||
            !LocalSecrets::equals(authorization.mid(7).trimmed(), m_config.deliveryToken)) {
            HttpResponse r = ServiceServer::error(401, u"invalid_token"_s,
                                                  u"The delivery is not authenticated (bearer token)."_s);
            r.addHeader("WWW-Authenticate", "Bearer");
            return r;
        }
    }
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
    save(*order, duplicate ? QString() : messageId);
    return HttpResponse::json(QJsonObject{{u"accepted"_s, true}, {u"duplicate"_s, duplicate}});
}

void Oms::tick()
{
    if (!m_writeBack->isConfigured() || (m_faults && m_faults->isOutage(u"oms"_s)))
        return;
    for (auto it = m_orders.begin(); it != m_orders.end(); ++it) {
        // Only orders the OMS has accepted a message for: failed deliveries alone create a log entry.
        // Stage 4 (captured) only with capture on shipment.
        const int last = m_config.captureOnShipment ? 4 : 3;
        if (!it->busy && it->stage < last && !it->orderId.isEmpty() && it->firstReceivedAt.isValid())
            advance(*it);
    }
}

void Oms::advance(Order &order)
{
    const QDateTime now = m_config.clock->now();
    const QString key = order.key();
    const QString at = JsonValues::timestamp(now);
    const int stage = order.stage;
    OmsWriteBack::ActionsFor actions;
    QJsonObject step{{u"at"_s, at}};
    if (stage == 0) {
        const QString externalId = OmsActions::externalIdFor(key);
        step.insert(u"step"_s, u"synced"_s);
        step.insert(u"externalId"_s, externalId);
        actions = [externalId, at](const QJsonObject &current) {
            return OmsActions::sync(current, externalId, at);
        };
    } else if (stage == 1 && now >= order.firstReceivedAt.addSecs(m_config.readyAfterSeconds)) {
        step.insert(u"step"_s, u"ready"_s);
        actions = [](const QJsonObject &current) { return OmsActions::ready(current); };
    } else if (stage == 2 && now >= order.firstReceivedAt.addSecs(m_config.shipAfterSeconds)) {
        step.insert(u"step"_s, u"shipped"_s);
        step.insert(u"trackingId"_s, OmsActions::trackingIdFor(key));
        actions = [key](const QJsonObject &current) { return OmsActions::ship(current, key); };
    } else if (stage == 3 && m_config.captureOnShipment) {
        step.insert(u"step"_s, u"captured"_s);
    } else {
        return;
    }
    order.busy = true;
    const auto complete = [this, key, stage](bool ok, const QString &error, const QJsonObject &done) {
        auto it = m_orders.find(key);
        if (it == m_orders.end())
            return;
        it->busy = false;
        if (!ok) {
            it->lastError = u"write-back (%1) failed: %2"_s.arg(done.value(u"step"_s).toString(), error);
            qCInfo(lcOms).noquote() << key << it->lastError;
            save(*it);
            return;
        }
        it->stage = stage + 1;
        it->fulfilment.append(done);
        save(*it);
        QTimer::singleShot(0, this, &Oms::tick);
    };
    if (stage == 3) {
        // Capture on shipment: exactly once by the payment's balance, whatever ran before (OmsCapture).
        OmsCapture::run(m_writeBack, order.orderId,
                        [complete, step](bool ok, const QString &error, const QString &note) {
                            QJsonObject done = step;
                            done.insert(u"result"_s, note);
                            complete(ok, error, done);
                        });
        return;
    }
    m_writeBack->update(order.orderId, actions,
                        [complete, step](bool ok, const QString &error) { complete(ok, error, step); });
}

} // namespace commercedesk::sandbox
