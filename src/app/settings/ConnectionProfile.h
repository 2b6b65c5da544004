// SPDX-License-Identifier: MIT
#pragma once

#include "api/ConnectionConfig.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

class QSettings;

namespace commercedesk::app {

/// Where the app connects and as which API clients — everything but the secrets, which live only in the
/// OS keychain (SecretVault) under "<profile name>/<client>/client-secret".
struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)

public:
    enum class Kind {
        EmbeddedSandbox, ///< the in-process sandbox; no set-up, credentials provisioned by it
        RemoteSandbox,   ///< a commercedesk-sandbox elsewhere: one base URL for auth and API
        Commercetools,   ///< a commercetools project: a public region or custom URLs
    };
    /// The two API clients of the security model; also the client names of their keychain entries.
    static inline const QString StorefrontClient = QStringLiteral("storefront");
    static inline const QString MerchantClient = QStringLiteral("merchant");

    QString name;
    Kind kind = Kind::EmbeddedSandbox;
    QUrl sandboxUrl;                                  ///< RemoteSandbox
    api::Region region = api::Region::EuropeWest1Gcp; ///< Commercetools
    QUrl authUrl;                                     ///< Commercetools with Region::Custom
    QUrl apiUrl;                                      ///< Commercetools with Region::Custom
    QString projectKey;
    QString storefrontClientId;
    QStringList storefrontScopes;
    QString merchantClientId;
    QStringList merchantScopes;

    /// The default profile: the embedded sandbox, stored under the fixed name EmbeddedName.
    static ConnectionProfile embedded();
    static inline const QString EmbeddedName = QStringLiteral("embedded");
    /// The name shown to the user (translated for the embedded sandbox).
    QString displayName() const;
    /// The scopes each pane needs (docs/architecture.md, "Security").
    static QStringList requiredStorefrontScopes();
    static QStringList requiredMerchantScopes();

    /// Empty when the profile can be used; otherwise what is wrong, translated, one line each.
    QStringList problems() const;
    /// Auth and API base URLs for this profile (empty for the embedded sandbox, whose port is chosen at
    /// start).
    QUrl resolvedAuthUrl() const;
    QUrl resolvedApiUrl() const;
    /// The connection of one client; `secret` comes from the SecretVault.
    api::ConnectionConfig storefrontConfig(const QString &secret) const;
    api::ConnectionConfig merchantConfig(const QString &secret) const;

    /// Reads/writes the current group of `settings` (no secrets are ever written).
    static ConnectionProfile read(QSettings &settings);
    void write(QSettings &settings) const;

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

} // namespace commercedesk::app
