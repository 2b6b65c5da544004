// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace commercedesk::sandbox {

// Salted PBKDF2-HMAC-SHA256 password hashes, stored as
// "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>". Stateless and thread-safe.
class PasswordHasher
{
public:
    static constexpr int MinimumIterations = 100000;

    // A fresh 16-byte random salt per call; `iterations` below MinimumIterations is raised to it.
    static QString hash(const QString &password, int iterations);
    // Constant-time comparison; false for any malformed stored value.
    static bool verify(const QString &password, const QString &stored);
};

} // namespace commercedesk::sandbox
