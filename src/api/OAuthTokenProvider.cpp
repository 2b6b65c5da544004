// SPDX-License-Identifier: MIT
#include "api/OAuthTokenProvider.h"

#include "api/Logging.h"
#include "api/NetworkReplies.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace commercedesk::api {

namespace {

constexpr int kTokenTimeoutMs = 20000;

QString grantName(OAuthTokenProvider::Grant grant)
{
    return grant == OAuthTokenProvider::Grant::ClientCredentials ? u"client_credentials"_s
                                                                 : u"anonymous session"_s;
}

QByteArray formEncoded(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[key, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

ApiError shapeError(const HttpResponse &response, const QString &what)
{
    ApiError error;
    error.kind = ApiError::Kind::UnexpectedShape;
    error.httpStatus = response.status;
    error.correlationId = response.correlationId;
    error.message = what;
    return error;
}

} // namespace

OAuthTokenProvider::OAuthTokenProvider(QNetworkAccessManager *network, ConnectionConfig config, Grant grant,
                                       QObject *parent, Clock clock)
    : TokenProvider(parent)
    , m_network(network)
    , m_config(std::move(config))
    , m_grant(grant)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{}

OAuthTokenProvider::~OAuthTokenProvider()
{
    if (m_inFlight)
        m_inFlight->abort();
}

void OAuthTokenProvider::requestToken(QObject *context, Handler handler)
{
    m_waiters.append({context, std::move(handler)});
    if (tokenIsFresh()) {
        // Deliver on the next event-loop turn so the contract "never synchronously" holds.
        QMetaObject::invokeMethod(
            this, [this] { deliver(*m_token); }, Qt::QueuedConnection);
        return;
    }
    if (!m_inFlight)
        fetch();
}

void OAuthTokenProvider::invalidate(const QString &tokenValue)
{
    if (m_token && m_token->value == tokenValue) {
        qCInfo(lcAuth) << "access token invalidated after the server refused it";
        // Keep the refresh token: only the access token is known to be bad.
        m_token->value.clear();
        m_token->expiresAt = {};
    }
}

bool OAuthTokenProvider::tokenIsFresh() const
{
    if (!m_token || m_token->value.isEmpty())
        return false;
    return m_clock().secsTo(m_token->expiresAt) > kRenewBeforeExpirySeconds;
}

void OAuthTokenProvider::fetch()
{
    if (const QStringList problems = m_config.problems(); !problems.isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::Configuration;
        error.message = problems.join(u' ');
        QMetaObject::invokeMethod(
            this, [this, error] { deliver(error); }, Qt::QueuedConnection);
        return;
    }
    const bool refresh = m_token && !m_token->refreshToken.isEmpty();
    QList<std::pair<QString, QString>> form;
    QUrl url;
    if (refresh) {
        url = m_config.authEndpoint(u"/oauth/token"_s);
        form = {{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, m_token->refreshToken}};
    } else {
        url = m_config.authEndpoint(m_grant == Grant::ClientCredentials
                                        ? u"/oauth/token"_s
                                        : u"/oauth/"_s + m_config.projectKey + u"/anonymous/token"_s);
        form = {{u"grant_type"_s, u"client_credentials"_s}};
        if (const QString scope = m_config.scopeParameter(); !scope.isEmpty())
            form.append({u"scope"_s, scope});
    }
    QNetworkRequest request(url);
    const QString correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray basic = (m_config.clientId + u':' + m_config.clientSecret).toUtf8().toBase64();
    request.setRawHeader("Authorization", "Basic " + basic);
    request.setRawHeader("X-Correlation-ID", correlationId.toLatin1());
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    request.setTransferTimeout(kTokenTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);

    qCInfo(lcAuth).noquote() << "requesting" << (refresh ? u"refresh"_s : grantName(m_grant)) << "token"
                             << u"correlation-id="_s + correlationId;
    QNetworkReply *reply = m_network->post(request, formEncoded(form));
    m_inFlight = reply;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, correlationId, refresh] { onReply(reply, correlationId, refresh); });
}

void OAuthTokenProvider::onReply(QNetworkReply *reply, const QString &correlationId, bool wasRefresh)
{
    reply->deleteLater();
    m_inFlight.clear();
    Result<HttpResponse> read = readReply(reply, correlationId);
    if (!read.ok()) {
        qCWarning(lcAuth).noquote() << "token request failed:" << read.error().diagnostic();
        deliver(read.error());
        return;
    }
    const HttpResponse &response = read.value();
    if (response.status != 200) {
        ApiError error = errorFromHttp(response);
        qCWarning(lcAuth).noquote() << "token request refused:" << error.diagnostic();
        if (wasRefresh && response.status >= 400 && response.status < 500) {
            // The refresh token is no longer valid: start a new session with the original grant.
            m_token.reset();
            fetch();
            return;
        }
        deliver(error);
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    const QString value = body.value("access_token"_L1).toString();
    const qint64 expiresIn = body.value("expires_in"_L1).toInteger(-1);
    if (value.isEmpty() || expiresIn <= 0) {
        deliver(shapeError(response, u"The token response has no access_token or expires_in."_s));
        return;
    }
    AccessToken token;
    token.value = value;
    token.expiresAt = m_clock().addSecs(expiresIn);
    token.scopes = body.value("scope"_L1).toString().split(u' ', Qt::SkipEmptyParts);
    // A refresh answer carries no new refresh token: keep the one we have.
    token.refreshToken = body.value("refresh_token"_L1).toString(m_token ? m_token->refreshToken : QString());
    m_token = token;
    Q_EMIT secretIssued(token.value);
    if (!token.refreshToken.isEmpty())
        Q_EMIT secretIssued(token.refreshToken);
    qCInfo(lcAuth) << "token granted, lifetime" << expiresIn << "s," << token.scopes.size() << "scopes";
    deliver(token);
}

void OAuthTokenProvider::deliver(const Result<AccessToken> &result)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (!waiter.context)
            continue;
        QMetaObject::invokeMethod(
            waiter.context, [handler = waiter.handler, result] { handler(result); }, Qt::QueuedConnection);
    }
}

} // namespace commercedesk::api
