// SPDX-License-Identifier: MIT
#pragma once

#include "app/AppOptions.h"

#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace commercedesk::api {
class ApiSession;
class ProductProjectionClient;
} // namespace commercedesk::api
namespace commercedesk::checkout {
class BuyerAccount;
class BuyerSession;
class CartSession;
class CatalogBrowser;
class CheckoutFlow;
class PaymentGatewayClient;
class QuickOrder;
} // namespace commercedesk::checkout
namespace commercedesk::merchant {
class MerchantContext;
class OmsLogClient;
} // namespace commercedesk::merchant
namespace commercedesk::platform {
class Redactor;
}
namespace commercedesk::sandbox {
class SandboxHost;
struct SandboxCredentials;
} // namespace commercedesk::sandbox

namespace commercedesk::app {

/// The composition root (architecture rule 7): builds the backend connection, the API sessions, clients and
/// services, and hands them to the widgets by constructor or setter. No singletons: everything here is owned
/// by this object and lives in the GUI thread, except the embedded sandbox, which runs on its own thread.
class Composition final : public QObject
{
    Q_OBJECT

public:
    /// `redactor` (may be null) learns every client secret and token the app comes to hold, so no log line
    /// can carry one; it must outlive the composition.
    explicit Composition(AppOptions options, platform::Redactor *redactor = nullptr,
                         QObject *parent = nullptr);
    ~Composition() override;

    /// Starts the embedded sandbox; backendReady() or backendFailed() follows, exactly once.
    void start();

    /// Valid after backendReady(); owned by the composition.
    checkout::CatalogBrowser *catalog() const { return m_catalog; }
    checkout::BuyerSession *buyer() const { return m_buyer; }
    checkout::BuyerAccount *account() const { return m_account; }
    checkout::CartSession *cart() const { return m_cart; }
    checkout::CheckoutFlow *checkout() const { return m_checkout; }
    checkout::PaymentGatewayClient *paymentGateway() const { return m_gateway; }
    checkout::QuickOrder *quickOrder() const { return m_quickOrder; }
    /// The seller's order desk on the sandbox's `merchant` API client (issue #8 brings profiles).
    merchant::MerchantContext *merchant() const { return m_merchant; }
    /// Reads the OMS delivery log; not configured when the sandbox runs no OMS.
    merchant::OmsLogClient *omsLog() const { return m_omsLog; }
    /// A network manager for work outside the API sessions (e.g. the settings dialog's connection test);
    /// created on first use, owned by the composition.
    QNetworkAccessManager *network();
    /// The payment gateway's base URL, used when the sandbox's credentials name none (e.g. a gateway run
    /// elsewhere). Call before start().
    void setPaymentGatewayUrl(const QUrl &url) { m_gatewayUrl = url; }
    /// e.g. "Embedded sandbox · project commercedesk-demo · http://127.0.0.1:41234"
    QString connectionDescription() const { return m_description; }

    /// The per-user default folder of the embedded sandbox's data.
    static QString defaultSandboxDataDir();

Q_SIGNALS:
    void backendReady();
    void backendFailed(const QString &message);

private:
    void onSandboxStarted(const sandbox::SandboxCredentials &credentials);
    void setUpMerchant(const sandbox::SandboxCredentials &credentials);

    AppOptions m_options;
    platform::Redactor *m_redactor;
    sandbox::SandboxHost *m_sandbox = nullptr;
    api::ApiSession *m_storefrontSession = nullptr;
    std::unique_ptr<api::ProductProjectionClient> m_products;
    checkout::CatalogBrowser *m_catalog = nullptr;
    checkout::BuyerSession *m_buyer = nullptr;
    checkout::BuyerAccount *m_account = nullptr;
    checkout::CartSession *m_cart = nullptr;
    checkout::PaymentGatewayClient *m_gateway = nullptr;
    checkout::CheckoutFlow *m_checkout = nullptr;
    checkout::QuickOrder *m_quickOrder = nullptr;
    api::ApiSession *m_merchantSession = nullptr;
    merchant::MerchantContext *m_merchant = nullptr;
    merchant::OmsLogClient *m_omsLog = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QUrl m_gatewayUrl;
    QString m_description;
};

} // namespace commercedesk::app
