// SPDX-License-Identifier: MIT
#include "app/Backend.h"

#include "api/ApiSession.h"
#include "api/ProductProjectionClient.h"
#include "api/RefreshTokenStore.h"
#include "api/Transport.h"
#include "checkout/BuyerAccount.h"
#include "checkout/BuyerSession.h"
#include "checkout/CartSession.h"
#include "checkout/CatalogBrowser.h"
#include "checkout/CheckoutFlow.h"
#include "checkout/ImageLoader.h"
#include "checkout/OrchestratorTokenProvider.h"
#include "checkout/OrderHistory.h"
#include "checkout/PaymentGatewayClient.h"
#include "checkout/QuickOrder.h"
#include "checkout/Reorder.h"
#include "merchant/MerchantContext.h"
#include "merchant/OmsLogClient.h"
#include "platform/Redactor.h"

namespace commercedesk::app {

Backend::Backend(const BackendSetup &setup, QNetworkAccessManager *network,
                 std::unique_ptr<api::RefreshTokenStore> buyerTokens, platform::Redactor *redactor,
                 QObject *parent)
    : QObject(parent)
    , m_redactor(redactor)
    , m_buyerTokens(std::move(buyerTokens))
{
    if (m_redactor && setup.merchant)
        m_redactor->addSecret(setup.merchant->clientSecret);
    api::Transport *buyer = setUpBuyerConnection(setup, network);
    m_images = new checkout::ImageLoader(network, setup.imageCacheDir, this);
    m_products = std::make_unique<api::ProductProjectionClient>(buyer);
    m_catalog = new checkout::CatalogBrowser(m_products.get(), this);
    m_catalog->setTransport(buyer); // facets and categories
    m_buyer = new checkout::BuyerSession(this);
    m_buyer->setOrchestrated(isOrchestrated());
    m_cart = new checkout::CartSession(buyer, m_buyer, this);
    if (m_buyerSessions)
        m_account = new checkout::BuyerAccount(buyer, m_buyerSessions, m_buyer, m_cart, this);
    else
        m_account = new checkout::BuyerAccount(buyer, m_storefrontSession->auth(), m_buyer, m_cart, this);
    m_gateway = new checkout::PaymentGatewayClient(network, setup.gatewayUrl, this);
    m_checkout = new checkout::CheckoutFlow(buyer, m_cart, m_buyer, m_gateway, this);
    m_quickOrder = new checkout::QuickOrder(m_products.get(), m_cart, this);
    m_orderHistory = new checkout::OrderHistory(buyer, m_buyer, this);
    m_reorder = new checkout::Reorder(m_products.get(), m_cart, m_buyer, this);
    setUpMerchant(setup, network);
    m_account->resume();
}

Backend::~Backend()
{
    // Services first (they cancel their jobs), then the sessions.
    delete m_merchant;
    delete m_omsLog;
    delete m_merchantSession;
    delete m_reorder;
    delete m_orderHistory;
    delete m_quickOrder;
    delete m_checkout;
    delete m_account;
    delete m_cart;
    delete m_catalog;
    delete m_images;
    m_products.reset();
    delete m_storefrontSession;
    delete m_buyerTransport;
    delete m_buyerSessions;
}

api::Transport *Backend::setUpBuyerConnection(const BackendSetup &setup, QNetworkAccessManager *network)
{
    if (setup.orchestratorUrl.isValid() && !setup.orchestratorUrl.isEmpty()) {
        // The buyer's only credential is the orchestrator's session; no commercetools client for buyers.
        const api::ConnectionConfig config = api::ConnectionConfig::forOrchestrator(setup.orchestratorUrl);
        m_buyerSessions = new checkout::OrchestratorTokenProvider(network, config, this);
        watchTokens(m_buyerSessions);
        if (m_buyerTokens)
            m_buyerSessions->setRefreshTokenStore(m_buyerTokens.get());
        m_buyerTransport = new api::Transport(network, config, m_buyerSessions, this);
        return m_buyerTransport;
    }
    if (m_redactor)
        m_redactor->addSecret(setup.storefront.clientSecret);
    m_storefrontSession = new api::ApiSession(network, setup.storefront,
                                              api::OAuthTokenProvider::Grant::AnonymousSession, this);
    watchTokens(m_storefrontSession->tokens());
    if (m_buyerTokens)
        m_storefrontSession->setRefreshTokenStore(m_buyerTokens.get());
    return m_storefrontSession->transport();
}

api::ConnectionConfig Backend::buyerConnection() const
{
    return m_buyerTransport ? m_buyerTransport->config() : m_storefrontSession->transport()->config();
}

void Backend::watchTokens(api::TokenProvider *tokens)
{
    if (!m_redactor)
        return;
    connect(tokens, &api::TokenProvider::secretIssued, this,
            [this](const QString &secret) { m_redactor->addSecret(secret); });
}

void Backend::setUpMerchant(const BackendSetup &setup, QNetworkAccessManager *network)
{
    if (!setup.merchant)
        return;
    m_merchantSession = new api::ApiSession(network, *setup.merchant,
                                            api::OAuthTokenProvider::Grant::ClientCredentials, this);
    watchTokens(m_merchantSession->tokens());
    // The OMS is another service: plain requests, never the commercetools token (the transport adds that
    // per request, so sharing the manager shares no credential).
    if (!setup.omsUrl.isEmpty())
        m_omsLog = new merchant::OmsLogClient(network, setup.omsUrl, this);
    m_merchant = new merchant::MerchantContext(m_merchantSession->transport(), setup.merchantScopes, this,
                                               m_omsLog, setup.settings);
}

StorefrontServices Backend::storefrontServices() const
{
    StorefrontServices services;
    services.catalog = m_catalog;
    services.images = m_images;
    services.buyer = m_buyer;
    services.account = m_account;
    services.cart = m_cart;
    services.checkout = m_checkout;
    services.quickOrder = m_quickOrder;
    services.orderHistory = m_orderHistory;
    services.reorder = m_reorder;
    return services;
}

MerchantServices Backend::merchantServices() const
{
    MerchantServices services;
    services.context = m_merchant;
    if (!m_merchant)
        services.unavailableReason = tr("The backend offers no merchant API client.");
    return services;
}

} // namespace commercedesk::app
