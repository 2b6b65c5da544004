// SPDX-License-Identifier: MIT
#include "sandbox/auth/OAuthEndpoints.h"

#include "sandbox/auth/PasswordHasher.h"
#include "sandbox/auth/SignInThrottle.h"
#include "sandbox/auth/TokenStore.h"
#include "sandbox/storage/Database.h"
#include "sandbox/storage/JsonValues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

HttpResponse invalidClient()
{
    HttpResponse r = HttpResponse::authError(
        401, u"invalid_client"_s,
        u"Please provide valid client credentials using HTTP Basic Authentication."_s);
    r.addHeader("WWW-Authenticate", "Basic realm=\"commercetools\"");
    return r;
}

HttpResponse invalidRequest(const QString &message)
{
    return HttpResponse::authError(400, u"invalid_request"_s, message);
}

HttpResponse unsupportedGrant(const QString &grant)
{
    return HttpResponse::authError(400, u"unsupported_grant_type"_s,
                                   grant.isEmpty() ? u"The grant_type parameter is missing."_s
                                                   : u"Grant type '%1' is not supported here."_s.arg(grant));
}

HttpResponse tooManyAttempts(qint64 retryAfterSeconds)
{
    HttpResponse r = HttpResponse::authError(
        429, u"too_many_requests"_s,
        u"Too many failed sign-in attempts; try again in %1 s."_s.arg(retryAfterSeconds));
    r.addHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return r;
}

RouteOptions tokenRoute()
{
    RouteOptions o;
    o.body = RouteOptions::Body::Form;
    o.writes = true;
    return o;
}

} // namespace

OAuthEndpoints::OAuthEndpoints(Database &database, TokenStore &tokens, SignInThrottle &throttle,
                               QString projectKey)
    : m_database(database)
    , m_tokens(tokens)
    , m_throttle(throttle)
    , m_projectKey(std::move(projectKey))
{}

void OAuthEndpoints::registerRoutes(Router &router)
{
    router.add(
        HttpMethod::Post, u"/oauth/token"_s, [this](RequestContext &ctx) { return clientToken(ctx); },
        tokenRoute());
    router.add(
        HttpMethod::Post, u"/oauth/{projectKey}/anonymous/token"_s,
        [this](RequestContext &ctx) { return anonymousToken(ctx); }, tokenRoute());
    router.add(
        HttpMethod::Post, u"/oauth/{projectKey}/customers/token"_s,
        [this](RequestContext &ctx) { return customerToken(ctx); }, tokenRoute());
    router.add(
        HttpMethod::Post, u"/oauth/token/revoke"_s, [this](RequestContext &ctx) { return revoke(ctx); },
        tokenRoute());
}

HttpResponse OAuthEndpoints::revoke(RequestContext &ctx)
{
    const auto client = authenticateClient(ctx);
    if (!client)
        return invalidClient();
    const QString token = param(ctx, u"token"_s);
    if (token.isEmpty())
        return invalidRequest(u"The token parameter is missing."_s);
    const QString hint = param(ctx, u"token_type_hint"_s);
    if (!hint.isEmpty() && hint != u"access_token"_s && hint != u"refresh_token"_s)
        return HttpResponse::authError(400, u"unsupported_token_type"_s,
                                       u"token_type_hint must be access_token or refresh_token."_s);
    m_tokens.revoke(token, client->id);
    HttpResponse r = HttpResponse::json(QJsonObject());
    r.addHeader("Cache-Control", "no-store");
    return r;
}

bool OAuthEndpoints::anonymousIdUsed(const QString &anonymousId) const
{
    for (const QString &table : {u"oauth_tokens"_s, u"carts"_s, u"orders"_s, u"payments"_s}) {
        if (m_database
                .scalar(u"SELECT 1 FROM "_s % table % u" WHERE anonymous_id = ? LIMIT 1"_s, {anonymousId})
                .isValid())
            return true;
    }
    return false;
}

QString OAuthEndpoints::param(const RequestContext &ctx, const QString &name)
{
    // Body first (what the SDKs send), then the query string (what the RAML also allows).
    for (const auto &item : ctx.form) {
        if (item.first == name)
            return item.second;
    }
    return ctx.queryValue(name);
}

std::optional<OAuthEndpoints::Client> OAuthEndpoints::authenticateClient(const RequestContext &ctx) const
{
    const QByteArray auth = ctx.header("Authorization").trimmed();
    if (auth.size() < 7 || auth.left(6).toLower() != "basic ")
        return std::nullopt;
    const QByteArray decoded = QByteArray::fromBase64(auth.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon <= 0)
        return std::nullopt;
    const QString id = QString::fromUtf8(decoded.left(colon));
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT secret, scopes FROM api_clients WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    if (!constantTimeEquals(q.value(0).toString().toUtf8(), decoded.mid(colon + 1)))
        return std::nullopt;
    return Client{id, q.value(1).toString().split(u' ', Qt::SkipEmptyParts)};
}

QStringList OAuthEndpoints::resolveScopes(const RequestContext &ctx, const Client &client,
                                          QString *denied) const
{
    const QStringList requested = param(ctx, u"scope"_s).split(u' ', Qt::SkipEmptyParts);
    QStringList granted;
    if (requested.isEmpty()) {
        for (const QString &name : client.scopes)
            granted.append(name % u':' % m_projectKey);
        return granted;
    }
    const bool admin = client.scopes.contains(u"manage_project"_s);
    for (const QString &scope : requested) {
        const QStringList parts = scope.split(u':');
        const bool fits = parts.size() == 2 && parts.at(1) == m_projectKey &&
                          (admin || client.scopes.contains(parts.at(0)));
        if (!fits) {
            *denied = scope;
            return {};
        }
        if (!granted.contains(scope))
            granted.append(scope);
    }
    return granted;
}

HttpResponse OAuthEndpoints::tokenResponse(const TokenGrant &grant, bool withRefresh)
{
    const IssuedToken issued = m_tokens.issue(grant, withRefresh);
    if (issued.accessToken.isEmpty())
        return HttpResponse::error(500, u"General"_s, u"Could not store the token."_s);
    QJsonObject body{{u"access_token"_s, issued.accessToken},
                     {u"token_type"_s, u"Bearer"_s},
                     {u"expires_in"_s, issued.expiresIn},
                     {u"scope"_s, grant.scopes.join(u' ')}};
    if (!issued.refreshToken.isEmpty())
        body.insert(u"refresh_token"_s, issued.refreshToken);
    HttpResponse r = HttpResponse::json(body);
    r.addHeader("Cache-Control", "no-store");
    return r;
}

HttpResponse OAuthEndpoints::clientToken(RequestContext &ctx)
{
    const auto client = authenticateClient(ctx);
    if (!client)
        return invalidClient();
    const QString grantType = param(ctx, u"grant_type"_s);
    if (grantType == u"refresh_token"_s)
        return refresh(ctx, *client);
    if (grantType != u"client_credentials"_s)
        return unsupportedGrant(grantType);
    QString denied;
    const QStringList scopes = resolveScopes(ctx, *client, &denied);
    if (!denied.isEmpty())
        return HttpResponse::authError(400, u"invalid_scope"_s,
                                       u"Scope '%1' is not allowed for this client."_s.arg(denied));
    return tokenResponse(TokenGrant{client->id, scopes, {}, {}}, false);
}

HttpResponse OAuthEndpoints::refresh(RequestContext &ctx, const Client &client)
{
    const QString token = param(ctx, u"refresh_token"_s);
    if (token.isEmpty())
        return invalidRequest(u"The refresh_token parameter is missing."_s);
    const auto grant = m_tokens.refreshGrant(token, client.id);
    if (!grant)
        return HttpResponse::authError(400, u"invalid_grant"_s,
                                       u"The refresh token was not found. It may have expired."_s);
    return tokenResponse(*grant, false);
}

HttpResponse OAuthEndpoints::anonymousToken(RequestContext &ctx)
{
    const auto client = authenticateClient(ctx);
    if (!client)
        return invalidClient();
    const QString grantType = param(ctx, u"grant_type"_s);
    if (grantType != u"client_credentials"_s)
        return unsupportedGrant(grantType);
    if (!client->scopes.contains(u"create_anonymous_token"_s) &&
        !client->scopes.contains(u"manage_project"_s)) {
        return HttpResponse::authError(400, u"invalid_scope"_s,
                                       u"The client needs the create_anonymous_token scope."_s);
    }
    QString denied;
    QStringList scopes = resolveScopes(ctx, *client, &denied);
    if (!denied.isEmpty())
        return HttpResponse::authError(400, u"invalid_scope"_s,
                                       u"Scope '%1' is not allowed for this client."_s.arg(denied));
    QString anonymousId = param(ctx, u"anonymous_id"_s);
    if (anonymousId.isEmpty())
        anonymousId = JsonValues::randomId();
    else if (anonymousId.size() > 256)
        return invalidRequest(u"The anonymous_id is too long."_s);
    else if (anonymousIdUsed(anonymousId))
        return invalidRequest(u"The anonymous_id is already in use."_s);
    scopes.append(u"anonymous_id:"_s % anonymousId);
    return tokenResponse(TokenGrant{client->id, scopes, {}, anonymousId}, true);
}

HttpResponse OAuthEndpoints::customerToken(RequestContext &ctx)
{
    const auto client = authenticateClient(ctx);
    if (!client)
        return invalidClient();
    const QString grantType = param(ctx, u"grant_type"_s);
    if (grantType != u"password"_s)
        return unsupportedGrant(grantType);
    const QString email = param(ctx, u"username"_s).trimmed().toLower();
    const QString password = param(ctx, u"password"_s);
    if (email.isEmpty() || password.isEmpty())
        return invalidRequest(u"The username and password parameters are required."_s);
    QString denied;
    QStringList scopes = resolveScopes(ctx, *client, &denied);
    if (!denied.isEmpty())
        return HttpResponse::authError(400, u"invalid_scope"_s,
                                       u"Scope '%1' is not allowed for this client."_s.arg(denied));
    if (const auto wait = m_throttle.blocked(client->id, email))
        return tooManyAttempts(*wait);
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT id, password_hash FROM customers WHERE email = ?"_s);
    q.addBindValue(email);
    const bool found = q.exec() && q.next();
    // Verify against a dummy hash for unknown e-mails so timing does not reveal which accounts exist.
    static const QString dummy = PasswordHasher::hash(u"unused"_s, PasswordHasher::MinimumIterations);
    const bool valid = PasswordHasher::verify(password, found ? q.value(1).toString() : dummy) && found;
    if (!valid) {
        m_throttle.recordFailure(client->id, email);
        return HttpResponse::authError(400, u"invalid_customer_account_credentials"_s,
                                       u"Customer account with the given credentials not found."_s);
    }
    const QString customerId = q.value(0).toString();
    scopes.append(u"customer_id:"_s % customerId);
    return tokenResponse(TokenGrant{client->id, scopes, customerId, {}}, true);
}

} // namespace commercedesk::sandbox
