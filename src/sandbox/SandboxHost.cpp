// SPDX-License-Identifier: MIT
#include "sandbox/SandboxHost.h"

#include "sandbox/Sandbox.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

SandboxHost::SandboxHost(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<SandboxCredentials>();
}

SandboxHost::~SandboxHost()
{
    stop();
}

void SandboxHost::start(const SandboxConfig &config)
{
    if (m_thread) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT failed(u"The sandbox is already running."_s); }, Qt::QueuedConnection);
        return;
    }
    const quint64 generation = ++m_generation;
    m_thread = new QThread;
    m_thread->setObjectName(u"commercedesk-sandbox"_s);
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    m_thread->start();
    SandboxHost *host = this; // alive until stop() has joined the thread (see stop())
    QObject *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, config, host, generation] {
            // Runs on the sandbox thread; the Sandbox is a child of the worker and dies with it.
            auto *sandbox = new Sandbox(config, worker);
            QString error;
            const bool ok = sandbox->start(&error);
            const SandboxCredentials credentials = ok ? sandbox->credentials() : SandboxCredentials();
            std::shared_ptr<FaultInjector> faults = ok ? sandbox->faults() : nullptr;
            if (!ok)
                delete sandbox;
            QMetaObject::invokeMethod(
                host,
                [host, generation, ok, credentials, error, faults] {
                    if (host->m_generation != generation)
                        return;
                    if (ok) {
                        host->m_credentials = credentials;
                        host->m_faults = faults;
                        Q_EMIT host->started(credentials);
                    } else {
                        host->stop();
                        Q_EMIT host->failed(error);
                    }
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SandboxHost::stop()
{
    if (!m_thread)
        return;
    ++m_generation; // results still in flight are dropped
    m_faults.reset();
    QObject *worker = m_worker;
    QThread *thread = m_thread;
    QMetaObject::invokeMethod(
        worker,
        [worker, thread] {
            delete worker; // deletes the Sandbox on its own thread: sockets and database close here
            thread->quit();
        },
        Qt::QueuedConnection);
    thread->wait();
    delete thread;
    m_thread = nullptr;
    m_worker = nullptr;
}

} // namespace commercedesk::sandbox
