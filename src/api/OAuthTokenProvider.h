// SPDX-License-Identifier: MIT
#pragma once

#include "api/ConnectionConfig.h"
#include "api/TokenProvider.h"

#include <QPointer>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace commercedesk::api {

/// Fetches tokens from the commercetools auth server with HTTP Basic client authentication.
/// Grants: client credentials (`/oauth/token`) and anonymous sessions
/// (`/oauth/{projectKey}/anonymous/token`). When a token came with a refresh token, renewal uses
/// `grant_type=refresh_token` first and falls back to the original grant if the refresh token is refused.
/// Thread: lives and delivers in its own thread.
class OAuthTokenProvider final : public TokenProvider
{
    Q_OBJECT

public:
    enum class Grant { ClientCredentials, AnonymousSession };
    using Clock = std::function<QDateTime()>;

    /// `network` must outlive this object. `clock` defaults to the system UTC clock.
    OAuthTokenProvider(QNetworkAccessManager *network, ConnectionConfig config, Grant grant,
                       QObject *parent = nullptr, Clock clock = {});
    ~OAuthTokenProvider() override;

    void requestToken(QObject *context, Handler handler) override;
    void invalidate(const QString &tokenValue) override;

    /// The cached token, if any (for tests and for persisting the refresh token).
    std::optional<AccessToken> cachedToken() const { return m_token; }

    /// A token younger than this fraction of its lifetime (and at most 5 minutes) before expiry is renewed.
    static constexpr int kRenewBeforeExpirySeconds = 300;

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Handler handler;
    };

    bool tokenIsFresh() const;
    void fetch();
    void onReply(QNetworkReply *reply, const QString &correlationId, bool wasRefresh);
    void deliver(const Result<AccessToken> &result);

    QNetworkAccessManager *m_network;
    ConnectionConfig m_config;
    Grant m_grant;
    Clock m_clock;
    std::optional<AccessToken> m_token;
    QPointer<QNetworkReply> m_inFlight;
    QList<Waiter> m_waiters;
};

} // namespace commercedesk::api
