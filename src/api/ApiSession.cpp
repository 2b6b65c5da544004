// SPDX-License-Identifier: MIT
#include "api/ApiSession.h"

#include "api/Transport.h"

namespace commercedesk::api {

ApiSession::ApiSession(QNetworkAccessManager *network, ConnectionConfig config,
                       OAuthTokenProvider::Grant grant, QObject *parent, OAuthTokenProvider::Clock clock)
    : QObject(parent)
    , m_tokens(new OAuthTokenProvider(network, config, grant, this, std::move(clock)))
    , m_transport(new Transport(network, std::move(config), m_tokens, this))
{}

ApiSession::~ApiSession() = default;

const ConnectionConfig &ApiSession::config() const
{
    return m_transport->config();
}

} // namespace commercedesk::api
