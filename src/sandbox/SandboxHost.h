// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxCredentials.h"

#include <QObject>

#include <memory>

class QThread;

namespace commercedesk::sandbox {

class FaultInjector;
class Sandbox;

// Runs a Sandbox on its own QThread so the GUI thread never runs SQL or serves HTTP.
// Use from one thread (normally the GUI thread).
//  - start(): asynchronous; exactly one of started()/failed() follows each call, delivered to this
//    object's thread. Calling start() while running is ignored (failed() is emitted).
//  - stop(): shuts the sandbox down on its thread and joins the thread before returning (a short
//    wait: it closes sockets and the database). No signal after stop() returns.
//  - destruction stops.
class SandboxHost : public QObject
{
    Q_OBJECT

public:
    explicit SandboxHost(QObject *parent = nullptr);
    ~SandboxHost() override;

    void start(const SandboxConfig &config);
    void stop();
    bool isRunning() const { return m_thread != nullptr; }
    // The credentials of the last successful start (empty before).
    SandboxCredentials credentials() const { return m_credentials; }
    // The fault rules of the running sandbox (Sandbox::faults(): its API and its outside services), for
    // tests that take a service down; thread-safe. Null before started() and after stop().
    std::shared_ptr<FaultInjector> faults() const { return m_faults; }

Q_SIGNALS:
    void started(const commercedesk::sandbox::SandboxCredentials &credentials);
    void failed(const QString &message);

private:
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives in m_thread; owns the Sandbox
    SandboxCredentials m_credentials;
    std::shared_ptr<FaultInjector> m_faults;
    quint64 m_generation = 0; // drops results of a start() that was stopped meanwhile
};

} // namespace commercedesk::sandbox
