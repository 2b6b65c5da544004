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

/// One run's state: the token requests (their callbacks die with the run), the answers so far, and who
/// asked.
class ConnectionTester::Run final : public QObject
{
public:
    Run(QObject *parent, Done onDone)
        : QObject(parent)
        , done(std::move(onDone))
    {}

    Done done;
    std::vector<std::unique_ptr<api::OAuthTokenProvider>> providers;
    QList<ClientCheck> checks;
    int pending = 2;
    const QObject *receiver = nullptr;
    QMetaObject::Connection receiverGone;
};

ConnectionTester::ConnectionTester(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

ConnectionTester::~ConnectionTester() = default;

bool ConnectionTester::isRunning(const QObject *receiver) const
{
    return m_runs.contains(receiver);
}

void ConnectionTester::run(const ConnectionProfile &profile, const QString &storefrontSecret,
                           const QString &merchantSecret, QObject *receiver, Done done)
{
    if (Run *previous = m_runs.take(receiver)) { // replaced: its answers are dropped with it
        disconnect(previous->receiverGone);
        delete previous;
    }
    auto *run = new Run(this, std::move(done));
    run->receiver = receiver;
    run->receiverGone =
        connect(receiver, &QObject::destroyed, this, [this, receiver] { delete m_runs.take(receiver); });
    m_runs.insert(receiver, run);
    // No scope parameter: the auth server then grants every scope the client has, so the comparison
    // below can name each missing one instead of failing on the first.
    api::ConnectionConfig storefront = profile.storefrontConfig(storefrontSecret);
    storefront.scopes.clear();
    api::ConnectionConfig merchant = profile.merchantConfig(merchantSecret);
    merchant.scopes.clear();
    check(run, ConnectionProfile::StorefrontClient, storefront,
          ConnectionProfile::requiredStorefrontScopes());
    check(run, ConnectionProfile::MerchantClient, merchant, ConnectionProfile::requiredMerchantScopes());
}

void ConnectionTester::finish(Run *run)
{
    m_runs.remove(run->receiver);
    disconnect(run->receiverGone);
    const QList<ClientCheck> checks = run->checks;
    const Done done = std::move(run->done);
    run->deleteLater(); // its token provider is still on the stack
    done(checks);
    Q_EMIT finished(checks);
}

void ConnectionTester::check(Run *run, const QString &client, const api::ConnectionConfig &config,
                             const QStringList &required)
{
    auto provider = std::make_unique<api::OAuthTokenProvider>(
        m_network, config, api::OAuthTokenProvider::Grant::ClientCredentials);
    api::OAuthTokenProvider *raw = provider.get();
    run->providers.push_back(std::move(provider));
    raw->requestToken(run, [this, run, client, required](const api::Result<api::AccessToken> &result) {
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
        run->checks.append(c);
        if (--run->pending == 0)
            finish(run);
    });
}

} // namespace commercedesk::app
