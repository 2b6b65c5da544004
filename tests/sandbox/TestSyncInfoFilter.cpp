// SPDX-License-Identifier: MIT
// "syncInfo is empty" / "is not empty" on GET /orders over real loopback HTTP: answered from
// orders.sync_info_count (storage/Migrations v4) with the same results and totals as the JSON says,
// before and after updateSyncInfo. The sandbox runs without outside systems so that no OMS
// write-back changes syncInfo while the test compares.
#include "OrdersTestSupport.h"
#include "sandbox/orders/OrderEndpoints.h"
#include "sandbox/query/Predicate.h"
#include "sandbox/query/SqlWhere.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk::sandbox;
using commercedesk::sandbox::test::HttpResult;
using commercedesk::sandbox::test::OrdersFixture;

namespace {

QJsonObject action(const QString &name, const QJsonObject &fields = {})
{
    QJsonObject a = fields;
    a.insert(u"action"_s, name);
    return a;
}

} // namespace

class TestSyncInfoFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void endpointsCompileItToSql_data();
    void endpointsCompileItToSql();
    void emptyAndNotEmptyFollowTheSyncInfo();

private:
    QJsonObject createOrder();
    HttpResult update(const QJsonObject &order, const QJsonArray &actions);
    // GET /orders?where=…&withTotal=true sorted newest first, every page: the ids, *total from the first.
    QSet<QString> queryIds(const QString &where, qint64 *total);
    // The ids of the orders whose stored JSON matches the SQL `condition` on `doc`.
    QSet<QString> storedIds(const QString &condition);

    OrdersFixture m_fx;
    int m_counter = 0;
};

void TestSyncInfoFilter::initTestCase()
{
    QString error;
    QVERIFY2(m_fx.start(u"sync-filter-test"_s, &error, false), qPrintable(error));
}

QJsonObject TestSyncInfoFilter::createOrder()
{
    const HttpResult r =
        m_fx.orderFromCart(m_fx.insertCart({}), u"S-%1"_s.arg(++m_counter, 5, 10, QLatin1Char('0')));
    if (r.status != 201)
        qWarning() << r.body;
    return r.json;
}

HttpResult TestSyncInfoFilter::update(const QJsonObject &order, const QJsonArray &actions)
{
    return m_fx.post(m_fx.path(u"/orders/"_s % order.value(u"id"_s).toString()),
                     {{u"version"_s, order.value(u"version"_s)}, {u"actions"_s, actions}},
                     m_fx.clientToken(u"merchant"_s));
}

void TestSyncInfoFilter::endpointsCompileItToSql_data()
{
    QTest::addColumn<QString>("where");
    QTest::newRow("is empty") << u"syncInfo is empty"_s;
    QTest::newRow("is not empty") << u"syncInfo is not empty"_s;
    QTest::newRow("not(is empty)") << u"not(syncInfo is empty)"_s;
}

void TestSyncInfoFilter::endpointsCompileItToSql()
{
    // GET /orders (and /me/orders, as-associate) answer it from orders.sync_info_count alone.
    QFETCH(QString, where);
    const ResourceQuerySpec spec = OrderEndpoints::querySpec();
    QString error;
    const auto p = Predicate::parse(where, {}, &error);
    QVERIFY2(p, qPrintable(error));
    const SqlWhere compiled =
        SqlWhere::compile(p->root(), SqlWhere::withSpine(spec.columns), spec.arrayLengthColumns);
    QVERIFY(compiled.residual.empty());
    QVERIFY2(compiled.sql.contains(u"sync_info_count"_s), qPrintable(compiled.sql));
}

QSet<QString> TestSyncInfoFilter::queryIds(const QString &where, qint64 *total)
{
    QSet<QString> ids;
    *total = -1;
    for (int offset = 0;; offset += 500) {
        const HttpResult r = m_fx.get(m_fx.path(u"/orders"_s), m_fx.clientToken(u"merchant"_s),
                                      {{u"where"_s, where},
                                       {u"withTotal"_s, u"true"_s},
                                       {u"sort"_s, u"createdAt desc"_s},
                                       {u"sort"_s, u"id desc"_s},
                                       {u"limit"_s, u"500"_s},
                                       {u"offset"_s, QString::number(offset)}});
        if (r.status != 200) {
            qWarning() << r.body;
            return {};
        }
        if (*total < 0)
            *total = r.json.value(u"total"_s).toInteger();
        const QJsonArray results = r.json.value(u"results"_s).toArray();
        for (const QJsonValue &o : results)
            ids.insert(o.toObject().value(u"id"_s).toString());
        if (results.size() < 500)
            return ids;
    }
}

QSet<QString> TestSyncInfoFilter::storedIds(const QString &condition)
{
    QSet<QString> ids;
    QSqlQuery q(m_fx.database().connection());
    if (q.exec(u"SELECT id FROM orders WHERE "_s % condition)) {
        while (q.next())
            ids.insert(q.value(0).toString());
    }
    return ids;
}

void TestSyncInfoFilter::emptyAndNotEmptyFollowTheSyncInfo()
{
    const QJsonObject other = createOrder(); // synced to a channel that is not the OMS
    const QJsonObject pending = createOrder();
    const QString otherId = other.value(u"id"_s).toString();
    const QString pendingId = pending.value(u"id"_s).toString();
    const QString untouchedId = createOrder().value(u"id"_s).toString();
    const HttpResult toStore = update(
        other,
        {action(u"updateSyncInfo"_s,
                {{u"channel"_s, QJsonObject{{u"typeId"_s, u"channel"_s}, {u"key"_s, u"store-berlin"_s}}},
                 {u"externalId"_s, u"B-1"_s}})});
    QCOMPARE(toStore.status, 200);

    const auto check = [this](const QString &synced, const QStringList &notSynced) {
        const QSet<QString> emptyInJson = storedIds(u"json_array_length(doc, '$.syncInfo') = 0"_s);
        const QSet<QString> filledInJson = storedIds(u"json_array_length(doc, '$.syncInfo') > 0"_s);
        QVERIFY(!emptyInJson.isEmpty() && !filledInJson.isEmpty());
        qint64 total = -1;
        QCOMPARE(queryIds(u"syncInfo is empty"_s, &total), emptyInJson);
        QCOMPARE(total, qint64(emptyInJson.size()));
        QCOMPARE(queryIds(u"syncInfo is not empty"_s, &total), filledInJson);
        QCOMPARE(total, qint64(filledInJson.size()));
        QCOMPARE(queryIds(u"not(syncInfo is empty)"_s, &total), filledInJson);
        QCOMPARE(total, qint64(filledInJson.size()));
        QVERIFY(filledInJson.contains(synced));
        for (const QString &id : notSynced)
            QVERIFY(emptyInJson.contains(id));
        // The column mirrors the JSON on every row.
        QCOMPARE(m_fx.database()
                     .scalar(u"SELECT COUNT(*) FROM orders "
                             u"WHERE sync_info_count IS NOT json_array_length(doc, '$.syncInfo')"_s)
                     .toInt(),
                 0);
    };
    check(otherId, {pendingId, untouchedId});
    if (QTest::currentTestFailed())
        return;

    // The OMS write-back's action moves the pending order from one set to the other.
    const HttpResult toOms = update(
        pending, {action(u"updateSyncInfo"_s,
                         {{u"channel"_s, QJsonObject{{u"typeId"_s, u"channel"_s}, {u"key"_s, u"oms"_s}}},
                          {u"externalId"_s, u"OMS-2"_s}})});
    QCOMPARE(toOms.status, 200);
    check(pendingId, {untouchedId});
}

QTEST_GUILESS_MAIN(TestSyncInfoFilter)
#include "TestSyncInfoFilter.moc"
