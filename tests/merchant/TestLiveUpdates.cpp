// SPDX-License-Identifier: MIT
#include "api/FakeBackend.h"
#include "api/OrderClient.h"
#include "merchant/LiveUpdates.h"
#include "merchant/OrderFixtures.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using testsupport::ScriptedHttpServer;

class TestLiveUpdates : public QObject
{
    Q_OBJECT

private:
    static QJsonObject at(const QString &id, qint64 version, const QString &created, const QString &modified)
    {
        testsupport::OrderSpec spec;
        spec.id = id;
        spec.orderNumber = id.toUpper();
        spec.version = version;
        spec.createdAt = created;
        spec.lastModifiedAt = modified;
        return testsupport::orderJson(spec);
    }

private Q_SLOTS:
    void reportsChangesOnceAndNewOrdersSeparately()
    {
        const QString t0 = u"2026-11-20T10:00:00.000Z"_s;
        const QString t1 = u"2026-11-20T10:00:05.000Z"_s;
        const QString t2 = u"2026-11-20T10:00:09.000Z"_s;
        ScriptedHttpServer server;
        QVERIFY(server.start());
        // Baseline: the newest order. Then: an old order changed at t1 and a new one created at t2.
        server.enqueue("/demo/orders",
                       testsupport::jsonReply(200, testsupport::pageJson({at(u"a"_s, 3, t0, t0)})));
        server.enqueue(
            "/demo/orders",
            testsupport::jsonReply(200, testsupport::pageJson({at(u"a"_s, 3, t0, t0), at(u"b"_s, 5, t0, t1),
                                                               at(u"c"_s, 1, t2, t2)})));
        // The next poll sees the last one again (>= since) and nothing else.
        server.enqueue("/demo/orders",
                       testsupport::jsonReply(200, testsupport::pageJson({at(u"c"_s, 1, t2, t2)})));
        auto session = testsupport::fakeSession(server);
        api::OrderClient orders(session->transport());
        merchant::LiveUpdates live(&orders);
        QSignalSpy baseline(&live, &merchant::LiveUpdates::baselineReady);
        QSignalSpy changed(&live, &merchant::LiveUpdates::ordersChanged);
        QSignalSpy created(&live, &merchant::LiveUpdates::newOrders);

        live.start(60000); // the test polls by hand
        QVERIFY(baseline.wait());
        live.pollNow();
        QVERIFY(changed.wait());
        const auto changedOrders = changed.first().at(0).value<QList<core::Order>>();
        QCOMPARE(changedOrders.size(), 2);
        QCOMPARE(changedOrders.at(0).id, u"b"_s);
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.first().at(0).value<QList<core::Order>>().first().id, u"c"_s);
        QCOMPARE(live.since(), QDateTime::fromString(t2, Qt::ISODateWithMs));

        live.pollNow();
        QTRY_COMPARE(server.requestCount("/demo/orders"), 3);
        QTRY_VERIFY(!live.isPolling()); // the third poll's answer is processed
        QCOMPARE(changed.size(), 1);
        QCOMPARE(created.size(), 1);
        const QUrlQuery last = testsupport::queryOf(testsupport::apiRequests(server).last());
        QCOMPARE(last.queryItemValue(u"where"_s, QUrl::FullyDecoded), u"lastModifiedAt >= :since"_s);
        QCOMPARE(last.queryItemValue(u"var.since"_s, QUrl::FullyDecoded), t2);
        QCOMPARE(last.queryItemValue(u"withTotal"_s), u"false"_s);
        live.stop();
        QVERIFY(!live.isActive());
    }
};

QTEST_GUILESS_MAIN(TestLiveUpdates)
#include "TestLiveUpdates.moc"
