// SPDX-License-Identifier: MIT
#include "app/settings/KeychainRefreshTokenStore.h"

#include "platform/CredentialStore.h"
#include "platform/PendingCredentialCall.h"

namespace commercedesk::app {

using platform::CredentialCallback;
using platform::CredentialError;
using platform::CredentialKey;
using platform::CredentialResult;
using platform::CredentialStore;

namespace {

CredentialCallback forward(api::RefreshTokenStore::Handler handler, bool notFoundIsEmpty)
{
    return [handler = std::move(handler), notFoundIsEmpty](const CredentialResult &result) {
        if (!handler)
            return;
        api::RefreshTokenStore::Outcome outcome;
        if (result.isOk()) {
            outcome.token = result.secret();
        } else if (!(notFoundIsEmpty && result.is(CredentialError::Kind::NotFound))) {
            outcome.ok = false;
            outcome.error = result.error().message;
        }
        handler(outcome);
    };
}

} // namespace

KeychainRefreshTokenStore::KeychainRefreshTokenStore(CredentialStore *credentials, const QString &profile,
                                                     const QString &clientName)
    : m_credentials(credentials)
    , m_key(CredentialKey::refreshToken(profile, clientName))
{}

void KeychainRefreshTokenStore::load(QObject *context, Handler handler)
{
    m_credentials->read(m_key, context, forward(std::move(handler), true));
}

void KeychainRefreshTokenStore::save(const QString &refreshToken, QObject *context, Handler handler)
{
    m_credentials->write(m_key, refreshToken, context, forward(std::move(handler), false));
}

void KeychainRefreshTokenStore::clear(QObject *context, Handler handler)
{
    m_credentials->remove(m_key, context, forward(std::move(handler), false));
}

} // namespace commercedesk::app
