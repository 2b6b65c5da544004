// SPDX-License-Identifier: MIT
// OrderConflict: what changed between the order the seller acted on and the re-read one, and whether a 409
// came only from changes the command does not touch (the OMS write-back), so it may be re-applied once.
#include "merchant/OrderConflict.h"
#include "merchant/OrderFixtures.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using merchant::OrderCommand;
using merchant::OrderConflict;

namespace {

using Change = std::function<void(core::Order &)>;

core::Order seenOrder()
{
    testsupport::OrderSpec spec;
    spec.id = u"order-1"_s;
    spec.orderNumber = u"CD-1"_s;
    spec.version = 7;
    spec.shipmentState = u"Pending"_s;
    spec.paymentState = u"Pending"_s;
    core::Order order = testsupport::order(spec);
    core::Address address;
    address.country = u"DE"_s;
    address.city = u"Berlin"_s;
    order.shippingAddress = address;
    return order;
}

void bump(core::Order &order)
{
    order.version += 2;
    order.lastModifiedAt = order.lastModifiedAt.addSecs(5);
    order.lastMessageSequenceNumber = order.lastMessageSequenceNumber.value_or(0) + 2;
}

// The OMS write-back, stage by stage (src/sandbox/outside/Oms.cpp): updateSyncInfo, then shipment Ready,
// then addDelivery with a tracked parcel and shipment Shipped.
void omsSynced(core::Order &order)
{
    bump(order);
    order.syncInfo.append({core::Reference{u"channel"_s, u"oms-channel"_s}, u"OMS-CD-1"_s,
                           QDateTime(QDate(2026, 11, 20), QTime(10, 0, 5), Qt::UTC)});
}

void omsReady(core::Order &order)
{
    omsSynced(order);
    order.shipmentState = core::ShipmentState::Ready;
}

void omsShipped(core::Order &order)
{
    omsReady(order);
    order.shipmentState = core::ShipmentState::Shipped;
    if (!order.shippingInfo)
        order.shippingInfo = core::ShippingInfo{};
    core::Delivery delivery;
    delivery.id = u"delivery-oms"_s;
    core::Parcel parcel;
    parcel.id = u"parcel-oms"_s;
    parcel.trackingData = core::TrackingData{u"TRK-CD-1"_s, u"DHL"_s, u"CommerceDesk OMS"_s, {}, false};
    delivery.parcels.append(parcel);
    for (const core::LineItem &line : std::as_const(order.lineItems))
        delivery.items.append({line.id, line.quantity});
    order.shippingInfo->deliveries.append(delivery);
}

} // namespace

Q_DECLARE_METATYPE(Change)

class TestOrderConflict : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reappliesOnlyWhenTheCommandsFieldsAreUntouched_data()
    {
        QTest::addColumn<OrderCommand>("command");
        QTest::addColumn<Change>("change");
        QTest::addColumn<bool>("reapply");
        core::TrackingData tracking;
        tracking.trackingId = u"1Z999"_s;
        const OrderCommand confirm = OrderCommand::confirm();
        const OrderCommand cancel = OrderCommand::cancel();
        const OrderCommand delivery = OrderCommand::addDelivery({}, tracking);

        QTest::newRow("confirm; version moved only") << confirm << Change(bump) << true;
        QTest::newRow("confirm; OMS synced") << confirm << Change(omsSynced) << true;
        QTest::newRow("confirm; OMS set shipment Ready") << confirm << Change(omsReady) << true;
        QTest::newRow("confirm; OMS shipped with tracking") << confirm << Change(omsShipped) << true;
        QTest::newRow("complete; OMS shipped") << OrderCommand::complete() << Change(omsShipped) << true;
        QTest::newRow("set payment Paid; OMS shipped")
            << OrderCommand::setPaymentState(core::PaymentState::Paid) << Change(omsShipped) << true;
        QTest::newRow("cancel; OMS synced") << cancel << Change(omsSynced) << true;
        QTest::newRow("add delivery; OMS synced") << delivery << Change(omsSynced) << true;
        QTest::newRow("set tracking; OMS synced")
            << OrderCommand::setTracking(u"parcel-1"_s, tracking) << Change(omsSynced) << true;

        // The OMS changed what the command writes or decides on.
        QTest::newRow("cancel; OMS shipped meanwhile") << cancel << Change(omsShipped) << false;
        QTest::newRow("cancel; OMS set shipment Ready") << cancel << Change(omsReady) << false;
        QTest::newRow("add delivery; OMS shipped with a delivery") << delivery << Change(omsShipped) << false;
        QTest::newRow("set shipment Shipped; OMS set Ready")
            << OrderCommand::setShipmentState(core::ShipmentState::Shipped) << Change(omsReady) << false;
        QTest::newRow("set tracking; OMS added a delivery")
            << OrderCommand::setTracking(u"parcel-1"_s, tracking) << Change(omsShipped) << false;

        // Someone else changed the order: always the seller's call.
        QTest::newRow("confirm; already confirmed by someone") << confirm << Change([](core::Order &o) {
            bump(o);
            o.orderState = core::OrderState::Confirmed;
        }) << false;
        QTest::newRow("confirm; cancelled by someone") << confirm << Change([](core::Order &o) {
            omsSynced(o);
            o.orderState = core::OrderState::Cancelled;
        }) << false;
        QTest::newRow("confirm; payment failed") << confirm << Change([](core::Order &o) {
            bump(o);
            o.paymentState = core::PaymentState::Failed;
        }) << false;
        QTest::newRow("set payment Paid; payment changed")
            << OrderCommand::setPaymentState(core::PaymentState::Paid) << Change([](core::Order &o) {
                   bump(o);
                   o.paymentState = core::PaymentState::Failed;
               })
            << false;
        QTest::newRow("confirm; a line's quantity changed") << confirm << Change([](core::Order &o) {
            bump(o);
            o.lineItems.first().quantity += 1;
        }) << false;
        QTest::newRow("confirm; PO number set") << confirm << Change([](core::Order &o) {
            bump(o);
            o.purchaseOrderNumber = u"PO-77"_s;
        }) << false;
        QTest::newRow("confirm; shipping address changed") << confirm << Change([](core::Order &o) {
            bump(o);
            o.shippingAddress->city = u"Elsewhere"_s;
        }) << false;
        QTest::newRow("confirm; another order")
            << confirm << Change([](core::Order &o) { o.id = u"order-2"_s; }) << false;
    }

    void reappliesOnlyWhenTheCommandsFieldsAreUntouched()
    {
        QFETCH(OrderCommand, command);
        QFETCH(Change, change);
        QFETCH(bool, reapply);
        const core::Order seen = seenOrder();
        QVERIFY(seen.shippingAddress.has_value());
        QVERIFY(!seen.lineItems.isEmpty());
        core::Order current = seen;
        change(current);
        QVERIFY(current != seen);
        QCOMPARE(OrderConflict::onlyUntouchedChanges(seen, current, command), reapply);
        const OrderConflict conflict{seen, current, command, OrderConflict::diff(seen, current)};
        QCOMPARE(conflict.isOnlyUntouchedChanges(), reapply);
    }

    void diffNamesWhatTheOmsChanged()
    {
        const core::Order seen = seenOrder();
        core::Order current = seen;
        omsShipped(current);
        const QList<merchant::FieldChange> changes = OrderConflict::diff(seen, current);
        QCOMPARE(changes, (QList<merchant::FieldChange>{{u"shipmentState"_s, u"Pending"_s, u"Shipped"_s},
                                                        {u"deliveries"_s, u"0"_s, u"1"_s},
                                                        {u"syncInfo"_s, u"0"_s, u"1"_s},
                                                        {u"version"_s, u"7"_s, u"9"_s}}));
    }
};

QTEST_GUILESS_MAIN(TestOrderConflict)
#include "TestOrderConflict.moc"
