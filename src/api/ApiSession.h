// SPDX-License-Identifier: MIT
#pragma once

#include "api/ConnectionConfig.h"
#include "api/OAuthTokenProvider.h"

#include <QObject>

class QNetworkAccessManager;

namespace commercedesk::api {

class Transport;

/// Everything one API client identity needs, built together by the composition root: the network access
/// manager, the token provider for `grant`, and the transport. Owns them; destroying the session cancels
/// nothing by itself — jobs in flight finish with a network error when the manager goes away, so callers
/// cancel their jobs first. Thread: one thread.
class ApiSession final : public QObject
{
    Q_OBJECT

public:
    ApiSession(ConnectionConfig config, OAuthTokenProvider::Grant grant, QObject *parent = nullptr);
    ~ApiSession() override;

    const ConnectionConfig &config() const;
    Transport *transport() const { return m_transport; }
    TokenProvider *tokens() const { return m_tokens; }

private:
    QNetworkAccessManager *m_network;
    OAuthTokenProvider *m_tokens;
    Transport *m_transport;
};

} // namespace commercedesk::api
