// SPDX-License-Identifier: MIT
// Orders over real loopback HTTP: order from cart (with the checks the emulator skips), reads,
// update actions with their messages, /me and as-associate isolation, scopes.
#include "OrdersTestSupport.h"
#include "sandbox/seed/DemoAccounts.h"
#include "sandbox/storage/JsonValues.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk::sandbox;
using commercedesk::sandbox::test::CartSpec;
using commercedesk::sandbox::test::HttpResult;
using commercedesk::sandbox::test::OrdersFixture;

Q_DECLARE_METATYPE(commercedesk::sandbox::test::CartSpec)

namespace {

const QString Buyer = u"buyer@acme-industrial.example"_s;
const QString BuyerPassword = u"Buyer-Demo-2026"_s;
const QString Shopper = u"shopper@commercedesk.example"_s;
const QString ShopperPassword = u"Shopper-Demo-2026"_s;
const QString Company = u"acme-industrial"_s;

QJsonObject action(const QString &name, const QJsonObject &fields = {})
{
    QJsonObject a = fields;
    a.insert(u"action"_s, name);
    return a;
}

QJsonObject error0(const HttpResult &r)
{
    return r.json.value(u"errors"_s).toArray().at(0).toObject();
}

} // namespace

class TestSandboxOrders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void orderFromCartCopiesTheCart();
    void orderFromCartRejects_data();
    void orderFromCartRejects();
    void secondOrderFromTheSameCartFails();
    void duplicateOrderNumberIsRejected();
    void readByIdAndOrderNumber();
    void queryListsOrders();
    void stateActionsWriteMessages_data();
    void stateActionsWriteMessages();
    void updateRejects_data();
    void updateRejects();
    void deliveryParcelAndTracking();
    void syncInfoMarksOms();
    void moreActions();
    void deleteChecksVersion();
    void meOrdersSeeOnlyTheirOwn();
    void asAssociateSeesOnlyTheUnit();
    void readOnlyMerchantCannotWrite();

private:
    QJsonObject createOrder(const CartSpec &spec = {}, const QString &orderNumber = {});
    HttpResult update(const QJsonObject &order, const QJsonArray &actions, const QByteArray &token = {});

    OrdersFixture m_fx;
    int m_counter = 0;
};

void TestSandboxOrders::initTestCase()
{
    QString error;
    // No outside systems: the OMS would write syncInfo back onto new orders at random moments, racing the
    // version and sync checks below (the write-back has its own test, TestOmsWriteBack).
    QVERIFY2(m_fx.start(u"orders-test"_s, &error, false), qPrintable(error));
}

QJsonObject TestSandboxOrders::createOrder(const CartSpec &spec, const QString &orderNumber)
{
    const QJsonObject cart = m_fx.insertCart(spec);
    const HttpResult r = m_fx.orderFromCart(
        cart, orderNumber.isEmpty() ? u"T-%1"_s.arg(++m_counter, 5, 10, QLatin1Char('0')) : orderNumber);
    if (r.status != 201)
        qWarning() << r.body;
    return r.json;
}

HttpResult TestSandboxOrders::update(const QJsonObject &order, const QJsonArray &actions,
                                     const QByteArray &token)
{
    return m_fx.post(m_fx.path(u"/orders/"_s % order.value(u"id"_s).toString()),
                     {{u"version"_s, order.value(u"version"_s)}, {u"actions"_s, actions}},
                     token.isEmpty() ? m_fx.clientToken(u"merchant"_s) : token);
}

void TestSandboxOrders::orderFromCartCopiesTheCart()
{
    CartSpec spec;
    spec.customerId = DemoAccounts::customerId(Buyer);
    spec.businessUnitKey = Company;
    spec.storeKey = u"berlin"_s;
    spec.purchaseOrderNumber = u"PO-CART"_s;
    spec.paymentId = m_fx.insertPayment();
    const QJsonObject cart = m_fx.insertCart(spec);
    QJsonObject draft{{u"cart"_s, JsonValues::reference(u"cart"_s, cart.value(u"id"_s).toString())},
                      {u"version"_s, 1},
                      {u"orderNumber"_s, u"COPY-1"_s},
                      {u"purchaseOrderNumber"_s, u"PO-DRAFT"_s},
                      {u"paymentState"_s, u"Pending"_s}};
    const HttpResult r = m_fx.post(m_fx.path(u"/orders"_s), draft, m_fx.clientToken(u"merchant"_s));
    QCOMPARE(r.status, 201);
    const QJsonObject order = r.json;
    QCOMPARE(order.value(u"version"_s).toInt(), 1);
    QCOMPARE(order.value(u"orderState"_s).toString(), u"Open"_s);
    QCOMPARE(order.value(u"paymentState"_s).toString(), u"Pending"_s);
    QCOMPARE(order.value(u"orderNumber"_s).toString(), u"COPY-1"_s);
    QCOMPARE(order.value(u"purchaseOrderNumber"_s).toString(), u"PO-DRAFT"_s); // the draft wins
    QCOMPARE(order.value(u"businessUnit"_s).toObject().value(u"key"_s).toString(), Company);
    QCOMPARE(order.value(u"store"_s).toObject().value(u"key"_s).toString(), u"berlin"_s);
    QCOMPARE(order.value(u"customerId"_s).toString(), spec.customerId);
    QCOMPARE(order.value(u"cart"_s).toObject().value(u"id"_s).toString(), cart.value(u"id"_s).toString());
    for (const QString &field :
         {u"lineItems"_s, u"totalPrice"_s, u"taxedPrice"_s, u"shippingInfo"_s, u"shippingAddress"_s,
          u"billingAddress"_s, u"paymentInfo"_s, u"customerEmail"_s}) {
        QVERIFY2(order.value(field) == cart.value(field), qPrintable(field));
    }
    QCOMPARE(order.value(u"syncInfo"_s).toArray().size(), 0);
    // The cart is now Ordered, one version later.
    const HttpResult stored =
        m_fx.get(m_fx.path(u"/orders/"_s % order.value(u"id"_s).toString()), m_fx.clientToken(u"merchant"_s));
    QCOMPARE(stored.json, order);
    QCOMPARE(m_fx.database()
                 .scalar(u"SELECT cart_state FROM carts WHERE id = ?"_s, {cart.value(u"id"_s)})
                 .toString(),
             u"Ordered"_s);
    QCOMPARE(
        m_fx.database().scalar(u"SELECT version FROM carts WHERE id = ?"_s, {cart.value(u"id"_s)}).toInt(),
        2);
    // Columns mirror the doc.
    QCOMPARE(
        m_fx.database()
            .scalar(
                u"SELECT purchase_order_number || '|' || business_unit_key || '|' || total_cent || '|' || "
                u"country || '|' || payment_state FROM orders WHERE id = ?"_s,
                {order.value(u"id"_s)})
            .toString(),
        u"PO-DRAFT|acme-industrial|2875|DE|Pending"_s);
    // One OrderCreated message carrying the whole order.
    const HttpResult messages =
        m_fx.get(m_fx.path(u"/messages"_s), m_fx.clientToken(u"merchant"_s), {{u"limit"_s, u"500"_s}});
    QCOMPARE(messages.status, 200);
    bool found = false;
    for (const QJsonValue &m : messages.json.value(u"results"_s).toArray()) {
        const QJsonObject message = m.toObject();
        if (message.value(u"resource"_s).toObject().value(u"id"_s) != order.value(u"id"_s))
            continue;
        QCOMPARE(message.value(u"type"_s).toString(), u"OrderCreated"_s);
        QCOMPARE(message.value(u"sequenceNumber"_s).toInt(), 1);
        QCOMPARE(message.value(u"order"_s).toObject(), order);
        found = true;
    }
    QVERIFY(found);
}

void TestSandboxOrders::orderFromCartRejects_data()
{
    QTest::addColumn<CartSpec>("spec");
    QTest::addColumn<QJsonObject>("draftPatch");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    CartSpec plain;
    CartSpec noAddress;
    noAddress.shippingAddress = false;
    CartSpec externalLine;
    externalLine.taxMode = u"External"_s;
    externalLine.lineTaxRate = false;
    CartSpec externalShipping;
    externalShipping.taxMode = u"External"_s;
    externalShipping.shippingTaxRate = false;
    CartSpec platformMissing;
    platformMissing.lineTaxRate = false;
    QTest::newRow("stale cart version → 409")
        << plain << QJsonObject{{u"version"_s, 7}} << 409 << u"ConcurrentModification"_s;
    QTest::newRow("no shipping address") << noAddress << QJsonObject() << 400 << u"InvalidOperation"_s;
    QTest::newRow("External: line item without rate")
        << externalLine << QJsonObject() << 400 << u"InvalidOperation"_s;
    QTest::newRow("External: shipping without rate")
        << externalShipping << QJsonObject() << 400 << u"InvalidOperation"_s;
    QTest::newRow("Platform: no rate for the country")
        << platformMissing << QJsonObject() << 400 << u"MissingTaxRateForCountry"_s;
    QTest::newRow("bogus orderState")
        << plain << QJsonObject{{u"orderState"_s, u"Bogus"_s}} << 400 << u"InvalidField"_s;
    QTest::newRow("bogus shipmentState")
        << plain << QJsonObject{{u"shipmentState"_s, u"Lost"_s}} << 400 << u"InvalidField"_s;
    QTest::newRow("unknown cart") << plain
                                  << QJsonObject{{u"cart"_s, QJsonObject{{u"typeId"_s, u"cart"_s},
                                                                         {u"id"_s, u"nope"_s}}}}
                                  << 400 << u"ReferencedResourceNotFound"_s;
    QTest::newRow("no version") << plain << QJsonObject{{u"version"_s, QJsonValue()}} << 400
                                << u"InvalidJsonInput"_s;
}

void TestSandboxOrders::orderFromCartRejects()
{
    QFETCH(CartSpec, spec);
    QFETCH(QJsonObject, draftPatch);
    QFETCH(int, status);
    QFETCH(QString, code);
    const QJsonObject cart = m_fx.insertCart(spec);
    QJsonObject draft{{u"cart"_s, JsonValues::reference(u"cart"_s, cart.value(u"id"_s).toString())},
                      {u"version"_s, 1}};
    for (auto it = draftPatch.begin(); it != draftPatch.end(); ++it) {
        if (it.value().isNull())
            draft.remove(it.key());
        else
            draft.insert(it.key(), it.value());
    }
    const HttpResult r = m_fx.post(m_fx.path(u"/orders"_s), draft, m_fx.clientToken(u"admin"_s));
    QCOMPARE(r.status, status);
    QCOMPARE(r.errorCode(), code);
    if (code == u"ConcurrentModification"_s)
        QCOMPARE(error0(r).value(u"currentVersion"_s).toInt(), 1);
    if (code == u"InvalidField"_s)
        QVERIFY(!error0(r).value(u"allowedValues"_s).toArray().isEmpty());
    // Nothing was written: the cart is still Active and orderable.
    QCOMPARE(m_fx.database()
                 .scalar(u"SELECT cart_state FROM carts WHERE id = ?"_s, {cart.value(u"id"_s)})
                 .toString(),
             u"Active"_s);
    QCOMPARE(m_fx.database()
                 .scalar(u"SELECT COUNT(*) FROM orders WHERE cart_id = ?"_s, {cart.value(u"id"_s)})
                 .toInt(),
             0);
}

void TestSandboxOrders::secondOrderFromTheSameCartFails()
{
    const QJsonObject cart = m_fx.insertCart({});
    QCOMPARE(m_fx.orderFromCart(cart).status, 201);
    QJsonObject again = cart;
    again.insert(u"version"_s, 2); // the cart's version after it became Ordered
    const HttpResult r = m_fx.orderFromCart(again);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"InvalidOperation"_s);
}

void TestSandboxOrders::duplicateOrderNumberIsRejected()
{
    QVERIFY(!createOrder({}, u"DUP-1"_s).isEmpty());
    const HttpResult r = m_fx.orderFromCart(m_fx.insertCart({}), u"DUP-1"_s);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"DuplicateField"_s);
    QCOMPARE(error0(r).value(u"field"_s).toString(), u"orderNumber"_s);
    QCOMPARE(error0(r).value(u"duplicateValue"_s).toString(), u"DUP-1"_s);
}

void TestSandboxOrders::readByIdAndOrderNumber()
{
    const QJsonObject order = createOrder({}, u"READ-1"_s);
    const QByteArray token = m_fx.clientToken(u"merchant-readonly"_s);
    QCOMPARE(m_fx.get(m_fx.path(u"/orders/order-number=READ-1"_s), token).json, order);
    QCOMPARE(m_fx.get(m_fx.path(u"/orders/"_s % order.value(u"id"_s).toString()), token).json, order);
    const HttpResult missing = m_fx.get(m_fx.path(u"/orders/order-number=NOPE"_s), token);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), u"ResourceNotFound"_s);
    QCOMPARE(m_fx.get(m_fx.path(u"/orders/no-such-id"_s), token).status, 404);
}

void TestSandboxOrders::queryListsOrders()
{
    createOrder();
    const HttpResult r = m_fx.get(m_fx.path(u"/orders"_s), m_fx.clientToken(u"merchant-readonly"_s),
                                  {{u"limit"_s, u"2"_s}, {u"sort"_s, u"createdAt desc"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"count"_s).toInt(), 2);
    const qint64 total = m_fx.database().scalar(u"SELECT COUNT(*) FROM orders"_s).toLongLong();
    QCOMPARE(r.json.value(u"total"_s).toInteger(), total);
}

void TestSandboxOrders::stateActionsWriteMessages_data()
{
    QTest::addColumn<QJsonObject>("act");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messageType");
    QTest::newRow("changeOrderState") << action(u"changeOrderState"_s, {{u"orderState"_s, u"Confirmed"_s}})
                                      << u"orderState"_s << u"OrderStateChanged"_s;
    QTest::newRow("changeShipmentState")
        << action(u"changeShipmentState"_s, {{u"shipmentState"_s, u"Shipped"_s}}) << u"shipmentState"_s
        << u"OrderShipmentStateChanged"_s;
    QTest::newRow("changePaymentState") << action(u"changePaymentState"_s, {{u"paymentState"_s, u"Paid"_s}})
                                        << u"paymentState"_s << u"OrderPaymentStateChanged"_s;
    QTest::newRow("setPurchaseOrderNumber")
        << action(u"setPurchaseOrderNumber"_s, {{u"purchaseOrderNumber"_s, u"PO-NEW"_s}})
        << u"purchaseOrderNumber"_s << u"OrderPurchaseOrderNumberSet"_s;
    QTest::newRow("transitionState") << action(u"transitionState"_s,
                                               {{u"state"_s, QJsonObject{{u"typeId"_s, u"state"_s},
                                                                         {u"key"_s, u"picked"_s}}}})
                                     << u"state"_s << u"OrderStateTransition"_s;
}

void TestSandboxOrders::stateActionsWriteMessages()
{
    QFETCH(QJsonObject, act);
    QFETCH(QString, field);
    QFETCH(QString, messageType);
    const QJsonObject order = createOrder();
    const HttpResult r = update(order, {act});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"version"_s).toInt(), 2);
    QVERIFY(r.json.value(field) != order.value(field));
    if (act.value(field).isString())
        QCOMPARE(r.json.value(field), act.value(field));
    QCOMPARE(r.json.value(u"lastMessageSequenceNumber"_s).toInt(), 2);
    const HttpResult stored =
        m_fx.get(m_fx.path(u"/orders/"_s % order.value(u"id"_s).toString()), m_fx.clientToken(u"merchant"_s));
    QCOMPARE(stored.json, r.json);
    const QVariant type = m_fx.database().scalar(
        u"SELECT type FROM messages WHERE resource_id = ? AND sequence_number = 2"_s, {order.value(u"id"_s)});
    QCOMPARE(type.toString(), messageType);
    const QVariant column =
        m_fx.database().scalar(u"SELECT order_state || '|' || COALESCE(shipment_state, '-') || '|' || "
                               u"COALESCE(payment_state, '-') || '|' || "
                               u"COALESCE(purchase_order_number, '-') FROM orders WHERE id = ?"_s,
                               {order.value(u"id"_s)});
    const QString expected = r.json.value(u"orderState"_s).toString() % u'|' %
                             r.json.value(u"shipmentState"_s).toString(u"-"_s) % u'|' %
                             r.json.value(u"paymentState"_s).toString(u"-"_s) % u'|' %
                             r.json.value(u"purchaseOrderNumber"_s).toString(u"-"_s);
    QCOMPARE(column.toString(), expected);
}

void TestSandboxOrders::updateRejects_data()
{
    QTest::addColumn<QJsonArray>("actions");
    QTest::addColumn<int>("versionOffset");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("stale version") << QJsonArray{action(u"changeOrderState"_s,
                                                        {{u"orderState"_s, u"Complete"_s}})}
                                   << -1 << 409 << u"ConcurrentModification"_s;
    QTest::newRow("bogus orderState")
        << QJsonArray{action(u"changeOrderState"_s, {{u"orderState"_s, u"Bogus"_s}})} << 0 << 400
        << u"InvalidField"_s;
    QTest::newRow("bogus paymentState")
        << QJsonArray{action(u"changePaymentState"_s, {{u"paymentState"_s, u"Rich"_s}})} << 0 << 400
        << u"InvalidField"_s;
    QTest::newRow("unknown action") << QJsonArray{action(u"teleport"_s)} << 0 << 400 << u"InvalidInput"_s;
    QTest::newRow("unknown channel")
        << QJsonArray{action(u"updateSyncInfo"_s, {{u"channel"_s, QJsonObject{{u"typeId"_s, u"channel"_s},
                                                                              {u"key"_s, u"nope"_s}}}})}
        << 0 << 400 << u"ReferencedResourceNotFound"_s;
    QTest::newRow("second action fails: nothing applied")
        << QJsonArray{action(u"changeOrderState"_s, {{u"orderState"_s, u"Complete"_s}}),
                      action(u"removeDelivery"_s, {{u"deliveryId"_s, u"nope"_s}})}
        << 0 << 400 << u"InvalidOperation"_s;
}

void TestSandboxOrders::updateRejects()
{
    QFETCH(QJsonArray, actions);
    QFETCH(int, versionOffset);
    QFETCH(int, status);
    QFETCH(QString, code);
    QJsonObject order = createOrder();
    const QJsonObject original = order;
    order.insert(u"version"_s, order.value(u"version"_s).toInt() + versionOffset);
    const HttpResult r = update(order, actions);
    QCOMPARE(r.status, status);
    QCOMPARE(r.errorCode(), code);
    if (status == 409)
        QCOMPARE(error0(r).value(u"currentVersion"_s).toInt(), 1);
    QCOMPARE(
        m_fx.get(m_fx.path(u"/orders/"_s % order.value(u"id"_s).toString()), m_fx.clientToken(u"merchant"_s))
            .json,
        original);
}

void TestSandboxOrders::deliveryParcelAndTracking()
{
    const QJsonObject order = createOrder();
    const QString lineItemId =
        order.value(u"lineItems"_s).toArray().at(0).toObject().value(u"id"_s).toString();
    const QJsonObject tracking{{u"trackingId"_s, u"1Z999"_s}, {u"carrier"_s, u"DHL"_s}};
    HttpResult r = update(
        order,
        {action(u"addDelivery"_s,
                {{u"items"_s, QJsonArray{QJsonObject{{u"id"_s, lineItemId}, {u"quantity"_s, 2}}}},
                 {u"parcels"_s,
                  QJsonArray{QJsonObject{{u"measurements"_s, QJsonObject{{u"weightInGram"_s, 800}}}}}}})});
    QCOMPARE(r.status, 200);
    QJsonArray deliveries = r.json.value(u"shippingInfo"_s).toObject().value(u"deliveries"_s).toArray();
    QCOMPARE(deliveries.size(), 1);
    const QString deliveryId = deliveries.at(0).toObject().value(u"id"_s).toString();
    QCOMPARE(
        deliveries.at(0).toObject().value(u"items"_s).toArray().at(0).toObject().value(u"quantity"_s).toInt(),
        2);
    r = update(r.json, {action(u"addParcelToDelivery"_s,
                               {{u"deliveryId"_s, deliveryId}, {u"trackingData"_s, tracking}})});
    QCOMPARE(r.status, 200);
    QJsonArray parcels = r.json.value(u"shippingInfo"_s)
                             .toObject()
                             .value(u"deliveries"_s)
                             .toArray()
                             .at(0)
                             .toObject()
                             .value(u"parcels"_s)
                             .toArray();
    QCOMPARE(parcels.size(), 2);
    QCOMPARE(parcels.at(1).toObject().value(u"trackingData"_s).toObject(), tracking);
    const QString firstParcel = parcels.at(0).toObject().value(u"id"_s).toString();
    const QJsonObject newTracking{
        {u"trackingId"_s, u"JJD00"_s}, {u"carrier"_s, u"DPD"_s}, {u"isReturn"_s, false}};
    r = update(r.json, {action(u"setParcelTrackingData"_s,
                               {{u"parcelId"_s, firstParcel}, {u"trackingData"_s, newTracking}})});
    QCOMPARE(r.status, 200);
    parcels = r.json.value(u"shippingInfo"_s)
                  .toObject()
                  .value(u"deliveries"_s)
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(u"parcels"_s)
                  .toArray();
    QCOMPARE(parcels.at(0).toObject().value(u"trackingData"_s).toObject(), newTracking);
    r = update(r.json, {action(u"removeDelivery"_s, {{u"deliveryId"_s, deliveryId}})});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"shippingInfo"_s).toObject().value(u"deliveries"_s).toArray().size(), 0);
    QCOMPARE(r.json.value(u"version"_s).toInt(), 5);
    // Messages in sequence, one per action.
    const HttpResult messages =
        m_fx.get(m_fx.path(u"/messages"_s), m_fx.clientToken(u"merchant"_s), {{u"limit"_s, u"500"_s}});
    QStringList types(5);
    for (const QJsonValue &m : messages.json.value(u"results"_s).toArray()) {
        const QJsonObject message = m.toObject();
        if (message.value(u"resource"_s).toObject().value(u"id"_s) == order.value(u"id"_s))
            types[message.value(u"sequenceNumber"_s).toInt() - 1] = message.value(u"type"_s).toString();
    }
    QCOMPARE(types, (QStringList{u"OrderCreated"_s, u"DeliveryAdded"_s, u"ParcelAddedToDelivery"_s,
                                 u"ParcelTrackingDataUpdated"_s, u"DeliveryRemoved"_s}));
    // A delivery for a line item the order does not have is refused.
    const HttpResult bad = update(
        r.json, {action(u"addDelivery"_s,
                        {{u"items"_s, QJsonArray{QJsonObject{{u"id"_s, u"x"_s}, {u"quantity"_s, 1}}}}})});
    QCOMPARE(bad.status, 400);
}

void TestSandboxOrders::syncInfoMarksOms()
{
    const QJsonObject order = createOrder();
    const QString id = order.value(u"id"_s).toString();
    auto synced = [this, &id] {
        return m_fx.database().scalar(u"SELECT oms_synced FROM orders WHERE id = ?"_s, {id}).toInt();
    };
    QCOMPARE(synced(), 0);
    HttpResult r = update(
        order,
        {action(u"updateSyncInfo"_s,
                {{u"channel"_s, QJsonObject{{u"typeId"_s, u"channel"_s}, {u"key"_s, u"store-berlin"_s}}},
                 {u"externalId"_s, u"X-1"_s}})});
    QCOMPARE(r.status, 200);
    QCOMPARE(synced(), 0);
    r = update(r.json,
               {action(u"updateSyncInfo"_s,
                       {{u"channel"_s, QJsonObject{{u"typeId"_s, u"channel"_s}, {u"key"_s, u"oms"_s}}},
                        {u"externalId"_s, u"OMS-1"_s},
                        {u"syncedAt"_s, u"2026-11-01T10:00:00.000Z"_s}})});
    QCOMPARE(r.status, 200);
    const QJsonArray syncInfo = r.json.value(u"syncInfo"_s).toArray();
    QCOMPARE(syncInfo.size(), 2);
    QCOMPARE(syncInfo.at(1).toObject().value(u"externalId"_s).toString(), u"OMS-1"_s);
    QCOMPARE(syncInfo.at(1).toObject().value(u"syncedAt"_s).toString(), u"2026-11-01T10:00:00.000Z"_s);
    QCOMPARE(synced(), 1);
}

void TestSandboxOrders::moreActions()
{
    CartSpec spec;
    QJsonObject order = createOrder(spec, u"MORE-1"_s);
    const QString payment = m_fx.insertPayment();
    HttpResult r = update(
        order, {action(u"addPayment"_s, {{u"payment"_s, JsonValues::reference(u"payment"_s, payment)}}),
                action(u"setCustomType"_s,
                       {{u"type"_s, QJsonObject{{u"typeId"_s, u"type"_s}, {u"key"_s, u"order-extra"_s}}},
                        {u"fields"_s, QJsonObject{{u"gift"_s, true}}}}),
                action(u"setCustomField"_s, {{u"name"_s, u"note"_s}, {u"value"_s, u"leave at door"_s}})});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"paymentInfo"_s)
                 .toObject()
                 .value(u"payments"_s)
                 .toArray()
                 .last()
                 .toObject()
                 .value(u"id"_s)
                 .toString(),
             payment);
    QCOMPARE(r.json.value(u"custom"_s).toObject().value(u"fields"_s).toObject(),
             (QJsonObject{{u"gift"_s, true}, {u"note"_s, u"leave at door"_s}}));
    // orderNumber cannot be changed once set; an order without one gets it.
    HttpResult again = update(r.json, {action(u"setOrderNumber"_s, {{u"orderNumber"_s, u"OTHER"_s}})});
    QCOMPARE(again.status, 400);
    QCOMPARE(again.errorCode(), u"InvalidOperation"_s);
    const QJsonObject cart = m_fx.insertCart({});
    const QJsonObject plain = m_fx.orderFromCart(cart).json;
    QVERIFY(!plain.contains(u"orderNumber"_s));
    QCOMPARE(update(plain, {action(u"setOrderNumber"_s, {{u"orderNumber"_s, u"MORE-1"_s}})}).errorCode(),
             u"DuplicateField"_s);
    again = update(plain, {action(u"setOrderNumber"_s, {{u"orderNumber"_s, u"MORE-2"_s}})});
    QCOMPARE(again.status, 200);
    QCOMPARE(m_fx.get(m_fx.path(u"/orders/order-number=MORE-2"_s), m_fx.clientToken(u"merchant"_s)).status,
             200);
    // Update by order number works too.
    const HttpResult byNumber = m_fx.post(
        m_fx.path(u"/orders/order-number=MORE-2"_s),
        {{u"version"_s, again.json.value(u"version"_s)},
         {u"actions"_s, QJsonArray{action(u"changeOrderState"_s, {{u"orderState"_s, u"Cancelled"_s}})}}},
        m_fx.clientToken(u"merchant"_s));
    QCOMPARE(byNumber.status, 200);
    QCOMPARE(byNumber.json.value(u"orderState"_s).toString(), u"Cancelled"_s);
}

void TestSandboxOrders::deleteChecksVersion()
{
    const QJsonObject order = createOrder();
    const QString p = m_fx.path(u"/orders/"_s % order.value(u"id"_s).toString());
    const QList<QPair<QByteArray, QByteArray>> auth{
        {"Authorization", "Bearer " + m_fx.clientToken(u"admin"_s)}};
    HttpResult r = m_fx.http().send("DELETE", p, {}, {}, auth, u"version=9"_s);
    QCOMPARE(r.status, 409);
    r = m_fx.http().send("DELETE", p, {}, {}, auth, u"version=1"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(m_fx.get(p, m_fx.clientToken(u"admin"_s)).status, 404);
}

void TestSandboxOrders::meOrdersSeeOnlyTheirOwn()
{
    const QByteArray shopper = m_fx.customerToken(Shopper, ShopperPassword);
    QVERIFY(!shopper.isEmpty());
    CartSpec mine;
    mine.customerId = DemoAccounts::customerId(Shopper);
    CartSpec theirs;
    theirs.customerId = DemoAccounts::customerId(Buyer);
    const QJsonObject myCart = m_fx.insertCart(mine);
    const QJsonObject otherCart = m_fx.insertCart(theirs);
    // MyOrderFromCartDraft {id, version}.
    HttpResult r = m_fx.post(m_fx.path(u"/me/orders"_s),
                             {{u"id"_s, otherCart.value(u"id"_s)}, {u"version"_s, 1}}, shopper);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"ReferencedResourceNotFound"_s);
    r = m_fx.post(m_fx.path(u"/me/orders"_s), {{u"id"_s, myCart.value(u"id"_s)}, {u"version"_s, 1}}, shopper);
    QCOMPARE(r.status, 201);
    const QString myOrder = r.json.value(u"id"_s).toString();
    const QJsonObject otherOrder = m_fx.orderFromCart(otherCart).json;
    r = m_fx.get(m_fx.path(u"/me/orders"_s), shopper, {{u"limit"_s, u"500"_s}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.value(u"count"_s).toInt() >= 1);
    for (const QJsonValue &o : r.json.value(u"results"_s).toArray())
        QCOMPARE(o.toObject().value(u"customerId"_s).toString(), mine.customerId);
    QCOMPARE(m_fx.get(m_fx.path(u"/me/orders/"_s % myOrder), shopper).status, 200);
    QCOMPARE(m_fx.get(m_fx.path(u"/me/orders/"_s % otherOrder.value(u"id"_s).toString()), shopper).status,
             404);
    // The storefront client cannot use the merchant endpoints.
    QCOMPARE(m_fx.get(m_fx.path(u"/orders"_s), shopper).status, 403);
    // Anonymous sessions see their own orders only.
    QString anonymousId;
    const QByteArray anonymous = m_fx.anonymousToken(&anonymousId);
    CartSpec anonymousCart;
    anonymousCart.anonymousId = anonymousId;
    const QJsonObject cart = m_fx.insertCart(anonymousCart);
    QCOMPARE(
        m_fx.post(m_fx.path(u"/me/orders"_s), {{u"id"_s, cart.value(u"id"_s)}, {u"version"_s, 1}}, anonymous)
            .status,
        201);
    r = m_fx.get(m_fx.path(u"/me/orders"_s), anonymous);
    QCOMPARE(r.json.value(u"count"_s).toInt(), 1);
}

void TestSandboxOrders::asAssociateSeesOnlyTheUnit()
{
    const QByteArray buyer = m_fx.customerToken(Buyer, BuyerPassword);
    const QString buyerId = DemoAccounts::customerId(Buyer);
    const QString base =
        m_fx.path(u"/as-associate/"_s % buyerId % u"/in-business-unit/key="_s % Company % u"/orders"_s);
    CartSpec unitCart;
    unitCart.customerId = buyerId;
    unitCart.businessUnitKey = Company;
    unitCart.purchaseOrderNumber = u"PO-77"_s;
    const QJsonObject cart = m_fx.insertCart(unitCart);
    HttpResult r = m_fx.post(
        base,
        {{u"cart"_s, JsonValues::reference(u"cart"_s, cart.value(u"id"_s).toString())}, {u"version"_s, 1}},
        buyer);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value(u"businessUnit"_s).toObject().value(u"key"_s).toString(), Company);
    QCOMPARE(r.json.value(u"purchaseOrderNumber"_s).toString(), u"PO-77"_s);
    // A cart of another unit is refused.
    CartSpec otherUnit = unitCart;
    otherUnit.businessUnitKey = u"acme-industrial-berlin"_s;
    const QJsonObject other = m_fx.insertCart(otherUnit);
    r = m_fx.post(
        base,
        {{u"cart"_s, JsonValues::reference(u"cart"_s, other.value(u"id"_s).toString())}, {u"version"_s, 1}},
        buyer);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"InvalidOperation"_s);
    // Orders of other units (and B2C orders) are not listed.
    createOrder();
    r = m_fx.get(base, buyer, {{u"limit"_s, u"500"_s}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.value(u"count"_s).toInt() >= 1);
    for (const QJsonValue &o : r.json.value(u"results"_s).toArray())
        QCOMPARE(o.toObject().value(u"businessUnit"_s).toObject().value(u"key"_s).toString(), Company);
    // Someone who is not an associate of the unit, or speaks for another associate, is refused.
    const QByteArray shopper = m_fx.customerToken(Shopper, ShopperPassword);
    r = m_fx.get(m_fx.path(u"/as-associate/"_s % DemoAccounts::customerId(Shopper) %
                           u"/in-business-unit/key="_s % Company % u"/orders"_s),
                 shopper);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), u"AssociateMissingPermission"_s);
    QCOMPARE(m_fx.get(base, shopper).status, 403);
    // The division inherits the company's associates (associateMode ExplicitAndFromParent).
    r = m_fx.get(
        m_fx.path(u"/as-associate/"_s % buyerId % u"/in-business-unit/key=acme-industrial-berlin/orders"_s),
        buyer);
    QCOMPARE(r.status, 200);
}

void TestSandboxOrders::readOnlyMerchantCannotWrite()
{
    const QJsonObject order = createOrder();
    const HttpResult r = update(order, {action(u"changeOrderState"_s, {{u"orderState"_s, u"Complete"_s}})},
                                m_fx.clientToken(u"merchant-readonly"_s));
    QCOMPARE(r.status, 403);
    QCOMPARE(m_fx.orderFromCart(m_fx.insertCart({})).status, 201); // admin may
}

QTEST_GUILESS_MAIN(TestSandboxOrders)
#include "TestSandboxOrders.moc"
