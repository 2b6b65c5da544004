// SPDX-License-Identifier: MIT
// OrderGenerator: realistic, consistent orders written straight into the orders table, served by
// the order endpoints afterwards.
#include "OrdersTestSupport.h"
#include "sandbox/orders/OrderGenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk::sandbox;
using commercedesk::sandbox::test::HttpResult;
using commercedesk::sandbox::test::OrdersFixture;

class TestOrderGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ordersAreConsistent();
    void columnsMirrorTheDocument();
    void spreadOfCountriesStatesAndB2b();
    void servedOverHttp();
    void secondRunContinuesNumbers();
    void bulkSettingsAreRestored();
    void sameSeedAndTimeGiveTheSameOrders();

private:
    OrdersFixture m_fx;
    qint64 m_progressCalls = 0;
};

void TestOrderGenerator::initTestCase()
{
    QString error;
    QVERIFY2(m_fx.start(u"generator-test"_s, &error), qPrintable(error));
    QVERIFY2(OrderGenerator::generate(
                 m_fx.database(), 3000, 42,
                 [this](qint64 done, qint64 total) {
                     ++m_progressCalls;
                     return done <= total;
                 },
                 {}, &error),
             qPrintable(error));
    QCOMPARE(m_progressCalls, 1);
    QCOMPARE(m_fx.database().scalar(u"SELECT COUNT(*) FROM orders"_s).toInt(), 3000);
}

void TestOrderGenerator::ordersAreConsistent()
{
    QSqlQuery q(m_fx.database().connection());
    QVERIFY(q.exec(u"SELECT doc FROM orders"_s));
    int checked = 0;
    while (q.next()) {
        const QJsonObject o = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        QVERIFY(!o.isEmpty());
        const QString currency = o.value(u"totalPrice"_s).toObject().value(u"currencyCode"_s).toString();
        qint64 lines = 0;
        const QJsonArray items = o.value(u"lineItems"_s).toArray();
        QVERIFY(items.size() >= 1 && items.size() <= 6);
        qint64 taxTotal = 0;
        for (const QJsonValue &v : items) {
            const QJsonObject li = v.toObject();
            const qint64 unit = li.value(u"price"_s)
                                    .toObject()
                                    .value(u"value"_s)
                                    .toObject()
                                    .value(u"centAmount"_s)
                                    .toInteger();
            QCOMPARE(li.value(u"totalPrice"_s).toObject().value(u"centAmount"_s).toInteger(),
                     unit * li.value(u"quantity"_s).toInteger());
            QCOMPARE(li.value(u"totalPrice"_s).toObject().value(u"currencyCode"_s).toString(), currency);
            const QJsonObject taxed = li.value(u"taxedPrice"_s).toObject();
            taxTotal += taxed.value(u"totalTax"_s).toObject().value(u"centAmount"_s).toInteger();
            lines += li.value(u"totalPrice"_s).toObject().value(u"centAmount"_s).toInteger();
        }
        const QJsonObject shipping = o.value(u"shippingInfo"_s).toObject();
        const qint64 shippingPrice = shipping.value(u"price"_s).toObject().value(u"centAmount"_s).toInteger();
        taxTotal += shipping.value(u"taxedPrice"_s)
                        .toObject()
                        .value(u"totalTax"_s)
                        .toObject()
                        .value(u"centAmount"_s)
                        .toInteger();
        QCOMPARE(o.value(u"totalPrice"_s).toObject().value(u"centAmount"_s).toInteger(),
                 lines + shippingPrice);
        const QJsonObject taxed = o.value(u"taxedPrice"_s).toObject();
        const qint64 net = taxed.value(u"totalNet"_s).toObject().value(u"centAmount"_s).toInteger();
        const qint64 gross = taxed.value(u"totalGross"_s).toObject().value(u"centAmount"_s).toInteger();
        QCOMPARE(gross - net, taxTotal);
        qint64 portions = 0;
        for (const QJsonValue &p : taxed.value(u"taxPortions"_s).toArray())
            portions += p.toObject().value(u"amount"_s).toObject().value(u"centAmount"_s).toInteger();
        QCOMPARE(portions, taxTotal);
        const bool b2b = o.contains(u"businessUnit"_s);
        QCOMPARE(o.contains(u"purchaseOrderNumber"_s), b2b);
        QVERIFY(!o.value(u"customerEmail"_s).toString().isEmpty());
        ++checked;
    }
    QCOMPARE(checked, 3000);
}

void TestOrderGenerator::columnsMirrorTheDocument()
{
    const QStringList mismatches = {u"json_extract(doc, '$.orderNumber') IS NOT order_number"_s,
                                    u"json_extract(doc, '$.orderState') IS NOT order_state"_s,
                                    u"json_extract(doc, '$.paymentState') IS NOT payment_state"_s,
                                    u"json_extract(doc, '$.shipmentState') IS NOT shipment_state"_s,
                                    u"json_extract(doc, '$.totalPrice.centAmount') IS NOT total_cent"_s,
                                    u"json_extract(doc, '$.totalPrice.currencyCode') IS NOT currency"_s,
                                    u"json_extract(doc, '$.shippingAddress.country') IS NOT country"_s,
                                    u"json_extract(doc, '$.businessUnit.key') IS NOT business_unit_key"_s,
                                    u"json_extract(doc, '$.customerEmail') IS NOT customer_email"_s,
                                    u"json_extract(doc, '$.createdAt') IS NOT created_at"_s,
                                    u"(json_array_length(doc, '$.syncInfo') > 0) IS NOT (oms_synced = 1)"_s,
                                    u"json_array_length(doc, '$.syncInfo') IS NOT sync_info_count"_s};
    for (const QString &m : mismatches)
        QVERIFY2(m_fx.database().scalar(u"SELECT COUNT(*) FROM orders WHERE "_s % m).toInt() == 0,
                 qPrintable(m));
}

void TestOrderGenerator::spreadOfCountriesStatesAndB2b()
{
    Database &db = m_fx.database();
    QCOMPARE(db.scalar(u"SELECT COUNT(DISTINCT country) FROM orders"_s).toInt(), 5);
    QCOMPARE(
        db.scalar(u"SELECT COUNT(*) FROM orders WHERE (country IN ('DE','FR','NL') AND currency <> 'EUR') OR "
                  u"(country = 'GB' AND currency <> 'GBP') OR (country = 'US' AND currency <> 'USD')"_s)
            .toInt(),
        0);
    QVERIFY(db.scalar(u"SELECT COUNT(DISTINCT order_state) FROM orders"_s).toInt() >= 3);
    const int b2b = db.scalar(u"SELECT COUNT(*) FROM orders WHERE business_unit_key IS NOT NULL"_s).toInt();
    QVERIFY(b2b > 600 && b2b < 1200); // about 30 %
    const QDateTime oldest = QDateTime::fromString(
        db.scalar(u"SELECT MIN(created_at) FROM orders"_s).toString(), Qt::ISODateWithMs);
    QVERIFY(oldest.daysTo(QDateTime::currentDateTimeUtc()) > 500); // spread over 18 months
    QVERIFY(db.scalar(u"SELECT COUNT(*) FROM orders WHERE created_at > last_modified_at"_s).toInt() == 0);
}

void TestOrderGenerator::servedOverHttp()
{
    const QByteArray token = m_fx.clientToken(u"merchant"_s);
    const QString number = m_fx.database().scalar(u"SELECT order_number FROM orders LIMIT 1"_s).toString();
    const HttpResult one = m_fx.get(m_fx.path(u"/orders/order-number="_s % number), token);
    QCOMPARE(one.status, 200);
    // A generated order takes update actions like any other.
    const HttpResult r = m_fx.post(
        m_fx.path(u"/orders/"_s % one.json.value(u"id"_s).toString()),
        {{u"version"_s, 1},
         {u"actions"_s,
          QJsonArray{QJsonObject{{u"action"_s, u"changeOrderState"_s}, {u"orderState"_s, u"Complete"_s}}}}},
        token);
    QCOMPARE(r.status, 200);
    const HttpResult list =
        m_fx.get(m_fx.path(u"/orders"_s), token, {{u"sort"_s, u"createdAt desc"_s}, {u"limit"_s, u"20"_s}});
    QCOMPARE(list.json.value(u"count"_s).toInt(), 20);
}

void TestOrderGenerator::secondRunContinuesNumbers()
{
    QString error;
    QVERIFY2(OrderGenerator::generate(m_fx.database(), 10, 42, {}, {}, &error), qPrintable(error));
    QCOMPARE(m_fx.database().scalar(u"SELECT COUNT(DISTINCT order_number) FROM orders"_s).toInt(), 3010);
}

void TestOrderGenerator::bulkSettingsAreRestored()
{
    Database &db = m_fx.database();
    const QVariant synchronous = db.scalar(u"PRAGMA synchronous"_s);
    const QVariant cacheSize = db.scalar(u"PRAGMA cache_size"_s);
    QString error;
    QVERIFY2(OrderGenerator::generate(db, 300, 5, {}, {}, &error), qPrintable(error));
    QCOMPARE(db.scalar(u"PRAGMA synchronous"_s), synchronous);
    QCOMPARE(db.scalar(u"PRAGMA cache_size"_s), cacheSize);
}

// The documents are made on a worker thread in chunks: the result must not depend on the scheduling.
void TestOrderGenerator::sameSeedAndTimeGiveTheSameOrders()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDateTime now = QDateTime::fromString(u"2026-11-26T12:00:00.000Z"_s, Qt::ISODateWithMs);
    QList<QStringList> runs;
    for (const QString &name : {u"a.sqlite"_s, u"b.sqlite"_s}) {
        const QString file = dir.filePath(name);
        QVERIFY2(m_fx.database().exec(u"VACUUM INTO ?"_s, {file}), qPrintable(m_fx.database().errorString()));
        Database copy;
        QVERIFY(copy.open(file));
        const qint64 before = copy.scalar(u"SELECT MAX(rowid) FROM orders"_s).toLongLong();
        QString error;
        QVERIFY2(OrderGenerator::generate(copy, 700, 7, {}, now, &error), qPrintable(error));
        QSqlQuery q(copy.connection());
        q.prepare(u"SELECT doc FROM orders WHERE rowid > ? ORDER BY rowid"_s);
        q.addBindValue(before);
        QVERIFY(q.exec());
        QStringList docs;
        while (q.next())
            docs.append(q.value(0).toString());
        runs.append(docs);
    }
    QCOMPARE(runs.at(0).size(), 700);
    QCOMPARE(runs.at(0), runs.at(1));
    QVERIFY(runs.at(0).at(0) != runs.at(0).at(1));
}

QTEST_GUILESS_MAIN(TestOrderGenerator)
#include "TestOrderGenerator.moc"
