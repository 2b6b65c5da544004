// SPDX-License-Identifier: MIT
#include "app/settings/SecretVault.h"

#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

namespace {

platform::CredentialKey keyOf(const QString &profile, const QString &client)
{
    return platform::CredentialKey::clientSecret(profile, client);
}

SecretVault::Outcome outcomeOf(const platform::CredentialResult &result)
{
    if (result.isOk())
        return SecretVault::Outcome::Stored;
    if (result.is(platform::CredentialError::Kind::NotFound))
        return SecretVault::Outcome::NotFound;
    if (result.is(platform::CredentialError::Kind::NoSecretService))
        return SecretVault::Outcome::NoSecretService;
    return SecretVault::Outcome::Failed;
}

// Queues `callback` in `context`'s thread, dropped when `context` is gone first.
void deliverLater(const QObject *context, SecretVault::Callback callback, SecretVault::Outcome outcome,
                  const QString &value)
{
    QTimer::singleShot(0, context, [callback = std::move(callback), outcome, value] {
        if (callback)
            callback(outcome, value);
    });
}

} // namespace

SecretVault::SecretVault(platform::CredentialStore *keychain, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
{}

void SecretVault::read(const QString &profile, const QString &client, const QObject *context,
                       Callback callback)
{
    const platform::CredentialKey key = keyOf(profile, client);
    if (const auto it = m_session.constFind(key.name()); it != m_session.constEnd()) {
        deliverLater(context, std::move(callback), Outcome::StoredForSession, it.value());
        return;
    }
    m_keychain->read(
        key, context, [callback = std::move(callback)](const platform::CredentialResult &result) {
            if (callback)
                callback(outcomeOf(result), result.isOk() ? result.secret() : result.error().message);
        });
}

void SecretVault::write(const QString &profile, const QString &client, const QString &secret,
                        const QObject *context, Callback callback)
{
    const platform::CredentialKey key = keyOf(profile, client);
    QPointer<SecretVault> self(this);
    m_keychain->write(
        key, secret, context,
        [self, name = key.name(), callback = std::move(callback)](const platform::CredentialResult &r) {
            if (r.isOk() && self)
                self->m_session.remove(name); // the keychain copy wins from now on
            if (callback)
                callback(outcomeOf(r), r.error().message);
        });
}

void SecretVault::remove(const QString &profile, const QString &client, const QObject *context,
                         Callback callback)
{
    const platform::CredentialKey key = keyOf(profile, client);
    m_session.remove(key.name());
    m_keychain->remove(key, context,
                       [callback = std::move(callback)](const platform::CredentialResult &result) {
                           if (callback)
                               callback(outcomeOf(result), result.error().message);
                       });
}

void SecretVault::keepForSession(const QString &profile, const QString &client, const QString &secret)
{
    m_session.insert(keyOf(profile, client).name(), secret);
}

} // namespace commercedesk::app
