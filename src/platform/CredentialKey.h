// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace commercedesk::platform {

// The stable name of one stored secret. Stored entries live under the keychain service serviceName()
// ("CommerceDesk") with the key name "<profile>/<clientName>/<kind>", e.g. "prod-eu/merchant/client-secret".
// '%' and '/' inside profile and client names are percent-encoded, so names never collide and can be parsed
// back. These names are persisted in users' keychains: never change the scheme without a migration.
//
// Two kinds with different lifetimes:
//  - ClientSecret: the API client's secret the user typed in. Removed only when the user asks to forget it
//    ("forget a secret": sign out of / delete the profile).
//  - RefreshToken: the storefront client's refresh token. Removed when the auth server rejects it or the
//  buyer
//    signs out ("invalidate a token"). Access tokens are never stored: invalidating an access token is an
//    in-memory matter of the api layer and never touches the store.
class CredentialKey
{
public:
    enum class Kind { ClientSecret, RefreshToken };

    CredentialKey() = default; // invalid
    CredentialKey(QString profile, QString clientName, Kind kind);

    static CredentialKey clientSecret(const QString &profile, const QString &clientName);
    static CredentialKey refreshToken(const QString &profile, const QString &clientName);
    // Parses name(); nullopt for anything name() cannot produce.
    static std::optional<CredentialKey> fromName(QStringView name);
    static QString serviceName();

    [[nodiscard]] bool isValid() const { return !m_profile.isEmpty() && !m_clientName.isEmpty(); }
    [[nodiscard]] const QString &profile() const { return m_profile; }
    [[nodiscard]] const QString &clientName() const { return m_clientName; }
    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] QString name() const; // empty for an invalid key

    friend bool operator==(const CredentialKey &, const CredentialKey &) = default;

private:
    QString m_profile;
    QString m_clientName;
    Kind m_kind = Kind::ClientSecret;
};

} // namespace commercedesk::platform
