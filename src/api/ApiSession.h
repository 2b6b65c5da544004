// SPDX-License-Identifier: MIT
#pragma once

#include "api/ConnectionConfig.h"
#include "api/OAuthTokenProvider.h"

#include <QObject>

class QNetworkAccessManager;

namespace commercedesk::api {

class RefreshTokenStore;
class Transport;

/// Everything one API client identity needs, built together by the composition root on its network access
/// manager (`network`, not owned, must outlive the session): the token provider for `grant` and the
/// transport. Owns those two; destroying the session cancels
/// nothing by itself — jobs in flight finish with a network error when the manager goes away, so callers
/// cancel their jobs first. `clock` (default: system UTC) decides token renewal. Thread: one thread.
class ApiSession final : public QObject
{
    Q_OBJECT

public:
    ApiSession(QNetworkAccessManager *network, ConnectionConfig config, OAuthTokenProvider::Grant grant,
               QObject *parent = nullptr, OAuthTokenProvider::Clock clock = {});
    ~ApiSession() override;

    const ConnectionConfig &config() const;
    Transport *transport() const { return m_transport; }
    TokenProvider *tokens() const { return m_tokens; }
    /// The same provider, for sign-in/sign-out (password flow) and the refresh-token store.
    OAuthTokenProvider *auth() const { return m_tokens; }
    /// Keeps the session's refresh token in `store` (not owned; must outlive the session). Call before the
    /// first request.
    void setRefreshTokenStore(RefreshTokenStore *store) { m_tokens->setRefreshTokenStore(store); }

private:
    OAuthTokenProvider *m_tokens;
    Transport *m_transport;
};

} // namespace commercedesk::api
