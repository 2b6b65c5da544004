// SPDX-License-Identifier: MIT
#include "orchestrator/Orchestrator.h"

#include "api/ApiSession.h"
#include "orchestrator/BusinessUnitService.h"
#include "orchestrator/CartService.h"
#include "orchestrator/CatalogService.h"
#include "orchestrator/Exchange.h"
#include "orchestrator/GatewayClient.h"
#include "orchestrator/OrchestratorLogging.h"
#include "orchestrator/OrchestratorServer.h"
#include "orchestrator/OrderService.h"
#include "orchestrator/OwnershipCache.h"
#include "orchestrator/PaymentService.h"
#include "orchestrator/RevocationList.h"
#include "orchestrator/RouteTable.h"
#include "orchestrator/SessionService.h"
#include "orchestrator/SessionTokenCodec.h"
#include "orchestrator/Upstream.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace commercedesk::orchestrator {

Orchestrator::Orchestrator(OrchestratorConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{}

Orchestrator::~Orchestrator()
{
    stop();
}

bool Orchestrator::start(QString *errorMessage)
{
    if (m_listener)
        return true;
    if (const QStringList problems = m_config.problems(); !problems.isEmpty()) {
        if (errorMessage)
            *errorMessage = problems.join(u' ');
        return false;
    }
    m_network = new QNetworkAccessManager(this);
    m_session = new api::ApiSession(m_network, m_config.commerce,
                                    api::OAuthTokenProvider::Grant::ClientCredentials, this);
    m_upstream = std::make_unique<Upstream>(m_session->transport());
    m_tokens = std::make_unique<SessionTokenCodec>(m_config.sessionKey, m_config.previousSessionKeys);
    m_revocations = std::make_unique<RevocationList>(m_config.revocationDir);
    m_gateway = new GatewayClient(m_config.gatewayUrl, this);
    m_routes = std::make_unique<RouteTable>();
    const auto nowMs = [] { return QDateTime::currentMSecsSinceEpoch(); };
    m_owners = std::make_unique<OwnershipCache>();
    const ServiceContext context{m_upstream.get(), m_tokens.get(), m_revocations.get(),
                                 &m_config,        nowMs,          m_owners.get()};
    m_sessions = std::make_unique<SessionService>(context);
    m_catalog = std::make_unique<CatalogService>(context);
    m_carts = std::make_unique<CartService>(context);
    m_payments = std::make_unique<PaymentService>(context, m_gateway);
    m_orders = std::make_unique<OrderService>(context, m_payments.get());
    m_units = std::make_unique<BusinessUnitService>(context);
    registerHealth();
    m_sessions->registerRoutes(*m_routes);
    m_catalog->registerRoutes(*m_routes);
    m_carts->registerRoutes(*m_routes);
    m_orders->registerRoutes(*m_routes);
    m_payments->registerRoutes(*m_routes);
    m_units->registerRoutes(*m_routes);
    m_server = new OrchestratorServer(*m_routes, *m_tokens, *m_revocations, m_config.maxBodyBytes,
                                      m_config.requestsPerMinute, nowMs, this);
    m_listener = new QTcpServer(m_server);
    if (!m_listener->listen(m_config.address, m_config.port)) {
        if (errorMessage)
            *errorMessage = u"Cannot listen on %1:%2: %3"_s.arg(m_config.address.toString())
                                .arg(m_config.port)
                                .arg(m_listener->errorString());
        delete m_listener;
        m_listener = nullptr;
        return false;
    }
    m_server->bind(m_listener);
    qCInfo(lcService).noquote() << "listening on" << url().toString() << "for project"
                                << m_config.commerce.projectKey
                                << (m_revocations->isShared() ? "(shared revocations)"
                                                              : "(revocations in this process)");
    return true;
}

void Orchestrator::registerHealth()
{
    using A = RouteTable::Access;
    m_routes->add("GET", u"/healthz"_s, A::Public, false, [](Exchange *e) {
        e->answer(200, QJsonObject{{u"status"_s, u"ok"_s}});
    });
    m_routes->add("GET", u"/readyz"_s, A::Public, false, [this](Exchange *e) {
        m_session->tokens()->requestToken(e, [e](const api::Result<api::AccessToken> &token) {
            if (token.ok())
                return e->answer(200, QJsonObject{{u"status"_s, u"ready"_s}});
            e->fail({503, u"NotReady"_s,
                     u"commercetools does not issue a token to the orchestrator's client."_s,
                     QJsonObject{{u"reason"_s, token.error().diagnostic()}}});
        });
    });
}

void Orchestrator::stop()
{
    if (m_listener)
        m_listener->close();
    delete m_server; // deletes the listener and the exchanges in flight
    m_server = nullptr;
    m_listener = nullptr;
}

quint16 Orchestrator::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

QUrl Orchestrator::url() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_config.address.toString());
    url.setPort(port());
    return url;
}

} // namespace commercedesk::orchestrator
