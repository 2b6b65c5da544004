// SPDX-License-Identifier: MIT
#pragma once

#include "app/settings/ConnectionProfile.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace commercedesk::api {
class OAuthTokenProvider;
}

namespace commercedesk::app {

/// "Test connection": asks the auth server for a client-credentials token for each of the profile's clients
/// and compares the scopes it grants with what each pane needs. The outcome names precisely what is
/// missing (wrong ID or secret, unreachable server, which scopes). Never logs secrets.
/// One tester serves the whole app (the settings dialog and the backend switch): each run belongs to the
/// `receiver` that started it, so runs of different receivers never disturb each other. GUI thread.
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
    using Done = std::function<void(const QList<ClientCheck> &checks)>;

    /// `network` must outlive the tester.
    explicit ConnectionTester(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ConnectionTester() override;

    /// Checks both clients of `profile`; `done` is called exactly once with the outcome — unless `receiver`
    /// is destroyed first, or starts another run, which replaces this one (its answers are dropped).
    void run(const ConnectionProfile &profile, const QString &storefrontSecret, const QString &merchantSecret,
             QObject *receiver, Done done);
    /// A run of `receiver` is in flight.
    bool isRunning(const QObject *receiver) const;

Q_SIGNALS:
    /// After each run's `done`: for observers (tests) that did not start the run.
    void finished(const QList<commercedesk::app::ConnectionTester::ClientCheck> &checks);

private:
    class Run;
    void check(Run *run, const QString &client, const api::ConnectionConfig &config,
               const QStringList &required);
    void finish(Run *run);

    QNetworkAccessManager *m_network;
    QHash<const QObject *, Run *> m_runs; // receiver → its run in flight (owned, a child of the tester)
};

} // namespace commercedesk::app
