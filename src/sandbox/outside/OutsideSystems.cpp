// SPDX-License-Identifier: MIT
#include "sandbox/outside/OutsideSystems.h"

#include "sandbox/auth/LocalSecrets.h"
#include "sandbox/faults/FaultInjector.h"
#include "sandbox/outside/Oms.h"
#include "sandbox/outside/OrderNumberService.h"
#include "sandbox/outside/PaymentGateway.h"
#include "sandbox/outside/TaxService.h"

#include <QDir>
#include <QThread>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

// Runs on the worker thread: creates the services as children of `worker`.
bool startServices(QObject *worker, const OutsideSystemsConfig &config, const SandboxLink &link,
                   const std::shared_ptr<FaultInjector> &faults, OutsideUrls *urls, QString *error)
{
    const QDir dir(config.dataDir);
    bool stores = LocalSecrets::ensureDirectory(config.dataDir);
    for (const QString &file : {u"gateway.sqlite"_s, u"oms.sqlite"_s, u"order-numbers.sqlite"_s})
        stores = stores && LocalSecrets::ensureFile(dir.filePath(file));
    if (!stores) {
        *error = u"Cannot create the data directory %1 (owner-only)."_s.arg(config.dataDir);
        return false;
    }
    if (config.services.contains(u"tax"_s) && config.taxUrl.isEmpty()) {
        TaxServiceConfig tax;
        tax.sellerCountry = config.sellerCountry;
        tax.productTaxCategories = config.productTaxCategories;
        tax.businessUnitVatIds = config.businessUnitVatIds;
        auto *service = new TaxService(tax, faults, worker);
        if (!service->start(config.address, config.taxPort, error))
            return false;
        urls->tax = service->url();
    }
    if (config.services.contains(u"gateway"_s) && config.gatewayUrl.isEmpty()) {
        PaymentGatewayConfig gateway;
        gateway.databasePath = dir.filePath(u"gateway.sqlite"_s);
        gateway.timeoutCardHoldMs = config.gatewayTimeoutCardHoldMs;
        gateway.merchantKey = config.gatewayMerchantKey;
        auto *service = new PaymentGateway(gateway, faults, worker);
        if (!service->start(config.address, config.gatewayPort, error))
            return false;
        urls->gateway = service->url();
    }
    if (config.services.contains(u"oms"_s) && config.omsUrl.isEmpty()) {
        OmsConfig oms;
        oms.databasePath = dir.filePath(u"oms.sqlite"_s);
        oms.clock = config.omsClock;
        oms.readyAfterSeconds = config.omsReadyAfterSeconds;
        oms.shipAfterSeconds = config.omsShipAfterSeconds;
        oms.tickMs = config.omsTickMs;
        oms.captureOnShipment = config.omsCaptureOnShipment;
        oms.sandbox = link;
        oms.deliveryToken = config.omsDeliveryToken;
        auto *service = new Oms(oms, faults, worker);
        if (!service->start(config.address, config.omsPort, error))
            return false;
        urls->oms = service->url();
    }
    if (config.services.contains(u"numbers"_s) && config.numbersUrl.isEmpty()) {
        OrderNumberServiceConfig numbers;
        numbers.databasePath = dir.filePath(u"order-numbers.sqlite"_s);
        auto *service = new OrderNumberService(numbers, faults, worker);
        if (!service->start(config.address, config.numbersPort, error))
            return false;
        urls->numbers = service->url();
    }
    return true;
}

} // namespace

OutsideSystems::OutsideSystems(QObject *parent)
    : QObject(parent)
{}

OutsideSystems::~OutsideSystems()
{
    stop();
}

bool OutsideSystems::start(const OutsideSystemsConfig &config, const SandboxLink &link, QString *error,
                           std::shared_ptr<FaultInjector> faults)
{
    if (m_thread)
        return true;
    m_faults = std::move(faults);
    if (!m_faults) {
        m_faults = std::make_shared<FaultInjector>();
        for (const FaultRule &rule : config.faults)
            m_faults->add(rule);
        if (config.faultAdmin)
            m_faults->enableAdmin(config.faultAdminToken.isEmpty() ? LocalSecrets::randomToken()
                                                                   : config.faultAdminToken);
    }
    OutsideSystemsConfig resolved = config;
    if (resolved.gatewayMerchantKey.isEmpty())
        resolved.gatewayMerchantKey = LocalSecrets::randomToken();
    if (resolved.omsDeliveryToken.isEmpty())
        resolved.omsDeliveryToken = LocalSecrets::randomToken();
    m_secrets = OutsideSecrets{resolved.gatewayMerchantKey, resolved.omsDeliveryToken};
    m_urls = OutsideUrls{config.taxUrl, config.gatewayUrl, config.omsUrl, config.numbersUrl};
    m_thread = new QThread;
    m_thread->setObjectName(u"commercedesk-outside"_s);
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    m_thread->start();
    bool ok = false;
    QString message;
    OutsideUrls started = m_urls;
    QObject *worker = m_worker;
    const std::shared_ptr<FaultInjector> shared = m_faults;
    QMetaObject::invokeMethod(
        m_worker,
        [&] {
            ok = startServices(worker, resolved, link, shared, &started, &message);
            if (!ok)
                qDeleteAll(worker->children());
        },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        stop();
        if (error)
            *error = message;
        return false;
    }
    m_urls = started;
    return true;
}

void OutsideSystems::stop()
{
    if (!m_thread)
        return;
    QObject *worker = m_worker;
    QThread *thread = m_thread;
    QMetaObject::invokeMethod(
        worker,
        [worker, thread] {
            delete worker; // the services close their sockets and files on their own thread
            thread->quit();
        },
        Qt::QueuedConnection);
    thread->wait();
    delete thread;
    m_thread = nullptr;
    m_worker = nullptr;
    m_urls = OutsideUrls();
    m_secrets = OutsideSecrets();
}

} // namespace commercedesk::sandbox
