// SPDX-License-Identifier: MIT
#include "checkout/OrchestratorTokenProvider.h"

#include "api/Logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace commercedesk::checkout {

namespace {

QString newCorrelationId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

OrchestratorTokenProvider::OrchestratorTokenProvider(QNetworkAccessManager *network,
                                                     api::ConnectionConfig config, QObject *parent,
                                                     Clock clock)
    : CachingTokenProvider(std::move(clock), kRenewBeforeExpirySeconds, parent)
    , m_network(network)
    , m_config(std::move(config))
{}

OrchestratorTokenProvider::~OrchestratorTokenProvider() = default;

QString OrchestratorTokenProvider::sessionId() const
{
    return tokenScopeValue(u"session_id");
}

QString OrchestratorTokenProvider::customerId() const
{
    return tokenScopeValue(u"customer_id");
}

QString OrchestratorTokenProvider::anonymousId() const
{
    return tokenScopeValue(u"anonymous_id");
}

void OrchestratorTokenProvider::fetchToken()
{
    const bool refresh = token() && !token()->refreshToken.isEmpty();
    const QString correlationId = newCorrelationId();
    qCInfo(api::lcAuth).noquote() << "requesting" << (refresh ? "a session refresh" : "an anonymous session")
                                  << u"correlation-id="_s + correlationId;
    QNetworkReply *reply =
        refresh
            ? postToOrchestrator(m_network, m_config.apiUrl, u"/v1/sessions/refresh"_s,
                                 QJsonObject{{u"refreshToken"_s, token()->refreshToken}}, {}, correlationId)
            : postToOrchestrator(m_network, m_config.apiUrl, u"/v1/sessions/anonymous"_s, {}, {},
                                 correlationId);
    setInFlight(reply);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, correlationId, refresh, generation = generation()] {
                onFetched(reply, correlationId, refresh, generation);
            });
}

void OrchestratorTokenProvider::onFetched(QNetworkReply *reply, const QString &correlationId, bool wasRefresh,
                                          int generation)
{
    reply->deleteLater();
    if (!finishFetch(generation))
        return; // superseded by a sign-in or sign-out, which serve the waiters
    const api::Result<OrchestratorSession> result = readSessionReply(reply, correlationId, now());
    if (!result.ok()) {
        const api::ApiError &error = result.error();
        qCWarning(api::lcAuth).noquote() << "session request failed:" << error.diagnostic();
        if (wasRefresh && error.httpStatus >= 400 && error.httpStatus < 500 && error.httpStatus != 429) {
            onRefreshRefused(error);
            return;
        }
        deliver(error);
        return;
    }
    adopt(result.value().token);
    deliver(*token());
}

void OrchestratorTokenProvider::onRefreshRefused(const api::ApiError &error)
{
    // A refresh token kept from an earlier run (no ids known yet) ends silently, as BuyerAccount::resume()
    // expects: there was nothing to lose.
    const bool wasCustomer = !customerId().isEmpty();
    forgetToken();
    clearStoredToken();
    if (wasCustomer) {
        // A kept or signed-in customer session: never continue its requests under another identity.
        qCInfo(api::lcAuth) << "the customer session ended: the orchestrator refused its refresh token";
        Q_EMIT sessionChanged();
        Q_EMIT sessionEnded(error);
        deliver(error);
        return;
    }
    fetch(); // an anonymous session simply starts anew
}

void OrchestratorTokenProvider::signIn(const QString &email, const QString &password, QObject *context,
                                       SessionHandler handler)
{
    const QJsonObject body{{u"email"_s, email}, {u"password"_s, password}};
    QPointer<QObject> target(context);
    // A fresh anonymous token first, so that its cart is handed over (an expired one would be refused).
    requestToken(this, [this, body, target, handler](const api::Result<api::AccessToken> &token) {
        const QString bearer = token.ok() && customerId().isEmpty() ? token.value().value : QString();
        sendSignIn(u"/v1/sessions/sign-in"_s, body, bearer, target, handler);
    });
}

void OrchestratorTokenProvider::signUp(const QString &email, const QString &password,
                                       const QString &firstName, const QString &lastName, QObject *context,
                                       SessionHandler handler)
{
    QJsonObject body{{u"email"_s, email}, {u"password"_s, password}};
    if (!firstName.isEmpty())
        body.insert(u"firstName"_s, firstName);
    if (!lastName.isEmpty())
        body.insert(u"lastName"_s, lastName);
    QPointer<QObject> target(context);
    requestToken(this, [this, body, target, handler](const api::Result<api::AccessToken> &token) {
        const QString bearer = token.ok() && customerId().isEmpty() ? token.value().value : QString();
        sendSignIn(u"/v1/sessions/sign-up"_s, body, bearer, target, handler);
    });
}

void OrchestratorTokenProvider::sendSignIn(const QString &path, const QJsonObject &body,
                                           const QString &bearer, QPointer<QObject> context,
                                           const SessionHandler &handler)
{
    const QString correlationId = newCorrelationId();
    qCInfo(api::lcAuth).noquote() << "requesting" << path << (bearer.isEmpty() ? "" : "with cart hand-over")
                                  << u"correlation-id="_s + correlationId;
    QNetworkReply *reply = postToOrchestrator(m_network, m_config.apiUrl, path, body, bearer, correlationId);
    connect(reply, &QNetworkReply::finished, this, [this, reply, correlationId, context, handler] {
        reply->deleteLater();
        const api::Result<OrchestratorSession> result = readSessionReply(reply, correlationId, now());
        if (result.ok()) {
            supersede();
            adopt(result.value().token);
            qCInfo(api::lcAuth) << "customer signed in at the orchestrator";
            Q_EMIT sessionChanged();
            if (hasWaiters())
                deliver(*token());
        } else {
            qCWarning(api::lcAuth).noquote() << "sign-in failed:" << result.error().diagnostic();
        }
        if (context && handler)
            QMetaObject::invokeMethod(
                context.data(), [handler, result] { handler(result); }, Qt::QueuedConnection);
    });
}

void OrchestratorTokenProvider::signOut(QObject *context, SignOutHandler handler)
{
    supersede();
    const bool wasCustomer = !customerId().isEmpty();
    const QString accessToken = tokenIsFresh() ? token()->value : QString();
    forgetToken();
    clearStoredToken();
    QPointer<QObject> target(context);
    auto finish = [target, handler](const std::optional<api::ApiError> &error) {
        if (target && handler)
            QMetaObject::invokeMethod(
                target.data(), [handler, error] { handler(error); }, Qt::QueuedConnection);
    };
    if (accessToken.isEmpty()) {
        finish(std::nullopt); // nothing usable to revoke with: the orchestrator refuses it already
    } else {
        const QString correlationId = newCorrelationId();
        QNetworkReply *reply = postToOrchestrator(m_network, m_config.apiUrl, u"/v1/sessions/sign-out"_s, {},
                                                  accessToken, correlationId);
        connect(reply, &QNetworkReply::finished, this, [reply, correlationId, finish] {
            reply->deleteLater();
            const std::optional<api::ApiError> error = readPlainReply(reply, correlationId);
            if (error)
                qCWarning(api::lcAuth).noquote() << "sign-out not recorded:" << error->diagnostic();
            finish(error);
        });
    }
    qCInfo(api::lcAuth) << "signed out of the orchestrator session";
    if (wasCustomer)
        Q_EMIT sessionChanged();
    if (hasWaiters())
        fetch();
}

} // namespace commercedesk::checkout
