// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>

namespace commercedesk::orchestrator {

/// What this replica recently saw: "cart X belongs to owner Y" (owner = "c:<customerId>" or
/// "a:<anonymousId>"), so a B2C cart update needs no ownership read first. Only facts read from commercetools
/// are remembered, each for `ttlMs`; a cart changes owner only when an anonymous session signs in, and that
/// session is then revoked, so a remembered fact never lets another buyer in. Losing the cache (a restart,
/// another replica) only costs one read. Bounded: cleared when `maxEntries` is reached. Thread: one thread.
class OwnershipCache
{
public:
    explicit OwnershipCache(qint64 ttlMs = 60000, qsizetype maxEntries = 100000);

    bool knows(const QString &cartId, const QString &owner, qint64 nowMs) const;
    void remember(const QString &cartId, const QString &owner, qint64 nowMs);

private:
    struct Entry
    {
        QString owner;
        qint64 seenMs = 0;
    };

    qint64 m_ttlMs;
    qsizetype m_maxEntries;
    QHash<QString, Entry> m_entries;
};

} // namespace commercedesk::orchestrator
