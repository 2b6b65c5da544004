// SPDX-License-Identifier: MIT
// OrderDetailLoader against a real sandbox on loopback (with its OMS), without widgets: an order id becomes
// the order, its payments, its messages and its OMS log as values; failures are ApiError values; a cancelled
// load says nothing more but finished().
#include "api/ApiSession.h"
#include "api/OrderClient.h"
#include "merchant/MerchantContext.h"
#include "merchant/OmsLogClient.h"
#include "merchant/OrderDetailLoad.h"
#include "merchant/OrderDetailLoader.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/orders/OrderGenerator.h"
#include "support/SandboxConnection.h"
#include "support/TestNetwork.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using merchant::OrderDetailLoad;

namespace {
constexpr int kOrderCount = 60;
} // namespace

class TestOrderDetailLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxHost> m_host;
    std::unique_ptr<api::ApiSession> m_session;
    QNetworkAccessManager m_network;
    std::unique_ptr<merchant::OmsLogClient> m_omsLog;
    std::unique_ptr<merchant::MerchantContext> m_context;
    QList<core::Order> m_orders;

    merchant::OrderDetailLoader *loader() const { return m_context->detailLoader(); }

    /// Every signal of `load`, recorded until finished().
    struct Recording
    {
        QList<core::Order> orders;
        QList<api::ApiError> orderErrors;
        QList<core::Payment> payments;
        int messageBatches = 0;
        QList<core::Message> messages;
        int omsLogs = 0;
        QList<api::ApiError> omsErrors;
        int finished = 0;
    };

    static std::shared_ptr<Recording> record(OrderDetailLoad *load)
    {
        auto rec = std::make_shared<Recording>();
        connect(load, &OrderDetailLoad::orderLoaded, load,
                [rec](const core::Order &o) { rec->orders.append(o); });
        connect(load, &OrderDetailLoad::orderFailed, load,
                [rec](const api::ApiError &e) { rec->orderErrors.append(e); });
        connect(load, &OrderDetailLoad::paymentLoaded, load,
                [rec](const core::Payment &p) { rec->payments.append(p); });
        connect(load, &OrderDetailLoad::messagesLoaded, load, [rec](const QList<core::Message> &m) {
            ++rec->messageBatches;
            rec->messages += m;
        });
        connect(load, &OrderDetailLoad::omsLogLoaded, load, [rec] { ++rec->omsLogs; });
        connect(load, &OrderDetailLoad::omsLogFailed, load,
                [rec](const api::ApiError &e) { rec->omsErrors.append(e); });
        connect(load, &OrderDetailLoad::finished, load, [rec] { ++rec->finished; });
        return rec;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_host = std::make_unique<sandbox::SandboxHost>();
        QSignalSpy started(m_host.get(), &sandbox::SandboxHost::started);
        sandbox::SandboxConfig config;
        config.dataDir = m_dir.path();
        config.passwordIterations = 1000;
        config.outside.omsReadyAfterSeconds = 3600;
        config.outside.omsShipAfterSeconds = 3600;
        m_host->start(config);
        QVERIFY(started.wait(60000));
        QString error;
        QVERIFY2(sandbox::OrderGenerator::generateInFile(m_dir.filePath(u"sandbox.sqlite"_s), kOrderCount, 9,
                                                         {}, {}, &error),
                 qPrintable(error));
        const sandbox::SandboxCredentials credentials = m_host->credentials();
        QVERIFY(credentials.omsUrl.isValid());
        const api::ConnectionConfig connection = testsupport::sandboxConnection(credentials, u"merchant");
        m_session = std::make_unique<api::ApiSession>(testsupport::testNetwork(), connection,
                                                      api::OAuthTokenProvider::Grant::ClientCredentials);
        m_omsLog = std::make_unique<merchant::OmsLogClient>(&m_network, credentials.omsUrl);
        m_context = std::make_unique<merchant::MerchantContext>(m_session->transport(), connection.scopes,
                                                                nullptr, m_omsLog.get());
        QVERIFY(loader()->canReadMessages());
        QVERIFY(loader()->hasOmsLog());
        auto *job = m_context->orders()->query(api::ResourceQuery().limit(kOrderCount));
        QSignalSpy done(job, &api::ApiJob::finished);
        QVERIFY(done.wait(20000));
        QVERIFY(job->result().ok());
        m_orders = job->result().value().results;
        QCOMPARE(m_orders.size(), kOrderCount);
    }

    void cleanupTestCase()
    {
        m_context.reset();
        m_session.reset();
        if (m_host)
            m_host->stop();
    }

    void loadsTheOrderAndItsExtrasAsValues()
    {
        // Generated orders carry no payments (the checkout suites cover the payment part of the detail).
        const auto withPayment = std::find_if(m_orders.begin(), m_orders.end(),
                                              [](const core::Order &o) { return o.orderNumber.has_value(); });
        QVERIFY(withPayment != m_orders.end());
        OrderDetailLoad *load = loader()->load(withPayment->id);
        const auto rec = record(load);
        QCOMPARE(rec->orders.size(), 0); // never synchronously
        QTRY_COMPARE_WITH_TIMEOUT(rec->finished, 1, 20000);
        QCOMPARE(rec->orders.size(), 1);
        QCOMPARE(rec->orders.first().id, withPayment->id);
        QCOMPARE(rec->orderErrors.size(), 0);
        QCOMPARE(rec->payments.size(), withPayment->paymentInfo.payments.size());
        QCOMPARE(rec->messageBatches, 1);
        for (const core::Message &message : std::as_const(rec->messages))
            QCOMPARE(message.resource.id, withPayment->id);
        // The OMS never saw a generated order: a value that says so, not a string.
        QCOMPARE(rec->omsLogs + rec->omsErrors.size(), 1);
        if (!rec->omsErrors.isEmpty()) {
            QCOMPARE(rec->omsErrors.first().httpStatus, 404);
            QCOMPARE(rec->omsErrors.first().code, merchant::OmsLogClient::kNotFound);
        }
    }

    void unknownOrderFailsWithAnApiError()
    {
        OrderDetailLoad *load = loader()->load(u"00000000-0000-4000-8000-000000000000"_s);
        const auto rec = record(load);
        QTRY_COMPARE_WITH_TIMEOUT(rec->finished, 1, 20000);
        QCOMPARE(rec->orders.size(), 0);
        QCOMPARE(rec->orderErrors.size(), 1);
        QCOMPARE(rec->orderErrors.first().httpStatus, 404);
        QCOMPARE(rec->orderErrors.first().code, u"ResourceNotFound"_s);
        QCOMPARE(rec->messageBatches, 0);
    }

    void cancelledLoadOnlyFinishes()
    {
        OrderDetailLoad *load = loader()->load(m_orders.first().id);
        QPointer<OrderDetailLoad> guard(load);
        const auto rec = record(load);
        load->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(rec->finished, 1, 5000);
        QTRY_VERIFY(guard.isNull()); // deleted after finishing: nothing can follow
        QCOMPARE(rec->finished, 1);
        QCOMPARE(rec->orders.size(), 0);
        QCOMPARE(rec->orderErrors.size(), 0);
        QCOMPARE(rec->messageBatches, 0);
    }

    void extrasOfAnOrderAtHand()
    {
        const core::Order &order = m_orders.last();
        OrderDetailLoad *load = loader()->loadExtras(order);
        const auto rec = record(load);
        QTRY_COMPARE_WITH_TIMEOUT(rec->finished, 1, 20000);
        QCOMPARE(rec->orders.size(), 0); // the order is not loaded again
        QCOMPARE(rec->payments.size(), order.paymentInfo.payments.size());
        QCOMPARE(rec->messageBatches, 1);
    }

    void omsLogClientReportsErrorValues()
    {
        // Nothing listens on this port: a Network error value, never a bare string.
        merchant::OmsLogClient unreachable(&m_network, QUrl(u"http://127.0.0.1:9"_s));
        std::optional<api::Result<merchant::OmsDeliveryLog>> result;
        unreachable.fetch(u"X-1"_s, this,
                          [&result](const api::Result<merchant::OmsDeliveryLog> &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(!result->ok());
        QVERIFY(result->error().kind == api::ApiError::Kind::Network);
        merchant::OmsLogClient unconfigured(&m_network, QUrl());
        result.reset();
        unconfigured.fetch(u"X-1"_s, this,
                           [&result](const api::Result<merchant::OmsDeliveryLog> &r) { result = r; });
        QVERIFY(!result.has_value());
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->error().kind == api::ApiError::Kind::Configuration);
    }
};

QTEST_GUILESS_MAIN(TestOrderDetailLoader)
#include "TestOrderDetailLoader.moc"
