// SPDX-License-Identifier: MIT
// The order's returns on the wire (src/api/json/ReturnJson.h, through decodeOrder): api.yaml ReturnInfo with
// its LineItemReturnItem and CustomLineItemReturnItem, every field decoded, encoded back to the same JSON; an
// item of another type, an unknown shipment state and a missing payment state are errors at their path.
#include "api/json/JsonError.h"
#include "api/json/OrderJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;

namespace {

/// The official order example with two returns: a line item and a custom line item.
QJsonObject orderWithReturns()
{
    QFile file(QStringLiteral(COMMERCEDESK_TEST_DATA_DIR "/commercetools-examples/order.example.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject order = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray infos = QJsonDocument::fromJson(R"([
      {"items":[{"type":"LineItemReturnItem","id":"r1","key":"ret-1","quantity":2,"lineItemId":"line-1",
                 "comment":"Too small","shipmentState":"Returned","paymentState":"Initial",
                 "createdAt":"2026-12-01T10:00:00.000Z","lastModifiedAt":"2026-12-02T11:30:00.000Z"}],
       "returnTrackingId":"RT-7","returnDate":"2026-12-01T09:00:00.000Z"},
      {"items":[{"type":"CustomLineItemReturnItem","id":"r2","quantity":1,"customLineItemId":"custom-1",
                 "shipmentState":"BackInStock","paymentState":"Refunded",
                 "createdAt":"2026-12-03T08:00:00.000Z","lastModifiedAt":"2026-12-03T08:00:00.000Z"}]}
    ])")
                                 .array();
    order.insert(u"returnInfo"_s, infos);
    return order;
}

/// `order` with its first return's first item changed by `change`.
QJsonObject withFirstItem(QJsonObject order, const std::function<void(QJsonObject &)> &change)
{
    QJsonArray infos = order.value(u"returnInfo"_s).toArray();
    QJsonObject info = infos.at(0).toObject();
    QJsonArray items = info.value(u"items"_s).toArray();
    QJsonObject item = items.at(0).toObject();
    change(item);
    items[0] = item;
    info[u"items"_s] = items;
    infos[0] = info;
    order[u"returnInfo"_s] = infos;
    return order;
}

} // namespace

class TestReturnJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesEveryField()
    {
        const QJsonObject json = orderWithReturns();
        QVERIFY(!json.isEmpty());
        api::json::JsonError error;
        const auto order = api::json::decodeOrder(json, &error);
        QVERIFY2(order, qPrintable(error.toString()));
        QCOMPARE(order->returnInfo.size(), 2);
        const core::ReturnInfo &first = order->returnInfo.at(0);
        QCOMPARE(first.returnTrackingId, u"RT-7"_s);
        QCOMPARE(first.returnDate, QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
        QCOMPARE(first.items.size(), 1);
        const core::ReturnItem &line = first.items.at(0);
        QCOMPARE(line.id, u"r1"_s);
        QCOMPARE(line.key, u"ret-1"_s);
        QCOMPARE(line.quantity, 2);
        QCOMPARE(line.lineItemId, u"line-1"_s);
        QVERIFY(!line.customLineItemId);
        QCOMPARE(line.comment, u"Too small"_s);
        QCOMPARE(line.shipmentState, core::ReturnShipmentState::Returned);
        QCOMPARE(line.paymentState, core::ReturnPaymentState::Initial);
        QCOMPARE(line.createdAt, QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(line.lastModifiedAt, QDateTime(QDate(2026, 12, 2), QTime(11, 30), Qt::UTC));
        const core::ReturnItem &custom = order->returnInfo.at(1).items.at(0);
        QCOMPARE(custom.customLineItemId, u"custom-1"_s);
        QVERIFY(!custom.lineItemId && !custom.comment);
        QCOMPARE(custom.shipmentState, core::ReturnShipmentState::BackInStock);
        QCOMPARE(custom.paymentState, core::ReturnPaymentState::Refunded);
        QVERIFY(!order->returnInfo.at(1).returnTrackingId && !order->returnInfo.at(1).returnDate);
        QCOMPARE(order->returnItem(u"r2"_s), &custom);
        QVERIFY(!order->returnItem(u"line-1"_s));
    }

    void encodesTheSameJson()
    {
        const QJsonObject json = orderWithReturns();
        const auto order = api::json::decodeOrder(json);
        QVERIFY(order);
        QCOMPARE(api::json::encodeOrder(*order).value(u"returnInfo"_s), json.value(u"returnInfo"_s));
        QCOMPARE(api::json::decodeOrder(api::json::encodeOrder(*order)), order);
    }

    void noReturnsIsEmpty()
    {
        QJsonObject json = orderWithReturns();
        json.remove(u"returnInfo"_s);
        const auto order = api::json::decodeOrder(json);
        QVERIFY(order);
        QVERIFY(order->returnInfo.isEmpty());
    }

    void badItemsAreErrorsAtTheirPath_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        const QJsonObject order = orderWithReturns();
        QTest::newRow("unknown item type")
            << withFirstItem(order, [](QJsonObject &i) { i[u"type"_s] = u"ShippingReturnItem"_s; })
            << u"returnInfo[0].items[0].type"_s
            << u"unknown value \"ShippingReturnItem\" (allowed: LineItemReturnItem, CustomLineItemReturnItem)"_s;
        QTest::newRow("line item return without its line")
            << withFirstItem(order, [](QJsonObject &i) { i.remove(u"lineItemId"_s); })
            << u"returnInfo[0].items[0].lineItemId"_s << u"missing required field"_s;
        QTest::newRow("unknown shipment state")
            << withFirstItem(order, [](QJsonObject &i) { i[u"shipmentState"_s] = u"Restocked"_s; })
            << u"returnInfo[0].items[0].shipmentState"_s
            << u"unknown value \"Restocked\" (allowed: Advised, Returned, BackInStock, Unusable)"_s;
        QTest::newRow("no payment state")
            << withFirstItem(order, [](QJsonObject &i) { i.remove(u"paymentState"_s); })
            << u"returnInfo[0].items[0].paymentState"_s << u"missing required field"_s;
    }

    void badItemsAreErrorsAtTheirPath()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, path);
        QFETCH(QString, message);
        api::json::JsonError error;
        QVERIFY(!api::json::decodeOrder(json, &error));
        QCOMPARE(error.path, path);
        QCOMPARE(error.message, message);
    }
};

QTEST_MAIN(TestReturnJson)
#include "TestReturnJson.moc"
