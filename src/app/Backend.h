// SPDX-License-Identifier: MIT
#pragma once

#include "api/ConnectionConfig.h"
#include "app/merchant/MerchantServices.h"
#include "app/storefront/StorefrontServices.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QSettings;

namespace commercedesk::api {
class ApiSession;
class ProductProjectionClient;
class RefreshTokenStore;
class TokenProvider;
class Transport;
} // namespace commercedesk::api
namespace commercedesk::checkout {
class BuyerAccount;
class BuyerSession;
class CartSession;
class CatalogBrowser;
class CheckoutFlow;
class ImageLoader;
class OrchestratorTokenProvider;
class PaymentGatewayClient;
class OrderHistory;
class QuickOrder;
class Reorder;
} // namespace commercedesk::checkout
namespace commercedesk::merchant {
class MerchantContext;
class OmsLogClient;
} // namespace commercedesk::merchant
namespace commercedesk::platform {
class Redactor;
}

namespace commercedesk::app {

/// What one connection needs: the two API identities (secrets included) and the services beside them.
struct BackendSetup
{
    /// The buyer's commercetools API client (direct mode). Unused when `orchestratorUrl` is set.
    api::ConnectionConfig storefront;
    /// Set: the storefront talks only to this orchestrator (docs/orchestrator-api.yaml, issue 14) — the
    /// buyer's session is the orchestrator's, and the app holds no commercetools credential for buyers.
    QUrl orchestratorUrl;
    /// Absent: the backend offers no merchant client (the merchant pane says so).
    std::optional<api::ConnectionConfig> merchant;
    /// Scope names the merchant client was granted (decides whether order actions are offered).
    QStringList merchantScopes;
    QUrl gatewayUrl;       ///< the payment gateway; may be empty (checkout then fails with a clear error)
    QUrl omsUrl;           ///< the OMS delivery log; empty = no OMS
    QString imageCacheDir; ///< where product pictures are cached on disk; empty = memory only
    QSettings *settings = nullptr; ///< the seller's layout and saved views (not owned); null = not kept
};

/// The sessions, clients and services of one connection, built together on the composition root's network
/// manager and destroyed together (services first so they cancel their jobs, then the sessions).
/// Everything is a child of this object; the widgets must be gone before it dies. Once built, the buyer's
/// session kept from an earlier run (in `buyerTokens`) is resumed: a buyer who was signed in is again.
/// GUI thread.
class Backend final : public QObject
{
    Q_OBJECT

public:
    /// `network` must outlive the backend. `buyerTokens` (may be null: nothing kept between runs) holds the
    /// storefront session's refresh token. `redactor` (may be null) learns the secrets and every token
    /// issued; it must outlive the backend.
    Backend(const BackendSetup &setup, QNetworkAccessManager *network,
            std::unique_ptr<api::RefreshTokenStore> buyerTokens, platform::Redactor *redactor,
            QObject *parent = nullptr);
    ~Backend() override;

    checkout::CatalogBrowser *catalog() const { return m_catalog; }
    checkout::BuyerSession *buyer() const { return m_buyer; }
    checkout::BuyerAccount *account() const { return m_account; }
    checkout::CartSession *cart() const { return m_cart; }
    checkout::CheckoutFlow *checkout() const { return m_checkout; }
    checkout::PaymentGatewayClient *paymentGateway() const { return m_gateway; }
    checkout::QuickOrder *quickOrder() const { return m_quickOrder; }
    checkout::OrderHistory *orderHistory() const { return m_orderHistory; }
    checkout::Reorder *reorder() const { return m_reorder; }
    merchant::MerchantContext *merchant() const { return m_merchant; }
    merchant::OmsLogClient *omsLog() const { return m_omsLog; }
    checkout::ImageLoader *images() const { return m_images; }

    /// True when the buyer side talks to an orchestrator (BackendSetup::orchestratorUrl).
    bool isOrchestrated() const { return m_buyerSessions != nullptr; }
    /// What the buyer side is connected with (an orchestrator's URL only, when orchestrated).
    api::ConnectionConfig buyerConnection() const;

    /// What the panes are built with (StorefrontServices::settings is left for the composition root).
    StorefrontServices storefrontServices() const;
    MerchantServices merchantServices() const;

private:
    /// The buyer's transport: the storefront API client's (direct) or the orchestrator's session.
    api::Transport *setUpBuyerConnection(const BackendSetup &setup, QNetworkAccessManager *network);
    void setUpMerchant(const BackendSetup &setup, QNetworkAccessManager *network);
    void watchTokens(api::TokenProvider *tokens);

    platform::Redactor *m_redactor;
    std::unique_ptr<api::RefreshTokenStore> m_buyerTokens;          ///< outlives the storefront session
    api::ApiSession *m_storefrontSession = nullptr;                 ///< direct mode
    checkout::OrchestratorTokenProvider *m_buyerSessions = nullptr; ///< orchestrated mode
    api::Transport *m_buyerTransport = nullptr;                     ///< orchestrated mode
    std::unique_ptr<api::ProductProjectionClient> m_products;
    checkout::CatalogBrowser *m_catalog = nullptr;
    checkout::ImageLoader *m_images = nullptr;
    checkout::BuyerSession *m_buyer = nullptr;
    checkout::BuyerAccount *m_account = nullptr;
    checkout::CartSession *m_cart = nullptr;
    checkout::PaymentGatewayClient *m_gateway = nullptr;
    checkout::CheckoutFlow *m_checkout = nullptr;
    checkout::QuickOrder *m_quickOrder = nullptr;
    checkout::OrderHistory *m_orderHistory = nullptr;
    checkout::Reorder *m_reorder = nullptr;
    api::ApiSession *m_merchantSession = nullptr;
    merchant::MerchantContext *m_merchant = nullptr;
    merchant::OmsLogClient *m_omsLog = nullptr;
};

} // namespace commercedesk::app
