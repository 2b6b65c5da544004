// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>

#include <memory>
#include <optional>

namespace commercedesk::sandbox {

// Limits failed password checks (OAuth password flow, /login, /me/login), counted per API client and
// per customer e-mail within a sliding window. When a key is at its limit the next attempt is refused
// before the password is even hashed: the caller answers 429 with Retry-After. In memory only (a
// restart forgets the counts). Thread-safe.
class SignInThrottle
{
public:
    struct Limits
    {
        int perCustomer = 5; // failures per window for one e-mail
        int perClient = 20;  // failures per window for one API client (all its buyers together)
        qint64 windowSeconds = 60;
    };

    SignInThrottle(std::shared_ptr<const Clock> clock, Limits limits);

    // Seconds to wait when the client or the customer is at its limit; nullopt when an attempt may run.
    std::optional<qint64> blocked(const QString &clientId, const QString &email);
    void recordFailure(const QString &clientId, const QString &email);

private:
    // Drops failures older than the window; returns how many remain for `key`.
    qsizetype prune(const QString &key, const QDateTime &now);
    std::optional<qint64> waitFor(const QString &key, int limit, const QDateTime &now);

    std::shared_ptr<const Clock> m_clock;
    Limits m_limits;
    QMutex m_mutex;
    QHash<QString, QList<QDateTime>> m_failures;
};

} // namespace commercedesk::sandbox
