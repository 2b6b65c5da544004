// SPDX-License-Identifier: MIT
#include "api/FakeBackend.h"
#include "api/OrderClient.h"
#include "api/OrderSearch.h"
#include "merchant/OrderFixtures.h"
#include "merchant/OrderListSession.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using testsupport::ScriptedHttpServer;

Q_DECLARE_METATYPE(commercedesk::testsupport::ScriptedHttpServer::Reply)

// The order list over a scripted backend that answers like the Orders query endpoint: count requests
// (withTotal=true) get `total`; page requests get the next slice of a fixed, sorted run of orders, chosen by
// the keyset variables the session sent.
class TestOrderListSession : public QObject
{
    Q_OBJECT

private:
    QList<QJsonObject> m_run = testsupport::orderRun(0, 25);
    qint64 m_total = 25;
    QStringList m_hangText; // a page request with this var.text never gets an answer

    ScriptedHttpServer::Reply answer(const ScriptedHttpServer::Request &request)
    {
        const QUrlQuery query = testsupport::queryOf(request);
        if (query.queryItemValue(u"withTotal"_s) == u"true"_s)
            return testsupport::jsonReply(200, testsupport::pageJson({}, m_total));
        if (m_hangText.contains(query.queryItemValue(u"var.text"_s, QUrl::FullyDecoded))) {
            ScriptedHttpServer::Reply hang;
            hang.mode = ScriptedHttpServer::Reply::Mode::Hang;
            return hang;
        }
        const int limit = query.queryItemValue(u"limit"_s).toInt();
        const QString afterId = query.queryItemValue(u"var.ksId"_s, QUrl::FullyDecoded);
        int start = 0;
        if (!afterId.isEmpty()) {
            while (start < m_run.size() && m_run.at(start).value(u"id"_s).toString() != afterId)
                ++start;
            ++start;
        }
        return testsupport::jsonReply(200, testsupport::pageJson(m_run.mid(start, limit)));
    }

private Q_SLOTS:
    void pagesWithKeysetOnCreatedAt()
    {
        ScriptedHttpServer server;
        QVERIFY(server.start());
        server.setFallback([this](const auto &request) { return answer(request); });
        auto session = testsupport::fakeSession(server);
        api::OrderClient orders(session->transport());
        merchant::OrderListSession list(&orders, true);
        list.setPageSize(10);
        QSignalSpy pages(&list, &merchant::OrderListSession::pageLoaded);
        QSignalSpy count(&list, &merchant::OrderListSession::countChanged);
        QSignalSpy resets(&list, &merchant::OrderListSession::reset);

        QVERIFY(!list.canFetchMore());
        list.setFilter({});
        QCOMPARE(resets.size(), 1);
        QVERIFY(pages.wait());
        QCOMPARE(pages.last().at(0).value<QList<core::OrderSummary>>().size(), 10);
        QVERIFY(list.canFetchMore());
        list.fetchMore();
        QVERIFY(pages.wait());
        list.fetchMore();
        QVERIFY(pages.wait());
        QCOMPARE(pages.last().at(0).value<QList<core::OrderSummary>>().size(), 5);
        QVERIFY(pages.last().at(1).toBool());
        QVERIFY(list.atEnd());
        QVERIFY(!list.canFetchMore());
        QTRY_COMPARE(count.size(), 1);
        QCOMPARE(count.last().at(0).toLongLong(), 25);
        QVERIFY(!count.last().at(1).toBool());

        // Every page request: sorted createdAt desc then id desc, no total; later ones carry the keyset.
        QList<QUrlQuery> pageQueries;
        for (const auto &request : testsupport::apiRequests(server)) {
            const QUrlQuery query = testsupport::queryOf(request);
            if (query.queryItemValue(u"withTotal"_s) == u"false"_s)
                pageQueries.append(query);
        }
        QCOMPARE(pageQueries.size(), 3);
        for (const QUrlQuery &query : std::as_const(pageQueries)) {
            QCOMPARE(query.allQueryItemValues(u"sort"_s, QUrl::FullyDecoded),
                     (QStringList{u"createdAt desc"_s, u"id desc"_s}));
            QVERIFY(!query.hasQueryItem(u"offset"_s));
        }
        QVERIFY(!pageQueries.at(0).hasQueryItem(u"var.ksId"_s));
        QCOMPARE(pageQueries.at(1).queryItemValue(u"where"_s, QUrl::FullyDecoded),
                 u"(createdAt < :ksValue or (createdAt = :ksValue and id < :ksId))"_s);
        QCOMPARE(pageQueries.at(1).queryItemValue(u"var.ksId"_s), m_run.at(9).value(u"id"_s).toString());
        QCOMPARE(pageQueries.at(2).queryItemValue(u"var.ksValue"_s, QUrl::FullyDecoded),
                 m_run.at(19).value(u"createdAt"_s).toString());
    }

    void filterChangeDropsTheStalePage()
    {
        ScriptedHttpServer server;
        QVERIFY(server.start());
        m_hangText = {u"slow"_s};
        server.setFallback([this](const auto &request) { return answer(request); });
        auto session = testsupport::fakeSession(server);
        api::OrderClient orders(session->transport());
        merchant::OrderListSession list(&orders, true);
        QSignalSpy pages(&list, &merchant::OrderListSession::pageLoaded);
        QSignalSpy failures(&list, &merchant::OrderListSession::failed);

        merchant::OrderFilter slow;
        slow.text = u"slow"_s;
        list.setFilter(slow);
        QTRY_VERIFY(server.requestCount("/demo/orders") >= 1);
        QVERIFY(list.isLoading());
        list.setFilter({});
        QVERIFY(pages.wait());
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages.first().at(0).value<QList<core::OrderSummary>>().size(), 25);
        QVERIFY(failures.isEmpty());
        QCOMPARE(list.filter(), merchant::OrderFilter());
        m_hangText.clear();
    }

    void countReadsCappedForFilteredQueries_data()
    {
        QTest::addColumn<bool>("filtered");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<bool>("capped");
        QTest::newRow("filtered at the cap") << true << qint64(10000) << true;
        QTest::newRow("filtered below the cap") << true << qint64(9999) << false;
        QTest::newRow("unfiltered million is exact") << false << qint64(1000000) << false;
    }

    void countReadsCappedForFilteredQueries()
    {
        QFETCH(bool, filtered);
        QFETCH(qint64, total);
        QFETCH(bool, capped);
        m_total = total;
        ScriptedHttpServer server;
        QVERIFY(server.start());
        server.setFallback([this](const auto &request) { return answer(request); });
        auto session = testsupport::fakeSession(server);
        api::OrderClient orders(session->transport());
        merchant::OrderListSession list(&orders, false);
        list.setPageSize(10); // a first page that is not the whole result: the count is asked for
        QVERIFY(!list.canAct());
        QSignalSpy count(&list, &merchant::OrderListSession::countChanged);
        merchant::OrderFilter filter;
        if (filtered)
            filter.orderStates = {core::OrderState::Open};
        list.setFilter(filter);
        QVERIFY(count.wait());
        QCOMPARE(count.last().at(0).toLongLong(), total);
        QCOMPARE(count.last().at(1).toBool(), capped);
        QCOMPARE(list.totalCapped(), capped);
        // The count is asked for only after the first page is in, so it never delays the rows.
        const auto requests = testsupport::apiRequests(server);
        QCOMPARE(requests.size(), 2);
        QCOMPARE(testsupport::queryOf(requests.at(0)).queryItemValue(u"withTotal"_s), u"false"_s);
        QCOMPARE(testsupport::queryOf(requests.at(1)).queryItemValue(u"withTotal"_s), u"true"_s);
        m_total = 25;
    }

    void aFirstPageThatIsTheWholeResultIsTheCount()
    {
        m_total = -1; // a count request would be answered wrongly
        ScriptedHttpServer server;
        QVERIFY(server.start());
        server.setFallback([this](const auto &request) { return answer(request); });
        auto session = testsupport::fakeSession(server);
        api::OrderClient orders(session->transport());
        merchant::OrderListSession list(&orders, true);
        QSignalSpy count(&list, &merchant::OrderListSession::countChanged);
        list.setFilter({});
        QVERIFY(count.wait());
        QCOMPARE(count.last().at(0).toLongLong(), 25);
        QVERIFY(!count.last().at(1).toBool());
        QCOMPARE(list.total(), std::optional<qint64>(25));
        testsupport::barrier(server, session->transport(), this); // a stray count request would come first
        const auto requests = testsupport::apiRequests(server);
        QCOMPARE(requests.size(), 2); // the page, then the barrier
        QVERIFY(testsupport::isBarrier(requests.last()));
        m_total = 25;
    }

    /// A project without Order Search answers POST /orders/search with 404: the list then matches the text
    /// exactly over the Orders query endpoint, from then on without asking the search again. Any other
    /// error of the search is the list's failure, with no fallback.
    void textSearchFallsBackToExactMatchingOnlyWhenSearchIsMissing_data()
    {
        QTest::addColumn<ScriptedHttpServer::Reply>("searchAnswer");
        QTest::addColumn<bool>("fallsBack");

        QTest::newRow("404: no order search") << testsupport::errorReply(404, u"ResourceNotFound"_s) << true;
        QTest::newRow("400: a real error") << testsupport::errorReply(400, u"InvalidInput"_s) << false;
        QTest::newRow("403: not allowed") << testsupport::errorReply(403, u"insufficient_scope"_s) << false;
    }

    void textSearchFallsBackToExactMatchingOnlyWhenSearchIsMissing()
    {
        QFETCH(ScriptedHttpServer::Reply, searchAnswer);
        QFETCH(bool, fallsBack);

        ScriptedHttpServer server;
        QVERIFY(server.start());
        server.setFallback([this, searchAnswer](const ScriptedHttpServer::Request &request) {
            return request.path() == "/demo/orders/search"_ba ? searchAnswer : answer(request);
        });
        auto session = testsupport::fakeSession(server);
        api::OrderClient orders(session->transport());
        api::OrderSearchClient search(session->transport());
        merchant::OrderListSession list(&orders, true);
        list.setTextSearch(&search);
        QSignalSpy pages(&list, &merchant::OrderListSession::pageLoaded);
        QSignalSpy failed(&list, &merchant::OrderListSession::failed);

        merchant::OrderFilter filter;
        filter.text = u" CD-7 "_s;
        list.setFilter(filter);
        if (!fallsBack) {
            QVERIFY(failed.wait());
            QCOMPARE(failed.first().at(0).value<api::ApiError>().httpStatus, searchAnswer.status);
            testsupport::barrier(server, session->transport(), this);
            const auto requests = testsupport::apiRequests(server);
            QCOMPARE(requests.size(), 2); // the search, then the barrier: no query fallback
            QCOMPARE(requests.first().path(), "/demo/orders/search"_ba);
            QVERIFY(pages.isEmpty());
            return;
        }
        QVERIFY(pages.wait());
        QVERIFY(failed.isEmpty());
        const auto requests = testsupport::apiRequests(server);
        QCOMPARE(requests.first().method, "POST"_ba);
        QCOMPARE(requests.first().path(), "/demo/orders/search"_ba);
        QCOMPARE(requests.at(1).method, "GET"_ba);
        QCOMPARE(requests.at(1).path(), "/demo/orders"_ba);
        const QUrlQuery exact = testsupport::queryOf(requests.at(1));
        QVERIFY(exact.queryItemValue(u"where"_s, QUrl::FullyDecoded).contains(u"orderNumber = :text"_s));
        QCOMPARE(exact.queryItemValue(u"var.text"_s, QUrl::FullyDecoded), u"CD-7"_s);

        // The next text goes straight to the exact match.
        filter.text = u"CD-8"_s;
        list.setFilter(filter);
        QVERIFY(pages.wait());
        QCOMPARE(server.requestCount("/demo/orders/search"), 1);
        QVERIFY(failed.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOrderListSession)
#include "TestOrderListSession.moc"
