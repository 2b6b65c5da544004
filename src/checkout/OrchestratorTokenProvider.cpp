// SPDX-License-Identifier: MIT
#include "checkout/OrchestratorTokenProvider.h"

#include "api/Logging.h"
#include "api/RefreshTokenStore.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace commercedesk::checkout {

namespace {

QString newCorrelationId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString scopeValue(const std::optional<api::AccessToken> &token, QStringView prefix)
{
    if (!token)
        return {};
    for (const QString &scope : token->scopes) {
        if (scope.size() > prefix.size() && scope.startsWith(prefix) && scope.at(prefix.size()) == u':')
            return scope.mid(prefix.size() + 1);
    }
    return {};
}

api::ApiError configurationError(const QStringList &problems)
{
    api::ApiError error;
    error.kind = api::ApiError::Kind::Configuration;
    error.message = problems.join(u' ');
    return error;
}

} // namespace

OrchestratorTokenProvider::OrchestratorTokenProvider(QNetworkAccessManager *network,
                                                     api::ConnectionConfig config, QObject *parent,
                                                     Clock clock)
    : TokenProvider(parent)
    , m_network(network)
    , m_config(std::move(config))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{}

OrchestratorTokenProvider::~OrchestratorTokenProvider()
{
    ++m_generation;
    if (m_inFlight)
        m_inFlight->abort();
}

void OrchestratorTokenProvider::setRefreshTokenStore(api::RefreshTokenStore *store)
{
    m_store = store;
    m_storeState = store ? StoreState::Unloaded : StoreState::None;
}

qint64 OrchestratorTokenProvider::renewalMarginSeconds(qint64 lifetimeSeconds)
{
    return std::min<qint64>(kRenewBeforeExpirySeconds, lifetimeSeconds / 5);
}

QString OrchestratorTokenProvider::sessionId() const
{
    return scopeValue(m_token, u"session_id");
}

QString OrchestratorTokenProvider::customerId() const
{
    return scopeValue(m_token, u"customer_id");
}

QString OrchestratorTokenProvider::anonymousId() const
{
    return scopeValue(m_token, u"anonymous_id");
}

void OrchestratorTokenProvider::requestToken(QObject *context, Handler handler)
{
    m_waiters.append({context, std::move(handler)});
    if (tokenIsFresh()) {
        // The next event-loop turn, so that "never synchronously" holds.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (tokenIsFresh())
                    deliver(*m_token);
                else if (!m_waiters.isEmpty() && !m_inFlight && m_storeState != StoreState::Loading)
                    fetch();
            },
            Qt::QueuedConnection);
        return;
    }
    if (!m_inFlight && m_storeState != StoreState::Loading)
        fetch();
}

std::optional<api::AccessToken> OrchestratorTokenProvider::freshToken() const
{
    return tokenIsFresh() ? m_token : std::nullopt;
}

void OrchestratorTokenProvider::invalidate(const QString &tokenValue)
{
    if (m_token && m_token->value == tokenValue) {
        qCInfo(api::lcAuth) << "orchestrator session token invalidated after the server refused it";
        // Keep the refresh token: only the access token is known to be bad.
        m_token->value.clear();
        m_token->expiresAt = {};
    }
}

bool OrchestratorTokenProvider::tokenIsFresh() const
{
    if (!m_token || m_token->value.isEmpty())
        return false;
    const qint64 lifetime = m_token->issuedAt.secsTo(m_token->expiresAt);
    return m_clock().secsTo(m_token->expiresAt) > renewalMarginSeconds(lifetime);
}

void OrchestratorTokenProvider::fetch()
{
    if (const QStringList problems = m_config.problems(); !problems.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, error = configurationError(problems)] { deliver(error); }, Qt::QueuedConnection);
        return;
    }
    if (m_storeState == StoreState::Unloaded) {
        m_storeState = StoreState::Loading;
        m_store->load(
            this, [this, generation = m_generation](const api::RefreshTokenStore::Outcome &outcome) {
                m_storeState = StoreState::Loaded;
                if (!outcome.ok)
                    qCWarning(api::lcAuth).noquote()
                        << "could not load the stored refresh token:" << outcome.error;
                if (generation == m_generation && outcome.ok && !outcome.token.isEmpty() && !m_token) {
                    m_savedRefreshToken = outcome.token;
                    Q_EMIT secretIssued(outcome.token);
                    api::AccessToken stored;
                    stored.refreshToken = outcome.token;
                    m_token = stored;
                }
                if (m_waiters.isEmpty() || m_inFlight)
                    return;
                if (tokenIsFresh())
                    deliver(*m_token);
                else
                    fetch();
            });
        return;
    }
    if (m_storeState == StoreState::Loading)
        return;
    const bool refresh = m_token && !m_token->refreshToken.isEmpty();
    const QString correlationId = newCorrelationId();
    qCInfo(api::lcAuth).noquote() << "requesting" << (refresh ? "a session refresh" : "an anonymous session")
                                  << u"correlation-id="_s + correlationId;
    QNetworkReply *reply =
        refresh
            ? postToOrchestrator(m_network, m_config.apiUrl, u"/v1/sessions/refresh"_s,
                                 QJsonObject{{u"refreshToken"_s, m_token->refreshToken}}, {}, correlationId)
            : postToOrchestrator(m_network, m_config.apiUrl, u"/v1/sessions/anonymous"_s, {}, {},
                                 correlationId);
    m_inFlight = reply;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, correlationId, refresh, generation = m_generation] {
                onFetched(reply, correlationId, refresh, generation);
            });
}

void OrchestratorTokenProvider::onFetched(QNetworkReply *reply, const QString &correlationId, bool wasRefresh,
                                          int generation)
{
    reply->deleteLater();
    if (generation != m_generation)
        return; // superseded by a sign-in or sign-out, which serve the waiters
    m_inFlight.clear();
    const api::Result<OrchestratorSession> result = readSessionReply(reply, correlationId, m_clock());
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
    adopt(result.value());
    deliver(*m_token);
}

void OrchestratorTokenProvider::onRefreshRefused(const api::ApiError &error)
{
    // A refresh token kept from an earlier run (no ids known yet) ends silently, as BuyerAccount::resume()
    // expects: there was nothing to lose.
    const bool wasCustomer = !customerId().isEmpty();
    m_token.reset();
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
        const api::Result<OrchestratorSession> result = readSessionReply(reply, correlationId, m_clock());
        if (result.ok()) {
            ++m_generation;
            if (m_inFlight) {
                m_inFlight->abort();
                m_inFlight.clear();
            }
            adopt(result.value());
            qCInfo(api::lcAuth) << "customer signed in at the orchestrator";
            Q_EMIT sessionChanged();
            if (!m_waiters.isEmpty())
                deliver(*m_token);
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
    ++m_generation;
    if (m_inFlight) {
        m_inFlight->abort();
        m_inFlight.clear();
    }
    const bool wasCustomer = !customerId().isEmpty();
    const QString accessToken = tokenIsFresh() ? m_token->value : QString();
    m_token.reset();
    if (m_storeState == StoreState::Unloaded || m_storeState == StoreState::Loading)
        m_storeState = StoreState::Loaded; // a load still running is ignored (older generation)
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
    if (!m_waiters.isEmpty())
        fetch();
}

void OrchestratorTokenProvider::adopt(const OrchestratorSession &session)
{
    m_token = session.token;
    Q_EMIT secretIssued(session.token.value);
    Q_EMIT secretIssued(session.token.refreshToken);
    if (m_store && session.token.refreshToken != m_savedRefreshToken) {
        m_savedRefreshToken = session.token.refreshToken;
        m_store->save(session.token.refreshToken, this, [](const api::RefreshTokenStore::Outcome &outcome) {
            if (!outcome.ok)
                qCWarning(api::lcAuth).noquote() << "could not store the refresh token:" << outcome.error;
        });
    }
}

void OrchestratorTokenProvider::clearStoredToken()
{
    if (!m_store)
        return;
    m_savedRefreshToken.clear();
    m_store->clear(this, [](const api::RefreshTokenStore::Outcome &outcome) {
        if (!outcome.ok)
            qCWarning(api::lcAuth).noquote() << "could not clear the stored refresh token:" << outcome.error;
    });
}

void OrchestratorTokenProvider::deliver(const api::Result<api::AccessToken> &result)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (!waiter.context)
            continue;
        QMetaObject::invokeMethod(
            waiter.context, [handler = waiter.handler, result] { handler(result); }, Qt::QueuedConnection);
    }
}

} // namespace commercedesk::checkout
