// SPDX-License-Identifier: MIT
// The Order update action addReturnInfo over real loopback HTTP (api.yaml OrderAddReturnInfoAction,
// ReturnInfoDraft, ReturnItemDraft): the return lands in the order's returnInfo as a LineItemReturnItem with
// the payment state its shipment state starts with, the ReturnInfoAdded message is written, and bad drafts
// (no quantity, an unknown item, more units than ordered over all returns, a bad shipment state) are the
// commercetools errors with the order unchanged.
#include "OrdersTestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk::sandbox;
using commercedesk::sandbox::test::HttpResult;
using commercedesk::sandbox::test::OrdersFixture;

class TestSandboxOrderReturns : public QObject
{
    Q_OBJECT

private:
    OrdersFixture m_fx;
    int m_counter = 0;

    QJsonObject createOrder()
    {
        const HttpResult r =
            m_fx.orderFromCart(m_fx.insertCart({}), u"R-%1"_s.arg(++m_counter, 5, 10, QLatin1Char('0')));
        if (r.status != 201)
            qWarning() << r.body;
        return r.json;
    }

    HttpResult addReturn(const QJsonObject &order, const QJsonArray &items, const QJsonObject &extra = {})
    {
        QJsonObject action = extra;
        action.insert(u"action"_s, u"addReturnInfo"_s);
        action.insert(u"items"_s, items);
        return m_fx.post(m_fx.path(u"/orders/"_s + order.value(u"id"_s).toString()),
                         {{u"version"_s, order.value(u"version"_s)}, {u"actions"_s, QJsonArray{action}}},
                         m_fx.clientToken(u"merchant"_s));
    }

    static QString lineId(const QJsonObject &order)
    {
        return order.value(u"lineItems"_s).toArray().at(0).toObject().value(u"id"_s).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(u"returns-test"_s, &error, false), qPrintable(error));
    }

    void returnIsRecordedWithItsMessage()
    {
        const QJsonObject order = createOrder();
        QCOMPARE(order.value(u"lineItems"_s).toArray().at(0).toObject().value(u"quantity"_s).toInt(), 2);
        const HttpResult r = addReturn(order,
                                       {QJsonObject{{u"lineItemId"_s, lineId(order)},
                                                    {u"quantity"_s, 1},
                                                    {u"shipmentState"_s, u"Returned"_s},
                                                    {u"comment"_s, u"Too small"_s}}},
                                       {{u"returnTrackingId"_s, u"RT-1"_s}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"version"_s).toInt(), order.value(u"version"_s).toInt() + 1);
        const QJsonArray infos = r.json.value(u"returnInfo"_s).toArray();
        QCOMPARE(infos.size(), 1);
        QCOMPARE(infos.at(0).toObject().value(u"returnTrackingId"_s).toString(), u"RT-1"_s);
        const QJsonObject item = infos.at(0).toObject().value(u"items"_s).toArray().at(0).toObject();
        QCOMPARE(item.value(u"type"_s).toString(), u"LineItemReturnItem"_s);
        QCOMPARE(item.value(u"lineItemId"_s).toString(), lineId(order));
        QCOMPARE(item.value(u"quantity"_s).toInt(), 1);
        QCOMPARE(item.value(u"shipmentState"_s).toString(), u"Returned"_s);
        QCOMPARE(item.value(u"paymentState"_s).toString(), u"Initial"_s);
        QCOMPARE(item.value(u"comment"_s).toString(), u"Too small"_s);
        QVERIFY(!item.value(u"id"_s).toString().isEmpty());
        QVERIFY(!item.value(u"createdAt"_s).toString().isEmpty());
        // Stored: the read shows it.
        const HttpResult read = m_fx.get(m_fx.path(u"/orders/"_s + order.value(u"id"_s).toString()),
                                         m_fx.clientToken(u"merchant"_s));
        QCOMPARE(read.json.value(u"returnInfo"_s).toArray(), infos);
        // The message.
        const HttpResult messages =
            m_fx.get(m_fx.path(u"/messages"_s), m_fx.clientToken(u"merchant"_s), {{u"limit"_s, u"500"_s}});
        bool found = false;
        for (const QJsonValue &m : messages.json.value(u"results"_s).toArray()) {
            const QJsonObject message = m.toObject();
            if (message.value(u"resource"_s).toObject().value(u"id"_s) == order.value(u"id"_s) &&
                message.value(u"type"_s).toString() == u"ReturnInfoAdded"_s) {
                found = true;
                QCOMPARE(message.value(u"returnInfo"_s).toObject(), infos.at(0).toObject());
            }
        }
        QVERIFY(found);
        // An advised return is not refundable; the second unit fills the line, a third is too many.
        const HttpResult advised = addReturn(r.json, {QJsonObject{{u"lineItemId"_s, lineId(order)},
                                                                  {u"quantity"_s, 1},
                                                                  {u"shipmentState"_s, u"Advised"_s}}});
        QCOMPARE(advised.status, 200);
        QCOMPARE(advised.json.value(u"returnInfo"_s)
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(u"items"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"paymentState"_s)
                     .toString(),
                 u"NonRefundable"_s);
        const HttpResult tooMany =
            addReturn(advised.json, {QJsonObject{{u"lineItemId"_s, lineId(order)},
                                                 {u"quantity"_s, 1},
                                                 {u"shipmentState"_s, u"Returned"_s}}});
        QCOMPARE(tooMany.status, 400);
        QCOMPARE(tooMany.json.value(u"errors"_s).toArray().at(0).toObject().value(u"code"_s).toString(),
                 u"InvalidOperation"_s);
    }

    void badDraftsAreRejected_data()
    {
        QTest::addColumn<QJsonObject>("item");
        QTest::addColumn<QString>("code");
        QTest::newRow("no quantity") << QJsonObject{{u"lineItemId"_s, u"LINE"_s},
                                                    {u"shipmentState"_s, u"Returned"_s}}
                                     << u"RequiredField"_s;
        QTest::newRow("zero quantity") << QJsonObject{{u"lineItemId"_s, u"LINE"_s},
                                                      {u"quantity"_s, 0},
                                                      {u"shipmentState"_s, u"Returned"_s}}
                                       << u"InvalidField"_s;
        QTest::newRow("more than ordered") << QJsonObject{{u"lineItemId"_s, u"LINE"_s},
                                                          {u"quantity"_s, 3},
                                                          {u"shipmentState"_s, u"Returned"_s}}
                                           << u"InvalidOperation"_s;
        QTest::newRow("unknown line item") << QJsonObject{{u"lineItemId"_s, u"nope"_s},
                                                          {u"quantity"_s, 1},
                                                          {u"shipmentState"_s, u"Returned"_s}}
                                           << u"InvalidOperation"_s;
        QTest::newRow("no item id") << QJsonObject{{u"quantity"_s, 1}, {u"shipmentState"_s, u"Returned"_s}}
                                    << u"InvalidOperation"_s;
        QTest::newRow("bad shipment state")
            << QJsonObject{{u"lineItemId"_s, u"LINE"_s}, {u"quantity"_s, 1}, {u"shipmentState"_s, u"Lost"_s}}
            << u"InvalidField"_s;
        QTest::newRow("no shipment state")
            << QJsonObject{{u"lineItemId"_s, u"LINE"_s}, {u"quantity"_s, 1}} << u"RequiredField"_s;
    }

    void badDraftsAreRejected()
    {
        QFETCH(QJsonObject, item);
        QFETCH(QString, code);
        const QJsonObject order = createOrder();
        if (item.value(u"lineItemId"_s).toString() == u"LINE"_s)
            item.insert(u"lineItemId"_s, lineId(order));
        const HttpResult r = addReturn(order, {item});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(u"errors"_s).toArray().at(0).toObject().value(u"code"_s).toString(), code);
        const HttpResult read = m_fx.get(m_fx.path(u"/orders/"_s + order.value(u"id"_s).toString()),
                                         m_fx.clientToken(u"merchant"_s));
        QCOMPARE(read.json.value(u"version"_s), order.value(u"version"_s));
        QVERIFY(read.json.value(u"returnInfo"_s).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxOrderReturns)
#include "TestSandboxOrderReturns.moc"
