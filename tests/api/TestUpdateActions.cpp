// SPDX-License-Identifier: MIT
// Every typed update action encodes to the official commercetools example payload
// (tests/data/commercetools-examples/{Cart,Order,Payment}/<Kind><Action>Action.json), and carries the
// documented safe-to-repeat flag.
#include "api/UpdateAction.h"
#include "api/actions/CartActions.h"
#include "api/actions/OrderActions.h"
#include "api/actions/PaymentActions.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using namespace commercedesk::api;

namespace {

QJsonObject loadExample(const QString &relativePath)
{
    QFile file(QStringLiteral(COMMERCEDESK_TEST_DATA_DIR) + u"/commercetools-examples/"_s + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

core::Address exampleAddress()
{
    core::Address a;
    a.key = u"exampleKey"_s;
    a.title = u"My Address"_s;
    a.salutation = u"Mr."_s;
    a.firstName = u"Example"_s;
    a.lastName = u"Person"_s;
    a.streetName = u"Example Street"_s;
    a.streetNumber = u"4711"_s;
    a.additionalStreetInfo = u"Backhouse"_s;
    a.postalCode = u"80933"_s;
    a.city = u"Exemplary City"_s;
    a.region = u"Exemplary Region"_s;
    a.state = u"Exemplary State"_s;
    a.country = u"DE"_s;
    a.company = u"My Company Name"_s;
    a.department = u"Sales"_s;
    a.building = u"Hightower 1"_s;
    a.apartment = u"247"_s;
    a.pOBox = u"2471"_s;
    a.phone = u"+49 89 12345678"_s;
    a.mobile = u"+49 171 2345678"_s;
    a.email = u"email@example.com"_s;
    a.fax = u"+49 89 12345679"_s;
    a.additionalAddressInfo = u"no additional Info"_s;
    a.externalId = u"Information not needed"_s;
    return a;
}

ExternalTaxRateDraft taxRate(const QString &name, std::optional<QString> state = {})
{
    ExternalTaxRateDraft rate;
    rate.name = name;
    rate.amount = core::Rate::fromPercent(19);
    rate.country = u"DE"_s;
    rate.state = std::move(state);
    return rate;
}

core::TrackingData exampleTracking()
{
    core::TrackingData data;
    data.trackingId = u"{{trackingId}}"_s;
    data.carrier = u"TNT"_s;
    data.provider = u"providerName"_s;
    data.providerTransaction = u"{{transactionId}}"_s;
    data.isReturn = false;
    return data;
}

ParcelDraft exampleParcel()
{
    ParcelDraft parcel;
    core::ParcelMeasurements m;
    m.heightInMillimeter = 11;
    m.widthInMillimeter = 11;
    parcel.measurements = m;
    parcel.trackingData = exampleTracking();
    return parcel;
}

core::Money eur(qint64 cents)
{
    return *core::Money::fromMinorUnits(cents, u"EUR");
}

const ItemShippingTarget kTarget{u"AddressKeyStringFromAddress"_s, 2};

} // namespace

class TestUpdateActions : public QObject
{
    Q_OBJECT

private:
    template<class Resource>
    static void row(const char *file, const UpdateAction<Resource> &action, bool safeToRepeat)
    {
        QTest::newRow(file) << QString::fromLatin1(file) << action.wire << action.safeToRepeat
                            << safeToRepeat;
    }

private Q_SLOTS:
    void encodesOfficialExample_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QJsonObject>("encoded");
        QTest::addColumn<bool>("safeToRepeat");
        QTest::addColumn<bool>("expectedSafeToRepeat");

        LineItemDraft item = LineItemDraft::byVariant(u"{{product-id}}"_s, 2, 1);
        item.supplyChannel = core::ResourceIdentifier::byId(u"channel"_s, u"{{channel-id}}"_s);
        item.distributionChannel = core::ResourceIdentifier::byId(u"channel"_s, u"{{channel-id}}"_s);
        item.externalTaxRate = taxRate(u"StandardExternalTaxRate"_s, u"Bavaria"_s);
        item.shippingTargets = {kTarget};
        row("Cart/CartAddLineItemAction.json", CartActions::addLineItem(item), false);
        row("Cart/CartRemoveLineItemAction.json",
            CartActions::removeLineItem(u"{{lineItemId}}"_s, 1, eur(4000), {kTarget}), false);
        row("Cart/CartChangeLineItemQuantityAction.json",
            CartActions::changeLineItemQuantity(u"{{lineItemId}}"_s, 1), false);
        row("Cart/CartSetShippingAddressAction.json", CartActions::setShippingAddress(exampleAddress()),
            true);
        row("Cart/CartSetBillingAddressAction.json", CartActions::setBillingAddress(exampleAddress()), true);
        row("Cart/CartSetShippingMethodAction.json",
            CartActions::setShippingMethod(
                core::ResourceIdentifier::byId(u"shipping-method"_s, u"{{shipping-method-id}}"_s)),
            true);
        row("Cart/CartSetCustomerEmailAction.json", CartActions::setCustomerEmail(u"email@example.com"_s),
            true);
        row("Cart/CartSetCountryAction.json", CartActions::setCountry(u"DE"_s), true);
        row("Cart/CartSetLineItemTaxRateAction.json",
            CartActions::setLineItemTaxRate(u"{{lineItemId}}"_s, taxRate(u"myTaxRate"_s)), true);
        row("Cart/CartSetShippingMethodTaxRateAction.json",
            CartActions::setShippingMethodTaxRate(taxRate(u"myTaxRate"_s), u"shipping-method-key"_s), true);
        row("Cart/CartAddPaymentAction.json", CartActions::addPayment(u"{{payment-id}}"_s), true);
        row("Cart/CartRemovePaymentAction.json", CartActions::removePayment(u"{{payment-id}}"_s), true);
        row("Cart/CartSetPurchaseOrderNumberAction.json",
            CartActions::setPurchaseOrderNumber(u"purchaseOrderNumberString"_s), true);
        row("Cart/CartSetBusinessUnitAction.json",
            CartActions::setBusinessUnit(
                core::ResourceIdentifier::byKey(u"business-unit"_s, u"{{business-unit-key}}"_s)),
            true);
        row("Cart/CartChangeTaxModeAction.json", CartActions::changeTaxMode(core::TaxMode::Platform), true);
        row("Cart/CartSetKeyAction.json", CartActions::setKey(u"myNewKey"_s), true);
        row("Cart/CartFreezeCartAction.json", CartActions::freezeCart(u"HardFreeze"_s), true);
        row("Cart/CartUnfreezeCartAction.json", CartActions::unfreezeCart(), true);
        row("Cart/CartRecalculateAction.json", CartActions::recalculate(true), true);

        row("Order/OrderChangeOrderStateAction.json", OrderActions::changeOrderState(core::OrderState::Open),
            true);
        row("Order/OrderChangeShipmentStateAction.json",
            OrderActions::changeShipmentState(core::ShipmentState::Ready), true);
        row("Order/OrderChangePaymentStateAction.json",
            OrderActions::changePaymentState(core::PaymentState::Failed), true);
        row("Order/OrderTransitionStateAction.json",
            OrderActions::transitionState(core::ResourceIdentifier::byId(u"state"_s, u"{{state-id}}"_s)),
            true);
        row("Order/OrderAddDeliveryAction.json",
            OrderActions::addDelivery({{u"{{lineItemId}}"_s, 1}}, exampleAddress(), {exampleParcel()}),
            false);
        ParcelDraft parcel = exampleParcel();
        parcel.items = {{u"{{lineItemId}}"_s, 2}};
        row("Order/OrderAddParcelToDeliveryAction.json",
            OrderActions::addParcelToDelivery(u"{{deliveryId}}"_s, parcel), false);
        row("Order/OrderSetParcelTrackingDataAction.json",
            OrderActions::setParcelTrackingData(u"{{parcelId}}"_s, exampleTracking()), true);
        row("Order/OrderRemoveDeliveryAction.json", OrderActions::removeDelivery(u"{{deliveryId}}"_s), true);
        row("Order/OrderSetOrderNumberAction.json", OrderActions::setOrderNumber(u"myOrderNumber"_s), true);
        row("Order/OrderSetPurchaseOrderNumberAction.json",
            OrderActions::setPurchaseOrderNumber(u"purchaseOrderNumberString"_s), true);
        row("Order/OrderSetReturnShipmentStateAction.json",
            OrderActions::setReturnShipmentState(u"{{returnItemId}}"_s,
                                                 core::ReturnShipmentState::BackInStock),
            true);
        row("Order/OrderSetReturnPaymentStateAction.json",
            OrderActions::setReturnPaymentState(u"{{returnItemId}}"_s, core::ReturnPaymentState::NotRefunded),
            true);
        row("Order/OrderAddPaymentAction.json", OrderActions::addPayment(u"{{payment-id}}"_s), true);
        row("Order/OrderUpdateSyncInfoAction.json",
            OrderActions::updateSyncInfo(core::ResourceIdentifier::byId(u"channel"_s, u"{{channel-id}}"_s)),
            true);
        row("Order/OrderSetCustomTypeAction.json",
            OrderActions::setCustomType(core::ResourceIdentifier::byId(u"type"_s, u"{{type-id}}"_s),
                                        QJsonObject{{u"exampleStringField"_s, u"TextString"_s}}),
            true);
        row("Order/OrderSetCustomFieldAction.json",
            OrderActions::setCustomField(u"exampleStringField"_s, u"TextString"_s), true);

        TransactionDraft transaction;
        transaction.type = core::TransactionType::Authorization;
        transaction.amount = eur(4000);
        row("Payment/PaymentAddTransactionAction.json", PaymentActions::addTransaction(transaction), false);
        row("Payment/PaymentChangeTransactionStateAction.json",
            PaymentActions::changeTransactionState(u"{{transactionId}}"_s, core::TransactionState::Failure),
            true);
        row("Payment/PaymentSetInterfaceIdAction.json", PaymentActions::setInterfaceId(u"InterfaceID"_s),
            true);
    }

    void encodesOfficialExample()
    {
        QFETCH(QString, file);
        QFETCH(QJsonObject, encoded);
        QFETCH(bool, safeToRepeat);
        QFETCH(bool, expectedSafeToRepeat);

        QJsonObject expected = loadExample(file);
        QVERIFY2(!expected.isEmpty(), qPrintable(u"cannot read "_s + file));
        if (file == "Order/OrderAddParcelToDeliveryAction.json"_L1) {
            // Known error in the official example: "items" is a single object there, while the RAML type
            // (OrderAddParcelToDeliveryAction.items: DeliveryItem[]) makes it an array. We send the array.
            QVERIFY(expected.value("items"_L1).isObject());
            expected.insert(u"items"_s, QJsonArray{expected.value("items"_L1)});
        }
        QVERIFY2(encoded == expected,
                 qPrintable(u"encoded: "_s + QString::fromUtf8(QJsonDocument(encoded).toJson()) +
                            u"\nexample: "_s + QString::fromUtf8(QJsonDocument(expected).toJson())));
        QCOMPARE(safeToRepeat, expectedSafeToRepeat);
    }

    void unsetOptionalsAreOmitted_data()
    {
        QTest::addColumn<QJsonObject>("encoded");
        QTest::addColumn<QJsonObject>("expected");

        QTest::newRow("setShippingAddress without address unsets it")
            << CartActions::setShippingAddress(std::nullopt).wire
            << QJsonObject{{u"action"_s, u"setShippingAddress"_s}};
        QTest::newRow("setCustomerEmail without email unsets it")
            << CartActions::setCustomerEmail(std::nullopt).wire
            << QJsonObject{{u"action"_s, u"setCustomerEmail"_s}};
        QTest::newRow("setCustomField without value removes the field")
            << OrderActions::setCustomField(u"po"_s).wire
            << QJsonObject{{u"action"_s, u"setCustomField"_s}, {u"name"_s, u"po"_s}};
        QTest::newRow("whole-line removeLineItem")
            << CartActions::removeLineItem(u"li-1"_s).wire
            << QJsonObject{{u"action"_s, u"removeLineItem"_s}, {u"lineItemId"_s, u"li-1"_s}};
        QTest::newRow("addLineItem by sku")
            << CartActions::addLineItem(LineItemDraft::bySku(u"MUG-001"_s, 3)).wire
            << QJsonObject{{u"action"_s, u"addLineItem"_s}, {u"sku"_s, u"MUG-001"_s}, {u"quantity"_s, 3}};
    }

    void unsetOptionalsAreOmitted()
    {
        QFETCH(QJsonObject, encoded);
        QFETCH(QJsonObject, expected);
        QCOMPARE(encoded, expected);
    }

    void safeToRepeatNeedsEveryAction()
    {
        const QList<CartUpdateAction> safe{CartActions::setCountry(u"DE"_s), CartActions::recalculate()};
        QVERIFY(allSafeToRepeat(safe));
        QList<CartUpdateAction> mixed = safe;
        mixed.append(CartActions::changeLineItemQuantity(u"li"_s, 2));
        QVERIFY(!allSafeToRepeat(mixed));
        QVERIFY(!allSafeToRepeat(QList<CartUpdateAction>{}));
        QVERIFY(!CartActions::removeLineItem(u"li"_s, 1).safeToRepeat);
        QVERIFY(CartActions::removeLineItem(u"li"_s).safeToRepeat);
    }

    void updateBodyCarriesVersionAndActionsInOrder()
    {
        const QList<OrderUpdateAction> actions{OrderActions::changeOrderState(core::OrderState::Confirmed),
                                               OrderActions::setOrderNumber(u"CD-1"_s)};
        const QJsonObject body = QJsonDocument::fromJson(encodeUpdateBody(7, wireActions(actions))).object();
        QCOMPARE(body.value("version"_L1).toInteger(), 7);
        const QJsonArray sent = body.value("actions"_L1).toArray();
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(0).toObject().value("action"_L1).toString(), u"changeOrderState"_s);
        QCOMPARE(sent.at(1).toObject().value("action"_L1).toString(), u"setOrderNumber"_s);
    }
};

QTEST_GUILESS_MAIN(TestUpdateActions)
#include "TestUpdateActions.moc"
