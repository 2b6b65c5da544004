// SPDX-License-Identifier: MIT
// The Order update action addReturnInfo over real loopback HTTP (api.yaml OrderAddReturnInfoAction,
// ReturnInfoDraft, ReturnItemDraft): the return lands in the order's returnInfo as a LineItemReturnItem with
// the payment state its shipment state starts with, the ReturnInfoAdded message is written, and bad drafts
// (no quantity, an unknown item, more units than ordered over all returns, a bad shipment state) are the
// commercetools errors with the order unchanged. setReturnShipmentState / setReturnPaymentState (api.yaml
// OrderSetReturnShipmentStateAction, OrderSetReturnPaymentStateAction) move a return item by id or key, the
// shipment move with its OrderReturnShipmentStateChanged message; an unknown item, no item named and a state
// outside the enumeration are refused with the order unchanged.
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

    HttpResult update(const QJsonObject &order, const QJsonObject &action)
    {
        return m_fx.post(m_fx.path(u"/orders/"_s + order.value(u"id"_s).toString()),
                         {{u"version"_s, order.value(u"version"_s)}, {u"actions"_s, QJsonArray{action}}},
                         m_fx.clientToken(u"merchant"_s));
    }

    static QJsonObject firstReturnItem(const QJsonObject &order)
    {
        return order.value(u"returnInfo"_s)
            .toArray()
            .at(0)
            .toObject()
            .value(u"items"_s)
            .toArray()
            .at(0)
            .toObject();
    }

    /// The messages of `type` about `order`.
    QList<QJsonObject> messagesOf(const QJsonObject &order, const QString &type)
    {
        const HttpResult messages =
            m_fx.get(m_fx.path(u"/messages"_s), m_fx.clientToken(u"merchant"_s), {{u"limit"_s, u"500"_s}});
        QList<QJsonObject> out;
        for (const QJsonValue &m : messages.json.value(u"results"_s).toArray()) {
            const QJsonObject message = m.toObject();
            if (message.value(u"resource"_s).toObject().value(u"id"_s) == order.value(u"id"_s) &&
                message.value(u"type"_s).toString() == type)
                out.append(message);
        }
        return out;
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

    void returnItemMovesOnWithItsMessage()
    {
        const QJsonObject order = createOrder();
        const HttpResult returned = addReturn(order, {QJsonObject{{u"lineItemId"_s, lineId(order)},
                                                                  {u"quantity"_s, 1},
                                                                  {u"shipmentState"_s, u"Returned"_s},
                                                                  {u"key"_s, u"ret-key"_s}}});
        QCOMPARE(returned.status, 200);
        const QString itemId = firstReturnItem(returned.json).value(u"id"_s).toString();
        const HttpResult stocked = update(returned.json, {{u"action"_s, u"setReturnShipmentState"_s},
                                                          {u"returnItemId"_s, itemId},
                                                          {u"shipmentState"_s, u"BackInStock"_s}});
        QCOMPARE(stocked.status, 200);
        QCOMPARE(stocked.json.value(u"version"_s).toInt(), returned.json.value(u"version"_s).toInt() + 1);
        QCOMPARE(firstReturnItem(stocked.json).value(u"shipmentState"_s).toString(), u"BackInStock"_s);
        QCOMPARE(firstReturnItem(stocked.json).value(u"paymentState"_s).toString(), u"Initial"_s);
        const QList<QJsonObject> changed = messagesOf(order, u"OrderReturnShipmentStateChanged"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().value(u"returnItemId"_s).toString(), itemId);
        QCOMPARE(changed.first().value(u"returnShipmentState"_s).toString(), u"BackInStock"_s);

        // The payment state, by the item's key; stored, and no message (api.yaml defines none).
        const HttpResult refunded = update(stocked.json, {{u"action"_s, u"setReturnPaymentState"_s},
                                                          {u"returnItemKey"_s, u"ret-key"_s},
                                                          {u"paymentState"_s, u"Refunded"_s}});
        QCOMPARE(refunded.status, 200);
        const HttpResult read = m_fx.get(m_fx.path(u"/orders/"_s + order.value(u"id"_s).toString()),
                                         m_fx.clientToken(u"merchant"_s));
        QCOMPARE(firstReturnItem(read.json).value(u"paymentState"_s).toString(), u"Refunded"_s);
        QCOMPARE(firstReturnItem(read.json).value(u"shipmentState"_s).toString(), u"BackInStock"_s);
        QCOMPARE(messagesOf(order, u"OrderReturnShipmentStateChanged"_s).size(), 1);
    }

    void badStateMovesAreRejected_data()
    {
        QTest::addColumn<QJsonObject>("action");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown return item") << QJsonObject{{u"action"_s, u"setReturnShipmentState"_s},
                                                            {u"returnItemId"_s, u"nope"_s},
                                                            {u"shipmentState"_s, u"Unusable"_s}}
                                             << u"InvalidOperation"_s;
        QTest::newRow("unknown return item key") << QJsonObject{{u"action"_s, u"setReturnPaymentState"_s},
                                                                {u"returnItemKey"_s, u"nope"_s},
                                                                {u"paymentState"_s, u"Refunded"_s}}
                                                 << u"InvalidOperation"_s;
        QTest::newRow("no item named")
            << QJsonObject{{u"action"_s, u"setReturnShipmentState"_s}, {u"shipmentState"_s, u"Unusable"_s}}
            << u"InvalidOperation"_s;
        QTest::newRow("bad shipment state") << QJsonObject{{u"action"_s, u"setReturnShipmentState"_s},
                                                           {u"returnItemId"_s, u"ITEM"_s},
                                                           {u"shipmentState"_s, u"Restocked"_s}}
                                            << u"InvalidField"_s;
        QTest::newRow("bad payment state") << QJsonObject{{u"action"_s, u"setReturnPaymentState"_s},
                                                          {u"returnItemId"_s, u"ITEM"_s},
                                                          {u"paymentState"_s, u"Paid"_s}}
                                           << u"InvalidField"_s;
        QTest::newRow("no payment state")
            << QJsonObject{{u"action"_s, u"setReturnPaymentState"_s}, {u"returnItemId"_s, u"ITEM"_s}}
            << u"RequiredField"_s;
    }

    void badStateMovesAreRejected()
    {
        QFETCH(QJsonObject, action);
        QFETCH(QString, code);
        const QJsonObject order = createOrder();
        const HttpResult returned = addReturn(order, {QJsonObject{{u"lineItemId"_s, lineId(order)},
                                                                  {u"quantity"_s, 1},
                                                                  {u"shipmentState"_s, u"Returned"_s}}});
        QCOMPARE(returned.status, 200);
        if (action.value(u"returnItemId"_s).toString() == u"ITEM"_s)
            action.insert(u"returnItemId"_s, firstReturnItem(returned.json).value(u"id"_s));
        const HttpResult r = update(returned.json, action);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(u"errors"_s).toArray().at(0).toObject().value(u"code"_s).toString(), code);
        const HttpResult read = m_fx.get(m_fx.path(u"/orders/"_s + order.value(u"id"_s).toString()),
                                         m_fx.clientToken(u"merchant"_s));
        QCOMPARE(read.json.value(u"version"_s), returned.json.value(u"version"_s));
        QCOMPARE(firstReturnItem(read.json), firstReturnItem(returned.json));
        QVERIFY(messagesOf(order, u"OrderReturnShipmentStateChanged"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxOrderReturns)
#include "TestSandboxOrderReturns.moc"
