// SPDX-License-Identifier: MIT
#include "core/Enums.h"

#include <QMetaEnum>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace commercedesk::core;

namespace {

// Round-trips every enumerator of E (enumerated through Q_ENUM_NS) and returns the wire strings.
template<typename E>
QStringList roundTrip(std::optional<E> (*fromWire)(QStringView))
{
    const QMetaEnum meta = QMetaEnum::fromType<E>();
    QStringList wires;
    for (int i = 0; i < meta.keyCount(); ++i) {
        const E value = E(meta.value(i));
        const QString wire = toWireString(value);
        if (wire.isEmpty())
            return {u"<no wire string for %1>"_s.arg(QLatin1StringView(meta.key(i)))};
        if (fromWire(wire) != std::optional<E>(value))
            return {u"<%1 does not round-trip>"_s.arg(wire)};
        wires.append(wire);
    }
    return wires;
}

using Check = std::function<QStringList()>;

} // namespace

class TestEnums : public QObject
{
    Q_OBJECT

private slots:
    void roundTrips_data();
    void roundTrips();
    void unknownRejected_data();
    void unknownRejected();
    void moneyErrorNames();
};

void TestEnums::roundTrips_data()
{
    QTest::addColumn<Check>("check");
    QTest::addColumn<QStringList>("wire");
    QTest::newRow("RoundingMode") << Check([] { return roundTrip(roundingModeFromWire); })
                                  << QStringList{u"HalfEven"_s, u"HalfUp"_s, u"HalfDown"_s};
    QTest::newRow("CartState") << Check([] { return roundTrip(cartStateFromWire); })
                               << QStringList{u"Active"_s, u"Merged"_s, u"Ordered"_s, u"Frozen"_s};
    QTest::newRow("TaxMode") << Check([] { return roundTrip(taxModeFromWire); })
                             << QStringList{u"Platform"_s, u"External"_s, u"ExternalAmount"_s, u"Disabled"_s};
    QTest::newRow("TaxCalculationMode") << Check([] { return roundTrip(taxCalculationModeFromWire); })
                                        << QStringList{u"LineItemLevel"_s, u"UnitPriceLevel"_s};
    QTest::newRow("InventoryMode") << Check([] {
        return roundTrip(inventoryModeFromWire);
    }) << QStringList{u"None"_s, u"TrackOnly"_s, u"ReserveOnOrder"_s, u"ReserveOnCart"_s};
    QTest::newRow("CartOrigin") << Check([] { return roundTrip(cartOriginFromWire); })
                                << QStringList{u"Customer"_s, u"Merchant"_s, u"Quote"_s, u"RecurringOrder"_s};
    QTest::newRow("ShippingMode") << Check([] { return roundTrip(shippingModeFromWire); })
                                  << QStringList{u"Single"_s, u"Multiple"_s};
    QTest::newRow("LineItemPriceMode") << Check([] { return roundTrip(lineItemPriceModeFromWire); })
                                       << QStringList{u"Platform"_s, u"ExternalPrice"_s, u"ExternalTotal"_s};
    QTest::newRow("LineItemMode") << Check([] { return roundTrip(lineItemModeFromWire); })
                                  << QStringList{u"Standard"_s, u"GiftLineItem"_s};
    QTest::newRow("ShippingMethodState") << Check([] { return roundTrip(shippingMethodStateFromWire); })
                                         << QStringList{u"MatchesCart"_s, u"DoesNotMatchCart"_s};
    QTest::newRow("OrderState") << Check([] { return roundTrip(orderStateFromWire); })
                                << QStringList{u"Open"_s, u"Confirmed"_s, u"Complete"_s, u"Cancelled"_s};
    QTest::newRow("ShipmentState") << Check([] {
        return roundTrip(shipmentStateFromWire);
    }) << QStringList{u"Shipped"_s, u"Delivered"_s, u"Ready"_s,     u"Pending"_s,
                      u"Delayed"_s, u"Partial"_s,   u"Backorder"_s, u"Canceled"_s};
    QTest::newRow("PaymentState") << Check([] {
        return roundTrip(paymentStateFromWire);
    }) << QStringList{u"BalanceDue"_s, u"Failed"_s, u"Pending"_s, u"CreditOwed"_s, u"Paid"_s};
    QTest::newRow("ReturnShipmentState")
        << Check([] { return roundTrip(returnShipmentStateFromWire); })
        << QStringList{u"Advised"_s, u"Returned"_s, u"BackInStock"_s, u"Unusable"_s};
    QTest::newRow("ReturnPaymentState")
        << Check([] { return roundTrip(returnPaymentStateFromWire); })
        << QStringList{u"NonRefundable"_s, u"Initial"_s, u"Refunded"_s, u"NotRefunded"_s};
    QTest::newRow("TransactionType") << Check([] { return roundTrip(transactionTypeFromWire); })
                                     << QStringList{u"Authorization"_s, u"CancelAuthorization"_s, u"Charge"_s,
                                                    u"Refund"_s, u"Chargeback"_s};
    QTest::newRow("TransactionState") << Check([] { return roundTrip(transactionStateFromWire); })
                                      << QStringList{u"Initial"_s, u"Pending"_s, u"Success"_s, u"Failure"_s};
    QTest::newRow("BusinessUnitType") << Check([] { return roundTrip(businessUnitTypeFromWire); })
                                      << QStringList{u"Company"_s, u"Division"_s};
    QTest::newRow("BusinessUnitStatus") << Check([] { return roundTrip(businessUnitStatusFromWire); })
                                        << QStringList{u"Active"_s, u"Inactive"_s};
    QTest::newRow("BusinessUnitStoreMode") << Check([] { return roundTrip(businessUnitStoreModeFromWire); })
                                           << QStringList{u"Explicit"_s, u"FromParent"_s};
    QTest::newRow("BusinessUnitAssociateMode")
        << Check([] { return roundTrip(businessUnitAssociateModeFromWire); })
        << QStringList{u"Explicit"_s, u"ExplicitAndFromParent"_s};
    QTest::newRow("BusinessUnitApprovalRuleMode")
        << Check([] { return roundTrip(businessUnitApprovalRuleModeFromWire); })
        << QStringList{u"Explicit"_s, u"ExplicitAndFromParent"_s};
    QTest::newRow("AssociateRoleInheritance")
        << Check([] { return roundTrip(associateRoleInheritanceFromWire); })
        << QStringList{u"Enabled"_s, u"Disabled"_s};
    QTest::newRow("AuthenticationMode") << Check([] { return roundTrip(authenticationModeFromWire); })
                                        << QStringList{u"Password"_s, u"ExternalAuth"_s};
}

void TestEnums::roundTrips()
{
    QFETCH(Check, check);
    QFETCH(QStringList, wire);
    QCOMPARE(check(), wire);
}

void TestEnums::unknownRejected_data()
{
    QTest::addColumn<QString>("wire");
    QTest::newRow("empty") << QString();
    QTest::newRow("wrong case") << u"active"_s;
    QTest::newRow("upper case") << u"OPEN"_s;
    QTest::newRow("trailing space") << u"Paid "_s;
    QTest::newRow("British spelling of shipment Canceled") << u"Cancelled"_s;
    QTest::newRow("American spelling of order Cancelled") << u"Canceled"_s;
    QTest::newRow("made up") << u"Teleported"_s;
}

void TestEnums::unknownRejected()
{
    QFETCH(QString, wire);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    // Each parser rejects the string unless it is a real value of that enum.
    QCOMPARE(cartStateFromWire(wire), std::nullopt);
    QCOMPARE(paymentStateFromWire(wire), std::nullopt);
    QCOMPARE(transactionStateFromWire(wire), std::nullopt);
    if (tag.contains(u"shipment"))
        QCOMPARE(shipmentStateFromWire(wire), std::nullopt);
    else if (tag.contains(u"order"))
        QCOMPARE(orderStateFromWire(wire), std::nullopt);
    else {
        QCOMPARE(orderStateFromWire(wire), std::nullopt);
        QCOMPARE(shipmentStateFromWire(wire), std::nullopt);
    }
    QCOMPARE(taxModeFromWire(wire), std::nullopt);
    QCOMPARE(roundingModeFromWire(wire), std::nullopt);
}

void TestEnums::moneyErrorNames()
{
    const QMetaEnum meta = QMetaEnum::fromType<MoneyError>();
    for (int i = 0; i < meta.keyCount(); ++i)
        QCOMPARE(moneyErrorName(MoneyError(meta.value(i))), QString::fromLatin1(meta.key(i)));
}

QTEST_GUILESS_MAIN(TestEnums)
#include "TestEnums.moc"
