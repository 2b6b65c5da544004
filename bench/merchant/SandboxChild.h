// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiSession.h"

#include <QJsonObject>
#include <QProcess>
#include <QString>

namespace commercedesk::bench {

/// `commercedesk-sandbox` as a child process on a data dir (its CPU time and memory are not ours). When the
/// dir holds no database yet, the child first generates `generateOrders` orders into it (and keeps them for
/// the next run). The outside systems are off (`--no-outside`): no OMS write-back during the measurement.
/// The destructor terminates the child. Blocking (QProcess::waitFor*) — benchmark code only.
class SandboxChild
{
public:
    SandboxChild() = default;
    ~SandboxChild();
    SandboxChild(const SandboxChild &) = delete;
    SandboxChild &operator=(const SandboxChild &) = delete;

    /// False (and *error) when the child could not be started or did not print where it listens.
    bool start(const QString &executable, const QString &dataDir, qint64 generateOrders, QString *error);
    /// The connection of the sandbox client `clientName` (e.g. "merchant").
    api::ConnectionConfig connection(const QString &clientName) const;
    qint64 pid() const { return m_process.processId(); }

private:
    QProcess m_process;
    QJsonObject m_credentials;
    QString m_url;
};

} // namespace commercedesk::bench
