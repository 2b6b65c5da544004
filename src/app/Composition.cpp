// SPDX-License-Identifier: MIT
#include "app/Composition.h"

#include "api/ApiSession.h"
#include "api/ProductProjectionClient.h"
#include "checkout/BuyerAccount.h"
#include "checkout/BuyerSession.h"
#include "checkout/CartSession.h"
#include "checkout/CatalogBrowser.h"
#include "checkout/CheckoutFlow.h"
#include "checkout/PaymentGatewayClient.h"
#include "checkout/QuickOrder.h"
#include "merchant/MerchantContext.h"
#include "merchant/OmsLogClient.h"
#include "platform/Redactor.h"
#include "sandbox/SandboxHost.h"

#include <QNetworkAccessManager>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

Composition::Composition(AppOptions options, platform::Redactor *redactor, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_redactor(redactor)
{}

Composition::~Composition()
{
    // Services first (they cancel their jobs), then the sessions, then the sandbox thread.
    delete m_merchant;
    delete m_omsLog;
    delete m_merchantSession;
    delete m_quickOrder;
    delete m_checkout;
    delete m_account;
    delete m_cart;
    delete m_catalog;
    m_products.reset();
    delete m_storefrontSession;
    if (m_sandbox)
        m_sandbox->stop();
}

QNetworkAccessManager *Composition::network()
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    return m_network;
}

QString Composition::defaultSandboxDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/sandbox"_s;
}

void Composition::start()
{
    sandbox::SandboxConfig config;
    config.dataDir = m_options.sandboxDataDir.isEmpty() ? defaultSandboxDataDir() : m_options.sandboxDataDir;
    m_sandbox = new sandbox::SandboxHost(this);
    connect(m_sandbox, &sandbox::SandboxHost::started, this, &Composition::onSandboxStarted);
    connect(m_sandbox, &sandbox::SandboxHost::failed, this, [this](const QString &message) {
        Q_EMIT backendFailed(tr("The embedded sandbox could not start: %1").arg(message));
    });
    m_sandbox->start(config);
}

void Composition::onSandboxStarted(const sandbox::SandboxCredentials &credentials)
{
    const sandbox::SandboxClient *storefront = credentials.client(u"storefront");
    if (!storefront) {
        Q_EMIT backendFailed(tr("The embedded sandbox has no storefront API client."));
        return;
    }
    api::ConnectionConfig config;
    config.authUrl = credentials.authUrl;
    config.apiUrl = credentials.apiUrl;
    config.projectKey = credentials.projectKey;
    config.clientId = storefront->clientId;
    config.clientSecret = storefront->clientSecret;
    config.scopes = storefront->scopes;

    if (m_redactor) {
        for (const sandbox::SandboxClient &client : credentials.clients)
            m_redactor->addSecret(client.clientSecret);
    }
    m_storefrontSession = new api::ApiSession(config, api::OAuthTokenProvider::Grant::AnonymousSession, this);
    if (m_redactor) {
        connect(m_storefrontSession->tokens(), &api::TokenProvider::secretIssued, this,
                [this](const QString &secret) { m_redactor->addSecret(secret); });
    }
    m_products = std::make_unique<api::ProductProjectionClient>(m_storefrontSession->transport());
    m_catalog = new checkout::CatalogBrowser(m_products.get(), this);
    m_buyer = new checkout::BuyerSession(this);
    m_cart = new checkout::CartSession(m_storefrontSession->transport(), m_buyer, this);
    m_account = new checkout::BuyerAccount(m_storefrontSession->transport(), m_storefrontSession->auth(),
                                           m_buyer, m_cart, this);
    // The sandbox's own gateway when it runs one; else the URL given by setPaymentGatewayUrl().
    const QUrl gatewayUrl = credentials.gatewayUrl.isEmpty() ? m_gatewayUrl : credentials.gatewayUrl;
    m_gateway = new checkout::PaymentGatewayClient(nullptr, gatewayUrl, this);
    m_checkout =
        new checkout::CheckoutFlow(m_storefrontSession->transport(), m_cart, m_buyer, m_gateway, this);
    m_quickOrder = new checkout::QuickOrder(m_products.get(), m_cart, this);
    m_description = tr("Embedded sandbox · project %1 · %2")
                        .arg(credentials.projectKey, credentials.apiUrl.toString(QUrl::RemoveUserInfo));
    setUpMerchant(credentials);
    Q_EMIT backendReady();
}

void Composition::setUpMerchant(const sandbox::SandboxCredentials &credentials)
{
    const sandbox::SandboxClient *merchantClient = credentials.client(u"merchant");
    if (!merchantClient)
        return;
    api::ConnectionConfig config;
    config.authUrl = credentials.authUrl;
    config.apiUrl = credentials.apiUrl;
    config.projectKey = credentials.projectKey;
    config.clientId = merchantClient->clientId;
    config.clientSecret = merchantClient->clientSecret;
    config.scopes = merchantClient->scopes;
    m_merchantSession = new api::ApiSession(config, api::OAuthTokenProvider::Grant::ClientCredentials, this);
    if (m_redactor) {
        connect(m_merchantSession->tokens(), &api::TokenProvider::secretIssued, this,
                [this](const QString &secret) { m_redactor->addSecret(secret); });
    }
    m_merchant = new merchant::MerchantContext(m_merchantSession->transport(), merchantClient->scopes, this);
    // The OMS is another service: its own plain manager, never the commercetools token.
    m_omsLog = new merchant::OmsLogClient(new QNetworkAccessManager(this), credentials.omsUrl, this);
}

} // namespace commercedesk::app
