// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace commercedesk::sandbox {

// The secrets of one machine's sandbox: random tokens for its local services, and the files that hold
// secrets. Files that hold secrets (the sandbox database with client secrets and token hashes, the outside
// systems' stores) are readable by their owner only: folders 0700, files 0600. On platforms without
// POSIX permissions (Windows) Qt maps these to the owner's ACL. Stateless.
class LocalSecrets
{
public:
    // Creates `path` (with parents) when missing and restricts it to the owner. False when it fails.
    static bool ensureDirectory(const QString &path);
    // Creates `path` empty when missing (so SQLite opens it, and its -wal/-shm/-journal files inherit
    // the mode) and restricts it and those companions to the owner. False when it fails.
    static bool ensureFile(const QString &path);
    // 256 random bits from the system CSPRNG, base64url (43 characters).
    static QByteArray randomToken();
    // Compares without an early exit, so the time taken does not reveal how much of a secret matched.
    static bool equals(const QByteArray &a, const QByteArray &b);
};

} // namespace commercedesk::sandbox
