// SPDX-License-Identifier: MIT
#include "app/Composition.h"

#include "api/ApiSession.h"
#include "api/ProductProjectionClient.h"
#include "checkout/CatalogBrowser.h"
#include "platform/Redactor.h"
#include "sandbox/SandboxHost.h"

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
    delete m_catalog;
    m_products.reset();
    delete m_storefrontSession;
    if (m_sandbox)
        m_sandbox->stop();
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
    m_description = tr("Embedded sandbox · project %1 · %2")
                        .arg(credentials.projectKey, credentials.apiUrl.toString(QUrl::RemoveUserInfo));
    Q_EMIT backendReady();
}

} // namespace commercedesk::app
