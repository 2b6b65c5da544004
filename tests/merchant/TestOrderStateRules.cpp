// SPDX-License-Identifier: MIT
// The order desk's transition rules (issue 20 item 4): backward order-state moves and shipping before
// confirmation are refused with a reason; forward moves pass; the tables hold no move twice.
#include "merchant/BulkPlan.h"
#include "merchant/OrderStateRules.h"

#include <QSet>
#include <QTest>

using namespace commercedesk;
using core::OrderState;
using core::ShipmentState;
using merchant::OrderCommand;
using merchant::OrderStateRules;
using merchant::StateRefusal;

Q_DECLARE_METATYPE(merchant::OrderCommand)
Q_DECLARE_METATYPE(std::optional<core::ShipmentState>)
Q_DECLARE_METATYPE(std::optional<merchant::OrderCommand>)

class TestOrderStateRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<OrderState>("orderState");
        QTest::addColumn<std::optional<ShipmentState>>("shipmentState");
        QTest::addColumn<OrderCommand>("command");
        QTest::addColumn<StateRefusal>("expected");
        const std::optional<ShipmentState> none;
        QTest::newRow("confirm open")
            << OrderState::Open << none << OrderCommand::confirm() << StateRefusal::None;
        QTest::newRow("confirm confirmed is a no-op")
            << OrderState::Confirmed << none << OrderCommand::confirm() << StateRefusal::AlreadyInState;
        QTest::newRow("confirm complete goes backwards")
            << OrderState::Complete << none << OrderCommand::confirm() << StateRefusal::OrderStateBackward;
        QTest::newRow("confirm cancelled")
            << OrderState::Cancelled << none << OrderCommand::confirm() << StateRefusal::OrderFinal;
        QTest::newRow("complete open")
            << OrderState::Open << none << OrderCommand::complete() << StateRefusal::None;
        QTest::newRow("complete confirmed")
            << OrderState::Confirmed << none << OrderCommand::complete() << StateRefusal::None;
        QTest::newRow("cancel confirmed")
            << OrderState::Confirmed << none << OrderCommand::cancel() << StateRefusal::None;
        QTest::newRow("cancel complete")
            << OrderState::Complete << none << OrderCommand::cancel() << StateRefusal::OrderFinal;
        QTest::newRow("delivered on open order") << OrderState::Open << std::optional(ShipmentState::Shipped)
                                                 << OrderCommand::setShipmentState(ShipmentState::Delivered)
                                                 << StateRefusal::ShipmentBeforeConfirmation;
        QTest::newRow("shipped on open order")
            << OrderState::Open << none << OrderCommand::setShipmentState(ShipmentState::Shipped)
            << StateRefusal::ShipmentBeforeConfirmation;
        QTest::newRow("ready on open order")
            << OrderState::Open << none << OrderCommand::setShipmentState(ShipmentState::Ready)
            << StateRefusal::None;
        QTest::newRow("delivered after shipped")
            << OrderState::Confirmed << std::optional(ShipmentState::Shipped)
            << OrderCommand::setShipmentState(ShipmentState::Delivered) << StateRefusal::None;
        QTest::newRow("delivered straight from ready")
            << OrderState::Confirmed << std::optional(ShipmentState::Ready)
            << OrderCommand::setShipmentState(ShipmentState::Delivered) << StateRefusal::ShipmentBackward;
        QTest::newRow("ready after shipped")
            << OrderState::Confirmed << std::optional(ShipmentState::Shipped)
            << OrderCommand::setShipmentState(ShipmentState::Ready) << StateRefusal::ShipmentBackward;
        QTest::newRow("anything after delivered")
            << OrderState::Complete << std::optional(ShipmentState::Delivered)
            << OrderCommand::setShipmentState(ShipmentState::Delayed) << StateRefusal::ShipmentBackward;
        QTest::newRow("shipment on cancelled order")
            << OrderState::Cancelled << none << OrderCommand::setShipmentState(ShipmentState::Ready)
            << StateRefusal::OrderFinal;
        QTest::newRow("payment is free")
            << OrderState::Complete << none << OrderCommand::setPaymentState(core::PaymentState::Paid)
            << StateRefusal::None;
        QTest::newRow("delivery is not a state move")
            << OrderState::Cancelled << none << OrderCommand::addDelivery({}, {}) << StateRefusal::None;
    }

    void check()
    {
        QFETCH(OrderState, orderState);
        QFETCH(std::optional<ShipmentState>, shipmentState);
        QFETCH(OrderCommand, command);
        QFETCH(StateRefusal, expected);
        QCOMPARE(OrderStateRules::check(orderState, shipmentState, std::nullopt, command), expected);
        core::Order order;
        order.orderState = orderState;
        order.shipmentState = shipmentState;
        QCOMPARE(OrderStateRules::check(order, command), expected);
    }

    void tablesNeverGoBackAndHoldNoDuplicates()
    {
        QSet<QPair<int, int>> seen;
        for (const OrderStateRules::OrderStep &step : OrderStateRules::orderSteps()) {
            QVERIFY(step.from != step.to);
            QVERIFY(step.from != OrderState::Complete && step.from != OrderState::Cancelled);
            QVERIFY(!seen.contains({int(step.from), int(step.to)}));
            seen.insert({int(step.from), int(step.to)});
            QVERIFY(!OrderStateRules::allows(step.to, step.from)); // never both ways
        }
        seen.clear();
        for (const OrderStateRules::ShipmentStep &step : OrderStateRules::shipmentSteps()) {
            QVERIFY(step.from != step.to);
            QVERIFY(step.from != ShipmentState::Delivered && step.from != ShipmentState::Canceled);
            QVERIFY(!seen.contains({int(step.from), int(step.to)}));
            seen.insert({int(step.from), int(step.to)});
        }
        QVERIFY(OrderStateRules::allows(std::nullopt, ShipmentState::Ready)); // no state yet = Pending
    }

    void planCountsWhatChangesAndWhatIsSkipped()
    {
        QList<core::Order> orders(5);
        orders[0].orderState = OrderState::Open;
        orders[1].orderState = OrderState::Open;
        orders[2].orderState = OrderState::Confirmed;
        orders[3].orderState = OrderState::Complete;
        orders[4].orderState = OrderState::Cancelled;
        const merchant::BulkPlan plan = merchant::BulkPlan::of(orders, OrderCommand::confirm());
        QCOMPARE(plan.selected, 5);
        QCOMPARE(plan.toChange, 2);
        QCOMPARE(plan.skippedCount(), 3);
        QCOMPARE(plan.skipped.value(StateRefusal::AlreadyInState), 1);
        QCOMPARE(plan.skipped.value(StateRefusal::OrderStateBackward), 1);
        QCOMPARE(plan.skipped.value(StateRefusal::OrderFinal), 1);
    }

    /// The undo of a move just made: only where the rules allow the inverse (OrderStateRules::inverse).
    void inverse_data()
    {
        QTest::addColumn<OrderState>("fromState");
        QTest::addColumn<OrderState>("toState");
        QTest::addColumn<std::optional<ShipmentState>>("fromShipment");
        QTest::addColumn<std::optional<ShipmentState>>("toShipment");
        QTest::addColumn<OrderCommand>("command");
        QTest::addColumn<std::optional<OrderCommand>>("expected");
        using S = ShipmentState;
        const std::optional<S> none;
        QTest::newRow("confirm → reopen") << OrderState::Open << OrderState::Confirmed << none << none
                                          << OrderCommand::confirm() << std::optional(OrderCommand::reopen());
        QTest::newRow("complete is final") << OrderState::Confirmed << OrderState::Complete << none << none
                                           << OrderCommand::complete() << std::optional<OrderCommand>();
        QTest::newRow("cancel is final") << OrderState::Open << OrderState::Cancelled << none << none
                                         << OrderCommand::cancel() << std::optional<OrderCommand>();
        QTest::newRow("ready → pending")
            << OrderState::Confirmed << OrderState::Confirmed << none << std::optional(S::Ready)
            << OrderCommand::setShipmentState(S::Ready)
            << std::optional(OrderCommand::setShipmentState(S::Pending));
        QTest::newRow("shipped stays")
            << OrderState::Confirmed << OrderState::Confirmed << std::optional(S::Ready)
            << std::optional(S::Shipped) << OrderCommand::setShipmentState(S::Shipped)
            << std::optional<OrderCommand>();
        QTest::newRow("delayed after shipped → shipped")
            << OrderState::Confirmed << OrderState::Confirmed << std::optional(S::Shipped)
            << std::optional(S::Delayed) << OrderCommand::setShipmentState(S::Delayed)
            << std::optional(OrderCommand::setShipmentState(S::Shipped));
        QTest::newRow("delivered stays")
            << OrderState::Confirmed << OrderState::Confirmed << std::optional(S::Shipped)
            << std::optional(S::Delivered) << OrderCommand::setShipmentState(S::Delivered)
            << std::optional<OrderCommand>();
        QTest::newRow("delivery stays") << OrderState::Confirmed << OrderState::Confirmed << none << none
                                        << OrderCommand::addDelivery({}, {}) << std::optional<OrderCommand>();
    }

    void inverse()
    {
        QFETCH(OrderState, fromState);
        QFETCH(OrderState, toState);
        QFETCH(std::optional<ShipmentState>, fromShipment);
        QFETCH(std::optional<ShipmentState>, toShipment);
        QFETCH(OrderCommand, command);
        QFETCH(std::optional<OrderCommand>, expected);
        core::Order before;
        before.orderState = fromState;
        before.shipmentState = fromShipment;
        core::Order after = before;
        after.orderState = toState;
        after.shipmentState = toShipment;
        QCOMPARE(OrderStateRules::inverse(before, after, command), expected);
    }
};

QTEST_GUILESS_MAIN(TestOrderStateRules)
#include "TestOrderStateRules.moc"
