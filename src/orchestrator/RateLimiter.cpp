// SPDX-License-Identifier: MIT
#include "orchestrator/RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace commercedesk::orchestrator {

RateLimiter::RateLimiter(int perMinute)
    : m_perMinute(std::max(1, perMinute))
{}

bool RateLimiter::allow(const QString &key, qint64 nowMs, int *retryAfterSeconds)
{
    const double perMs = m_perMinute / 60000.0;
    if (nowMs - m_lastSweepMs > 60000) {
        // Full buckets carry no information: drop them so idle sessions cost no memory.
        for (auto it = m_buckets.begin(); it != m_buckets.end();) {
            const double refilled = it->tokens + (nowMs - it->updatedMs) * perMs;
            it = refilled >= m_perMinute ? m_buckets.erase(it) : std::next(it);
        }
        m_lastSweepMs = nowMs;
    }
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{double(m_perMinute), nowMs});
    it->tokens = std::min(double(m_perMinute), it->tokens + (nowMs - it->updatedMs) * perMs);
    it->updatedMs = nowMs;
    if (it->tokens >= 1.0) {
        it->tokens -= 1.0;
        return true;
    }
    *retryAfterSeconds = std::max(1, int(std::ceil((1.0 - it->tokens) / perMs / 1000.0)));
    return false;
}

} // namespace commercedesk::orchestrator
