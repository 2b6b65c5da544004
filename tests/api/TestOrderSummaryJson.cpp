// SPDX-License-Identifier: MIT
// The summary reader against the full decoder: for every order shape the full decoder accepts, the summary
// read straight from the JSON equals OrderSummary::of(decodeOrder(json)); required members fail the same way.
#include "api/json/OrderJson.h"
#include "api/json/OrderSummaryJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;

namespace {

QJsonObject example(const QString &name)
{
    QFile file(QStringLiteral(COMMERCEDESK_TEST_DATA_DIR "/commercetools-examples/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing example %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject money(qint64 cent, const QString &currency = u"EUR"_s)
{
    return {{u"type"_s, u"centPrecision"_s},
            {u"currencyCode"_s, currency},
            {u"centAmount"_s, cent},
            {u"fractionDigits"_s, 2}};
}

// The example order grown into what the sandbox writes for a B2B order that reached the OMS.
QJsonObject fullOrder()
{
    QJsonObject order = example(u"order.example.json"_s);
    order.insert(u"orderNumber"_s, u"CD-2026-000042"_s);
    order.insert(u"purchaseOrderNumber"_s, u"PO-77"_s);
    order.insert(u"customerEmail"_s, u"buyer@acme.example"_s);
    order.insert(u"store"_s, QJsonObject{{u"typeId"_s, u"store"_s}, {u"key"_s, u"eu-store"_s}});
    order.insert(u"paymentState"_s, u"Paid"_s);
    order.insert(u"shipmentState"_s, u"Ready"_s);
    order.insert(u"shippingAddress"_s, QJsonObject{{u"country"_s, u"AT"_s}, {u"city"_s, u"Wien"_s}});
    order.insert(u"country"_s, u"DE"_s);
    order.insert(u"taxedPrice"_s, QJsonObject{{u"totalNet"_s, money(10000)},
                                              {u"totalGross"_s, money(11900)},
                                              {u"taxPortions"_s, QJsonArray()}});
    order.insert(
        u"syncInfo"_s,
        QJsonArray{QJsonObject{{u"channel"_s, QJsonObject{{u"typeId"_s, u"channel"_s}, {u"id"_s, u"c1"_s}}},
                               {u"externalId"_s, u"OMS-1"_s},
                               {u"syncedAt"_s, u"2026-11-20T10:00:00.000Z"_s}},
                   QJsonObject{{u"channel"_s, QJsonObject{{u"typeId"_s, u"channel"_s}, {u"id"_s, u"c2"_s}}},
                               {u"syncedAt"_s, u"2026-11-21T10:00:00.000Z"_s}}});
    return order;
}

} // namespace

class TestOrderSummaryJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsFullDecoder_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::newRow("official order example") << example(u"order.example.json"_s);
        QTest::newRow("official orders page, first result")
            << example(u"orders.example.json"_s).value(u"results"_s).toArray().first().toObject();
        QTest::newRow("B2B order synced to two channels, taxed, shipped to AT") << fullOrder();
        QJsonObject noAddress = fullOrder();
        noAddress.remove(u"shippingAddress"_s);
        QTest::newRow("no shipping address: the order's country") << noAddress;
        QJsonObject untaxed = fullOrder();
        untaxed.remove(u"taxedPrice"_s);
        untaxed.remove(u"syncInfo"_s);
        untaxed.remove(u"businessUnit"_s);
        QTest::newRow("untaxed, not synced, B2C") << untaxed;
    }
    void sameAsFullDecoder()
    {
        QFETCH(QJsonObject, json);
        api::json::JsonError fullError;
        const std::optional<core::Order> order = api::json::decodeOrder(json, &fullError);
        QVERIFY2(order, qPrintable(fullError.toString()));
        api::json::JsonError error;
        const auto page = api::json::decodeOrderSummaryPage(
            QJsonObject{
                {u"limit"_s, 20}, {u"offset"_s, 0}, {u"count"_s, 1}, {u"results"_s, QJsonArray{json}}},
            &error);
        QVERIFY2(page, qPrintable(error.toString()));
        QCOMPARE(page->results.size(), 1);
        const core::OrderSummary &summary = page->results.first();
        QCOMPARE(summary, core::OrderSummary::of(*order));
        QVERIFY(!summary.id.isEmpty());
        QVERIFY(summary.createdAt.isValid());
    }

    void valuesOfTheB2bOrder()
    {
        const auto page = api::json::decodeOrderSummaryPage(QJsonObject{
            {u"limit"_s, 20}, {u"offset"_s, 0}, {u"count"_s, 1}, {u"results"_s, QJsonArray{fullOrder()}}});
        QVERIFY(page);
        const core::OrderSummary &s = page->results.first();
        QCOMPARE(s.orderNumber, std::optional<QString>(u"CD-2026-000042"_s));
        QCOMPARE(s.purchaseOrderNumber, std::optional<QString>(u"PO-77"_s));
        QCOMPARE(s.businessUnitKey, std::optional<QString>(u"ba-france-123"_s));
        QCOMPARE(s.storeKey, std::optional<QString>(u"eu-store"_s));
        QCOMPARE(s.country, u"AT"_s);
        QCOMPARE(s.displayTotal.centAmount(), 11900);
        QVERIFY(s.isSynced());
        QCOMPARE(*s.syncedAt, QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC));
        QCOMPARE(s.paymentState, std::optional<core::PaymentState>(core::PaymentState::Paid));
        QVERIFY(s.itemCount > 0);
    }

    void requiredMembersFail_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("path");
        QTest::newRow("no orderState") << u"orderState"_s << QJsonValue() << u"results[0].orderState"_s;
        QTest::newRow("unknown orderState")
            << u"orderState"_s << QJsonValue(u"Shipped"_s) << u"results[0].orderState"_s;
        QTest::newRow("no totalPrice") << u"totalPrice"_s << QJsonValue() << u"results[0].totalPrice"_s;
        QTest::newRow("version as text") << u"version"_s << QJsonValue(u"3"_s) << u"results[0].version"_s;
        QTest::newRow("no createdAt") << u"createdAt"_s << QJsonValue() << u"results[0].createdAt"_s;
    }
    void requiredMembersFail()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QFETCH(QString, path);
        QJsonObject order = fullOrder();
        if (value.isUndefined() || value.isNull())
            order.remove(member);
        else
            order.insert(member, value);
        api::json::JsonError error;
        const auto page = api::json::decodeOrderSummaryPage(
            QJsonObject{
                {u"limit"_s, 20}, {u"offset"_s, 0}, {u"count"_s, 1}, {u"results"_s, QJsonArray{order}}},
            &error);
        QVERIFY(!page);
        QCOMPARE(error.path, path);
    }
};

QTEST_GUILESS_MAIN(TestOrderSummaryJson)
#include "TestOrderSummaryJson.moc"
