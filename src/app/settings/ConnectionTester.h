// SPDX-License-Identifier: MIT
#pragma once

#include "app/settings/ConnectionProfile.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace commercedesk::api {
class OAuthTokenProvider;
}

namespace commercedesk::app {

/// "Test connection": asks the auth server for a client-credentials token for each of the profile's clients
/// and compares the scopes it grants with what each pane needs. The outcome names precisely what is
/// missing (wrong ID or secret, unreachable server, which scopes). Never logs secrets.
/// finished() fires exactly once per run(); run() while running restarts. GUI thread.
class ConnectionTester final : public QObject
{
    Q_OBJECT

public:
    struct ClientCheck
    {
        QString client;        ///< ConnectionProfile::StorefrontClient or MerchantClient
        bool ok = false;       ///< a token was granted with every required scope
        bool readOnly = false; ///< merchant only: granted, but without manage_orders
        QStringList missingScopes;
        QStringList grantedScopes; ///< scope names the token carries (without the project key)
        QString message;           ///< translated, one sentence, for the dialog
    };

    /// `network` must outlive the tester.
    explicit ConnectionTester(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ConnectionTester() override;

    void run(const ConnectionProfile &profile, const QString &storefrontSecret,
             const QString &merchantSecret);
    bool isRunning() const { return m_pending > 0; }

Q_SIGNALS:
    void finished(const QList<commercedesk::app::ConnectionTester::ClientCheck> &checks);

private:
    void check(const QString &client, const api::ConnectionConfig &config, const QStringList &required);

    QNetworkAccessManager *m_network;
    std::vector<std::unique_ptr<api::OAuthTokenProvider>> m_providers;
    QList<ClientCheck> m_checks;
    int m_pending = 0;
    QPointer<QObject> m_runContext; // replaced per run, so answers of an older run are dropped
};

} // namespace commercedesk::app
