// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/http/Router.h"

#include <optional>

namespace commercedesk::sandbox {

class Database;
class SignInThrottle;
class TokenStore;
struct TokenGrant;

// The OAuth 2.0 token endpoints (oauth.raml), all with HTTP Basic client auth and
// form-encoded parameters (body or query):
//   POST /oauth/token                          client_credentials | refresh_token
//   POST /oauth/{projectKey}/anonymous/token   client_credentials (needs create_anonymous_token)
//   POST /oauth/{projectKey}/customers/token   password (failures limited by SignInThrottle → 429)
//   POST /oauth/token/revoke                   token, token_type_hint? (access_token | refresh_token)
// Errors use the AuthErrorResponse shape: invalid_client (401), invalid_scope, invalid_request,
// unsupported_grant_type, invalid_grant, invalid_customer_account_credentials (400), too_many_requests
// (429 with Retry-After).
// An anonymous_id is single-use: one that a token, cart, order or payment already carries is refused
// (400 invalid_request), so nobody can join another anonymous session by naming its id.
// Revocation (RFC 7009 as commercedesk docs/security.md describes): the client's own token stops working
// at once; an unknown token or one of another client is answered 200 as well (nothing is revealed).
// The referenced Database, TokenStore and SignInThrottle must outlive the routes (same thread).
class OAuthEndpoints
{
public:
    OAuthEndpoints(Database &database, TokenStore &tokens, SignInThrottle &throttle, QString projectKey);
    void registerRoutes(Router &router);

private:
    struct Client
    {
        QString id;
        QStringList scopes; // bare names
    };

    HttpResponse clientToken(RequestContext &ctx);
    HttpResponse anonymousToken(RequestContext &ctx);
    HttpResponse customerToken(RequestContext &ctx);
    HttpResponse refresh(RequestContext &ctx, const Client &client);
    HttpResponse revoke(RequestContext &ctx);
    bool anonymousIdUsed(const QString &anonymousId) const;

    std::optional<Client> authenticateClient(const RequestContext &ctx) const;
    // Resolves the requested `scope` parameter against the client's grants (wire form), or sets *denied.
    QStringList resolveScopes(const RequestContext &ctx, const Client &client, QString *denied) const;
    HttpResponse tokenResponse(const TokenGrant &grant, bool withRefresh);
    static QString param(const RequestContext &ctx, const QString &name);

    Database &m_database;
    TokenStore &m_tokens;
    SignInThrottle &m_throttle;
    QString m_projectKey;
};

} // namespace commercedesk::sandbox
