// SPDX-License-Identifier: MIT
#include "api/FakeBackend.h"
#include "api/OrderClient.h"
#include "merchant/BulkRunner.h"
#include "merchant/OrderActionService.h"
#include "merchant/OrderFixtures.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using merchant::BulkItemResult;
using testsupport::ScriptedHttpServer;

class TestBulkRunner : public QObject
{
    Q_OBJECT

private:
    static testsupport::OrderSpec spec(int n, qint64 version, const QString &state = u"Open"_s)
    {
        testsupport::OrderSpec s;
        s.id = u"order-%1"_s.arg(n);
        s.orderNumber = u"CD-%1"_s.arg(n);
        s.version = version;
        s.orderState = state;
        return s;
    }

private Q_SLOTS:
    void confirmsASelectionWithAResultPerOrder()
    {
        ScriptedHttpServer server;
        QVERIFY(server.start());
        // 1: applied. 2: already confirmed → skipped, no request. 3: 409, re-read, applied again.
        // 4: refused.
        server.enqueue("/demo/orders/order-1",
                       testsupport::jsonReply(200, testsupport::orderJson(spec(1, 2, u"Confirmed"_s))));
        server.enqueue("/demo/orders/order-3",
                       testsupport::errorReply(409, u"ConcurrentModification"_s, {{u"currentVersion"_s, 5}}));
        server.enqueue("/demo/orders/order-3",
                       testsupport::jsonReply(200, testsupport::orderJson(spec(3, 5))));
        server.enqueue("/demo/orders/order-3",
                       testsupport::jsonReply(200, testsupport::orderJson(spec(3, 6, u"Confirmed"_s))));
        server.enqueue("/demo/orders/order-4", testsupport::errorReply(400, u"InvalidOperation"_s));
        auto session = testsupport::fakeSession(server);
        api::OrderClient orders(session->transport());
        merchant::OrderActionService service(&orders);
        merchant::BulkRunner runner(&service);
        QSignalSpy progress(&runner, &merchant::BulkRunner::progress);
        QSignalSpy finished(&runner, &merchant::BulkRunner::finished);

        runner.start({testsupport::order(spec(1, 1)), testsupport::order(spec(2, 1, u"Confirmed"_s)),
                      testsupport::order(spec(3, 1)), testsupport::order(spec(4, 1))},
                     merchant::OrderCommand::confirm());
        QVERIFY(runner.isRunning());
        QVERIFY(finished.wait());
        QCOMPARE(finished.first().at(0).toInt(), 2); // applied
        QCOMPARE(finished.first().at(1).toInt(), 1); // failed
        QCOMPARE(progress.size(), 4);
        QCOMPARE(progress.last().at(0).toInt(), 4);
        const auto &results = runner.results();
        QCOMPARE(results.size(), 4);
        QCOMPARE(results.at(0).status, BulkItemResult::Status::Applied);
        QCOMPARE(results.at(1).status, BulkItemResult::Status::Skipped);
        QCOMPARE(results.at(2).status, BulkItemResult::Status::Applied);
        QCOMPARE(results.at(3).status, BulkItemResult::Status::Failed);
        QVERIFY(results.at(3).error.has_value());
        QCOMPARE(results.at(3).error->code, u"InvalidOperation"_s);
        QCOMPARE(results.at(3).orderNumber, u"CD-4"_s);
        QCOMPARE(server.requestCount("/demo/orders/order-2"), 0);
        // The re-applied update for order 3 carried the re-read version.
        const auto requests = testsupport::apiRequests(server);
        int lastOrder3Post = -1;
        for (int i = 0; i < requests.size(); ++i) {
            if (requests.at(i).path() == "/demo/orders/order-3" && requests.at(i).method == "POST")
                lastOrder3Post = i;
        }
        QCOMPARE(testsupport::bodyOf(requests.at(lastOrder3Post)).value(u"version"_s).toInt(), 5);
    }

    void cancelReportsTheRestCancelled()
    {
        ScriptedHttpServer server;
        QVERIFY(server.start());
        ScriptedHttpServer::Reply hang;
        hang.mode = ScriptedHttpServer::Reply::Mode::Hang;
        server.enqueue("/demo/orders/order-1", hang);
        auto session = testsupport::fakeSession(server);
        api::OrderClient orders(session->transport());
        merchant::OrderActionService service(&orders);
        merchant::BulkRunner runner(&service);
        QSignalSpy finished(&runner, &merchant::BulkRunner::finished);
        runner.start({testsupport::order(spec(1, 1)), testsupport::order(spec(2, 1))},
                     merchant::OrderCommand::confirm());
        QTRY_COMPARE(server.requestCount("/demo/orders/order-1"), 1);
        runner.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!runner.isRunning());
        QCOMPARE(runner.results().size(), 2);
        QCOMPARE(runner.results().at(0).status, BulkItemResult::Status::Cancelled);
        QCOMPARE(runner.results().at(1).status, BulkItemResult::Status::Cancelled);
        testsupport::barrier(server, session->transport(), this); // order-2's request would come first
        QCOMPARE(server.requestCount("/demo/orders/order-2"), 0);
        QVERIFY(testsupport::isBarrier(testsupport::apiRequests(server).last()));
    }
};

QTEST_GUILESS_MAIN(TestBulkRunner)
#include "TestBulkRunner.moc"
