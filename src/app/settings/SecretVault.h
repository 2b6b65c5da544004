// SPDX-License-Identifier: MIT
#pragma once

#include "platform/CredentialStore.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace commercedesk::app {

/// The client secrets of the connection profiles: in the OS keychain (platform::CredentialStore, insecure
/// fallback off), or — only when the user agreed because no Secret Service is available — in memory for this
/// run. Never in a file.
/// Contract: callbacks run once, queued, in `context`'s thread (never after `context` is gone), like the
/// CredentialStore's. GUI thread.
class SecretVault final : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Stored,           ///< in the keychain (for a read: found there or in this run's memory)
        StoredForSession, ///< kept in memory for this run only
        NoSecretService,  ///< no keychain: ask the user, then keepForSession()
        NotFound,         ///< read: no secret stored
        Failed,           ///< anything else; see the message
    };
    using Callback = std::function<void(Outcome outcome, const QString &secretOrMessage)>;

    /// `keychain` must outlive the vault.
    explicit SecretVault(platform::CredentialStore *keychain, QObject *parent = nullptr);

    void read(const QString &profile, const QString &client, const QObject *context, Callback callback);
    void write(const QString &profile, const QString &client, const QString &secret, const QObject *context,
               Callback callback);
    /// Forgets the secret everywhere (keychain and memory).
    void remove(const QString &profile, const QString &client, const QObject *context, Callback callback);
    /// Keeps a secret in memory for this run (after the user accepted it when NoSecretService came back).
    void keepForSession(const QString &profile, const QString &client, const QString &secret);

private:
    platform::CredentialStore *m_keychain;
    QHash<QString, QString> m_session; // CredentialKey name → secret
};

} // namespace commercedesk::app
