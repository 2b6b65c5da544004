// SPDX-License-Identifier: MIT
#pragma once

#include "api/CachingTokenProvider.h"
#include "api/ConnectionConfig.h"

#include <QPointer>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace commercedesk::api {

class RefreshTokenStore;

/// Fetches tokens from the commercetools auth server with HTTP Basic client authentication.
/// - Base grant: client credentials (`/oauth/token`) or an anonymous session
///   (`/oauth/{projectKey}/anonymous/token`).
/// - Password flow: signIn() (`/oauth/{projectKey}/customers/token`) turns the session into a customer
///   session, handing the current anonymous id over; signOut() returns to the base grant.
/// - Renewal: a cached token is handed out until renewalMarginSeconds() before it expires. A session with a
///   refresh token renews with `grant_type=refresh_token`; when the auth server refuses the refresh token,
///   an anonymous/client session silently starts a new base session, while a customer session fails the
///   waiting requests with that error, ends (sessionChanged) and falls back to the base grant afterwards.
/// - Refresh tokens (with setRefreshTokenStore): loaded once before the first token request, saved whenever
///   a new one is issued, cleared on signOut() and when refused.
/// The cache, waiters, renewal timing and refresh-token store are CachingTokenProvider's. Secrets (tokens,
/// password) are never logged. Thread: lives and delivers in its own thread.
class OAuthTokenProvider final : public CachingTokenProvider
{
    Q_OBJECT

public:
    enum class Grant { ClientCredentials, AnonymousSession };
    using SignOutHandler = std::function<void(bool stored, const QString &error)>;

    /// `network` must outlive this object. `clock` defaults to the system UTC clock.
    OAuthTokenProvider(QNetworkAccessManager *network, ConnectionConfig config, Grant grant,
                       QObject *parent = nullptr, Clock clock = {});
    ~OAuthTokenProvider() override;

    /// Password flow. `handler` gets the customer token or the ApiError (a wrong password is HTTP 400
    /// `invalid_customer_account_credentials`); it runs exactly once, queued, unless `context` is gone. On
    /// success the customer token replaces the session's token for every later request and sessionChanged()
    /// fires. The password is sent once and not kept.
    void signIn(const QString &email, const QString &password, QObject *context, Handler handler);
    /// Forgets the session (access and refresh token, also in the store) and returns to the base grant; the
    /// next request starts a new base session. `handler(stored, error)` reports whether the stored refresh
    /// token was cleared (true without a store); queued, unless `context` is gone.
    void signOut(QObject *context, SignOutHandler handler);

    /// The signed-in customer's id (from the token's `customer_id:` scope), or empty.
    QString customerId() const;
    /// The anonymous session's id (from the token's `anonymous_id:` scope), or empty.
    QString anonymousId() const;

    /// Renewal starts this long before expiry: a fifth of the lifetime, at most kRenewBeforeExpirySeconds.
    static qint64 renewalMarginSeconds(qint64 lifetimeSeconds)
    {
        return renewalMargin(lifetimeSeconds, kRenewBeforeExpirySeconds);
    }
    static constexpr int kRenewBeforeExpirySeconds = 300;

Q_SIGNALS:
    /// The session's identity changed: a customer signed in or out, or a customer session ended because its
    /// refresh token was refused.
    void sessionChanged();

private:
    QStringList configurationProblems() const override { return m_config.problems(); }
    void fetchToken() override;
    void onFetched(QNetworkReply *reply, const QString &correlationId, bool wasRefresh, int generation);
    void onRefreshRefused(const ApiError &error);
    void onSignedIn(QNetworkReply *reply, const QString &correlationId, QPointer<QObject> context,
                    const Handler &handler);

    QNetworkAccessManager *m_network;
    ConnectionConfig m_config;
    Grant m_grant;
};

} // namespace commercedesk::api
