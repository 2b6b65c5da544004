// SPDX-License-Identifier: MIT
#include "api/OAuthTokenProvider.h"

#include "api/Logging.h"
#include "api/OAuthRequests.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace commercedesk::api {

namespace {

QString newCorrelationId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

ApiError configurationError(const QStringList &problems)
{
    ApiError error;
    error.kind = ApiError::Kind::Configuration;
    error.message = problems.join(u' ');
    return error;
}

} // namespace

OAuthTokenProvider::OAuthTokenProvider(QNetworkAccessManager *network, ConnectionConfig config, Grant grant,
                                       QObject *parent, Clock clock)
    : CachingTokenProvider(std::move(clock), kRenewBeforeExpirySeconds, parent)
    , m_network(network)
    , m_config(std::move(config))
    , m_grant(grant)
{}

OAuthTokenProvider::~OAuthTokenProvider() = default;

QString OAuthTokenProvider::customerId() const
{
    return tokenScopeValue(u"customer_id");
}

QString OAuthTokenProvider::anonymousId() const
{
    return tokenScopeValue(u"anonymous_id");
}

void OAuthTokenProvider::fetchToken()
{
    const bool refresh = token() && !token()->refreshToken.isEmpty();
    const TokenForm form = refresh ? refreshForm(m_config, token()->refreshToken)
                                   : clientCredentialsForm(m_config, m_grant == Grant::AnonymousSession);
    const QString correlationId = newCorrelationId();
    qCInfo(lcAuth).noquote() << "requesting" << form.label << "token" << u"correlation-id="_s + correlationId;
    QNetworkReply *reply = postTokenForm(m_network, m_config, form, correlationId);
    setInFlight(reply);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, correlationId, refresh, generation = generation()] {
                onFetched(reply, correlationId, refresh, generation);
            });
}

void OAuthTokenProvider::onFetched(QNetworkReply *reply, const QString &correlationId, bool wasRefresh,
                                   int generation)
{
    reply->deleteLater();
    if (!finishFetch(generation))
        return; // superseded by signIn/signOut, which serve the waiters
    const Result<AccessToken> result =
        readTokenReply(reply, correlationId, now(), token() ? token()->refreshToken : QString());
    if (!result.ok()) {
        const ApiError &error = result.error();
        qCWarning(lcAuth).noquote() << "token request failed:" << error.diagnostic();
        if (wasRefresh && error.httpStatus >= 400 && error.httpStatus < 500) {
            onRefreshRefused(error);
            return;
        }
        deliver(error);
        return;
    }
    adopt(result.value());
    qCInfo(lcAuth) << "token granted, lifetime" << token()->issuedAt.secsTo(token()->expiresAt) << "s,"
                   << token()->scopes.size() << "scopes";
    deliver(*token());
}

void OAuthTokenProvider::onRefreshRefused(const ApiError &error)
{
    const bool wasCustomer = !customerId().isEmpty();
    forgetToken();
    clearStoredToken();
    if (wasCustomer) {
        // Never continue a customer's requests under another identity: fail them, end the session.
        qCInfo(lcAuth) << "the customer session ended: its refresh token was refused";
        Q_EMIT sessionChanged();
        deliver(error);
        return;
    }
    fetch(); // an anonymous or client session simply starts anew
}

void OAuthTokenProvider::signIn(const QString &email, const QString &password, QObject *context,
                                Handler handler)
{
    QPointer<QObject> target(context);
    if (const QStringList problems = m_config.problems(); !problems.isEmpty()) {
        QMetaObject::invokeMethod(
            context, [handler, error = configurationError(problems)] { handler(error); },
            Qt::QueuedConnection);
        return;
    }
    const TokenForm form = passwordForm(m_config, email, password, anonymousId());
    const QString correlationId = newCorrelationId();
    qCInfo(lcAuth).noquote() << "requesting" << form.label << "token"
                             << (anonymousId().isEmpty() ? "" : "with anonymous-session handover")
                             << u"correlation-id="_s + correlationId;
    QNetworkReply *reply = postTokenForm(m_network, m_config, form, correlationId);
    connect(reply, &QNetworkReply::finished, this, [this, reply, correlationId, target, handler] {
        onSignedIn(reply, correlationId, target, handler);
    });
}

void OAuthTokenProvider::onSignedIn(QNetworkReply *reply, const QString &correlationId,
                                    QPointer<QObject> context, const Handler &handler)
{
    reply->deleteLater();
    const Result<AccessToken> result = readTokenReply(reply, correlationId, now(), {});
    if (result.ok()) {
        supersede();
        adopt(result.value());
        qCInfo(lcAuth) << "customer signed in, token lifetime" << token()->issuedAt.secsTo(token()->expiresAt)
                       << "s";
        Q_EMIT sessionChanged();
        if (hasWaiters())
            deliver(*token());
    } else {
        qCWarning(lcAuth).noquote() << "sign-in failed:" << result.error().diagnostic();
    }
    if (context && handler) {
        QMetaObject::invokeMethod(
            context.data(), [handler, result] { handler(result); }, Qt::QueuedConnection);
    }
}

void OAuthTokenProvider::signOut(QObject *context, SignOutHandler handler)
{
    supersede();
    const bool wasCustomer = !customerId().isEmpty();
    forgetToken();
    clearStoredToken(context, handler);
    qCInfo(lcAuth) << "signed out";
    if (wasCustomer)
        Q_EMIT sessionChanged();
    if (hasWaiters())
        fetch();
}

} // namespace commercedesk::api
