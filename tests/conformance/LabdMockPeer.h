// SPDX-License-Identifier: MIT
#pragma once
// The pinned @labdigital/commercetools-mock (package-lock.json here) as a conformance peer: `node server.mjs`
// from the install made by install-peer.sh (COMMERCEDESK_CT_MOCK_DIR), on 127.0.0.1 with a free port,
// authentication on, stopped by its PID (SIGTERM). seed() creates the catalog the scenarios need over HTTP
// with plain JSON drafts (the mock keeps data in memory only). Test code only.

#include "api/ApiSession.h"

#include <QJsonObject>
#include <QProcess>

#include <memory>

namespace commercedesk::conformance {

class LabdMockPeer
{
public:
    static constexpr auto kProjectKey = "demo";
    static constexpr auto kSku = "MUG-001";
    static constexpr auto kShippingMethodKey = "standard-de";

    ~LabdMockPeer();

    /// Starts the server and waits until it listens; an empty string on success, else what went wrong.
    QString start();
    /// SIGTERM to the PID, then waits for the exit.
    void stop();
    qint64 pid() const;
    quint16 port() const { return m_port; }

    /// A connection to the mock; any client id/secret is accepted (a documented deviation).
    api::ConnectionConfig connection(const QStringList &scopes) const;
    /// Posts the drafts of reference §4 (tax category, zone, shipping method, product type, published
    /// product "MUG-001" at 12.99 EUR in DE); an empty string on success, else the first failure.
    QString seed(QObject *context);

private:
    QString post(api::ApiSession &admin, const QString &path, const QJsonObject &draft, QObject *context);

    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

} // namespace commercedesk::conformance
