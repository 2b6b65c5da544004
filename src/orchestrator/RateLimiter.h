// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>

namespace commercedesk::orchestrator {

/// A token bucket per key (a session id, or the peer address before a session exists): `perMinute`
/// requests, refilled continuously, bursts up to `perMinute`. Per replica: behind a load balancer that
/// spreads one session over N replicas a session gets up to N times the rate (docs/deployment.md).
/// Thread: one thread.
class RateLimiter
{
public:
    explicit RateLimiter(int perMinute);

    /// True when the request may run; otherwise `*retryAfterSeconds` says when the next one may.
    bool allow(const QString &key, qint64 nowMs, int *retryAfterSeconds);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };

    int m_perMinute;
    QHash<QString, Bucket> m_buckets;
    qint64 m_lastSweepMs = 0;
};

} // namespace commercedesk::orchestrator
