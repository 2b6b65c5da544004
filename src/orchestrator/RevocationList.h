// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace commercedesk::orchestrator {

/// The sessions that were signed out before their tokens expired. Replicas share it through a folder
/// (COMMERCEDESK_REVOCATION_DIR: a volume every replica mounts) — one empty file per revoked session id whose
/// modification time is the session's expiry; without a folder it is held in this process only (one
/// replica). A revoked session's access and refresh tokens are refused by every replica from the next
/// request on. Entries past their expiry are pruned by revoke(). Thread-safe.
class RevocationList
{
public:
    explicit RevocationList(QString directory = {});

    bool isShared() const { return !m_directory.isEmpty(); }
    /// Records `sessionId` as revoked until `expiresAt` (epoch seconds). False when the folder is not
    /// writable (the sign-out then fails, so the buyer does not believe a session ended that did not).
    bool revoke(const QString &sessionId, qint64 expiresAt, qint64 now);
    bool isRevoked(const QString &sessionId) const;

private:
    QString fileFor(const QString &sessionId) const;
    void prune(qint64 now);

    QString m_directory;
    mutable QMutex m_mutex;
    QHash<QString, qint64> m_local;
};

} // namespace commercedesk::orchestrator
