// SPDX-License-Identifier: MIT
// KeysetPager walks a result set past the 10,000-offset limit: a fake server serves 25,000 synthetic ids in
// keyset pages; every id arrives exactly once, the caller's predicate rides along on every page, and the walk
// can be stopped or ended by an error.
#include "FakeBackend.h"
#include "api/KeysetPager.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using namespace commercedesk::testsupport;

namespace {

constexpr int kRows = 25000;
const QByteArray kOrdersPath = "/demo/orders"_ba;

struct Row
{
    QString id;
};

std::optional<core::PagedResult<Row>> decodeRowPage(const QJsonValue &value, api::json::JsonError *error)
{
    const QJsonObject object = value.toObject();
    if (!object.value("results"_L1).isArray()) {
        if (error)
            *error = {u"results"_s, u"missing required field"_s};
        return std::nullopt;
    }
    core::PagedResult<Row> page;
    page.limit = object.value("limit"_L1).toInteger();
    page.count = object.value("count"_L1).toInteger();
    for (const QJsonValue &row : object.value("results"_L1).toArray())
        page.results.append(Row{row.toObject().value("id"_L1).toString()});
    return page;
}

// Synthetic ids whose string order differs from creation order, so the pager must rely on the server's sort.
QStringList syntheticIds()
{
    QStringList ids;
    ids.reserve(kRows);
    for (int i = 0; i < kRows; ++i)
        ids.append(u"%1-%2"_s.arg((i * 7919) % kRows, 5, 10, QChar(u'0')).arg(i));
    ids.sort();
    return ids;
}

// A keyset-paging backend over `ids` that also checks each request's shape; problems go to `violations`.
std::function<ScriptedHttpServer::Reply(const ScriptedHttpServer::Request &)>
keysetBackend(const QStringList &ids, QStringList *violations)
{
    return [ids, violations](const ScriptedHttpServer::Request &request) {
        const QStringList wheres = queryValues(request, u"where"_s);
        if (!wheres.contains(u"orderState = :state"_s) ||
            queryValues(request, u"var.state"_s) != QStringList{u"Open"_s})
            violations->append(u"caller predicate missing"_s);
        if (queryValues(request, u"sort"_s) != QStringList{u"id asc"_s})
            violations->append(u"sort is not id asc"_s);
        if (queryValues(request, u"withTotal"_s) != QStringList{u"false"_s})
            violations->append(u"withTotal is not false"_s);
        if (!queryValues(request, u"offset"_s).isEmpty())
            violations->append(u"offset sent"_s);
        const int limit = queryValues(request, u"limit"_s).value(0).toInt();
        if (limit != 500)
            violations->append(u"limit is not 500"_s);
        qsizetype from = 0;
        for (const QString &where : wheres) {
            if (where.startsWith("id > \""_L1)) {
                const QString last = where.mid(6, where.size() - 7);
                from = std::upper_bound(ids.begin(), ids.end(), last) - ids.begin();
            }
        }
        QJsonArray results;
        for (qsizetype i = from; i < std::min<qsizetype>(from + limit, ids.size()); ++i)
            results.append(QJsonObject{{u"id"_s, ids.at(i)}});
        return jsonReply(200, QJsonObject{{u"limit"_s, limit},
                                          {u"offset"_s, 0},
                                          {u"count"_s, results.size()},
                                          {u"results"_s, results}});
    };
}

api::ResourceQuery openOrders()
{
    return api::ResourceQuery().where(u"orderState = :state"_s).variable(u"state"_s, u"Open"_s);
}

} // namespace

class TestKeysetPager : public QObject
{
    Q_OBJECT

private:
    ScriptedHttpServer *m_server = nullptr;
    std::unique_ptr<api::ApiSession> m_session;

    std::unique_ptr<api::KeysetPager<Row>> pager()
    {
        return std::make_unique<api::KeysetPager<Row>>(m_session->transport(), u"/orders"_s, openOrders(),
                                                       &decodeRowPage);
    }

private Q_SLOTS:
    void init()
    {
        m_server = new ScriptedHttpServer(this);
        QVERIFY(m_server->start());
        m_session = fakeSession(*m_server);
    }

    void cleanup()
    {
        m_session.reset();
        delete m_server;
    }

    void walksEveryRowExactlyOncePastTheOffsetLimit()
    {
        const QStringList ids = syntheticIds();
        QStringList violations;
        m_server->setFallback(keysetBackend(ids, &violations));
        auto walk = pager();
        QHash<QString, int> seen;
        int pages = 0;
        std::optional<std::optional<api::ApiError>> done;
        walk->start(
            [&](const QList<Row> &rows) {
                ++pages;
                for (const Row &row : rows)
                    ++seen[row.id];
            },
            [&](const std::optional<api::ApiError> &error) { done = error; });
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 60000);

        QVERIFY(!done->has_value());
        QCOMPARE(seen.size(), kRows);
        QVERIFY(std::all_of(seen.cbegin(), seen.cend(), [](int count) { return count == 1; }));
        QCOMPARE(walk->rowsDelivered(), qint64(kRows));
        QCOMPARE(pages, kRows / 500);
        QCOMPARE(apiRequests(*m_server).size(), kRows / 500 + 1); // the last, empty page ends the walk
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u", "_s)));
        QVERIFY(!walk->isRunning());
    }

    void stopInsidePageHandlerEndsTheWalk()
    {
        QStringList violations;
        m_server->setFallback(keysetBackend(syntheticIds(), &violations));
        auto walk = pager();
        int pages = 0;
        bool doneCalled = false;
        walk->start(
            [&](const QList<Row> &) {
                if (++pages == 3)
                    walk->stop();
            },
            [&](const std::optional<api::ApiError> &) { doneCalled = true; });
        QTRY_COMPARE(pages, 3);
        barrier(*m_server, m_session->transport(), this);
        QCOMPARE(pages, 3);
        QVERIFY(!doneCalled);
        const auto sent = apiRequests(*m_server);
        QCOMPARE(sent.size(), 4); // three pages, then the barrier: no fourth page
        QVERIFY(isBarrier(sent.last()));
        QVERIFY(!walk->isRunning());
    }

    void failedPageEndsWithTheError()
    {
        QStringList violations;
        const auto backend = keysetBackend(syntheticIds(), &violations);
        int served = 0;
        m_server->setFallback([&](const ScriptedHttpServer::Request &request) {
            return ++served == 2 ? errorReply(400, u"InvalidInput"_s) : backend(request);
        });
        auto walk = pager();
        int rows = 0;
        std::optional<std::optional<api::ApiError>> done;
        walk->start([&](const QList<Row> &page) { rows += int(page.size()); },
                    [&](const std::optional<api::ApiError> &error) { done = error; });
        QTRY_VERIFY(done.has_value());
        QVERIFY(done->has_value());
        QCOMPARE((*done)->code, u"InvalidInput"_s);
        QCOMPARE(rows, 500);
    }

    void destroyingThePagerCancelsThePageInFlight()
    {
        ScriptedHttpServer::Reply hang;
        hang.mode = ScriptedHttpServer::Reply::Mode::Hang;
        m_server->setFallback([hang](const ScriptedHttpServer::Request &) { return hang; });
        auto walk = pager();
        bool called = false;
        walk->start([&](const QList<Row> &) { called = true; },
                    [&](const std::optional<api::ApiError> &) { called = true; });
        QTRY_COMPARE(apiRequests(*m_server).size(), 1);
        walk.reset();
        barrier(*m_server, m_session->transport(), this); // the cancelled page's outcome is processed by now
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestKeysetPager)
#include "TestKeysetPager.moc"
