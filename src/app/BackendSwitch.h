// SPDX-License-Identifier: MIT
#pragma once

#include "app/AppOptions.h"
#include "app/Backend.h"
#include "app/settings/ConnectionProfile.h"
#include "app/settings/ConnectionTester.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace commercedesk::platform {
class CredentialStore;
class Redactor;
} // namespace commercedesk::platform
namespace commercedesk::orchestrator {
class Orchestrator;
}
namespace commercedesk::sandbox {
class SandboxHost;
struct SandboxConfig;
struct SandboxCredentials;
} // namespace commercedesk::sandbox

namespace commercedesk::app {

class SecretVault;

/// Part of the composition root (app::Composition, architecture rule 7): builds the backend connection of
/// one ConnectionProfile — the API sessions, clients and services (a Backend) — on the root's network
/// manager. activate() switches to another profile without a restart. No singletons: everything here is
/// owned by this object and lives in the GUI thread, except the embedded sandbox, which runs on its own
/// thread and is stopped only when a profile other than the embedded one is activated (or on destruction).
/// With AppOptions::orchestratedStorefront (the default) an orchestrator runs beside the embedded sandbox,
/// in-process on loopback (port 0) with the sandbox's trusted client, and the embedded storefront talks
/// only to it (issue 14); it lives and stops with the sandbox. Its session key is kept in the sandbox's data
/// folder (owner-only), so a buyer's kept session resumes after a restart of the app.
class BackendSwitch final : public QObject
{
    Q_OBJECT

public:
    /// `network` (not owned; must outlive the switch) carries every request of the backends it builds.
    /// `redactor` (may be null) learns every client secret and token the app comes to hold, so no log line
    /// can carry one; it must outlive the switch.
    BackendSwitch(AppOptions options, QNetworkAccessManager *network, platform::Redactor *redactor = nullptr,
                  QObject *parent = nullptr);
    ~BackendSwitch() override;

    /// Where the secrets of non-embedded profiles come from (not owned; must outlive the composition).
    /// Without a vault such profiles fail with a clear message.
    void setSecretVault(SecretVault *vault) { m_vault = vault; }
    /// The app's connection tester (not owned; must outlive the switch). Without one, the switch makes its
    /// own on the first check.
    void setConnectionTester(ConnectionTester *tester) { m_tester = tester; }
    /// Where the buyer's refresh token is kept between runs, per profile (not owned; must outlive the
    /// switch): a signed-in buyer stays signed in, and an anonymous buyer keeps the cart, across restarts.
    /// Without one, every run starts a new anonymous session.
    void setCredentialStore(platform::CredentialStore *store) { m_credentials = store; }
    /// Where the seller's layout and saved views are kept (not owned; must outlive the switch).
    void setSettings(QSettings *settings) { m_settings = settings; }

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

    /// The current backend's services; valid while isReady(), owned by the switch and deleted on the next
    /// activate() (after backendAboutToChange()).
    Backend *backend() const { return m_backend.get(); }
    /// The payment gateway's base URL, used when the backend names none (a remote sandbox or a
    /// commercetools project, or an embedded sandbox without its own gateway). Call before activate().
    void setPaymentGatewayUrl(const QUrl &url) { m_gatewayUrl = url; }
    /// Tests only: changes the embedded sandbox's configuration (outside services, their timings) right
    /// before each start of it. Call before activate(); a running sandbox is not restarted.
    void setSandboxTuning(std::function<void(sandbox::SandboxConfig &)> tune)
    {
        m_tuneSandbox = std::move(tune);
    }
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
    /// Starts the embedded orchestrator (once per sandbox start); its URL, or empty + *error.
    QUrl startOrchestrator(const sandbox::SandboxCredentials &credentials, const QUrl &gatewayUrl,
                           QString *error);
    void stopEmbedded();
    void readSecrets(const ConnectionProfile &profile);
    void onSecretsRead(const QString &storefrontSecret, const QString &merchantSecret);
    void onChecked(const QList<ConnectionTester::ClientCheck> &checks);
    void build(BackendSetup setup);
    void fail(const QString &message, bool fixableInSettings);

    AppOptions m_options;
    QNetworkAccessManager *m_network;
    platform::Redactor *m_redactor;
    SecretVault *m_vault = nullptr;
    platform::CredentialStore *m_credentials = nullptr;
    QSettings *m_settings = nullptr;
    ConnectionProfile m_profile;
    std::unique_ptr<Backend> m_backend;
    sandbox::SandboxHost *m_sandbox = nullptr;
    bool m_sandboxStarted = false;
    QString m_sandboxDataDir;
    std::unique_ptr<orchestrator::Orchestrator> m_orchestrator;
    ConnectionTester *m_tester = nullptr;
    QPointer<QObject> m_activation; ///< context of the current activation's callbacks; replaced each time
    bool m_checking = false;
    QString m_storefrontSecret;
    QString m_merchantSecret;
    QUrl m_gatewayUrl;
    std::function<void(sandbox::SandboxConfig &)> m_tuneSandbox;
};

} // namespace commercedesk::app
