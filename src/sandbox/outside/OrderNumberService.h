// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/Clock.h"
#include "sandbox/http/HttpResponse.h"
#include "sandbox/http/RequestContext.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

namespace commercedesk::sandbox {

class FaultInjector;
class OrderNumberStore;
class ServiceServer;

struct OrderNumberServiceConfig
{
    // Where the sequence lives (order-numbers.sqlite in the data dir).
    QString databasePath;
    // For the year of an order whose createdAt is missing or unreadable. Null = the wall clock.
    std::shared_ptr<const Clock> clock;
};

// The order-number service (not yet in docs/outside-systems.md): what a real project runs as an API
// extension on order Create to "automatically add an order number".
//  - POST /extension: the commercetools API-extension protocol. For {"action":"Create","resource":
//    {"typeId":"order","obj":{…}}} whose obj has no orderNumber it answers
//    {"actions":[{"action":"setOrderNumber","orderNumber":"W-<yyyy>-<000042>"}]} — yyyy the year of
//    obj.createdAt (UTC), the 6-digit sequence per year unique and increasing, persisted by
//    OrderNumberStore before the answer; anything else (an order that brought its own number,
//    another resource or action) → {"actions":[]}. The store failing → 500.
// The "W-" prefix cannot collide with the client's CD-yyyyMMdd-XXXXXXXX nor the generator's G00001234.
// Faults: service name "numbers" (FaultInjector via ServiceServer).
// Threading: lives in, and serves from, the thread that created it (its store too).
class OrderNumberService : public QObject
{
    Q_OBJECT

public:
    OrderNumberService(OrderNumberServiceConfig config, std::shared_ptr<FaultInjector> faults,
                       QObject *parent = nullptr);
    ~OrderNumberService() override;

    // Opens the store and listens. False + *error on failure.
    bool start(const QHostAddress &address, quint16 port, QString *error);
    QUrl url() const;

    // "W-2026-000042".
    static QString format(int year, qint64 sequence);

private:
    HttpResponse extension(const RequestContext &ctx);

    OrderNumberServiceConfig m_config;
    std::unique_ptr<OrderNumberStore> m_store;
    ServiceServer *m_server = nullptr; // child
};

} // namespace commercedesk::sandbox
