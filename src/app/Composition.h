// SPDX-License-Identifier: MIT
#pragma once

#include "app/AppOptions.h"
#include "app/Backend.h"
#include "app/settings/ConnectionProfile.h"
#include "app/settings/ConnectionTester.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace commercedesk::platform {
class Redactor;
}
namespace commercedesk::sandbox {
class SandboxHost;
struct SandboxCredentials;
} // namespace commercedesk::sandbox

namespace commercedesk::app {

class SecretVault;

/// The composition root (architecture rule 7): builds the backend connection of one ConnectionProfile —
/// the API sessions, clients and services (a Backend) — and hands them to the widgets. activate() switches
/// to another profile without a restart. No singletons: everything here is owned by this object and lives
/// in the GUI thread, except the embedded sandbox, which runs on its own thread and is stopped only when a
/// profile other than the embedded one is activated (or on destruction).
class Composition final : public QObject
{
    Q_OBJECT

public:
    /// `redactor` (may be null) learns every client secret and token the app comes to hold, so no log line
    /// can carry one; it must outlive the composition.
    explicit Composition(AppOptions options, platform::Redactor *redactor = nullptr,
                         QObject *parent = nullptr);
    ~Composition() override;

    /// Where the secrets of non-embedded profiles come from (not owned; must outlive the composition).
    /// Without a vault such profiles fail with a clear message.
    void setSecretVault(SecretVault *vault) { m_vault = vault; }

    /// Activates the embedded sandbox profile (as activate(ConnectionProfile::embedded())).
    void start();
    /// Tears down the current backend (backendAboutToChange() first, synchronously, so widgets drop their
    /// pointers) and builds the one of `profile`: the embedded sandbox (started when not running), a
    /// sandbox elsewhere or a commercetools project (secrets read from the vault, each client's token and
    /// scopes checked first). Exactly one of backendReady()/backendFailed() follows, asynchronously, unless
    /// activate() is called again before; an older activation's outcome is then dropped.
    void activate(const ConnectionProfile &profile);
    /// The profile of the last activate().
    ConnectionProfile profile() const { return m_profile; }
    /// True between backendReady() and the next backendAboutToChange().
    bool isReady() const { return m_backend != nullptr; }

    /// Valid while isReady(); owned by the composition and deleted on the next activate().
    checkout::CatalogBrowser *catalog() const { return m_backend ? m_backend->catalog() : nullptr; }
    checkout::BuyerSession *buyer() const { return m_backend ? m_backend->buyer() : nullptr; }
    checkout::BuyerAccount *account() const { return m_backend ? m_backend->account() : nullptr; }
    checkout::CartSession *cart() const { return m_backend ? m_backend->cart() : nullptr; }
    checkout::CheckoutFlow *checkout() const { return m_backend ? m_backend->checkout() : nullptr; }
    checkout::PaymentGatewayClient *paymentGateway() const
    {
        return m_backend ? m_backend->paymentGateway() : nullptr;
    }
    checkout::QuickOrder *quickOrder() const { return m_backend ? m_backend->quickOrder() : nullptr; }
    checkout::OrderHistory *orderHistory() const { return m_backend ? m_backend->orderHistory() : nullptr; }
    checkout::Reorder *reorder() const { return m_backend ? m_backend->reorder() : nullptr; }
    /// The seller's order desk on the profile's merchant API client (null when there is none).
    merchant::MerchantContext *merchant() const { return m_backend ? m_backend->merchant() : nullptr; }
    /// Reads the OMS delivery log; null when the backend runs no OMS.
    merchant::OmsLogClient *omsLog() const { return m_backend ? m_backend->omsLog() : nullptr; }
    /// A network manager for work outside the API sessions (e.g. the settings dialog's connection test);
    /// created on first use, owned by the composition.
    QNetworkAccessManager *network();
    /// The payment gateway's base URL, used when the backend names none (a remote sandbox or a
    /// commercetools project, or an embedded sandbox without its own gateway). Call before activate().
    void setPaymentGatewayUrl(const QUrl &url) { m_gatewayUrl = url; }
    /// e.g. "Embedded sandbox · project commercedesk-demo · http://127.0.0.1:41234" (translated when
    /// called); empty unless isReady().
    QString connectionDescription() const;

    /// The per-user default folder of the embedded sandbox's data.
    static QString defaultSandboxDataDir();

Q_SIGNALS:
    /// Emitted synchronously by activate() before the current services are deleted.
    void backendAboutToChange();
    void backendReady();
    void backendFailed(const QString &message);
    /// Emitted right before backendFailed() when the user can fix the cause in the settings (a missing or
    /// refused secret, missing scopes, an incomplete profile). `message` is the same text.
    void settingsNeeded(const QString &message);

private:
    void startEmbedded();
    void onSandboxStarted(const sandbox::SandboxCredentials &credentials);
    void readSecrets(const ConnectionProfile &profile);
    void onSecretsRead(const QString &storefrontSecret, const QString &merchantSecret);
    void onChecked(const QList<ConnectionTester::ClientCheck> &checks);
    void build(const BackendSetup &setup);
    void fail(const QString &message, bool fixableInSettings);

    AppOptions m_options;
    platform::Redactor *m_redactor;
    SecretVault *m_vault = nullptr;
    ConnectionProfile m_profile;
    std::unique_ptr<Backend> m_backend;
    sandbox::SandboxHost *m_sandbox = nullptr;
    bool m_sandboxStarted = false;
    ConnectionTester *m_tester = nullptr;
    QPointer<QObject> m_activation; ///< context of the current activation's callbacks; replaced each time
    bool m_checking = false;
    QString m_storefrontSecret;
    QString m_merchantSecret;
    QNetworkAccessManager *m_network = nullptr;
    QUrl m_gatewayUrl;
};

} // namespace commercedesk::app
