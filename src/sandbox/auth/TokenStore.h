// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/Clock.h"
#include "sandbox/http/Principal.h"

#include <QStringList>

#include <memory>
#include <optional>

namespace commercedesk::sandbox {

class Database;

// What a token grants: the client, its wire-form scopes and the buyer identity (if any).
struct TokenGrant
{
    QString clientId;
    QStringList scopes;
    QString customerId;
    QString anonymousId;
};

struct IssuedToken
{
    QString accessToken;
    qint64 expiresIn = 0;
    QString refreshToken; // empty unless requested
};

// Issues and checks OAuth tokens. Tokens are 256 random bits (base64url); only their SHA-256 is
// stored (table oauth_tokens), so a copied database file does not leak live tokens. Expiry uses the
// injected clock. Same thread as its Database.
class TokenStore
{
public:
    TokenStore(Database &database, std::shared_ptr<const Clock> clock, qint64 accessSeconds,
               qint64 refreshSeconds);

    // Empty accessToken when the database refused the insert.
    IssuedToken issue(const TokenGrant &grant, bool withRefreshToken);
    // The principal of a known, unexpired access token.
    std::optional<Principal> authenticate(const QString &accessToken) const;
    // The grant behind a known, unexpired refresh token that belongs to `clientId`.
    std::optional<TokenGrant> refreshGrant(const QString &refreshToken, const QString &clientId) const;
    // Deletes `token` (access or refresh) when it belongs to `clientId`; false when there was none.
    bool revoke(const QString &token, const QString &clientId);
    // Deletes expired tokens; returns how many.
    int purgeExpired();

private:
    QString store(const QString &kind, const TokenGrant &grant, qint64 lifetimeSeconds);
    std::optional<TokenGrant> lookup(const QString &kind, const QString &token) const;

    Database &m_database;
    std::shared_ptr<const Clock> m_clock;
    qint64 m_accessSeconds;
    qint64 m_refreshSeconds;
};

} // namespace commercedesk::sandbox
