// SPDX-License-Identifier: MIT
#pragma once

#include "api/CachingTokenProvider.h"
#include "api/ConnectionConfig.h"
#include "checkout/OrchestratorSession.h"

#include <QPointer>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace commercedesk::api {
class RefreshTokenStore;
}

namespace commercedesk::checkout {

/// The buyer's session with the orchestrator (docs/orchestrator-api.yaml, Sessions; docs/deployment.md §4),
/// as a TokenProvider for api::Transport, so retries, correlation ids and timeouts stay in the transport.
/// - Base session: anonymous (`POST /v1/sessions/anonymous`), started by the first token request.
/// - signIn()/signUp() (`/v1/sessions/sign-in|sign-up`) present the anonymous session's token, so its cart
///   is handed over to the customer; the customer session then replaces it for every later request.
/// - Renewal: a token is handed out until renewalMarginSeconds() before it expires, then renewed with
///   `POST /v1/sessions/refresh`. After a 401 InvalidSession the transport invalidates the token and the
///   next request refreshes. When the orchestrator refuses the refresh token (signed out elsewhere,
///   expired), an anonymous session silently starts anew, while a customer session fails the waiting
///   requests with that error, ends (sessionChanged, sessionEnded) and continues anonymously afterwards.
/// - Refresh tokens (with setRefreshTokenStore, the OS keychain in the app): loaded once before the first
///   token request (a kept customer session resumes with a refresh), saved when a new one is issued,
///   cleared on signOut() and when refused.
/// The cache, waiters, renewal timing and refresh-token store are api::CachingTokenProvider's (shared with
/// api::OAuthTokenProvider). Tokens and passwords are never logged. Thread: lives and delivers in its own
/// thread.
class OrchestratorTokenProvider final : public api::CachingTokenProvider
{
    Q_OBJECT

public:
    using SessionHandler = std::function<void(const api::Result<OrchestratorSession> &)>;
    /// nullopt: the orchestrator recorded the sign-out; else why not (the session is forgotten anyway).
    using SignOutHandler = std::function<void(const std::optional<api::ApiError> &)>;

    /// `config` is ConnectionConfig::forOrchestrator(url). `network` must outlive this object. `clock`
    /// defaults to the system UTC clock.
    OrchestratorTokenProvider(QNetworkAccessManager *network, api::ConnectionConfig config,
                              QObject *parent = nullptr, Clock clock = {});
    ~OrchestratorTokenProvider() override;

    /// Signs a customer in; `handler` gets the session (with `customer` and the handed-over `cart`) or the
    /// ApiError (401 InvalidCredentials for a wrong email or password). Runs exactly once, queued, unless
    /// `context` is gone. The password is sent once and not kept.
    void signIn(const QString &email, const QString &password, QObject *context, SessionHandler handler);
    /// Creates the customer and signs them in, as signIn() (400 DuplicateField for a taken email).
    void signUp(const QString &email, const QString &password, const QString &firstName,
                const QString &lastName, QObject *context, SessionHandler handler);
    /// Forgets the session at once (access and refresh token, also in the store) and asks the orchestrator
    /// to revoke it (`POST /v1/sessions/sign-out`, when the access token is still usable). The next request
    /// starts a new anonymous session. `handler` runs once, queued, unless `context` is gone.
    void signOut(QObject *context, SignOutHandler handler);

    QString sessionId() const;
    /// The signed-in customer's id (also the B2B associate id, which only the orchestrator uses), or empty.
    QString customerId() const;
    QString anonymousId() const;

    /// Renewal starts this long before expiry: a fifth of the lifetime, at most kRenewBeforeExpirySeconds.
    static qint64 renewalMarginSeconds(qint64 lifetimeSeconds)
    {
        return renewalMargin(lifetimeSeconds, kRenewBeforeExpirySeconds);
    }
    static constexpr int kRenewBeforeExpirySeconds = 60;

Q_SIGNALS:
    /// The session's identity changed: a customer signed in or out, or a customer session ended.
    void sessionChanged();
    /// A customer session ended without signOut(): the orchestrator refused its refresh token
    /// (`error`, normally 401 InvalidSession). The buyer must sign in again.
    void sessionEnded(const api::ApiError &error);

private:
    QStringList configurationProblems() const override { return m_config.problems(); }
    void fetchToken() override;
    void onFetched(QNetworkReply *reply, const QString &correlationId, bool wasRefresh, int generation);
    void onRefreshRefused(const api::ApiError &error);
    void sendSignIn(const QString &path, const QJsonObject &body, const QString &bearer,
                    QPointer<QObject> context, const SessionHandler &handler);

    QNetworkAccessManager *m_network;
    api::ConnectionConfig m_config;
};

} // namespace commercedesk::checkout
