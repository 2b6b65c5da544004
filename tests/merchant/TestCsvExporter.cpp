// SPDX-License-Identifier: MIT
#include "api/FakeBackend.h"
#include "merchant/CsvExporter.h"
#include "merchant/OrderFixtures.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using merchant::CsvExporter;
using merchant::LineColumn;
using merchant::OrderColumn;
using testsupport::ScriptedHttpServer;

class TestCsvExporter : public QObject
{
    Q_OBJECT

private:
    // Pages of 2 by id: 5 orders → 3 pages.
    static ScriptedHttpServer::Reply answer(const QList<QJsonObject> &byId,
                                            const ScriptedHttpServer::Request &request)
    {
        const QUrlQuery query = testsupport::queryOf(request);
        const int limit = query.queryItemValue(u"limit"_s).toInt();
        const QStringList where = query.allQueryItemValues(u"where"_s, QUrl::FullyDecoded);
        int start = 0;
        if (!where.isEmpty() && where.last().startsWith(u"id >"_s)) {
            const QString last = where.last().section(u'"', 1, 1);
            while (start < byId.size() && byId.at(start)[u"id"_s].toString() <= last)
                ++start;
        }
        return testsupport::jsonReply(200, testsupport::pageJson(byId.mid(start, limit)));
    }

private Q_SLOTS:
    void escapesLikeRfc4180_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("csv");
        QTest::newRow("plain") << u"CD-1"_s << u"CD-1"_s;
        QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
        // Spreadsheet formulas are neutralized with a leading apostrophe (CSV injection).
        QTest::newRow("formula =") << u"=1+2"_s << u"'=1+2"_s;
        QTest::newRow("formula + quoted") << u"+cmd|' /C calc'!A0,x"_s << u"\"'+cmd|' /C calc'!A0,x\""_s;
        QTest::newRow("formula -") << u"-2+3"_s << u"'-2+3"_s;
        QTest::newRow("formula @") << u"@SUM(A1:A2)"_s << u"'@SUM(A1:A2)"_s;
        QTest::newRow("hyperlink") << u"=HYPERLINK(\"http://x\")"_s << u"\"'=HYPERLINK(\"\"http://x\"\")\""_s;
        QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
        QTest::newRow("carriage return") << u"\r=1"_s << u"\"'\r=1\""_s;
        QTest::newRow("negative amount stays a number") << u"-12.50"_s << u"-12.50"_s;
        QTest::newRow("inner = is fine") << u"a=b"_s << u"a=b"_s;
    }

    void escapesLikeRfc4180()
    {
        QFETCH(QString, field);
        QFETCH(QString, csv);
        QCOMPARE(CsvExporter::escape(field), csv);
    }

    void streamsEveryOrderPageByPage_data()
    {
        QTest::addColumn<int>("granularity");
        QTest::addColumn<int>("rowsPerOrder");
        QTest::newRow("one row per order") << int(CsvExporter::Granularity::PerOrder) << 1;
        QTest::newRow("one row per line item") << int(CsvExporter::Granularity::PerLineItem) << -1;
    }

    void streamsEveryOrderPageByPage()
    {
        QFETCH(int, granularity);
        QFETCH(int, rowsPerOrder);
        QList<QJsonObject> byId = testsupport::orderRun(0, 5);
        std::sort(byId.begin(), byId.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a[u"id"_s].toString() < b[u"id"_s].toString();
        });
        ScriptedHttpServer server;
        QVERIFY(server.start());
        server.setFallback([&byId](const auto &request) { return answer(byId, request); });
        auto session = testsupport::fakeSession(server);
        CsvExporter exporter(session->transport());
        exporter.setPageSize(2);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSignalSpy progress(&exporter, &CsvExporter::progress);
        QSignalSpy finished(&exporter, &CsvExporter::finished);
        merchant::OrderFilter filter;
        filter.orderStates = {core::OrderState::Open};
        exporter.start(
            filter, CsvExporter::Granularity(granularity),
            {OrderColumn::OrderNumber, OrderColumn::Customer, OrderColumn::Total, OrderColumn::OrderState},
            {LineColumn::Sku, LineColumn::Quantity}, &buffer);
        QVERIFY(exporter.isRunning());
        QVERIFY(finished.wait());
        QVERIFY(!exporter.isRunning());
        QCOMPARE(progress.size(), 3);
        QCOMPARE(finished.first().at(0).toLongLong(), 5);

        const QStringList lines = QString::fromUtf8(buffer.data()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        const core::Order sample = *api::orderFromWire(byId.first());
        const int perOrder = rowsPerOrder > 0 ? rowsPerOrder : int(sample.lineItems.size());
        QCOMPARE(lines.size(), 1 + 5 * perOrder);
        if (rowsPerOrder > 0) {
            QCOMPARE(lines.first(), u"orderNumber,customer,total,orderState"_s);
        } else {
            QCOMPARE(lines.first(), u"orderNumber,customer,total,orderState,sku,quantity"_s);
        }
        const QStringList first = lines.at(1).split(u',');
        QCOMPARE(first.at(0), sample.orderNumber.value());
        QCOMPARE(first.at(2),
                 sample.displayTotal().toDecimalString() + u' ' + sample.displayTotal().currencyCode());
        QCOMPARE(first.at(3), u"Open"_s);
        if (rowsPerOrder < 0) {
            QCOMPARE(first.at(4), sample.lineItems.first().variant.sku.value_or(QString()));
            QCOMPARE(first.at(5), QString::number(sample.lineItems.first().quantity));
        }
        // Each request walked by id with the filter ANDed, no offset.
        for (const auto &request : testsupport::apiRequests(server)) {
            const QUrlQuery query = testsupport::queryOf(request);
            QCOMPARE(query.allQueryItemValues(u"where"_s, QUrl::FullyDecoded).first(),
                     u"orderState in :orderStates"_s);
            QCOMPARE(query.queryItemValue(u"sort"_s, QUrl::FullyDecoded), u"id asc"_s);
        }
    }

    void cancelStopsTheWalk()
    {
        ScriptedHttpServer server;
        QVERIFY(server.start());
        ScriptedHttpServer::Reply hang;
        hang.mode = ScriptedHttpServer::Reply::Mode::Hang;
        server.enqueue("/demo/orders", hang);
        auto session = testsupport::fakeSession(server);
        CsvExporter exporter(session->transport());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSignalSpy cancelled(&exporter, &CsvExporter::cancelled);
        QSignalSpy finished(&exporter, &CsvExporter::finished);
        exporter.start({}, CsvExporter::Granularity::PerOrder, {OrderColumn::OrderNumber}, {}, &buffer);
        QTRY_COMPARE(server.requestCount("/demo/orders"), 1);
        exporter.cancel();
        QCOMPARE(cancelled.size(), 1);
        testsupport::barrier(server, session->transport(), this); // the cancelled page is processed by now
        QVERIFY(finished.isEmpty());
        QCOMPARE(server.requestCount("/demo/orders"), 1); // no next page
        QCOMPARE(buffer.data(), "orderNumber\r\n"_ba);
    }
};

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "TestCsvExporter.moc"
