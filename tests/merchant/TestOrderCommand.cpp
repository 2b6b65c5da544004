// SPDX-License-Identifier: MIT
// merchant::OrderCommand for the return items (src/merchant/OrderCommand.h): one setReturnShipmentState /
// setReturnPaymentState action per item in a single request, none marked safe to repeat (a conflict goes back
// to the seller), and a command is a no-op only when every item already is in the state.
#include "merchant/OrderCommand.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using merchant::OrderCommand;

namespace {

core::Order orderWithTwoReturnItems()
{
    core::Order order;
    order.id = u"o1"_s;
    core::ReturnInfo info;
    core::ReturnItem first;
    first.id = u"r1"_s;
    first.shipmentState = core::ReturnShipmentState::Returned;
    first.paymentState = core::ReturnPaymentState::Refunded;
    core::ReturnItem second = first;
    second.id = u"r2"_s;
    second.shipmentState = core::ReturnShipmentState::BackInStock;
    info.items = {first, second};
    order.returnInfo = {info};
    return order;
}

} // namespace

class TestOrderCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneActionPerReturnItem()
    {
        const core::Order order = orderWithTwoReturnItems();
        const auto shipment =
            OrderCommand::setReturnShipmentState({u"r1"_s, u"r2"_s}, core::ReturnShipmentState::Unusable)
                .actions(order);
        QCOMPARE(shipment.size(), 2);
        QCOMPARE(shipment.at(0).wire, (QJsonObject{{u"action"_s, u"setReturnShipmentState"_s},
                                                   {u"returnItemId"_s, u"r1"_s},
                                                   {u"shipmentState"_s, u"Unusable"_s}}));
        QCOMPARE(shipment.at(1).wire.value(u"returnItemId"_s).toString(), u"r2"_s);
        const auto payment =
            OrderCommand::setReturnPaymentState({u"r2"_s}, core::ReturnPaymentState::NotRefunded)
                .actions(order);
        QCOMPARE(payment.size(), 1);
        QCOMPARE(payment.at(0).wire, (QJsonObject{{u"action"_s, u"setReturnPaymentState"_s},
                                                  {u"returnItemId"_s, u"r2"_s},
                                                  {u"paymentState"_s, u"NotRefunded"_s}}));
        for (const auto &action : shipment + payment)
            QVERIFY(!action.safeToRepeat);
    }

    void noOpOnlyWhenEveryItemIsInTheState()
    {
        const core::Order order = orderWithTwoReturnItems();
        QVERIFY(OrderCommand::setReturnPaymentState({u"r1"_s, u"r2"_s}, core::ReturnPaymentState::Refunded)
                    .isNoOp(order));
        QVERIFY(
            !OrderCommand::setReturnShipmentState({u"r1"_s, u"r2"_s}, core::ReturnShipmentState::BackInStock)
                 .isNoOp(order));
        QVERIFY(OrderCommand::setReturnShipmentState({u"r2"_s}, core::ReturnShipmentState::BackInStock)
                    .isNoOp(order));
    }
};

QTEST_GUILESS_MAIN(TestOrderCommand)
#include "TestOrderCommand.moc"
