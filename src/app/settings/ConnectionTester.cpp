// SPDX-License-Identifier: MIT
#include "app/settings/ConnectionTester.h"

#include "api/OAuthTokenProvider.h"
#include "app/ErrorPresenter.h"

using namespace Qt::StringLiterals;

namespace commercedesk::app {

namespace {

QString clientTitle(const QString &client)
{
    return client == ConnectionProfile::MerchantClient ? ConnectionTester::tr("Merchant client")
                                                       : ConnectionTester::tr("Storefront client");
}

// "view_orders:demo" → "view_orders"; session scopes such as "anonymous_id:…" pass through unchanged.
QStringList scopeNames(const QStringList &granted)
{
    QStringList names;
    for (const QString &scope : granted)
        names << scope.section(u':', 0, 0);
    return names;
}

QString failureMessage(const QString &client, const api::ApiError &error)
{
    const QString title = clientTitle(client);
    if (error.code == u"invalid_client"_s)
        return ConnectionTester::tr("%1: the auth server refused the client ID or secret.").arg(title);
    if (error.code == u"invalid_scope"_s)
        return ConnectionTester::tr("%1: the client may not use the requested scopes (%2).")
            .arg(title, error.message);
    return ConnectionTester::tr("%1: %2").arg(title, ErrorPresenter::describe(error));
}

} // namespace

ConnectionTester::ConnectionTester(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

ConnectionTester::~ConnectionTester() = default;

void ConnectionTester::run(const ConnectionProfile &profile, const QString &storefrontSecret,
                           const QString &merchantSecret)
{
    delete m_runContext; // drops the callbacks of a previous run
    m_runContext = new QObject(this);
    m_providers.clear();
    m_checks.clear();
    m_pending = 2;
    // No scope parameter: the auth server then grants every scope the client has, so the comparison
    // below can name each missing one instead of failing on the first.
    api::ConnectionConfig storefront = profile.storefrontConfig(storefrontSecret);
    storefront.scopes.clear();
    api::ConnectionConfig merchant = profile.merchantConfig(merchantSecret);
    merchant.scopes.clear();
    check(ConnectionProfile::StorefrontClient, storefront, ConnectionProfile::requiredStorefrontScopes());
    check(ConnectionProfile::MerchantClient, merchant, ConnectionProfile::requiredMerchantScopes());
}

void ConnectionTester::check(const QString &client, const api::ConnectionConfig &config,
                             const QStringList &required)
{
    auto provider = std::make_unique<api::OAuthTokenProvider>(
        m_network, config, api::OAuthTokenProvider::Grant::ClientCredentials);
    api::OAuthTokenProvider *raw = provider.get();
    m_providers.push_back(std::move(provider));
    raw->requestToken(m_runContext, [this, client, required](const api::Result<api::AccessToken> &result) {
        ClientCheck c;
        c.client = client;
        if (!result) {
            c.message = failureMessage(client, result.error());
        } else {
            const QStringList granted = scopeNames(result.value().scopes);
            c.grantedScopes = granted;
            const bool admin = granted.contains(u"manage_project"_s);
            for (const QString &scope : required) {
                if (!admin && !granted.contains(scope))
                    c.missingScopes << scope;
            }
            c.ok = c.missingScopes.isEmpty();
            c.readOnly = client == ConnectionProfile::MerchantClient && !admin &&
                         !granted.contains(u"manage_orders"_s);
            if (!c.ok)
                c.message = tr("%1: connected, but the client lacks these scopes: %2.")
                                .arg(clientTitle(client), c.missingScopes.join(u", "_s));
            else if (c.readOnly)
                c.message = tr("%1: connected, view only (no manage_orders scope: order actions are hidden).")
                                .arg(clientTitle(client));
            else
                c.message = tr("%1: connected, all required scopes granted.").arg(clientTitle(client));
        }
        m_checks.append(c);
        if (--m_pending == 0)
            Q_EMIT finished(m_checks);
    });
}

} // namespace commercedesk::app
