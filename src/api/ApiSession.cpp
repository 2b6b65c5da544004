// SPDX-License-Identifier: MIT
#include "api/ApiSession.h"

#include "api/Transport.h"

#include <QNetworkAccessManager>

namespace commercedesk::api {

ApiSession::ApiSession(ConnectionConfig config, OAuthTokenProvider::Grant grant, QObject *parent,
                       OAuthTokenProvider::Clock clock)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_tokens(new OAuthTokenProvider(m_network, config, grant, this, std::move(clock)))
    , m_transport(new Transport(m_network, std::move(config), m_tokens, this))
{}

ApiSession::~ApiSession() = default;

const ConnectionConfig &ApiSession::config() const
{
    return m_transport->config();
}

} // namespace commercedesk::api
