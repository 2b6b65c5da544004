// SPDX-License-Identifier: MIT
#pragma once

#include "platform/CredentialStore.h"

namespace commercedesk::platform {

// A CredentialStore in the operating system's keychain through QtKeychain (Secret Service on Linux, Keychain
// on macOS, Credential Manager on Windows). The insecure plain-text fallback is always off: without a usable
// keychain every call fails with NoSecretService, and nothing is written anywhere else.
//
// Entries: service `service` (default CredentialKey::serviceName()), key CredentialKey::name(). QtKeychain
// runs one job at a time in call order. Jobs are not parented to the store: calls started before the store is
// destroyed still complete and call back. Logs key names and error texts, never secrets.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT

public:
    explicit KeychainCredentialStore(QObject *parent = nullptr);
    explicit KeychainCredentialStore(QString service, QObject *parent = nullptr);

    [[nodiscard]] const QString &service() const { return m_service; }

    // Maps a QKeychain::Error value and its error text to a CredentialError (exposed for tests):
    // EntryNotFound → NotFound; AccessDenied, AccessDeniedByUser → AccessDenied; NoBackendAvailable,
    // NotImplemented, and OtherError whose text shows a missing Secret Service / D-Bus session (QtKeychain
    // 0.13 reports those as OtherError) → NoSecretService with an explanatory message; everything else →
    // Other.
    static CredentialError errorFromKeychain(int keychainError, const QString &errorText);

protected:
    void startRead(const CredentialKey &key, PendingCredentialCall *call) override;
    void startWrite(const CredentialKey &key, const QString &secret, PendingCredentialCall *call) override;
    void startRemove(const CredentialKey &key, PendingCredentialCall *call) override;

private:
    QString m_service;
};

} // namespace commercedesk::platform
