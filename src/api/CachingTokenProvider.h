// SPDX-License-Identifier: MIT
#pragma once

#include "api/TokenProvider.h"

#include <QPointer>

#include <functional>
#include <optional>

class QNetworkReply;

namespace commercedesk::api {

class RefreshTokenStore;

/// The token cache that the session providers share (OAuthTokenProvider for commercetools,
/// checkout::OrchestratorTokenProvider for the orchestrator): one cached token handed out until renewal is
/// due (renewalMargin()), the waiters of one fetch (delivered together, queued, never synchronously),
/// invalidate(), the refresh-token store (loaded once before the first fetch, saved when a new refresh token
/// arrives, cleared on demand) and the generation that lets a sign-in or sign-out supersede a fetch in
/// flight. A subclass makes the requests: fetchToken() sends one (setInFlight() its reply) and the answer
/// comes back through adopt()/deliver(). Secrets are never logged. Thread: lives and delivers in its own
/// thread.
class CachingTokenProvider : public TokenProvider
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    ~CachingTokenProvider() override;

    /// Not owned; must outlive this provider. Call before the first requestToken(); null = keep nothing.
    void setRefreshTokenStore(RefreshTokenStore *store);

    void requestToken(QObject *context, Handler handler) final;
    void invalidate(const QString &tokenValue) final;
    std::optional<AccessToken> freshToken() const final;
    /// The cached token, if any (for tests and diagnostics).
    std::optional<AccessToken> cachedToken() const { return m_token; }

    /// Renewal starts this long before expiry: a fifth of the lifetime, at most `cap` seconds.
    static qint64 renewalMargin(qint64 lifetimeSeconds, qint64 cap);

protected:
    /// `clock` defaults to the system UTC clock; `renewCapSeconds` is renewalMargin()'s cap.
    CachingTokenProvider(Clock clock, qint64 renewCapSeconds, QObject *parent);

    /// Why no request can be made (delivered to the waiters as a Configuration error), or empty.
    virtual QStringList configurationProblems() const = 0;
    /// Sends the request the current state needs (a refresh when token() holds a refresh token) and hands
    /// its reply to setInFlight(); its answer ends in adopt() + deliver(), or deliver(error).
    virtual void fetchToken() = 0;

    /// Serves the waiters: a configuration problem, the store's first load, then fetchToken().
    void fetch();
    bool tokenIsFresh() const;
    QDateTime now() const { return m_clock(); }
    const std::optional<AccessToken> &token() const { return m_token; }
    /// The value of the token's "<prefix>:<value>" scope entry ("customer_id", …), or empty.
    QString tokenScopeValue(QStringView prefix) const;
    bool hasWaiters() const { return !m_waiters.isEmpty(); }

    /// The request of the current fetch; a later supersede() aborts it.
    void setInFlight(QNetworkReply *reply);
    int generation() const { return m_generation; }
    /// True when a fetch started in `generation` still counts (then it is no longer in flight); false when a
    /// sign-in or sign-out superseded it (they serve the waiters).
    bool finishFetch(int generation);
    /// A sign-in or sign-out takes over: the fetch in flight is aborted and its answer ignored.
    void supersede();

    /// Caches `token`, announces its secrets (secretIssued) and keeps a new refresh token in the store.
    void adopt(const AccessToken &token);
    /// Forgets the cached token; a store load still running is then ignored.
    void forgetToken();
    /// Clears the stored refresh token (logged when it fails).
    void clearStoredToken();
    /// Clears the stored refresh token and reports `(stored, error)` to `handler` in `context` (true and
    /// queued when there is no store).
    void clearStoredToken(QObject *context, std::function<void(bool, const QString &)> handler);
    /// Hands `result` to every waiter (queued, in its context's thread).
    void deliver(const Result<AccessToken> &result);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Handler handler;
    };
    enum class StoreState { None, Unloaded, Loading, Loaded };

    Clock m_clock;
    qint64 m_renewCapSeconds;
    RefreshTokenStore *m_store = nullptr;
    StoreState m_storeState = StoreState::None;
    std::optional<AccessToken> m_token;
    QString m_savedRefreshToken; ///< what the store holds, to avoid rewriting it after every refresh
    QPointer<QNetworkReply> m_inFlight;
    int m_generation = 0;
    QList<Waiter> m_waiters;
};

} // namespace commercedesk::api
