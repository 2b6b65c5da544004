// SPDX-License-Identifier: MIT
#include "api/CachingTokenProvider.h"

#include "api/Logging.h"
#include "api/OAuthRequests.h"
#include "api/RefreshTokenStore.h"

#include <QNetworkReply>

#include <algorithm>

namespace commercedesk::api {

CachingTokenProvider::CachingTokenProvider(Clock clock, qint64 renewCapSeconds, QObject *parent)
    : TokenProvider(parent)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
    , m_renewCapSeconds(renewCapSeconds)
{}

CachingTokenProvider::~CachingTokenProvider()
{
    ++m_generation;
    if (m_inFlight)
        m_inFlight->abort();
}

void CachingTokenProvider::setRefreshTokenStore(RefreshTokenStore *store)
{
    m_store = store;
    m_storeState = store ? StoreState::Unloaded : StoreState::None;
}

qint64 CachingTokenProvider::renewalMargin(qint64 lifetimeSeconds, qint64 cap)
{
    return std::min<qint64>(cap, lifetimeSeconds / 5);
}

QString CachingTokenProvider::tokenScopeValue(QStringView prefix) const
{
    return m_token ? scopeValue(m_token->scopes, prefix) : QString();
}

void CachingTokenProvider::requestToken(QObject *context, Handler handler)
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

std::optional<AccessToken> CachingTokenProvider::freshToken() const
{
    return tokenIsFresh() ? m_token : std::nullopt;
}

void CachingTokenProvider::invalidate(const QString &tokenValue)
{
    if (m_token && m_token->value == tokenValue) {
        qCInfo(lcAuth) << "access token invalidated after the server refused it";
        // Keep the refresh token: only the access token is known to be bad.
        m_token->value.clear();
        m_token->expiresAt = {};
    }
}

bool CachingTokenProvider::tokenIsFresh() const
{
    if (!m_token || m_token->value.isEmpty())
        return false;
    const qint64 lifetime = m_token->issuedAt.secsTo(m_token->expiresAt);
    return m_clock().secsTo(m_token->expiresAt) > renewalMargin(lifetime, m_renewCapSeconds);
}

void CachingTokenProvider::fetch()
{
    if (const QStringList problems = configurationProblems(); !problems.isEmpty()) {
        ApiError error;
        error.kind = ApiError::Kind::Configuration;
        error.message = problems.join(u' ');
        QMetaObject::invokeMethod(
            this, [this, error] { deliver(error); }, Qt::QueuedConnection);
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
    fetchToken();
}

void CachingTokenProvider::setInFlight(QNetworkReply *reply)
{
    m_inFlight = reply;
}

bool CachingTokenProvider::finishFetch(int generation)
{
    if (generation != m_generation)
        return false;
    m_inFlight.clear();
    return true;
}

void CachingTokenProvider::supersede()
{
    ++m_generation;
    if (m_inFlight) {
        m_inFlight->abort();
        m_inFlight.clear();
    }
}

void CachingTokenProvider::adopt(const AccessToken &token)
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

void CachingTokenProvider::forgetToken()
{
    m_token.reset();
    if (m_storeState == StoreState::Unloaded || m_storeState == StoreState::Loading)
        m_storeState = StoreState::Loaded; // a load still running is ignored (older generation)
}

void CachingTokenProvider::clearStoredToken()
{
    clearStoredToken(this, [](bool stored, const QString &error) {
        if (!stored)
            qCWarning(lcAuth).noquote() << "could not clear the stored refresh token:" << error;
    });
}

void CachingTokenProvider::clearStoredToken(QObject *context,
                                            std::function<void(bool, const QString &)> handler)
{
    if (!m_store) {
        if (handler)
            QMetaObject::invokeMethod(
                context, [handler] { handler(true, {}); }, Qt::QueuedConnection);
        return;
    }
    m_savedRefreshToken.clear();
    m_store->clear(context, [handler](const RefreshTokenStore::Outcome &outcome) {
        if (handler)
            handler(outcome.ok, outcome.error);
    });
}

void CachingTokenProvider::deliver(const Result<AccessToken> &result)
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
