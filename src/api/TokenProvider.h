// SPDX-License-Identifier: MIT
#pragma once

#include "api/Result.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <functional>

namespace commercedesk::api {

/// An OAuth access token. `value` is a secret: never log it.
struct AccessToken
{
    QString value;
    QDateTime issuedAt;   ///< UTC, by the client's clock
    QDateTime expiresAt;  ///< UTC
    QStringList scopes;   ///< as granted, e.g. "view_published_products:demo", "anonymous_id:…"
    QString refreshToken; ///< empty when the grant gives none (client credentials)

    friend bool operator==(const AccessToken &, const AccessToken &) = default;
};

/// Supplies access tokens to the transport. Contract:
/// - requestToken() delivers exactly once, asynchronously, in `context`'s thread, and not at all if `context`
///   is destroyed first. Concurrent requests share one token fetch.
/// - A cached token is handed out until shortly before it expires; then a new one is fetched (or refreshed).
/// - invalidate(token) forgets that token if it is still the cached one (after 401 invalid_token), so the
///   next request fetches a new one; it does not forget client secrets or refresh tokens.
class TokenProvider : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const Result<AccessToken> &)>;

    using QObject::QObject;

    virtual void requestToken(QObject *context, Handler handler) = 0;
    virtual void invalidate(const QString &tokenValue) = 0;
    /// The cached token when it is fresh (what requestToken() would deliver without a fetch), else nullopt.
    /// Lets the transport send a request at once instead of one event-loop turn later.
    virtual std::optional<AccessToken> freshToken() const { return std::nullopt; }

Q_SIGNALS:
    /// A secret value this provider just received (an access or refresh token), so the composition root can
    /// register it with the log redactor. Never log it.
    void secretIssued(const QString &secretValue);
};

} // namespace commercedesk::api
