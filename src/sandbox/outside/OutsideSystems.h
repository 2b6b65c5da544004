// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/outside/OutsideSystemsConfig.h"

#include <QObject>

#include <memory>

class QThread;

namespace commercedesk::sandbox {

class FaultInjector;

// Runs the outside services (TaxService, PaymentGateway, Oms, OrderNumberService) on ONE QThread of
// their own, so the sandbox thread can call the tax and order-number extensions synchronously
// without serving them itself.
// Use from one thread (normally the sandbox's):
//  - start() creates and binds the configured services on the worker thread and returns once they
//    listen (a cross-thread call, no event loop is spun); false + *error when one cannot start
//    (then nothing keeps running). Services whose URL is given in the config are not started; their
//    URL is reported as given.
//  - stop() (and destruction) deletes the services on their thread and joins it.
class OutsideSystems : public QObject
{
    Q_OBJECT

public:
    explicit OutsideSystems(QObject *parent = nullptr);
    ~OutsideSystems() override;

    // `link` tells the OMS how to write back to the sandbox (an empty apiUrl: it only records).
    // `faults`: the injector to share (e.g. with the sandbox API), used as given — config.faults are
    // then NOT added; null = a new one holding config.faults.
    bool start(const OutsideSystemsConfig &config, const SandboxLink &link, QString *error,
               std::shared_ptr<FaultInjector> faults = nullptr);
    void stop();
    bool isRunning() const { return m_thread != nullptr; }
    OutsideUrls urls() const { return m_urls; }
    // The credentials the services require (valid after start()).
    OutsideSecrets secrets() const { return m_secrets; }
    // The live fault rules of every service started here (thread-safe to use from anywhere).
    std::shared_ptr<FaultInjector> faults() const { return m_faults; }

private:
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives in m_thread, parent of the services
    OutsideUrls m_urls;
    OutsideSecrets m_secrets;
    std::shared_ptr<FaultInjector> m_faults;
};

} // namespace commercedesk::sandbox
