// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxCredentials.h"

#include <QObject>

#include <memory>

class QTcpServer;

namespace commercedesk::sandbox {

class Database;
class HttpServer;
class Router;
class TokenStore;
class OAuthEndpoints;
class CatalogEndpoints;
class OutsideSystems;
class SubscriptionDeliverer;
class FaultInjector;
class OrdersArea;
class CommerceEndpoints;
class SignInThrottle;
class GatewayStore;
class PaymentIntents;

// The local commercetools-compatible backend: SQLite storage under config.dataDir (sandbox.sqlite),
// the HTTP server (token endpoints under /oauth, resources under /{projectKey}) and the first-run seed.
//
// Threading: a Sandbox, its database connection and its sockets belong to the thread that calls
// open()/start(); every call must come from that thread. It never blocks on the network; SQL runs
// on this thread, so GUI code must use SandboxHost (own thread) instead.
// Lifetime: stop() (or destruction) closes the listener and the database.
class Sandbox : public QObject
{
    Q_OBJECT

public:
    explicit Sandbox(SandboxConfig config, QObject *parent = nullptr);
    ~Sandbox() override;

    // Opens/creates the database, applies migrations and seeds on first run. Idempotent.
    // False + *errorMessage (also errorString()) on failure.
    bool open(QString *errorMessage = nullptr);
    // open() + listen on config.address:config.port. False + *errorMessage on failure.
    bool start(QString *errorMessage = nullptr);
    void stop();

    bool isListening() const;
    // The bound port (valid after start(); config.port before).
    quint16 port() const;
    QString errorString() const { return m_error; }
    const SandboxConfig &config() const { return m_config; }
    // Valid after open(): URLs use the bound port (config.port before start()).
    SandboxCredentials credentials() const;
    // Where the outside services answer (after start(); empty when config.outside.enabled is false).
    OutsideUrls outsideUrls() const;
    // The live fault rules of the sandbox API (service "api") and the outside services (null before
    // start()); thread-safe. Filled from config.outside.faults at start().
    std::shared_ptr<FaultInjector> faults() const;
    // The route table (valid after open(); null before). Read-only, for the contract tests.
    const Router *router() const { return m_router.get(); }
    // The bearer token of the /_fault admin endpoints; empty unless config.outside.faultAdmin.
    QByteArray faultAdminToken() const;

private:
    bool fail(const QString &message, QString *errorMessage);
    void buildRoutes();
    bool startOutside(QString *errorMessage);

    SandboxConfig m_config;
    QString m_error;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<SignInThrottle> m_throttle;
    std::unique_ptr<OAuthEndpoints> m_oauth;
    std::unique_ptr<CatalogEndpoints> m_catalog;
    std::unique_ptr<OrdersArea> m_ordersArea;
    std::unique_ptr<CommerceEndpoints> m_commerce;
    std::unique_ptr<PaymentIntents> m_intents; // the Checkout Payment Intents API
    std::unique_ptr<OutsideSystems> m_outside;
    std::unique_ptr<GatewayStore> m_gatewayStore; // read-only use: /me payments verify authorizations
    std::unique_ptr<SubscriptionDeliverer> m_deliverer;
    std::shared_ptr<FaultInjector> m_faults;
    HttpServer *m_server = nullptr;   // child
    QTcpServer *m_listener = nullptr; // child of m_server
    quint16 m_port = 0;
};

} // namespace commercedesk::sandbox
