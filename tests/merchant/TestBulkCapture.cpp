// SPDX-License-Identifier: MIT
// BulkCapture against a real sandbox and its payment gateway on loopback: orders with a card payment the
// gateway authorized are captured through the Payment Intents API while the gateway fails captures at
// random; a capture left Pending is completed by the next run, never repeated: the gateway's own log
// (GET /v1/authorizations/{id} "operations") shows exactly one capture per payment, and the per-order
// results say captured / nothing to capture / failed with the reason. With the desk's OrderActionService the
// orders' paymentState follows: Paid once captured, as the sandbox stores it.
#include "api/ApiSession.h"
#include "api/OrderClient.h"
#include "api/PaymentClient.h"
#include "api/PaymentIntentClient.h"
#include "core/PaymentBalance.h"
#include "merchant/BulkCapture.h"
#include "merchant/MerchantContext.h"
#include "merchant/OrderActionService.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/faults/FaultInjector.h"
#include "sandbox/faults/FaultRule.h"
#include "sandbox/orders/OrderGenerator.h"
#include "support/AuthorizedOrders.h"
#include "support/SandboxConnection.h"
#include "support/TestNetwork.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using merchant::BulkItemResult;

class TestBulkCapture : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxHost> m_host;
    std::unique_ptr<api::ApiSession> m_session;
    QList<core::Order> m_paid;   // orders with an authorized payment
    QList<core::Order> m_unpaid; // orders without a payment

    /// How many captures the gateway's log lists for the payment's authorization.
    int gatewayCaptures(const QString &paymentId)
    {
        api::PaymentClient payments(m_session->transport());
        const auto payment = testsupport::awaitValue(payments.byId(paymentId));
        if (!payment || !payment->interfaceId)
            return -1;
        QUrl url = m_host->credentials().gatewayUrl;
        url.setPath(u"/v1/authorizations/%1"_s.arg(*payment->interfaceId));
        QNetworkReply *reply = testsupport::testNetwork()->get(QNetworkRequest(url));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
            return -1;
        const QJsonArray operations =
            QJsonDocument::fromJson(reply->readAll()).object().value(u"operations"_s).toArray();
        reply->deleteLater();
        int captures = 0;
        for (const QJsonValue &operation : operations)
            captures += operation.toObject().value(u"operation"_s).toString() == u"capture"_s ? 1 : 0;
        return captures;
    }

    core::PaymentBalance balance(const core::Order &order)
    {
        api::PaymentClient payments(m_session->transport());
        const auto payment = testsupport::awaitValue(payments.byId(order.paymentInfo.payments.first().id));
        return payment ? *core::PaymentBalance::of(*payment) : core::PaymentBalance{};
    }

    QList<BulkItemResult> run(merchant::BulkCapture &capture, const QList<core::Order> &orders)
    {
        QSignalSpy finished(&capture, &merchant::BulkRun::finished);
        capture.start(orders);
        if (!finished.wait(120000))
            qFatal("the bulk capture did not finish");
        return capture.results();
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
        config.outside.services = {u"gateway"_s};
        m_host->start(config);
        QVERIFY(started.wait(60000));
        QString error;
        QVERIFY2(sandbox::OrderGenerator::generateInFile(m_dir.filePath(u"sandbox.sqlite"_s), 20, 7, {}, {},
                                                         &error),
                 qPrintable(error));
        const api::ConnectionConfig connection =
            testsupport::sandboxConnection(m_host->credentials(), u"merchant");
        m_session = std::make_unique<api::ApiSession>(testsupport::testNetwork(), connection,
                                                      api::OAuthTokenProvider::Grant::ClientCredentials);
        api::OrderClient orders(m_session->transport());
        const auto page = testsupport::awaitValue(orders.query(api::ResourceQuery().limit(14)));
        QVERIFY(page && page->results.size() == 14);
        for (int i = 0; i < 14; ++i) {
            const core::Order &order = page->results.at(i);
            if (i % 5 == 4) {
                m_unpaid.append(order);
                continue;
            }
            const auto paid =
                testsupport::authorizeOrder(m_session->transport(), m_host->credentials().gatewayUrl, order);
            QVERIFY(paid);
            // As a freshly authorized card order is (the generated orders carry any state).
            const auto pending = testsupport::awaitValue(
                orders.update(paid->id, paid->version,
                              {api::OrderActions::changePaymentState(core::PaymentState::Pending)}));
            QVERIFY(pending);
            m_paid.append(*pending);
        }
    }

    void cleanupTestCase()
    {
        m_session.reset();
        if (m_host)
            m_host->stop();
    }

    void capturesEveryOrderExactlyOnceThroughGatewayFaults()
    {
        api::PaymentClient payments(m_session->transport());
        api::PaymentIntentClient intents(m_session->transport());
        api::OrderClient orderClient(m_session->transport());
        merchant::OrderActionService actions(&orderClient);
        merchant::BulkCapture capture(&payments, &intents, &actions);
        QList<core::Order> selection = m_paid;
        selection.insert(2, m_unpaid.first());

        // Every gateway capture fails (503): each capture stays Pending, reported as failed, none repeated.
        QString error;
        m_host->faults()->add(
            *sandbox::FaultRule::parse(u"gateway:POST /v1/authorizations/*/capture:error:503"_s, &error));
        const QList<BulkItemResult> blocked = run(capture, selection.mid(0, 4));
        QCOMPARE(blocked.size(), 4);
        QCOMPARE(blocked.at(2).status, BulkItemResult::Status::NothingToCapture);
        for (int i : {0, 1, 3}) {
            QCOMPARE(blocked.at(i).status, BulkItemResult::Status::Failed);
            QCOMPARE(blocked.at(i).note, BulkItemResult::CaptureNote::StillPending);
            QVERIFY(!blocked.at(i).amount);
            QVERIFY(balance(selection.at(i)).pending);
            QCOMPARE(gatewayCaptures(selection.at(i).paymentInfo.payments.first().id), 0);
        }

        // A gateway failing 30 % of captures and the API 20 % of intents: retries with re-reads.
        m_host->faults()->clear();
        m_host->faults()->add(
            *sandbox::FaultRule::parse(u"gateway:POST /v1/authorizations/*/capture:error:503@0.3"_s, &error));
        m_host->faults()->add(
            *sandbox::FaultRule::parse(u"api:POST /payment-intents/*:error:502@0.2"_s, &error));
        const QList<BulkItemResult> faulty = run(capture, selection);
        m_host->faults()->clear();
        const QList<BulkItemResult> clean = run(capture, selection);

        for (int i = 0; i < selection.size(); ++i) {
            const core::Order &order = selection.at(i);
            QCOMPARE(faulty.at(i).orderId, order.id);
            QCOMPARE(faulty.at(i).orderNumber, order.orderNumber.value_or(order.id));
            if (order.paymentInfo.payments.isEmpty()) {
                QCOMPARE(faulty.at(i).status, BulkItemResult::Status::NothingToCapture);
                QCOMPARE(clean.at(i).status, BulkItemResult::Status::NothingToCapture);
                continue;
            }
            // Captured in the faulty run, or failed there and captured in the clean one — once in all.
            const BulkItemResult &captured =
                faulty.at(i).status == BulkItemResult::Status::Applied ? faulty.at(i) : clean.at(i);
            QCOMPARE(captured.status, BulkItemResult::Status::Applied);
            QCOMPARE(*captured.amount, order.displayTotal());
            if (faulty.at(i).status == BulkItemResult::Status::Applied)
                QCOMPARE(clean.at(i).status, BulkItemResult::Status::NothingToCapture);
            const core::PaymentBalance after = balance(order);
            QVERIFY(!after.pending);
            QCOMPARE(after.captured, order.displayTotal());
            QCOMPARE(gatewayCaptures(order.paymentInfo.payments.first().id), 1);
            // The order's paymentState followed the capture (set by the run that captured, or by the clean
            // run on the order as re-read after the first one changed it).
            const auto stored = testsupport::awaitValue(orderClient.byId(order.id));
            QVERIFY(stored);
            QCOMPARE(stored->paymentState, core::PaymentState::Paid);
            QVERIFY(!clean.at(i).error);
        }
        // An order without a payment keeps its state.
        const auto unpaid = testsupport::awaitValue(orderClient.byId(m_unpaid.first().id));
        QVERIFY(unpaid);
        QCOMPARE(unpaid->paymentState, m_unpaid.first().paymentState);
    }

    void viewOnlyClientMayNotCapture()
    {
        const api::ConnectionConfig readOnly =
            testsupport::sandboxConnection(m_host->credentials(), u"merchant-readonly");
        QVERIFY(!merchant::MerchantContext::scopesAllowPaymentIntents(readOnly.scopes));
        const api::ConnectionConfig merchant =
            testsupport::sandboxConnection(m_host->credentials(), u"merchant");
        QVERIFY(merchant::MerchantContext::scopesAllowPaymentIntents(merchant.scopes));
    }
};

QTEST_GUILESS_MAIN(TestBulkCapture)
#include "TestBulkCapture.moc"
