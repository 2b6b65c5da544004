// SPDX-License-Identifier: MIT
// Search Orders (POST /{projectKey}/orders/search): partial matching over order number, PO number,
// e-mail, customer name and SKU, checked against an oracle that reads every stored order document; the
// index follows new and changed orders at once; refusals are 400 InvalidInput; scopes as specified.
#include "OrdersTestSupport.h"
#include "sandbox/orders/OrderGenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace commercedesk::sandbox;
using commercedesk::sandbox::test::CartSpec;
using commercedesk::sandbox::test::HttpResult;
using commercedesk::sandbox::test::OrdersFixture;

class TestOrderSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void partialMatches_data();
    void partialMatches();
    void combinedSortedAndPaged();
    void newAndChangedOrdersAreFoundAtOnce();
    void refusals_data();
    void refusals();
    void scopes();
    void wildcardUsesTheTrigramIndex();

private:
    using Oracle = std::function<bool(const QJsonObject &order)>;
    HttpResult search(const QJsonObject &request, const QByteArray &token = {});
    // Ids of every stored order the oracle accepts.
    QSet<QString> expected(const Oracle &oracle);
    // Ids of all hits, paging through with limit 100.
    QSet<QString> allHits(const QJsonObject &query, qint64 *total = nullptr);

    OrdersFixture m_fx;
};

void TestOrderSearch::initTestCase()
{
    QString error;
    QVERIFY2(m_fx.start(u"search-test"_s, &error, false), qPrintable(error));
    QVERIFY2(OrderGenerator::generate(m_fx.database(), 600, 77, {}, {}, &error), qPrintable(error));
}

HttpResult TestOrderSearch::search(const QJsonObject &request, const QByteArray &token)
{
    return m_fx.post(m_fx.path(u"/orders/search"_s), request,
                     token.isEmpty() ? m_fx.clientToken(u"merchant-readonly"_s) : token);
}

QSet<QString> TestOrderSearch::expected(const Oracle &oracle)
{
    QSet<QString> ids;
    QSqlQuery q(m_fx.database().connection());
    q.exec(u"SELECT doc FROM orders"_s);
    while (q.next()) {
        const QJsonObject order = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        if (oracle(order))
            ids.insert(order.value(u"id"_s).toString());
    }
    return ids;
}

QSet<QString> TestOrderSearch::allHits(const QJsonObject &query, qint64 *total)
{
    QSet<QString> ids;
    for (int offset = 0; offset <= 10000; offset += 100) {
        const HttpResult r =
            search(QJsonObject{{u"query"_s, query}, {u"limit"_s, 100}, {u"offset"_s, offset}});
        if (r.status != 200) {
            qWarning("search answered %d: %s", r.status, r.body.constData());
            return {};
        }
        if (total)
            *total = r.json.value(u"total"_s).toInteger();
        const QJsonArray hits = r.json.value(u"hits"_s).toArray();
        for (const QJsonValue &hit : hits)
            ids.insert(hit.toObject().value(u"id"_s).toString());
        if (hits.size() < 100)
            break;
    }
    return ids;
}

namespace {

bool anySku(const QJsonObject &order, const std::function<bool(const QString &)> &test)
{
    const QJsonArray lines = order.value(u"lineItems"_s).toArray();
    return std::any_of(lines.begin(), lines.end(), [&test](const QJsonValue &line) {
        return test(line.toObject().value(u"variant"_s).toObject().value(u"sku"_s).toString());
    });
}

QString text(const QJsonObject &order, const QString &path)
{
    QJsonValue v = order;
    for (const QString &part : path.split(u'.'))
        v = v.toObject().value(part);
    return v.toString();
}

} // namespace

void TestOrderSearch::partialMatches_data()
{
    QTest::addColumn<QJsonObject>("query");
    QTest::addColumn<std::function<bool(const QJsonObject &)>>("oracle");
    const auto wildcard = [](const QString &field, const QString &value, bool ci = false) {
        return QJsonObject{
            {u"wildcard"_s,
             QJsonObject{{u"field"_s, field}, {u"value"_s, value}, {u"caseInsensitive"_s, ci}}}};
    };
    QTest::newRow("order number contains 00004")
        << wildcard(u"orderNumber"_s, u"*00004*"_s)
        << std::function([](const QJsonObject &o) { return text(o, u"orderNumber"_s).contains(u"00004"_s); });
    QTest::newRow("PO number, lower case, case-insensitive")
        << wildcard(u"purchaseOrderNumber"_s, u"po-*-0002?"_s, true)
        << std::function([](const QJsonObject &o) {
               const QString po = text(o, u"purchaseOrderNumber"_s);
               return po.startsWith(u"PO-"_s) && po.size() >= 5 && po.mid(po.size() - 5, 4) == u"0002"_s;
           });
    QTest::newRow("e-mail fragment") << wildcard(u"customerEmail"_s, u"*r12*"_s)
                                     << std::function([](const QJsonObject &o) {
                                            return text(o, u"customerEmail"_s).contains(u"r12"_s);
                                        });
    QTest::newRow("e-mail prefix") << QJsonObject{{u"prefix"_s, QJsonObject{{u"field"_s, u"customerEmail"_s},
                                                                            {u"value"_s, u"buyer@"_s}}}}
                                   << std::function([](const QJsonObject &o) {
                                          return text(o, u"customerEmail"_s).startsWith(u"buyer@"_s);
                                      });
    QTest::newRow("SKU part") << wildcard(u"lineItems.variant.sku"_s, u"*HOODIE*"_s)
                              << std::function([](const QJsonObject &o) {
                                     return anySku(
                                         o, [](const QString &sku) { return sku.contains(u"HOODIE"_s); });
                                 });
    QTest::newRow("SKU prefix matches one line, not the middle of another")
        << QJsonObject{{u"prefix"_s,
                        QJsonObject{{u"field"_s, u"lineItems.variant.sku"_s}, {u"value"_s, u"APP-"_s}}}}
        << std::function([](const QJsonObject &o) {
               return anySku(o, [](const QString &sku) { return sku.startsWith(u"APP-"_s); });
           });
    QTest::newRow("customer's last name, full text")
        << QJsonObject{{u"fullText"_s,
                        QJsonObject{{u"field"_s, u"shippingAddress.lastName"_s}, {u"value"_s, u"ack"_s}}}}
        << std::function([](const QJsonObject &o) {
               return text(o, u"shippingAddress.lastName"_s).contains(u"ack"_s, Qt::CaseInsensitive);
           });
}

void TestOrderSearch::partialMatches()
{
    QFETCH(QJsonObject, query);
    QFETCH(std::function<bool(const QJsonObject &)>, oracle);
    const QSet<QString> want = expected(oracle);
    QVERIFY2(!want.isEmpty(), "the oracle finds nothing: the row tests nothing");
    qint64 total = -1;
    QCOMPARE(allHits(query, &total), want);
    QCOMPARE(total, want.size());
}

void TestOrderSearch::combinedSortedAndPaged()
{
    const QJsonObject query{
        {u"and"_s,
         QJsonArray{QJsonObject{{u"exact"_s,
                                 QJsonObject{{u"field"_s, u"orderState"_s}, {u"value"_s, u"Complete"_s}}}},
                    QJsonObject{{u"range"_s,
                                 QJsonObject{{u"field"_s, u"totalPrice.centAmount"_s}, {u"gte"_s, 10000}}}},
                    QJsonObject{
                        {u"not"_s, QJsonArray{QJsonObject{
                                       {u"exists"_s, QJsonObject{{u"field"_s, u"businessUnit.key"_s}}}}}}}}}};
    const QSet<QString> want = expected([](const QJsonObject &o) {
        return text(o, u"orderState"_s) == u"Complete"_s &&
               o.value(u"totalPrice"_s).toObject().value(u"centAmount"_s).toInteger() >= 10000 &&
               !o.contains(u"businessUnit"_s);
    });
    QVERIFY(want.size() > 20);
    const QJsonArray sort{QJsonObject{{u"field"_s, u"totalPrice.centAmount"_s}, {u"order"_s, u"desc"_s}}};
    QSet<QString> seen;
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int offset = 0;; offset += 7) {
        const HttpResult r = search(
            QJsonObject{{u"query"_s, query}, {u"sort"_s, sort}, {u"limit"_s, 7}, {u"offset"_s, offset}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"total"_s).toInteger(), want.size());
        const QJsonArray hits = r.json.value(u"hits"_s).toArray();
        for (const QJsonValue &hit : hits) {
            const QString id = hit.toObject().value(u"id"_s).toString();
            QVERIFY2(!seen.contains(id), "a hit repeats across pages");
            seen.insert(id);
            const HttpResult order = m_fx.get(m_fx.path(u"/orders/"_s + id), m_fx.clientToken(u"merchant"_s));
            const qint64 cent =
                order.json.value(u"totalPrice"_s).toObject().value(u"centAmount"_s).toInteger();
            QVERIFY(cent <= previous);
            previous = cent;
            QCOMPARE(hit.toObject().value(u"version"_s).toInteger(),
                     order.json.value(u"version"_s).toInteger());
        }
        if (hits.size() < 7)
            break;
    }
    QCOMPARE(seen, want);
}

void TestOrderSearch::newAndChangedOrdersAreFoundAtOnce()
{
    CartSpec spec;
    spec.purchaseOrderNumber = u"ACME-PO-77123"_s;
    const HttpResult created = m_fx.orderFromCart(m_fx.insertCart(spec), u"SEARCH-1"_s);
    QCOMPARE(created.status, 201);
    const QString id = created.json.value(u"id"_s).toString();
    const auto po = [](const QString &value) {
        return QJsonObject{
            {u"wildcard"_s, QJsonObject{{u"field"_s, u"purchaseOrderNumber"_s}, {u"value"_s, value}}}};
    };
    QCOMPARE(allHits(po(u"*PO-771*"_s)), QSet<QString>{id});

    const HttpResult updated = m_fx.post(
        m_fx.path(u"/orders/"_s + id),
        QJsonObject{{u"version"_s, created.json.value(u"version"_s)},
                    {u"actions"_s, QJsonArray{QJsonObject{{u"action"_s, u"setPurchaseOrderNumber"_s},
                                                          {u"purchaseOrderNumber"_s, u"ZED-55"_s}}}}},
        m_fx.clientToken(u"merchant"_s));
    QCOMPARE(updated.status, 200);
    QVERIFY(allHits(po(u"*PO-771*"_s)).isEmpty());
    QCOMPARE(allHits(po(u"ZED*"_s)), QSet<QString>{id});

    const QByteArray bearer = "Bearer " + m_fx.clientToken(u"admin"_s);
    const HttpResult removed =
        m_fx.http().send("DELETE", m_fx.path(u"/orders/"_s + id), {}, {}, {{"Authorization", bearer}},
                         u"version="_s + QString::number(updated.json.value(u"version"_s).toInteger()));
    QCOMPARE(removed.status, 200);
    QVERIFY(allHits(po(u"ZED*"_s)).isEmpty());
}

void TestOrderSearch::refusals_data()
{
    QTest::addColumn<QJsonObject>("request");
    const QJsonObject ok{{u"exact"_s, QJsonObject{{u"field"_s, u"orderState"_s}, {u"value"_s, u"Open"_s}}}};
    QTest::newRow("no query") << QJsonObject{{u"limit"_s, 5}};
    QTest::newRow("unknown request field") << QJsonObject{{u"query"_s, ok}, {u"where"_s, u"x"_s}};
    QTest::newRow("unknown field") << QJsonObject{
        {u"query"_s,
         QJsonObject{{u"exact"_s, QJsonObject{{u"field"_s, u"cart.id"_s}, {u"value"_s, u"x"_s}}}}}};
    QTest::newRow("unknown expression")
        << QJsonObject{{u"query"_s, QJsonObject{{u"regex"_s, QJsonObject{{u"field"_s, u"orderNumber"_s}}}}}};
    QTest::newRow("wildcard on a state") << QJsonObject{
        {u"query"_s,
         QJsonObject{{u"wildcard"_s, QJsonObject{{u"field"_s, u"orderState"_s}, {u"value"_s, u"*pen"_s}}}}}};
    QTest::newRow("range on text") << QJsonObject{
        {u"query"_s,
         QJsonObject{{u"range"_s, QJsonObject{{u"field"_s, u"orderNumber"_s}, {u"gt"_s, u"A"_s}}}}}};
    QTest::newRow("number as text") << QJsonObject{
        {u"query"_s, QJsonObject{{u"range"_s, QJsonObject{{u"field"_s, u"totalPrice.centAmount"_s},
                                                          {u"gt"_s, u"5"_s}}}}}};
    QTest::newRow("limit 101") << QJsonObject{{u"query"_s, ok}, {u"limit"_s, 101}};
    QTest::newRow("limit 0") << QJsonObject{{u"query"_s, ok}, {u"limit"_s, 0}};
    QTest::newRow("offset 10001") << QJsonObject{{u"query"_s, ok}, {u"offset"_s, 10001}};
    QTest::newRow("sort by a field without order")
        << QJsonObject{{u"query"_s, ok}, {u"sort"_s, QJsonArray{QJsonObject{{u"field"_s, u"lineItems"_s}}}}};
    QTest::newRow("two operators in one object") << QJsonObject{
        {u"query"_s, QJsonObject{{u"exact"_s, ok.value(u"exact"_s)}, {u"prefix"_s, ok.value(u"exact"_s)}}}};
    QJsonArray many;
    for (int i = 0; i < 101; ++i)
        many.append(ok);
    QTest::newRow("101 expressions") << QJsonObject{{u"query"_s, QJsonObject{{u"or"_s, many}}}};
}

void TestOrderSearch::refusals()
{
    QFETCH(QJsonObject, request);
    const HttpResult r = search(request);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"InvalidInput"_s);
    QVERIFY(!r.json.value(u"message"_s).toString().isEmpty());
}

void TestOrderSearch::scopes()
{
    const QJsonObject request{{u"query"_s, QJsonObject{{u"exact"_s, QJsonObject{{u"field"_s, u"orderState"_s},
                                                                                {u"value"_s, u"Open"_s}}}}}};
    QCOMPARE(search(request, m_fx.clientToken(u"merchant"_s)).status, 200);
    QCOMPARE(search(request, m_fx.clientToken(u"merchant-readonly"_s)).status, 200);
    QString anonymousId;
    const HttpResult buyer = search(request, m_fx.anonymousToken(&anonymousId));
    QCOMPARE(buyer.status, 403);
    QCOMPARE(search(request, "not-a-token").status, 401);
    const HttpResult head =
        m_fx.http().send("HEAD", m_fx.path(u"/orders/search"_s), {}, {},
                         {{"Authorization", "Bearer " + m_fx.clientToken(u"merchant-readonly"_s)}});
    QCOMPARE(head.status, 200);
}

void TestOrderSearch::wildcardUsesTheTrigramIndex()
{
    QSqlQuery q(m_fx.database().connection());
    QVERIFY(q.exec(u"EXPLAIN QUERY PLAN SELECT rowid FROM orders_text WHERE skus LIKE '%HOODIE%'"_s));
    QString plan;
    while (q.next())
        plan += q.value(3).toString() + u'\n';
    QVERIFY2(plan.contains(u"VIRTUAL TABLE INDEX 0:L"_s), qPrintable(plan));
}

QTEST_GUILESS_MAIN(TestOrderSearch)
#include "TestOrderSearch.moc"
