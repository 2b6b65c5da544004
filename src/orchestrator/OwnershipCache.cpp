// SPDX-License-Identifier: MIT
#include "orchestrator/OwnershipCache.h"

namespace commercedesk::orchestrator {

OwnershipCache::OwnershipCache(qint64 ttlMs, qsizetype maxEntries)
    : m_ttlMs(ttlMs)
    , m_maxEntries(maxEntries)
{}

bool OwnershipCache::knows(const QString &cartId, const QString &owner, qint64 nowMs) const
{
    const auto it = m_entries.constFind(cartId);
    return it != m_entries.constEnd() && it->owner == owner && nowMs - it->seenMs < m_ttlMs;
}

void OwnershipCache::remember(const QString &cartId, const QString &owner, qint64 nowMs)
{
    if (cartId.isEmpty() || owner.isEmpty())
        return;
    if (m_entries.size() >= m_maxEntries && !m_entries.contains(cartId))
        m_entries.clear();
    m_entries.insert(cartId, Entry{owner, nowMs});
}

} // namespace commercedesk::orchestrator
