// SPDX-License-Identifier: MIT
#pragma once

#include "platform/CredentialError.h"

#include <QString>

#include <optional>

namespace commercedesk::platform {

// The outcome of one credential-store call: success (with the secret for a read) or a CredentialError.
class CredentialResult
{
public:
    CredentialResult() = default; // success without a secret (a completed write or remove)

    static CredentialResult success(QString secret = {});
    static CredentialResult failure(CredentialError error);
    static CredentialResult failure(CredentialError::Kind kind, QString message);

    [[nodiscard]] bool isOk() const { return !m_error.has_value(); }
    [[nodiscard]] bool is(CredentialError::Kind kind) const { return m_error && m_error->kind == kind; }
    // The secret of a successful read; empty otherwise.
    [[nodiscard]] const QString &secret() const { return m_secret; }
    // The error of a failed call; a default CredentialError (Other, no message) for a successful one.
    [[nodiscard]] CredentialError error() const { return m_error.value_or(CredentialError{}); }

private:
    QString m_secret;
    std::optional<CredentialError> m_error;
};

} // namespace commercedesk::platform
