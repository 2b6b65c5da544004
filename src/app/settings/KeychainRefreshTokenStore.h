// SPDX-License-Identifier: MIT
#pragma once

#include "api/RefreshTokenStore.h"
#include "platform/CredentialKey.h"

namespace commercedesk::platform {
class CredentialStore;
}

namespace commercedesk::app {

// The api layer's RefreshTokenStore on a CredentialStore (the OS keychain in the app): one entry under
// CredentialKey::refreshToken(profile, clientName), i.e. "<profile>/<client>/refresh-token". Inherits the
// CredentialStore contract (queued callbacks, call order, never logs the token). A missing entry loads as
// "nothing stored"; every other credential error is reported as !ok with the store's message.
// `credentials` is not owned and must outlive this object. It lives in the app (built by the backend
// switch of the composition root), so platform stays free of api.
class KeychainRefreshTokenStore final : public api::RefreshTokenStore
{
public:
    KeychainRefreshTokenStore(platform::CredentialStore *credentials, const QString &profile,
                              const QString &clientName);

    [[nodiscard]] const platform::CredentialKey &key() const { return m_key; }

    void load(QObject *context, Handler handler) override;
    void save(const QString &refreshToken, QObject *context, Handler handler) override;
    void clear(QObject *context, Handler handler) override;

private:
    platform::CredentialStore *m_credentials;
    platform::CredentialKey m_key;
};

} // namespace commercedesk::app
