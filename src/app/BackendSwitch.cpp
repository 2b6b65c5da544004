// SPDX-License-Identifier: MIT
#include "app/BackendSwitch.h"

#include "app/settings/KeychainRefreshTokenStore.h"
#include "app/settings/SecretVault.h"
#include "orchestrator/Orchestrator.h"
#include "platform/Redactor.h"
#include "sandbox/SandboxHost.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

namespace {

// The secrets of one activation, read in parallel; `done` counts answers.
struct SecretReads
{
    QString values[2];
    QStringList problems;
    int done = 0;
};

QString clientTitle(const QString &client)
{
    return client == ConnectionProfile::MerchantClient ? BackendSwitch::tr("merchant client")
                                                       : BackendSwitch::tr("storefront client");
}

QString readProblem(const ConnectionProfile &profile, const QString &client, SecretVault::Outcome outcome,
                    const QString &message)
{
    switch (outcome) {
    case SecretVault::Outcome::NotFound:
        return BackendSwitch::tr("No secret is stored for the %1 of the profile \"%2\". Enter it in the "
                                 "settings and save the profile.")
            .arg(clientTitle(client), profile.displayName());
    case SecretVault::Outcome::NoSecretService:
        return BackendSwitch::tr("No system keychain (Secret Service) is available, so the secret of the %1 "
                                 "of the profile \"%2\" cannot be read. Enter it in the settings to keep it "
                                 "for this run only.")
            .arg(clientTitle(client), profile.displayName());
    case SecretVault::Outcome::Failed:
        return BackendSwitch::tr("The secret of the %1 could not be read from the system keychain: %2")
            .arg(clientTitle(client), message);
    case SecretVault::Outcome::Stored:
    case SecretVault::Outcome::StoredForSession:
        break;
    }
    return {};
}

// The scope names to ask for: the profile's own list, else what the auth server granted.
QStringList scopesFor(const QStringList &configured, const QStringList &granted)
{
    return configured.isEmpty() ? granted : configured;
}

/// The embedded orchestrator's session signing key, made once per data folder and kept owner-only beside
/// the sandbox's data (whose database holds the API clients' secrets with the same protection).
QByteArray embeddedSessionKey(const QString &dataDir, QString *error)
{
    QFile file(dataDir + u"/orchestrator-session.key"_s);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray key = QByteArray::fromBase64(file.readAll().trimmed());
        if (key.size() >= 32)
            return key;
        file.close();
    }
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / 4);
    if (!QDir().mkpath(dataDir) || !file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(key.toBase64()) < 0) {
        *error = file.errorString();
        return {};
    }
    return key;
}

} // namespace

BackendSwitch::BackendSwitch(AppOptions options, QNetworkAccessManager *network, platform::Redactor *redactor,
                             QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(network)
    , m_redactor(redactor)
{}

BackendSwitch::~BackendSwitch()
{
    delete m_activation;
    m_backend.reset(); // services and sessions before the orchestrator and the sandbox thread
    stopEmbedded();
}

void BackendSwitch::stopEmbedded()
{
    m_orchestrator.reset();
    if (m_sandbox)
        m_sandbox->stop();
}

QString BackendSwitch::defaultSandboxDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/sandbox"_s;
}

void BackendSwitch::start()
{
    activate(ConnectionProfile::embedded());
}

void BackendSwitch::activate(const ConnectionProfile &profile)
{
    Q_EMIT backendAboutToChange();
    delete m_activation; // drops the callbacks of an older activation
    m_activation = new QObject(this);
    m_checking = false;
    m_storefrontSecret.clear();
    m_merchantSecret.clear();
    m_backend.reset();
    m_profile = profile;
    if (profile.kind == ConnectionProfile::Kind::EmbeddedSandbox) {
        startEmbedded();
        return;
    }
    if (m_sandbox) {
        stopEmbedded();
        m_sandboxStarted = false;
    }
    const QStringList problems = profile.problems();
    if (!problems.isEmpty()) {
        fail(tr("The profile \"%1\" is incomplete:\n%2").arg(profile.displayName(), problems.join(u'\n')),
             true);
        return;
    }
    if (!m_vault) {
        fail(tr("No secret store is available for the profile \"%1\".").arg(profile.displayName()), true);
        return;
    }
    readSecrets(profile);
}

void BackendSwitch::fail(const QString &message, bool fixableInSettings)
{
    // Queued, so the outcome never arrives inside activate() itself.
    QTimer::singleShot(0, m_activation, [this, message, fixableInSettings] {
        if (fixableInSettings)
            Q_EMIT settingsNeeded(message);
        Q_EMIT backendFailed(message);
    });
}

void BackendSwitch::startEmbedded()
{
    if (!m_sandbox) {
        m_sandbox = new sandbox::SandboxHost(this);
        connect(m_sandbox, &sandbox::SandboxHost::started, this, &BackendSwitch::onSandboxStarted);
        connect(m_sandbox, &sandbox::SandboxHost::failed, this, [this](const QString &message) {
            if (m_profile.kind != ConnectionProfile::Kind::EmbeddedSandbox)
                return;
            Q_EMIT backendFailed(tr("The embedded sandbox could not start: %1").arg(message));
        });
    }
    if (m_sandboxStarted) {
        QTimer::singleShot(0, m_activation, [this] { onSandboxStarted(m_sandbox->credentials()); });
        return;
    }
    if (m_sandbox->isRunning())
        return; // starting: started() follows
    sandbox::SandboxConfig config;
    config.dataDir = m_options.sandboxDataDir.isEmpty() ? defaultSandboxDataDir() : m_options.sandboxDataDir;
    m_sandboxDataDir = config.dataDir;
    config.demoOrders = m_options.demoOrders;
    if (!m_options.sandboxFaultAdminToken.isEmpty()) {
        config.outside.faultAdmin = true;
        config.outside.faultAdminToken = m_options.sandboxFaultAdminToken;
    }
    if (m_tuneSandbox)
        m_tuneSandbox(config);
    m_sandbox->start(config);
}

void BackendSwitch::onSandboxStarted(const sandbox::SandboxCredentials &credentials)
{
    m_sandboxStarted = true;
    if (m_profile.kind != ConnectionProfile::Kind::EmbeddedSandbox || m_backend)
        return;
    const sandbox::SandboxClient *storefront = credentials.client(u"storefront");
    if (!storefront) {
        Q_EMIT backendFailed(tr("The embedded sandbox has no storefront API client."));
        return;
    }
    if (m_redactor) {
        for (const sandbox::SandboxClient &client : credentials.clients)
            m_redactor->addSecret(client.clientSecret);
    }
    BackendSetup setup;
    setup.storefront.authUrl = credentials.authUrl;
    setup.storefront.apiUrl = credentials.apiUrl;
    setup.storefront.projectKey = credentials.projectKey;
    setup.storefront.clientId = storefront->clientId;
    setup.storefront.clientSecret = storefront->clientSecret;
    setup.storefront.scopes = storefront->scopes;
    if (const sandbox::SandboxClient *merchantClient = credentials.client(u"merchant")) {
        api::ConnectionConfig merchant = setup.storefront;
        merchant.clientId = merchantClient->clientId;
        merchant.clientSecret = merchantClient->clientSecret;
        merchant.scopes = merchantClient->scopes;
        setup.merchant = merchant;
        setup.merchantScopes = merchantClient->scopes;
    }
    // The sandbox's own gateway when it runs one; else the URL given by setPaymentGatewayUrl().
    setup.gatewayUrl = credentials.gatewayUrl.isEmpty() ? m_gatewayUrl : credentials.gatewayUrl;
    setup.omsUrl = credentials.omsUrl;
    if (m_options.orchestratedStorefront) {
        QString error;
        setup.orchestratorUrl = startOrchestrator(credentials, setup.gatewayUrl, &error);
        if (setup.orchestratorUrl.isEmpty()) {
            Q_EMIT backendFailed(tr("The embedded orchestrator could not start: %1").arg(error));
            return;
        }
        setup.storefront = {}; // the buyer side holds no commercetools credential
    }
    build(setup);
}

QUrl BackendSwitch::startOrchestrator(const sandbox::SandboxCredentials &credentials, const QUrl &gatewayUrl,
                                      QString *error)
{
    if (m_orchestrator)
        return m_orchestrator->url();
    // The sandbox's orchestrator client: only the scopes the orchestrator's calls need (docs/deployment.md).
    const sandbox::SandboxClient *trusted = credentials.client(u"orchestrator");
    if (!trusted) {
        *error = u"the sandbox has no orchestrator API client"_s;
        return {};
    }
    orchestrator::OrchestratorConfig config;
    config.commerce.authUrl = credentials.authUrl;
    config.commerce.apiUrl = credentials.apiUrl;
    config.commerce.projectKey = credentials.projectKey;
    config.commerce.clientId = trusted->clientId;
    config.commerce.clientSecret = trusted->clientSecret;
    config.commerce.scopes = trusted->scopes;
    config.gatewayUrl = gatewayUrl;
    config.sessionKey = embeddedSessionKey(m_sandboxDataDir, error);
    if (config.sessionKey.isEmpty())
        return {};
    if (m_redactor)
        m_redactor->addSecret(QString::fromLatin1(config.sessionKey.toBase64()));
    config.revocationDir = m_sandboxDataDir + u"/orchestrator-revocations"_s;
    config.address = QHostAddress(QHostAddress::LocalHost);
    config.port = 0;
    auto instance = std::make_unique<orchestrator::Orchestrator>(std::move(config));
    if (!instance->start(error))
        return {};
    m_orchestrator = std::move(instance);
    return m_orchestrator->url();
}

void BackendSwitch::readSecrets(const ConnectionProfile &profile)
{
    auto reads = std::make_shared<SecretReads>();
    const QString clients[2] = {ConnectionProfile::StorefrontClient, ConnectionProfile::MerchantClient};
    for (int i = 0; i < 2; ++i) {
        const QString client = clients[i];
        m_vault->read(profile.name, client, m_activation,
                      [this, reads, i, client](SecretVault::Outcome outcome, const QString &value) {
                          const QString problem = readProblem(m_profile, client, outcome, value);
                          if (problem.isEmpty())
                              reads->values[i] = value;
                          else
                              reads->problems << problem;
                          if (++reads->done < 2)
                              return;
                          if (!reads->problems.isEmpty()) {
                              Q_EMIT settingsNeeded(reads->problems.join(u'\n'));
                              Q_EMIT backendFailed(reads->problems.join(u'\n'));
                              return;
                          }
                          onSecretsRead(reads->values[0], reads->values[1]);
                      });
    }
}

void BackendSwitch::onSecretsRead(const QString &storefrontSecret, const QString &merchantSecret)
{
    m_storefrontSecret = storefrontSecret;
    m_merchantSecret = merchantSecret;
    if (m_redactor) {
        m_redactor->addSecret(storefrontSecret);
        m_redactor->addSecret(merchantSecret);
    }
    if (!m_tester)
        m_tester = new ConnectionTester(m_network, this);
    m_checking = true;
    m_tester->run(m_profile, storefrontSecret, merchantSecret, this,
                  [this](const QList<ConnectionTester::ClientCheck> &checks) { onChecked(checks); });
}

void BackendSwitch::onChecked(const QList<ConnectionTester::ClientCheck> &checks)
{
    if (!m_checking)
        return; // a check of an activation that was replaced meanwhile
    m_checking = false;
    QStringList problems;
    QStringList storefrontScopes;
    QStringList merchantScopes;
    for (const ConnectionTester::ClientCheck &check : checks) {
        if (!check.ok)
            problems << check.message;
        (check.client == ConnectionProfile::MerchantClient ? merchantScopes : storefrontScopes) =
            check.grantedScopes;
    }
    if (!problems.isEmpty()) {
        const QString message = tr("CommerceDesk cannot connect with the profile \"%1\":\n%2")
                                    .arg(m_profile.displayName(), problems.join(u'\n'));
        Q_EMIT settingsNeeded(message);
        Q_EMIT backendFailed(message);
        return;
    }
    BackendSetup setup;
    setup.storefront = m_profile.storefrontConfig(m_storefrontSecret);
    setup.storefront.scopes = scopesFor(m_profile.storefrontScopes, storefrontScopes);
    api::ConnectionConfig merchant = m_profile.merchantConfig(m_merchantSecret);
    merchant.scopes = scopesFor(m_profile.merchantScopes, merchantScopes);
    setup.merchant = merchant;
    setup.merchantScopes = merchant.scopes;
    setup.gatewayUrl = m_gatewayUrl;
    m_storefrontSecret.clear();
    m_merchantSecret.clear();
    build(setup);
}

QString BackendSwitch::connectionDescription() const
{
    if (!m_backend)
        return {};
    if (m_profile.kind == ConnectionProfile::Kind::EmbeddedSandbox) {
        const sandbox::SandboxCredentials credentials = m_sandbox->credentials();
        return tr("Embedded sandbox · project %1 · %2")
            .arg(credentials.projectKey, credentials.apiUrl.toString(QUrl::RemoveUserInfo));
    }
    const QString kind =
        m_profile.kind == ConnectionProfile::Kind::RemoteSandbox ? tr("sandbox") : tr("commercetools");
    return tr("%1 (%2) · project %3 · %4")
        .arg(m_profile.displayName(), kind, m_profile.projectKey,
             m_profile.resolvedApiUrl().toString(QUrl::RemoveUserInfo));
}

void BackendSwitch::build(BackendSetup setup)
{
    setup.settings = m_settings;
    setup.imageCacheDir =
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/product-images"_s;
    std::unique_ptr<api::RefreshTokenStore> buyerTokens;
    if (m_credentials) {
        buyerTokens = std::make_unique<app::KeychainRefreshTokenStore>(m_credentials, m_profile.name,
                                                                       ConnectionProfile::StorefrontClient);
    }
    m_backend = std::make_unique<Backend>(setup, m_network, std::move(buyerTokens), m_redactor);
    Q_EMIT backendReady();
}

} // namespace commercedesk::app
