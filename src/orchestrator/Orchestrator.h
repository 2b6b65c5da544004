// SPDX-License-Identifier: MIT
#pragma once

#include "orchestrator/OrchestratorConfig.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QTcpServer;

class QNetworkAccessManager;

namespace commercedesk::api {
class ApiSession;
}

namespace commercedesk::orchestrator {

class BusinessUnitService;
class CartService;
class CatalogService;
class GatewayClient;
class OrchestratorServer;
class OrderService;
class OwnershipCache;
class PaymentService;
class RevocationList;
class RouteTable;
class SessionService;
class SessionTokenCodec;
class Upstream;

/// One orchestrator replica: the composition root of src/orchestrator (no singletons). Builds the trusted
/// API session (client credentials), the session token codec, the revocation list, the services and the
/// HTTP front, and listens on `config.address:config.port` (0 = any free port). Holds no buyer state:
/// replicas with the same configuration are interchangeable, and a restarted replica serves every
/// session it served before. Also answers `/healthz` (the process runs) and `/readyz` (it can get a
/// commercetools token). Thread: create, start and destroy in one thread with an event loop.
class Orchestrator final : public QObject
{
    Q_OBJECT

public:
    explicit Orchestrator(OrchestratorConfig config, QObject *parent = nullptr);
    ~Orchestrator() override;

    /// Listens; false + *errorMessage when the configuration is unusable or the port is taken.
    bool start(QString *errorMessage = nullptr);
    void stop();
    quint16 port() const;
    /// `http://<address>:<port>` once started.
    QUrl url() const;

private:
    void registerHealth();

    OrchestratorConfig m_config;
    QNetworkAccessManager *m_network = nullptr; ///< carries the commercetools session's requests
    api::ApiSession *m_session = nullptr;
    std::unique_ptr<Upstream> m_upstream;
    std::unique_ptr<SessionTokenCodec> m_tokens;
    std::unique_ptr<RevocationList> m_revocations;
    std::unique_ptr<OwnershipCache> m_owners;
    GatewayClient *m_gateway = nullptr;
    std::unique_ptr<RouteTable> m_routes;
    std::unique_ptr<SessionService> m_sessions;
    std::unique_ptr<CatalogService> m_catalog;
    std::unique_ptr<CartService> m_carts;
    std::unique_ptr<PaymentService> m_payments; ///< before m_orders, which uses it
    std::unique_ptr<OrderService> m_orders;
    std::unique_ptr<BusinessUnitService> m_units;
    OrchestratorServer *m_server = nullptr;
    QTcpServer *m_listener = nullptr;
};

} // namespace commercedesk::orchestrator
