// SPDX-License-Identifier: MIT
#include "app/Backend.h"

#include "api/ApiSession.h"
#include "api/ProductProjectionClient.h"
#include "checkout/BuyerAccount.h"
#include "checkout/BuyerSession.h"
#include "checkout/CartSession.h"
#include "checkout/CatalogBrowser.h"
#include "checkout/CheckoutFlow.h"
#include "checkout/OrderHistory.h"
#include "checkout/PaymentGatewayClient.h"
#include "checkout/QuickOrder.h"
#include "checkout/Reorder.h"
#include "merchant/MerchantContext.h"
#include "merchant/OmsLogClient.h"
#include "platform/Redactor.h"

#include <QNetworkAccessManager>

namespace commercedesk::app {

Backend::Backend(const BackendSetup &setup, platform::Redactor *redactor, QObject *parent)
    : QObject(parent)
    , m_redactor(redactor)
{
    if (m_redactor) {
        m_redactor->addSecret(setup.storefront.clientSecret);
        if (setup.merchant)
            m_redactor->addSecret(setup.merchant->clientSecret);
    }
    m_storefrontSession =
        new api::ApiSession(setup.storefront, api::OAuthTokenProvider::Grant::AnonymousSession, this);
    watchTokens(m_storefrontSession);
    m_products = std::make_unique<api::ProductProjectionClient>(m_storefrontSession->transport());
    m_catalog = new checkout::CatalogBrowser(m_products.get(), this);
    m_catalog->setTransport(m_storefrontSession->transport()); // facets and categories
    m_buyer = new checkout::BuyerSession(this);
    m_cart = new checkout::CartSession(m_storefrontSession->transport(), m_buyer, this);
    m_account = new checkout::BuyerAccount(m_storefrontSession->transport(), m_storefrontSession->auth(),
                                           m_buyer, m_cart, this);
    m_gateway = new checkout::PaymentGatewayClient(nullptr, setup.gatewayUrl, this);
    m_checkout =
        new checkout::CheckoutFlow(m_storefrontSession->transport(), m_cart, m_buyer, m_gateway, this);
    m_quickOrder = new checkout::QuickOrder(m_products.get(), m_cart, this);
    m_orderHistory = new checkout::OrderHistory(m_storefrontSession->transport(), m_buyer, this);
    m_reorder = new checkout::Reorder(m_products.get(), m_cart, m_buyer, this);
    setUpMerchant(setup);
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
    m_products.reset();
    delete m_storefrontSession;
}

void Backend::watchTokens(api::ApiSession *session)
{
    if (!m_redactor)
        return;
    connect(session->tokens(), &api::TokenProvider::secretIssued, this,
            [this](const QString &secret) { m_redactor->addSecret(secret); });
}

void Backend::setUpMerchant(const BackendSetup &setup)
{
    if (!setup.merchant)
        return;
    m_merchantSession =
        new api::ApiSession(*setup.merchant, api::OAuthTokenProvider::Grant::ClientCredentials, this);
    watchTokens(m_merchantSession);
    // The OMS is another service: its own plain manager, never the commercetools token.
    if (!setup.omsUrl.isEmpty())
        m_omsLog = new merchant::OmsLogClient(new QNetworkAccessManager(this), setup.omsUrl, this);
    m_merchant =
        new merchant::MerchantContext(m_merchantSession->transport(), setup.merchantScopes, this, m_omsLog);
}

} // namespace commercedesk::app
