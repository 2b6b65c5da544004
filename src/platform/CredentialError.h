// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace commercedesk::platform {

// Why a credential-store call failed. `message` is English detail for logs and for the presenter's
// "details" text; it names the key at most, never the secret.
struct CredentialError
{
    enum class Kind {
        NotFound,        // nothing stored under the key
        NoSecretService, // no usable system keychain (no Secret Service / D-Bus session, no backend)
        AccessDenied,    // the keychain refused (locked, user declined, policy)
        Other,
    };

    Kind kind = Kind::Other;
    QString message;

    friend bool operator==(const CredentialError &, const CredentialError &) = default;
};

} // namespace commercedesk::platform
