// SPDX-License-Identifier: MIT
#include "sandbox/Sandbox.h"

#include "sandbox/Seeder.h"
#include "sandbox/auth/LocalSecrets.h"
#include "sandbox/auth/OAuthEndpoints.h"
#include "sandbox/auth/SignInThrottle.h"
#include "sandbox/auth/TokenStore.h"
#include "sandbox/catalog/CatalogEndpoints.h"
#include "sandbox/commerce/CommerceEndpoints.h"
#include "sandbox/faults/ApiFaults.h"
#include "sandbox/faults/FaultGate.h"
#include "sandbox/faults/FaultInjector.h"
#include "sandbox/http/HttpServer.h"
#include "sandbox/http/Router.h"
#include "sandbox/orders/OrdersArea.h"
#include "sandbox/orders/PaymentIntents.h"
#include "sandbox/outside/GatewayStore.h"
#include "sandbox/outside/OutsideDefaults.h"
#include "sandbox/outside/OutsideProvisioner.h"
#include "sandbox/outside/OutsideSystems.h"
#include "sandbox/outside/SubscriptionDeliverer.h"
#include "sandbox/seed/DemoAccounts.h"
#include "sandbox/storage/Database.h"
#include "sandbox/storage/Migrations.h"

#include <QDir>
#include <QSqlQuery>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

Sandbox::Sandbox(SandboxConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    if (!m_config.clock)
        m_config.clock = std::make_shared<SystemClock>();
}

Sandbox::~Sandbox()
{
    stop();
}

bool Sandbox::fail(const QString &message, QString *errorMessage)
{
    m_error = message;
    if (errorMessage)
        *errorMessage = message;
    return false;
}

bool Sandbox::open(QString *errorMessage)
{
    if (m_database)
        return true;
    if (m_config.dataDir.isEmpty())
        return fail(u"No data directory was given."_s, errorMessage);
    // The database holds the API clients' secrets and the token hashes: owner-only folder and files.
    const QString file = QDir(m_config.dataDir).filePath(u"sandbox.sqlite"_s);
    if (!LocalSecrets::ensureDirectory(m_config.dataDir) || !LocalSecrets::ensureFile(file))
        return fail(u"Cannot create the data directory %1 (owner-only)."_s.arg(m_config.dataDir),
                    errorMessage);
    auto database = std::make_unique<Database>();
    if (!database->open(file))
        return fail(u"Cannot open the sandbox database: "_s % database->errorString(), errorMessage);
    QString error;
    const QDateTime now = m_config.clock->now();
    if (!Migrations::apply(*database, Migrations::standard(), now, &error) ||
        !Seeder(*database, m_config, now).ensureSeeded(&error)) {
        return fail(error, errorMessage);
    }
    m_database = std::move(database);
    m_tokens = std::make_unique<TokenStore>(*m_database, m_config.clock, m_config.accessTokenSeconds,
                                            m_config.refreshTokenSeconds);
    m_tokens->purgeExpired();
    m_throttle = std::make_unique<SignInThrottle>(m_config.clock, SignInThrottle::Limits());
    buildRoutes();
    return true;
}

void Sandbox::buildRoutes()
{
    m_router = std::make_unique<Router>();
    m_oauth = std::make_unique<OAuthEndpoints>(*m_database, *m_tokens, *m_throttle, m_config.projectKey);
    m_oauth->registerRoutes(*m_router);
    m_catalog = std::make_unique<CatalogEndpoints>(*m_database, m_config.projectKey);
    m_catalog->registerRoutes(*m_router);
    m_ordersArea = std::make_unique<OrdersArea>(*m_database, m_config, *m_throttle);
    m_ordersArea->registerRoutes(*m_router);
    m_commerce = std::make_unique<CommerceEndpoints>(*m_database, m_config.clock);
    m_commerce->registerRoutes(*m_router);
    m_intents = std::make_unique<PaymentIntents>(*m_database, m_config.clock);
    m_intents->registerRoutes(*m_router);
}

bool Sandbox::start(QString *errorMessage)
{
    if (m_server)
        return true;
    if (!open(errorMessage))
        return false;
    TokenStore *tokens = m_tokens.get();
    m_server = new HttpServer(
        *m_router, [tokens](const QString &token) { return tokens->authenticate(token); }, m_database.get(),
        this);
    m_faults = std::make_shared<FaultInjector>();
    for (const FaultRule &rule : m_config.outside.faults)
        m_faults->add(rule);
    if (m_config.outside.faultAdmin)
        m_faults->enableAdmin(m_config.outside.faultAdminToken.isEmpty() ? LocalSecrets::randomToken()
                                                                         : m_config.outside.faultAdminToken);
    m_server->setProjectKey(m_config.projectKey);
    m_server->setReadWorkers(m_config.readWorkers);
    HttpServer *server = m_server;
    const auto gate = std::make_shared<const FaultGate>(
        m_faults, ApiFaults::answers(m_config.projectKey,
                                     [server](RequestContext &ctx) { return server->dispatch(ctx); }));
    // A payment intent is answered when the gateway has (PaymentIntents::answer), so it never takes the
    // HttpServer's synchronous path.
    PaymentIntents *intents = m_intents.get();
    const Router *router = m_router.get();
    m_server->setFrontGate(
        [gate, server, intents, router](const RequestContext &ctx, const DeferredReply &reply) {
            const auto run = [server, intents, router](RequestContext &c, const DeferredReply &r) {
                if (PaymentIntents::isIntentRequest(c))
                    intents->answer(*router, c, server->dispatch(c), r);
                else
                    r.send(server->dispatch(c));
            };
            if (gate->intercept(ctx, reply, server, run))
                return true;
            if (!PaymentIntents::isIntentRequest(ctx))
                return false;
            RequestContext c = ctx;
            run(c, reply);
            return true;
        });
    m_listener = new QTcpServer(m_server);
    if (!m_listener->listen(m_config.address, m_config.port)) {
        const QString message = u"Cannot listen on %1:%2: %3"_s.arg(m_config.address.toString())
                                    .arg(m_config.port)
                                    .arg(m_listener->errorString());
        delete m_server;
        m_server = nullptr;
        m_listener = nullptr;
        return fail(message, errorMessage);
    }
    m_server->bind(m_listener);
    m_port = m_listener->serverPort();
    if (!startOutside(errorMessage)) {
        const QString message = m_error;
        stop();
        return fail(message, errorMessage);
    }
    return true;
}

void Sandbox::stop()
{
    m_deliverer.reset();
    m_outside.reset();
    if (m_server) {
        m_listener->close();
        delete m_server; // closes its sockets
        m_server = nullptr;
        m_listener = nullptr;
    }
    m_intents.reset();
    m_commerce.reset();
    m_gatewayStore.reset();
    m_ordersArea.reset();
    m_catalog.reset();
    m_oauth.reset();
    m_router.reset();
    m_tokens.reset();
    m_throttle.reset();
    m_database.reset();
    m_faults.reset();
    m_port = 0;
}

bool Sandbox::isListening() const
{
    return m_listener && m_listener->isListening();
}

quint16 Sandbox::port() const
{
    return isListening() ? m_port : m_config.port;
}

SandboxCredentials Sandbox::credentials() const
{
    SandboxCredentials c;
    c.projectKey = m_config.projectKey;
    QString host = m_config.address.toString();
    if (m_config.address == QHostAddress::Any || m_config.address == QHostAddress::AnyIPv4)
        host = u"127.0.0.1"_s;
    else if (m_config.address.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' % host % u']';
    const QUrl base(u"http://"_s % host % u':' % QString::number(port()));
    c.authUrl = base;
    c.apiUrl = base;
    c.checkoutUrl = base; // the Checkout API's payment intents are served beside the API
    if (!m_database)
        return c;
    QSqlQuery q(m_database->connection());
    if (q.exec(u"SELECT name, id, secret, scopes FROM api_clients ORDER BY rowid"_s)) {
        while (q.next()) {
            c.clients.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString().split(u' ', Qt::SkipEmptyParts)});
        }
    }
    for (const SandboxCustomer &customer : DemoAccounts::customers()) {
        const QVariant found =
            m_database->scalar(u"SELECT 1 FROM customers WHERE email = ?"_s, {customer.email});
        if (found.isValid())
            c.customers.append(customer);
    }
    const OutsideUrls services = outsideUrls();
    c.taxUrl = services.tax;
    c.gatewayUrl = services.gateway;
    c.omsUrl = services.oms;
    if (m_outside)
        c.gatewayMerchantKey = m_outside->secrets().gatewayMerchantKey;
    return c;
}

// Outside systems (tax service, payment gateway, OMS) and the subscription deliverer.
bool Sandbox::startOutside(QString *errorMessage)
{
    OutsideSystemsConfig outside = m_config.outside;
    if (!outside.enabled)
        return true;
    if (outside.dataDir.isEmpty())
        outside.dataDir = m_config.dataDir;
    if (outside.productTaxCategories.isEmpty())
        outside.productTaxCategories = OutsideDefaults::productTaxCategories();
    if (outside.businessUnitVatIds.isEmpty())
        outside.businessUnitVatIds = OutsideDefaults::businessUnitVatIds();
    const SandboxCredentials own = credentials();
    SandboxLink link{own.authUrl, own.apiUrl, m_config.projectKey, {}, {}};
    // The OMS writes back with its own client, which may only read and update orders.
    if (const SandboxClient *oms = own.client(u"oms"_s)) {
        link.clientId = oms->clientId;
        link.clientSecret = oms->clientSecret;
    }
    m_outside = std::make_unique<OutsideSystems>();
    QString error;
    if (!m_outside->start(outside, link, &error, m_faults) ||
        !OutsideProvisioner::provision(*m_database, m_outside->urls(), m_outside->secrets(),
                                       m_config.clock->now(), m_config.seed == SeedMode::Demo, &error)) {
        return fail(error, errorMessage);
    }
    if (outside.services.contains(u"gateway"_s) && outside.gatewayUrl.isEmpty()) {
        // Like the payment connector, /me payments look up the authorization they name at the gateway.
        m_gatewayStore = std::make_unique<GatewayStore>();
        if (!m_gatewayStore->open(QDir(outside.dataDir).filePath(u"gateway.sqlite"_s), &error))
            return fail(error, errorMessage);
        GatewayStore *store = m_gatewayStore.get();
        m_commerce->setAuthorizationLookup([store](const QString &id) { return store->authorization(id); });
    }
    if (!m_outside->urls().gateway.isEmpty()) {
        // The payment connector of the Payment Intents API; it finishes what a previous run left Pending.
        m_intents->connectGateway({m_outside->urls().gateway, m_outside->secrets().gatewayMerchantKey,
                                   m_config.paymentGatewayTimeoutMs});
        m_intents->recoverPending();
    }
    SubscriptionDelivererConfig delivery;
    delivery.projectKey = m_config.projectKey;
    delivery.clock = outside.deliveryClock ? outside.deliveryClock : m_config.clock;
    delivery.firstRetryMs = outside.deliveryFirstRetryMs;
    delivery.maxRetryMs = outside.deliveryMaxRetryMs;
    delivery.pollMs = outside.deliveryPollMs;
    m_deliverer = std::make_unique<SubscriptionDeliverer>(*m_database, delivery);
    m_deliverer->start();
    return true;
}

OutsideUrls Sandbox::outsideUrls() const
{
    return m_outside ? m_outside->urls() : OutsideUrls();
}

std::shared_ptr<FaultInjector> Sandbox::faults() const
{
    return m_faults;
}

QByteArray Sandbox::faultAdminToken() const
{
    return m_faults ? m_faults->adminToken() : QByteArray();
}

} // namespace commercedesk::sandbox
