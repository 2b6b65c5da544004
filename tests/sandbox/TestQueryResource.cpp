// SPDX-License-Identifier: MIT
// ResourceQuery over real loopback HTTP: a test Router serving tables filled here, through the real
// HttpServer and a real SQLite file (where with every operator, var.*, malformed input, paging
// bounds, the total cap, sorts, keyset paging, expansion and index use).
#include "SandboxTestSupport.h"
#include "sandbox/Sandbox.h"
#include "sandbox/http/HttpServer.h"
#include "sandbox/http/Router.h"
#include "sandbox/orders/OrderColumns.h"
#include "sandbox/query/QuerySort.h"
#include "sandbox/query/ResourceQuery.h"
#include "sandbox/query/SqlWhere.h"
#include "sandbox/storage/Database.h"
#include "sandbox/storage/Migrations.h"
#include "sandbox/storage/ResourceTable.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSet>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace commercedesk::sandbox;
using commercedesk::sandbox::test::HttpResult;
using commercedesk::sandbox::test::TestHttp;
using Query = QList<QPair<QString, QString>>;

namespace {

constexpr int OrderCount = 3000;
constexpr int ZoneCount = 10050;
const QStringList States{u"Open"_s, u"Confirmed"_s, u"Complete"_s, u"Cancelled"_s};
const QStringList Countries{u"DE"_s, u"FR"_s, u"GB"_s, u"US"_s, u"NL"_s};

QString isoAt(int minutes)
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC)
        .addSecs(qint64(minutes) * 60)
        .toString(Qt::ISODateWithMs);
}

// Order i: state i%4, country i%5, sku i%10, paymentState when i%3==0, tags b2b when i%2==0 (+gift
// when i%6==0), total i*100, version 1+i%3, createdAt in a scrambled order, email (i*37)%3000.
QJsonObject orderDoc(int i)
{
    QJsonArray tags;
    if (i % 2 == 0)
        tags.append(u"b2b"_s);
    if (i % 6 == 0)
        tags.append(u"gift"_s);
    QJsonObject o{{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                  {u"version"_s, 1 + i % 3},
                  {u"orderNumber"_s, u"N-%1"_s.arg(i)},
                  {u"orderState"_s, States.at(i % 4)},
                  {u"createdAt"_s, isoAt((i * 7) % OrderCount)},
                  {u"lastModifiedAt"_s, isoAt(i)},
                  {u"customerEmail"_s, u"c%1@example.com"_s.arg((i * 37) % OrderCount, 4, 10, QChar(u'0'))},
                  {u"totalPrice"_s, QJsonObject{{u"currencyCode"_s, u"EUR"_s}, {u"centAmount"_s, i * 100}}},
                  {u"shippingAddress"_s, QJsonObject{{u"country"_s, Countries.at(i % 5)}}},
                  {u"lineItems"_s,
                   QJsonArray{QJsonObject{{u"variant"_s, QJsonObject{{u"sku"_s, u"SKU-%1"_s.arg(i % 10)}}}}}},
                  {u"tags"_s, tags}};
    if (i % 3 == 0)
        o.insert(u"paymentState"_s, u"Paid"_s);
    if (i == 0) {
        o.insert(
            u"paymentInfo"_s,
            QJsonObject{{u"payments"_s,
                         QJsonArray{QJsonObject{{u"typeId"_s, u"payment"_s}, {u"id"_s, u"p-1"_s}},
                                    QJsonObject{{u"typeId"_s, u"payment"_s}, {u"id"_s, u"p-missing"_s}}}}});
        o.insert(u"businessUnit"_s, QJsonObject{{u"typeId"_s, u"business-unit"_s}, {u"key"_s, u"acme"_s}});
    }
    return o;
}

QJsonObject plainDoc(const QString &id, int n)
{
    return {{u"id"_s, id},
            {u"version"_s, 1},
            {u"createdAt"_s, isoAt(n)},
            {u"lastModifiedAt"_s, isoAt(n)},
            {u"n"_s, n}};
}

} // namespace

class TestQueryResource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void whereOperators_data();
    void whereOperators();
    void malformed_data();
    void malformed();
    void pagingBounds_data();
    void pagingBounds();
    void totalCappedWithWhere_data();
    void totalCappedWithWhere();
    void sorts_data();
    void sorts();
    void keysetPagingReturnsEveryRowOnce_data();
    void keysetPagingReturnsEveryRowOnce();
    void expandsReferences();
    void catalogEndpointsTakeWhere();
    void arrayLengthColumnsCompile_data();
    void arrayLengthColumnsCompile();
    void listsUseIndexes_data();
    void listsUseIndexes();
    void totalWithoutWhereIsCachedUntilAWrite();
    void pagesFollowAnIndex_data();
    void pagesFollowAnIndex();
    void mergedInRangesKeepTheOrder();
    void whereLimits_data();
    void whereLimits();
    void queryOverBudgetTimesOut_data();
    void queryOverBudgetTimesOut();
    void deadlineInterruptsSql();

private:
    HttpResult orders(const Query &query) { return m_http->get(u"/q/orders"_s, query); }
    QList<QJsonObject> results(const HttpResult &r) const;

    QTemporaryDir m_dir;
    Database m_db;
    Router m_router;
    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<TestHttp> m_http;
    ResourceQuerySpec m_orders;
    ResourceQuerySpec m_indexedOrders; // OrderColumns' mapping
    QString m_firstOrderId;
};

QList<QJsonObject> TestQueryResource::results(const HttpResult &r) const
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : r.json.value(u"results"_s).toArray())
        out.append(v.toObject());
    return out;
}

void TestQueryResource::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_db.open(m_dir.filePath(u"query.sqlite"_s)));
    QString error;
    QVERIFY2(Migrations::apply(m_db, Migrations::standard(), QDateTime::currentDateTimeUtc(), &error),
             qPrintable(error));
    QVERIFY(m_db.begin());
    ResourceTable orders(m_db, u"orders"_s);
    for (int i = 0; i < OrderCount; ++i) {
        const QJsonObject doc = orderDoc(i);
        if (i == 0)
            m_firstOrderId = doc.value(u"id"_s).toString();
        QVERIFY(orders.insert(doc, OrderColumns::extra(doc, QString())));
    }
    QSqlQuery zones(m_db.connection());
    QVERIFY(zones.prepare(
        u"INSERT INTO zones (id, version, created_at, last_modified_at, doc) VALUES (?, 1, ?, ?, ?)"_s));
    for (int i = 0; i < ZoneCount; ++i) {
        const QString id = u"z-%1"_s.arg(i, 5, 10, QChar(u'0'));
        zones.addBindValue(id);
        zones.addBindValue(isoAt(i));
        zones.addBindValue(isoAt(i));
        zones.addBindValue(QJsonDocument(plainDoc(id, i)).toJson(QJsonDocument::Compact));
        QVERIFY(zones.exec());
    }
    QVERIFY(ResourceTable(m_db, u"payments"_s).insert(plainDoc(u"p-1"_s, 1)));
    QJsonObject unit = plainDoc(u"bu-1"_s, 2);
    unit.insert(u"key"_s, u"acme"_s);
    QVERIFY(ResourceTable(m_db, u"business_units"_s).insert(unit, {{u"unit_type"_s, u"Company"_s}}));
    QVERIFY(m_db.commit());

    m_orders.table = u"orders"_s;
    m_orders.columns = {{u"orderNumber"_s, u"order_number"_s},
                        {u"orderState"_s, u"order_state"_s},
                        {u"paymentState"_s, u"payment_state"_s},
                        {u"customerEmail"_s, u"customer_email"_s},
                        {u"totalPrice.centAmount"_s, u"total_cent"_s}};
    m_router.add(HttpMethod::Get, u"/{projectKey}/orders"_s,
                 [this](RequestContext &c) { return ResourceQuery::run(m_db, m_orders, c); });
    m_indexedOrders.table = u"orders"_s;
    m_indexedOrders.columns = OrderColumns::queryColumns();
    m_indexedOrders.arrayLengthColumns = OrderColumns::arrayLengthColumns();
    m_router.add(HttpMethod::Get, u"/{projectKey}/orders-indexed"_s,
                 [this](RequestContext &c) { return ResourceQuery::run(m_db, m_indexedOrders, c); });
    m_router.add(HttpMethod::Get, u"/{projectKey}/orders/{id}"_s, [this](RequestContext &c) {
        const auto doc = ResourceTable(m_db, u"orders"_s).byId(c.param(u"id"_s));
        return doc ? HttpResponse::json(ResourceQuery::expand(m_db, *doc, c))
                   : HttpResponse::notFound(u"no"_s);
    });
    m_router.add(HttpMethod::Get, u"/{projectKey}/zones"_s, [this](RequestContext &c) {
        ResourceQuerySpec spec;
        spec.table = u"zones"_s;
        return ResourceQuery::run(m_db, spec, c);
    });
    m_server = std::make_unique<HttpServer>(
        m_router, [](const QString &) { return std::optional<Principal>(); }, &m_db);
    auto *tcp = new QTcpServer(m_server.get());
    QVERIFY(tcp->listen(QHostAddress::LocalHost, 0));
    m_server->bind(tcp);
    m_http = std::make_unique<TestHttp>(QUrl(u"http://127.0.0.1:%1"_s.arg(tcp->serverPort())));
}

void TestQueryResource::whereOperators_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<Query>("vars");
    QTest::addColumn<int>("expected");

    QTest::newRow("= on a column") << u"orderState = \"Open\""_s << Query{} << 750;
    QTest::newRow("!= on a column") << u"orderState != \"Open\""_s << Query{} << 2250;
    QTest::newRow("<> on a column") << u"orderState <> \"Open\""_s << Query{} << 2250;
    QTest::newRow("> on a column") << u"totalPrice.centAmount > 150000"_s << Query{} << 1499;
    QTest::newRow(">= scoped on a column") << u"totalPrice(centAmount >= 150000)"_s << Query{} << 1500;
    QTest::newRow("< on a column") << u"totalPrice.centAmount < 1000"_s << Query{} << 10;
    QTest::newRow("<= on a column") << u"totalPrice.centAmount <= 1000"_s << Query{} << 11;
    QTest::newRow("in on a column") << u"orderState in (\"Open\", \"Complete\")"_s << Query{} << 1500;
    QTest::newRow("not in on a column") << u"orderState not in (\"Open\")"_s << Query{} << 2250;
    QTest::newRow("is defined on a column") << u"paymentState is defined"_s << Query{} << 1000;
    QTest::newRow("is not defined on a column") << u"paymentState is not defined"_s << Query{} << 2000;
    QTest::newRow("!= matches a missing column") << u"paymentState != \"Paid\""_s << Query{} << 2000;
    QTest::newRow("spine version") << u"version = 2"_s << Query{} << 1000;
    QTest::newRow("spine createdAt") << u"createdAt < \"%1\""_s.arg(isoAt(100)) << Query{} << 100;
    QTest::newRow("or of columns") << u"orderState = \"Open\" or orderState = \"Confirmed\""_s << Query{}
                                   << 1500;
    QTest::newRow("not of a column") << u"not(orderState = \"Open\")"_s << Query{} << 2250;
    QTest::newRow("not of a missing column") << u"not(paymentState = \"Paid\")"_s << Query{} << 2000;
    QTest::newRow("scoped JSON field") << u"shippingAddress(country = \"DE\")"_s << Query{} << 600;
    QTest::newRow("array JSON field") << u"lineItems(variant(sku = \"SKU-3\"))"_s << Query{} << 300;
    QTest::newRow("contains any") << u"tags contains any (\"b2b\", \"x\")"_s << Query{} << 1500;
    QTest::newRow("contains all") << u"tags contains all (\"b2b\", \"gift\")"_s << Query{} << 500;
    QTest::newRow("is empty") << u"tags is empty"_s << Query{} << 1500;
    QTest::newRow("is not empty") << u"tags is not empty"_s << Query{} << 1500;
    QTest::newRow("column and JSON") << u"orderState = \"Open\" and shippingAddress(country = \"DE\")"_s
                                     << Query{} << 150;
    QTest::newRow("column or JSON") << u"orderState = \"Open\" or shippingAddress(country = \"DE\")"_s
                                    << Query{} << 1200;
    QTest::newRow("var list") << u"orderNumber in :nums"_s
                              << Query{{u"var.nums"_s, u"N-1"_s}, {u"var.nums"_s, u"N-2"_s}} << 2;
    QTest::newRow("var single") << u"orderNumber = :n"_s << Query{{u"var.n"_s, u"N-7"_s}} << 1;
    QTest::newRow("var number from URL") << u"version = :v and orderState = :s"_s
                                         << Query{{u"var.v"_s, u"1"_s}, {u"var.s"_s, u"Open"_s}} << 250;
    QTest::newRow("no match") << u"orderNumber = \"nope\""_s << Query{} << 0;
    QTest::newRow("sku in") << u"lineItems(variant(sku in (\"SKU-3\", \"SKU-4\")))"_s << Query{} << 600;
    QTest::newRow("sku dotted") << u"lineItems.variant.sku = \"SKU-5\""_s << Query{} << 300;
    QTest::newRow("not sku") << u"not(lineItems(variant(sku = \"SKU-3\")))"_s << Query{} << 2700;
    QTest::newRow("one line item with two SKUs")
        << u"lineItems(variant(sku = \"SKU-3\") and variant(sku = \"SKU-4\"))"_s << Query{} << 0;
    QTest::newRow("sku or state") << u"lineItems(variant(sku = \"SKU-3\")) or orderState = \"Open\""_s
                                  << Query{} << 1050;
    QTest::newRow("in with eight values, merged")
        << u"orderState in (\"Open\", \"Complete\", \"a\", \"b\", \"c\", \"d\", \"e\", \"f\")"_s << Query{}
        << 1500;
    QTest::newRow("keyset seek")
        << u"totalPrice(centAmount > 100) or (totalPrice(centAmount = 100) and id > \"\")"_s << Query{}
        << 2999;
}

void TestQueryResource::whereOperators()
{
    QFETCH(QString, where);
    QFETCH(Query, vars);
    QFETCH(int, expected);
    // The same answer on JSON-evaluated paths and with the orders endpoints' own columns (side tables,
    // merged ranges).
    for (const QString &path : {u"/q/orders"_s, u"/q/orders-indexed"_s}) {
        QSet<QString> ids;
        qint64 total = -1;
        for (int offset = 0; offset < OrderCount; offset += 500) {
            Query q = vars;
            q << qMakePair(u"where"_s, where) << qMakePair(u"limit"_s, u"500"_s)
              << qMakePair(u"offset"_s, QString::number(offset)) << qMakePair(u"sort"_s, u"createdAt desc"_s);
            const HttpResult r = m_http->get(path, q);
            QVERIFY2(r.status == 200, r.body.constData());
            if (total < 0)
                total = r.json.value(u"total"_s).toInteger();
            for (const QJsonObject &o : results(r))
                ids.insert(o.value(u"id"_s).toString());
        }
        QCOMPARE(total, expected);
        QCOMPARE(ids.size(), expected);
    }
}

void TestQueryResource::malformed_data()
{
    QTest::addColumn<Query>("query");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("dangling operator") << Query{{u"where"_s, u"orderState ="_s}} << u"at position 13"_s;
    QTest::newRow("bad token") << Query{{u"where"_s, u"orderState == \"Open\""_s}} << u"at position 13"_s;
    QTest::newRow("second where malformed")
        << Query{{u"where"_s, u"version = 1"_s}, {u"where"_s, u"(version = 1"_s}} << u"at position 13"_s;
    QTest::newRow("unknown variable") << Query{{u"where"_s, u"orderNumber = :x"_s}} << u":x"_s;
    QTest::newRow("malformed sort") << Query{{u"sort"_s, u"createdAt sideways"_s}} << u"sort"_s;
    QTest::newRow("sort with two directions") << Query{{u"sort"_s, u"createdAt desc asc"_s}} << u"sort"_s;
}

void TestQueryResource::malformed()
{
    QFETCH(Query, query);
    QFETCH(QString, messagePart);
    const HttpResult r = orders(query);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"InvalidInput"_s);
    const QString message = r.json.value(u"message"_s).toString();
    QVERIFY2(message.contains(messagePart), qPrintable(message));
    if (query.first().first == u"where"_s)
        QVERIFY2(message.startsWith(u"Malformed parameter: where: Syntax error while parsing 'where'."_s),
                 qPrintable(message));
}

void TestQueryResource::pagingBounds_data()
{
    QTest::addColumn<Query>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("count");

    QTest::newRow("default limit") << Query{} << 200 << 20;
    QTest::newRow("limit 0") << Query{{u"limit"_s, u"0"_s}} << 200 << 0;
    QTest::newRow("limit 500") << Query{{u"limit"_s, u"500"_s}} << 200 << 500;
    QTest::newRow("limit 501") << Query{{u"limit"_s, u"501"_s}} << 400 << 0;
    QTest::newRow("negative limit") << Query{{u"limit"_s, u"-1"_s}} << 400 << 0;
    QTest::newRow("offset near the end") << Query{{u"offset"_s, u"2990"_s}} << 200 << 10;
    QTest::newRow("offset past the end") << Query{{u"offset"_s, u"5000"_s}} << 200 << 0;
    QTest::newRow("offset 10001") << Query{{u"offset"_s, u"10001"_s}} << 400 << 0;
    QTest::newRow("residual offset near the end")
        << Query{{u"offset"_s, u"590"_s}, {u"where"_s, u"shippingAddress(country = \"DE\")"_s}} << 200 << 10;
}

void TestQueryResource::pagingBounds()
{
    QFETCH(Query, query);
    QFETCH(int, status);
    QFETCH(int, count);
    const HttpResult r = orders(query);
    QCOMPARE(r.status, status);
    if (status != 200) {
        QCOMPARE(r.errorCode(), u"InvalidInput"_s);
        return;
    }
    QCOMPARE(r.json.value(u"count"_s).toInt(), count);
    QCOMPARE(results(r).size(), count);
}

void TestQueryResource::totalCappedWithWhere_data()
{
    QTest::addColumn<Query>("query");
    QTest::addColumn<int>("total");

    QTest::newRow("no where: exact") << Query{} << ZoneCount;
    QTest::newRow("SQL where: capped") << Query{{u"where"_s, u"id is defined"_s}} << 10000;
    QTest::newRow("JSON where: capped") << Query{{u"where"_s, u"n >= 0"_s}} << 10000;
    QTest::newRow("JSON where below the cap") << Query{{u"where"_s, u"n >= 10000"_s}} << 50;
    QTest::newRow("in-memory sort, where")
        << Query{{u"where"_s, u"id is defined"_s}, {u"sort"_s, u"n desc"_s}} << 10000;
}

void TestQueryResource::totalCappedWithWhere()
{
    QFETCH(Query, query);
    QFETCH(int, total);
    const HttpResult r = m_http->get(u"/q/zones"_s, query);
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json.value(u"total"_s).toInt(), total);
    QCOMPARE(r.json.value(u"count"_s).toInt(), 20);
    Query without = query;
    without << qMakePair(u"withTotal"_s, u"false"_s);
    const HttpResult r2 = m_http->get(u"/q/zones"_s, without);
    QVERIFY(!r2.json.contains(u"total"_s));
}

void TestQueryResource::sorts_data()
{
    QTest::addColumn<QStringList>("sorts");
    QTest::addColumn<QString>("field"); // dotted path of the value checked for order
    QTest::addColumn<bool>("descending");

    QTest::newRow("mapped asc") << QStringList{u"totalPrice.centAmount asc"_s} << u"totalPrice.centAmount"_s
                                << false;
    QTest::newRow("mapped desc") << QStringList{u"totalPrice.centAmount desc"_s} << u"totalPrice.centAmount"_s
                                 << true;
    QTest::newRow("spine createdAt desc") << QStringList{u"createdAt desc"_s} << u"createdAt"_s << true;
    QTest::newRow("spine createdAt asc") << QStringList{u"createdAt asc"_s} << u"createdAt"_s << false;
    QTest::newRow("unmapped asc") << QStringList{u"shippingAddress.country asc"_s}
                                  << u"shippingAddress.country"_s << false;
    QTest::newRow("unmapped desc") << QStringList{u"lineItems.variant.sku desc"_s}
                                   << u"lineItems.variant.sku"_s << true;
    QTest::newRow("two keys, mapped first")
        << QStringList{u"orderState asc"_s, u"createdAt desc"_s} << u"orderState"_s << false;
    QTest::newRow("direction case-insensitive") << QStringList{u"version DESC"_s} << u"version"_s << true;
}

void TestQueryResource::sorts()
{
    QFETCH(QStringList, sorts);
    QFETCH(QString, field);
    QFETCH(bool, descending);
    const auto valueAt = [](QJsonValue v, const QString &path) {
        for (const QString &segment : path.split(u'.')) {
            if (v.isArray())
                v = v.toArray().first();
            v = v.toObject().value(segment);
        }
        return v.isDouble() ? QVariant(v.toDouble()) : QVariant(v.toString());
    };
    // Two consecutive pages must continue the order without a seam.
    QList<QJsonObject> all;
    for (int offset : {0, 100}) {
        Query q{{u"limit"_s, u"100"_s}, {u"offset"_s, QString::number(offset)}};
        for (const QString &s : sorts)
            q << qMakePair(u"sort"_s, s);
        const HttpResult r = orders(q);
        QVERIFY2(r.status == 200, r.body.constData());
        all.append(results(r));
    }
    QCOMPARE(all.size(), 200);
    QSet<QString> ids;
    for (qsizetype i = 0; i < all.size(); ++i) {
        ids.insert(all.at(i).value(u"id"_s).toString());
        if (i == 0)
            continue;
        const QVariant prev = valueAt(all.at(i - 1), field), cur = valueAt(all.at(i), field);
        const int c = QVariant::compare(prev, cur) == QPartialOrdering::Less      ? -1
                      : QVariant::compare(prev, cur) == QPartialOrdering::Greater ? 1
                                                                                  : 0;
        QVERIFY2(descending ? c >= 0 : c <= 0,
                 qPrintable(u"row %1: %2 then %3"_s.arg(i).arg(prev.toString(), cur.toString())));
        if (c == 0 && sorts.size() == 1) { // tie-breaker: id, in the direction of the sort key
            const QString before = all.at(i - 1).value(u"id"_s).toString(),
                          after = all.at(i).value(u"id"_s).toString();
            QVERIFY(descending ? before > after : before < after);
        }
    }
    QCOMPARE(ids.size(), 200);
    if (sorts.size() == 2) { // within the same state, createdAt descending
        for (qsizetype i = 1; i < all.size(); ++i) {
            if (valueAt(all.at(i - 1), field) == valueAt(all.at(i), field))
                QVERIFY(all.at(i - 1).value(u"createdAt"_s).toString() >=
                        all.at(i).value(u"createdAt"_s).toString());
        }
    }
}

void TestQueryResource::keysetPagingReturnsEveryRowOnce_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("expected");
    QTest::newRow("all orders") << QString() << OrderCount;
    QTest::newRow("ANDed with a column filter") << u"orderState = \"Open\""_s << 750;
    QTest::newRow("ANDed with a JSON filter") << u"shippingAddress(country = \"FR\")"_s << 600;
}

void TestQueryResource::keysetPagingReturnsEveryRowOnce()
{
    QFETCH(QString, filter);
    QFETCH(int, expected);
    QStringList seen;
    QString last;
    for (int round = 0; round < 20; ++round) {
        Query q{{u"sort"_s, u"id asc"_s}, {u"limit"_s, u"500"_s}, {u"withTotal"_s, u"false"_s}};
        if (!filter.isEmpty())
            q << qMakePair(u"where"_s, filter);
        if (!last.isEmpty())
            q << qMakePair(u"where"_s, u"id > \"%1\""_s.arg(last));
        const HttpResult r = orders(q);
        QVERIFY2(r.status == 200, r.body.constData());
        const QList<QJsonObject> page = results(r);
        for (const QJsonObject &o : page)
            seen.append(o.value(u"id"_s).toString());
        if (page.size() < 500)
            break;
        last = page.last().value(u"id"_s).toString();
    }
    QCOMPARE(seen.size(), expected);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), expected);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
}

void TestQueryResource::expandsReferences()
{
    const Query expand{{u"expand"_s, u"paymentInfo.payments[*]"_s},
                       {u"expand"_s, u"businessUnit"_s},
                       {u"expand"_s, u"no.such.path"_s}};
    const HttpResult list = orders(Query{{u"where"_s, u"orderNumber = \"N-0\""_s}} + expand);
    QCOMPARE(list.status, 200);
    QCOMPARE(results(list).size(), 1);
    const HttpResult one = m_http->get(u"/q/orders/"_s % m_firstOrderId, expand);
    QCOMPARE(one.status, 200);
    for (const QJsonObject &order : {results(list).first(), one.json}) {
        const QJsonArray payments = order.value(u"paymentInfo"_s)[u"payments"_s].toArray();
        QCOMPARE(payments.size(), 2);
        QCOMPARE(payments.at(0)[u"obj"_s][u"id"_s].toString(), u"p-1"_s);
        QVERIFY(!payments.at(1).toObject().contains(u"obj"_s)); // unresolvable: left as it is
        QCOMPARE(order.value(u"businessUnit"_s)[u"obj"_s][u"key"_s].toString(), u"acme"_s);
        QCOMPARE(order.value(u"businessUnit"_s)[u"key"_s].toString(), u"acme"_s);
    }
    const HttpResult plain = m_http->get(u"/q/orders/"_s % m_firstOrderId);
    QVERIFY(!plain.json.value(u"businessUnit"_s).toObject().contains(u"obj"_s));
}

void TestQueryResource::catalogEndpointsTakeWhere()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxConfig config;
    config.dataDir = dir.path();
    config.projectKey = u"query-test"_s;
    Sandbox sandbox(config);
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    TestHttp http(sandbox.credentials().apiUrl);
    const QByteArray token = http.clientToken(sandbox.credentials(), u"admin"_s);
    QVERIFY(!token.isEmpty());

    const HttpResult all = http.get(u"/query-test/categories"_s, {{u"limit"_s, u"500"_s}}, token);
    QCOMPARE(all.status, 200);
    int roots = 0;
    for (const QJsonObject &c : results(all))
        roots += c.contains(u"parent"_s) ? 0 : 1;
    QVERIFY(roots > 0 && roots < all.json.value(u"total"_s).toInt());
    const HttpResult rootsOnly =
        http.get(u"/query-test/categories"_s,
                 {{u"where"_s, u"parent is not defined"_s}, {u"limit"_s, u"500"_s}}, token);
    QCOMPARE(rootsOnly.status, 200);
    QCOMPARE(rootsOnly.json.value(u"total"_s).toInt(), roots);

    const HttpResult tax = http.get(u"/query-test/tax-categories"_s,
                                    {{u"where"_s, u"key = :k"_s}, {u"var.k"_s, u"standard"_s}}, token);
    QCOMPARE(tax.status, 200);
    QCOMPARE(results(tax).size(), 1);
    QCOMPARE(results(tax).first().value(u"key"_s).toString(), u"standard"_s);

    const HttpResult products = http.get(u"/query-test/product-projections"_s, {{u"limit"_s, u"3"_s}}, token);
    QCOMPARE(products.status, 200);
    const QString key = results(products).at(1).value(u"key"_s).toString();
    QVERIFY(!key.isEmpty());
    const HttpResult one =
        http.get(u"/query-test/product-projections"_s, {{u"where"_s, u"key = \"%1\""_s.arg(key)}}, token);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json.value(u"total"_s).toInt(), 1);
    QCOMPARE(results(one).first().value(u"key"_s).toString(), key);
    const QString sku = results(products).at(1)[u"masterVariant"_s][u"sku"_s].toString();
    const HttpResult bySku = http.get(u"/query-test/product-projections"_s,
                                      {{u"where"_s, u"masterVariant(sku = \"%1\")"_s.arg(sku)}}, token);
    QCOMPARE(bySku.status, 200);
    QCOMPARE(results(bySku).size(), 1);

    const HttpResult malformed =
        http.get(u"/query-test/categories"_s, {{u"where"_s, u"key = \"a\" and"_s}}, token);
    QCOMPARE(malformed.status, 400);
    QCOMPARE(malformed.errorCode(), u"InvalidInput"_s);
    QVERIFY(malformed.json.value(u"message"_s).toString().contains(u"position 14"_s));
    const HttpResult badProducts =
        http.get(u"/query-test/product-projections"_s, {{u"where"_s, u"key = "_s}}, token);
    QCOMPARE(badProducts.status, 400);
    QCOMPARE(badProducts.errorCode(), u"InvalidInput"_s);
}

void TestQueryResource::arrayLengthColumnsCompile_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("residual");

    QTest::newRow("is empty") << u"syncInfo is empty"_s << u"(sync_info_count = 0)"_s << 0;
    QTest::newRow("is not empty") << u"syncInfo is not empty"_s << u"(sync_info_count > 0)"_s << 0;
    QTest::newRow("not(is empty)") << u"not(syncInfo is empty)"_s << u"((sync_info_count = 0) IS NOT 1)"_s
                                   << 0;
    QTest::newRow("or with a column") << u"syncInfo is not empty or orderState = \"Open\""_s
                                      << u"((sync_info_count > 0) OR (order_state = ?))"_s << 0;
    QTest::newRow("and with JSON") << u"syncInfo is empty and shippingAddress(country = \"DE\")"_s
                                   << u"(sync_info_count = 0)"_s << 1;
    QTest::newRow("is defined stays JSON") << u"syncInfo is defined"_s << QString() << 1;
    QTest::newRow("comparison stays JSON") << u"syncInfo = 0"_s << QString() << 1;
    QTest::newRow("inside the array stays JSON") << u"syncInfo(channel(id = \"c\"))"_s << QString() << 1;
    QTest::newRow("is empty on a plain column stays JSON") << u"orderState is empty"_s << QString() << 1;
    QTest::newRow("is empty on an unmapped path stays JSON") << u"tags is empty"_s << QString() << 1;
}

void TestQueryResource::arrayLengthColumnsCompile()
{
    QFETCH(QString, where);
    QFETCH(QString, sql);
    QFETCH(int, residual);
    QHash<QString, QString> columns = SqlWhere::withSpine(m_orders.columns);
    columns.insert(u"syncInfo"_s, u"sync_info_count"_s);
    QString error;
    const auto p = Predicate::parse(where, {}, &error);
    QVERIFY2(p, qPrintable(error));
    const SqlWhere compiled = SqlWhere::compile(p->root(), columns, {u"sync_info_count"_s});
    QCOMPARE(compiled.sql, sql);
    QCOMPARE(int(compiled.residual.size()), residual);
    // Undeclared, the column answers no `is (not) empty`.
    if (where.contains(u"empty"_s))
        QVERIFY(!SqlWhere::compile(p->root(), columns).sql.contains(u"sync_info_count"_s));
}

void TestQueryResource::listsUseIndexes_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QStringList>("sorts");
    // A few matches through a multi-index OR: a sort step over them is fine, the count reads them.
    QTest::addColumn<bool>("fewMatches");

    const QStringList newest{u"createdAt desc"_s, u"id desc"_s};
    QTest::newRow("createdAt desc") << QString() << QStringList{u"createdAt desc"_s} << false;
    QTest::newRow("orderState, createdAt desc")
        << u"orderState = \"Open\""_s << QStringList{u"createdAt desc"_s} << false;
    QTest::newRow("keyset on id") << u"id > \"5\""_s << QStringList{u"id asc"_s} << false;
    QTest::newRow("customer email") << u"customerEmail = \"c0001@example.com\""_s
                                    << QStringList{u"createdAt desc"_s} << false;
    QTest::newRow("lastModifiedAt") << QString() << QStringList{u"lastModifiedAt desc"_s} << false;
    // The merchant pane's filters, newest first.
    QTest::newRow("pane: not synced") << u"syncInfo is empty"_s << newest << false;
    QTest::newRow("pane: synced") << u"syncInfo is not empty"_s << newest << false;
    QTest::newRow("pane: order state") << u"orderState in (\"Open\")"_s << newest << false;
    QTest::newRow("pane: payment state") << u"paymentState in (\"BalanceDue\")"_s << newest << false;
    QTest::newRow("pane: shipment state") << u"shipmentState in (\"Delayed\")"_s << newest << false;
    QTest::newRow("pane: B2B") << u"purchaseOrderNumber is defined"_s << newest << false;
    QTest::newRow("pane: created since") << u"createdAt >= \"2026-01-01T10:00:00.000Z\""_s << newest << false;
    QTest::newRow("pane: state, created since, B2C")
        << u"orderState in (\"Confirmed\") and createdAt >= \"2026-01-01T10:00:00.000Z\" and "
           u"purchaseOrderNumber is not defined"_s
        << newest << false;
    QTest::newRow("pane: payment state, B2C")
        << u"paymentState in (\"BalanceDue\") and purchaseOrderNumber is not defined"_s << newest << false;
    QTest::newRow("pane: shipment state, B2B")
        << u"shipmentState in (\"Delayed\") and purchaseOrderNumber is defined"_s << newest << false;
    QTest::newRow("pane: not synced, keyset")
        << u"syncInfo is empty and (createdAt < \"2026-01-02T00:00:00.000Z\" or "
           u"(createdAt = \"2026-01-02T00:00:00.000Z\" and id < \"x\"))"_s
        << newest << false;
    QTest::newRow("pane: country") << u"shippingAddress(country = \"DE\")"_s << newest << false;
    QTest::newRow("pane: total") << u"totalPrice(centAmount >= 50000)"_s << newest << false;
    QTest::newRow("pane: text")
        << u"(orderNumber = \"G1\" or purchaseOrderNumber = \"G1\" or customerEmail = \"G1\" or "
           u"customerEmail = \"g1\")"_s
        << newest << true;
}

void TestQueryResource::listsUseIndexes()
{
    // The orders endpoints' own mapping (the SQL and plans do not depend on the rows here).
    QFETCH(QString, where);
    QFETCH(QStringList, sorts);
    QFETCH(bool, fewMatches);
    const QHash<QString, QString> columns = SqlWhere::withSpine(OrderColumns::queryColumns());
    QString error;
    SqlWhere compiled;
    if (!where.isEmpty()) {
        const auto p = Predicate::parse(where, {}, &error);
        QVERIFY2(p, qPrintable(error));
        compiled = SqlWhere::compile(p->root(), columns, OrderColumns::arrayLengthColumns());
        QVERIFY(compiled.residual.empty());
    }
    const auto order = QuerySort::parse(sorts, columns, &error);
    QVERIFY(order && !order->inMemory());
    const QString from =
        u" FROM orders"_s % (compiled.sql.isEmpty() ? QString() : u" WHERE "_s % compiled.sql);
    const auto planOf = [this, &compiled](const QString &sql) {
        QSqlQuery q(m_db.connection());
        QStringList plan;
        if (!q.prepare(u"EXPLAIN QUERY PLAN "_s % sql))
            return QStringList{u"cannot prepare: "_s % sql};
        for (const QVariant &b : std::as_const(compiled.bindings))
            q.addBindValue(b);
        if (!q.exec())
            return QStringList{u"cannot run: "_s % sql};
        while (q.next())
            plan.append(q.value(3).toString());
        return plan;
    };
    // The page: an index in the sort order (no sort step), never a table scan.
    const QStringList page =
        planOf(u"SELECT doc"_s % from % u" ORDER BY "_s % order->orderBy() % u" LIMIT 20"_s);
    const QString pageText = page.join(u" | "_s);
    QVERIFY2(pageText.contains(u"USING"_s), qPrintable(pageText));
    for (const QString &step : page) {
        QVERIFY2(!(step.startsWith(u"SCAN orders"_s) && !step.contains(u"USING"_s)), qPrintable(pageText));
        QVERIFY2(fewMatches || !step.startsWith(u"USE TEMP B-TREE FOR ORDER BY"_s), qPrintable(pageText));
    }
    // The capped count (ResourceQuery runIndexed): inside one index, no order row read.
    const QStringList count = planOf(u"SELECT COUNT(*) FROM (SELECT 1"_s % from % u" LIMIT 10000)"_s);
    const QString countText = count.join(u" | "_s);
    QVERIFY2(countText.contains(u"USING"_s), qPrintable(countText));
    for (const QString &step : count) {
        const bool readsOrders = step.contains(u" orders"_s) && !step.contains(u"COVERING INDEX"_s);
        QVERIFY2(!(step.startsWith(u"SCAN orders"_s) && !step.contains(u"USING"_s)), qPrintable(countText));
        QVERIFY2(fewMatches || !readsOrders, qPrintable(countText));
    }
}

void TestQueryResource::totalWithoutWhereIsCachedUntilAWrite()
{
    const auto currentStamp = [this]() -> QString {
        return m_db.scalar(u"PRAGMA data_version"_s).toString() % u':' %
               m_db.scalar(u"SELECT total_changes()"_s).toString();
    };
    QCOMPARE(m_http->get(u"/q/zones"_s).json.value(u"total"_s).toInt(), ZoneCount);
    QCOMPARE(m_http->get(u"/q/zones"_s).json.value(u"total"_s).toInt(), ZoneCount);
    // The remembered count is still valid (the next request is answered from it).
    QCOMPARE(
        m_db.scalar(u"SELECT COUNT(*) FROM temp.query_counts WHERE stamp = ?"_s, {currentStamp()}).toInt(),
        1);

    QVERIFY(ResourceTable(m_db, u"zones"_s).insert(plainDoc(u"z-extra"_s, 1)));
    QCOMPARE(m_http->get(u"/q/zones"_s).json.value(u"total"_s).toInt(), ZoneCount + 1);
    QVERIFY(ResourceTable(m_db, u"zones"_s).remove(u"z-extra"_s));
    QCOMPARE(m_http->get(u"/q/zones"_s).json.value(u"total"_s).toInt(), ZoneCount);
}

void TestQueryResource::pagesFollowAnIndex_data()
{
    QTest::addColumn<Query>("query");
    QTest::addColumn<QString>("index");    // must be used
    QTest::addColumn<bool>("boundedSort"); // a sort step over at most (offset + limit) × values rows is fine

    const auto keyset = [](const QString &op) {
        return u"createdAt %1 \"2026-01-02T00:00:00.000Z\" or (createdAt = \"2026-01-02T00:00:00.000Z\" and id %1 \"x\")"_s
            .arg(op);
    };
    QTest::newRow("createdAt desc: tie-breaker follows")
        << Query{{u"sort"_s, u"createdAt desc"_s}} << u"orders_created"_s << false;
    QTest::newRow("offset 9980") << Query{{u"sort"_s, u"createdAt desc"_s}, {u"offset"_s, u"9980"_s}}
                                 << u"orders_created"_s << false;
    QTest::newRow("limit 500") << Query{{u"sort"_s, u"createdAt desc"_s}, {u"limit"_s, u"500"_s}}
                               << u"orders_created"_s << false;
    QTest::newRow("keyset desc seeks")
        << Query{{u"sort"_s, u"createdAt desc"_s}, {u"where"_s, keyset(u"<"_s)}}
        << u"orders_created ((created_at,id)<(?,?))"_s << false;
    QTest::newRow("keyset asc seeks") << Query{{u"sort"_s, u"createdAt asc"_s}, {u"where"_s, keyset(u">"_s)}}
                                      << u"orders_created ((created_at,id)>(?,?))"_s << false;
    QTest::newRow("keyset with a state seeks")
        << Query{{u"sort"_s, u"createdAt desc"_s},
                 {u"where"_s, u"orderState = \"Open\" and ("_s % keyset(u"<"_s) % u')'}}
        << u"orders_state (order_state=? AND (created_at,id)<(?,?))"_s << false;
    QTest::newRow("keyset on total seeks")
        << Query{{u"sort"_s, u"totalPrice.centAmount desc"_s},
                 {u"where"_s,
                  u"totalPrice(centAmount < 500) or (totalPrice(centAmount = 500) and id < \"x\")"_s}}
        << u"orders_total ((total_cent,id)<(?,?))"_s << false;
    QTest::newRow("state in, newest first")
        << Query{{u"sort"_s, u"createdAt desc"_s},
                 {u"where"_s, u"orderState in (\"Confirmed\", \"Complete\")"_s}}
        << u"COVERING INDEX orders_state (order_state=?)"_s << true;
    QTest::newRow("line-item SKU") << Query{{u"where"_s, u"lineItems(variant(sku = \"SKU-1\"))"_s}}
                                   << u"order_line_skus_value (value=?)"_s << true;
    // A SKU in every tenth order, newest first: walk the created index and test membership (no sort).
    QTest::newRow("common SKU, newest first")
        << Query{{u"sort"_s, u"createdAt desc"_s}, {u"where"_s, u"lineItems(variant(sku = \"SKU-1\"))"_s}}
        << u"SCAN orders USING INDEX orders_created"_s << false;
    // A SKU in no order: look its members up by id (nothing to sort), never walk every order.
    QTest::newRow("rare SKU, newest first")
        << Query{{u"sort"_s, u"createdAt desc"_s}, {u"where"_s, u"lineItems(variant(sku = \"SKU-none\"))"_s}}
        << u"sqlite_autoindex_orders_1 (id=?)"_s << true;
}

// EXPLAIN QUERY PLAN of the statement that pages: the named index, never a full scan of orders and,
// unless bounded, no temporary sort of the matches.
void TestQueryResource::pagesFollowAnIndex()
{
    QFETCH(Query, query);
    QFETCH(QString, index);
    QFETCH(bool, boundedSort);
    RequestContext ctx;
    ctx.query = query;
    const QStringList plan = ResourceQuery::explain(m_db, m_indexedOrders, ctx);
    const QString text = plan.join(u" | "_s);
    QVERIFY2(text.contains(index), qPrintable(text));
    for (const QString &step : plan) {
        QVERIFY2(!(step.startsWith(u"SCAN orders"_s) && !step.contains(u"USING"_s)), qPrintable(text));
        QVERIFY2(boundedSort || !step.contains(u"TEMP B-TREE"_s), qPrintable(text));
    }
}

// Merged `in` ranges answer exactly what one statement does (nine values are not merged).
void TestQueryResource::mergedInRangesKeepTheOrder()
{
    const auto ids = [this](const QString &in, const QString &sort, int offset) {
        const HttpResult r =
            m_http->get(u"/q/orders-indexed"_s, Query{{u"where"_s, u"orderState in (%1)"_s.arg(in)},
                                                      {u"sort"_s, sort},
                                                      {u"limit"_s, u"50"_s},
                                                      {u"offset"_s, QString::number(offset)}});
        QStringList out;
        for (const QJsonObject &o : results(r))
            out.append(o.value(u"id"_s).toString());
        return out;
    };
    const QString two = u"\"Confirmed\", \"Complete\""_s;
    const QString nine = two % u", \"a\", \"b\", \"c\", \"d\", \"e\", \"f\", \"g\""_s;
    for (const QString &sort : {u"createdAt desc"_s, u"totalPrice.centAmount asc"_s, u"orderState desc"_s}) {
        for (int offset : {0, 30, 1450}) {
            const QStringList merged = ids(two, sort, offset);
            QCOMPARE(merged.size(), 50);
            QCOMPARE(merged, ids(nine, sort, offset));
        }
    }
}

void TestQueryResource::whereLimits_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<int>("status");
    const auto list = [](int n) {
        QStringList values;
        for (int i = 0; i < n; ++i)
            values.append(u"\"N-%1\""_s.arg(i));
        return values.join(u", "_s);
    };
    const auto comparisons = [](int n) {
        QStringList parts;
        for (int i = 0; i < n; ++i)
            parts.append(u"orderNumber = \"N-%1\""_s.arg(i));
        return parts.join(u" or "_s);
    };
    QTest::newRow("500 values") << u"orderNumber in (%1)"_s.arg(list(500)) << 200;
    QTest::newRow("501 values") << u"orderNumber in (%1)"_s.arg(list(501)) << 400;
    QTest::newRow("2,000 values") << u"orderNumber in (%1)"_s.arg(list(2000)) << 400;
    QTest::newRow("100 comparisons") << comparisons(100) << 200;
    QTest::newRow("999 comparisons") << comparisons(999) << 400;
}

// Beyond the documented limits (docs/fidelity-limits.md): 400 InvalidInput, answered without running.
void TestQueryResource::whereLimits()
{
    QFETCH(QString, where);
    QFETCH(int, status);
    QElapsedTimer timer;
    timer.start();
    const HttpResult r =
        m_http->get(u"/q/orders-indexed"_s, Query{{u"where"_s, where}, {u"limit"_s, u"1"_s}});
    QVERIFY2(r.status == status, r.body.left(300).constData());
    if (status == 400) {
        QCOMPARE(r.errorCode(), u"InvalidInput"_s);
        QVERIFY(r.json.value(u"message"_s).toString().contains(u"at most"_s));
    }
    QVERIFY2(timer.elapsed() < 3000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
}

void TestQueryResource::queryOverBudgetTimesOut_data()
{
    QTest::addColumn<Query>("query");
    QTest::newRow("filter on a field without a column")
        << Query{{u"where"_s, u"shippingAddress(city = \"Nowhere\")"_s}};
    QTest::newRow("sort on a field without a column") << Query{{u"sort"_s, u"shippingAddress.city asc"_s}};
}

// With a 1 ms budget a query that parses every order's JSON answers 400 QueryTimedOut; with the default
// budget the same query answers.
void TestQueryResource::queryOverBudgetTimesOut()
{
    QFETCH(Query, query);
    const qint64 before = ResourceQuery::timeBudgetMs();
    ResourceQuery::setTimeBudgetMs(1);
    const HttpResult timedOut = m_http->get(u"/q/orders-indexed"_s, query);
    ResourceQuery::setTimeBudgetMs(before);
    QVERIFY2(timedOut.status == 400, timedOut.body.constData());
    QCOMPARE(timedOut.errorCode(), u"QueryTimedOut"_s);
    QCOMPARE(timedOut.json.value(u"statusCode"_s).toInt(), 400);
    const HttpResult answered = m_http->get(u"/q/orders-indexed"_s, query);
    QVERIFY2(answered.status == 200, answered.body.constData());
}

// A statement that would run for many seconds is interrupted once the thread's deadline passed.
void TestQueryResource::deadlineInterruptsSql()
{
    QElapsedTimer timer;
    timer.start();
    {
        const Database::Deadline deadline(50);
        const QVariant n = m_db.scalar(u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                                       u"LIMIT 2000000000) SELECT COUNT(*) FROM c"_s);
        QVERIFY(!n.isValid());
        QVERIFY(deadline.expired());
    }
    QVERIFY2(timer.elapsed() < 2000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
    // Without a deadline statements run as before.
    QCOMPARE(m_db.scalar(u"SELECT COUNT(*) FROM orders"_s).toInt(), OrderCount);
}

QTEST_GUILESS_MAIN(TestQueryResource)
#include "TestQueryResource.moc"
