// SPDX-License-Identifier: MIT
#include "api/OAuthTokenProvider.h"

#include "api/Logging.h"
#include "api/OAuthRequests.h"
#include "api/RefreshTokenStore.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>

#include <algorithm>

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
    : TokenProvider(parent)
    , m_network(network)
    , m_config(std::move(config))
    , m_grant(grant)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{}

OAuthTokenProvider::~OAuthTokenProvider()
{
    ++m_generation;
    if (m_inFlight)
        m_inFlight->abort();
}

void OAuthTokenProvider::setRefreshTokenStore(RefreshTokenStore *store)
{
    m_store = store;
    m_storeState = store ? StoreState::Unloaded : StoreState::None;
}

qint64 OAuthTokenProvider::renewalMarginSeconds(qint64 lifetimeSeconds)
{
    return std::min<qint64>(kRenewBeforeExpirySeconds, lifetimeSeconds / 5);
}

QString OAuthTokenProvider::customerId() const
{
    return m_token ? scopeValue(m_token->scopes, u"customer_id") : QString();
}

QString OAuthTokenProvider::anonymousId() const
{
    return m_token ? scopeValue(m_token->scopes, u"anonymous_id") : QString();
}

void OAuthTokenProvider::requestToken(QObject *context, Handler handler)
{
    m_waiters.append({context, std::move(handler)});
    if (tokenIsFresh()) {
        // Deliver on the next event-loop turn so the contract "never synchronously" holds.
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

std::optional<AccessToken> OAuthTokenProvider::freshToken() const
{
    return tokenIsFresh() ? m_token : std::nullopt;
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
    const qint64 lifetime = m_token->issuedAt.secsTo(m_token->expiresAt);
    return m_clock().secsTo(m_token->expiresAt) > renewalMarginSeconds(lifetime);
}

void OAuthTokenProvider::fetch()
{
    if (const QStringList problems = m_config.problems(); !problems.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, error = configurationError(problems)] { deliver(error); }, Qt::QueuedConnection);
        return;
    }
    if (m_storeState == StoreState::Unloaded) {
        m_storeState = StoreState::Loading;
        m_store->load(this, [this, generation = m_generation](const RefreshTokenStore::Outcome &outcome) {
            m_storeState = StoreState::Loaded;
            if (!outcome.ok)
                qCWarning(lcAuth).noquote() << "could not load the stored refresh token:" << outcome.error;
            if (generation == m_generation && outcome.ok && !outcome.token.isEmpty() && !m_token) {
                m_savedRefreshToken = outcome.token;
                Q_EMIT secretIssued(outcome.token);
                AccessToken stored;
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
    const TokenForm form = refresh ? refreshForm(m_config, m_token->refreshToken)
                                   : clientCredentialsForm(m_config, m_grant == Grant::AnonymousSession);
    const QString correlationId = newCorrelationId();
    qCInfo(lcAuth).noquote() << "requesting" << form.label << "token" << u"correlation-id="_s + correlationId;
    QNetworkReply *reply = postTokenForm(m_network, m_config, form, correlationId);
    m_inFlight = reply;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, correlationId, refresh, generation = m_generation] {
                onFetched(reply, correlationId, refresh, generation);
            });
}

void OAuthTokenProvider::onFetched(QNetworkReply *reply, const QString &correlationId, bool wasRefresh,
                                   int generation)
{
    reply->deleteLater();
    if (generation != m_generation)
        return; // superseded by signIn/signOut, which serve the waiters
    m_inFlight.clear();
    const Result<AccessToken> result =
        readTokenReply(reply, correlationId, m_clock(), m_token ? m_token->refreshToken : QString());
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
    qCInfo(lcAuth) << "token granted, lifetime" << m_token->issuedAt.secsTo(m_token->expiresAt) << "s,"
                   << m_token->scopes.size() << "scopes";
    deliver(*m_token);
}

void OAuthTokenProvider::onRefreshRefused(const ApiError &error)
{
    const bool wasCustomer = !customerId().isEmpty();
    m_token.reset();
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
    const Result<AccessToken> result = readTokenReply(reply, correlationId, m_clock(), {});
    if (result.ok()) {
        ++m_generation;
        if (m_inFlight) {
            m_inFlight->abort();
            m_inFlight.clear();
        }
        adopt(result.value());
        qCInfo(lcAuth) << "customer signed in, token lifetime" << m_token->issuedAt.secsTo(m_token->expiresAt)
                       << "s";
        Q_EMIT sessionChanged();
        if (!m_waiters.isEmpty())
            deliver(*m_token);
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
    ++m_generation;
    if (m_inFlight) {
        m_inFlight->abort();
        m_inFlight.clear();
    }
    const bool wasCustomer = !customerId().isEmpty();
    m_token.reset();
    if (m_storeState == StoreState::Unloaded || m_storeState == StoreState::Loading)
        m_storeState = StoreState::Loaded; // a load still running is ignored (older generation)
    if (m_store) {
        m_savedRefreshToken.clear();
        m_store->clear(context, [handler](const RefreshTokenStore::Outcome &outcome) {
            if (handler)
                handler(outcome.ok, outcome.error);
        });
    } else if (handler) {
        QMetaObject::invokeMethod(
            context, [handler] { handler(true, {}); }, Qt::QueuedConnection);
    }
    qCInfo(lcAuth) << "signed out";
    if (wasCustomer)
        Q_EMIT sessionChanged();
    if (!m_waiters.isEmpty())
        fetch();
}

void OAuthTokenProvider::adopt(const AccessToken &token)
{
    m_token = token;
    Q_EMIT secretIssued(token.value);
    if (token.refreshToken.isEmpty())
        return;
    Q_EMIT secretIssued(token.refreshToken);
    if (m_store && token.refreshToken != m_savedRefreshToken) {
        m_savedRefreshToken = token.refreshToken;
        m_store->save(token.refreshToken, this, [](const RefreshTokenStore::Outcome &outcome) {
            if (!outcome.ok)
                qCWarning(lcAuth).noquote() << "could not store the refresh token:" << outcome.error;
        });
    }
}

void OAuthTokenProvider::clearStoredToken()
{
    if (!m_store)
        return;
    m_savedRefreshToken.clear();
    m_store->clear(this, [](const RefreshTokenStore::Outcome &outcome) {
        if (!outcome.ok)
            qCWarning(lcAuth).noquote() << "could not clear the stored refresh token:" << outcome.error;
    });
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
