// SPDX-License-Identifier: MIT
// CartDocument: the sandbox's typed view of a stored Cart keeps every field it does not model,
// reads the official example carts (tests/data/commercetools-examples), and its mutators keep a
// cart valid against api.yaml Cart (required fields, version, totals in the cart's currency).
#include "sandbox/commerce/CartDocument.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using commercedesk::sandbox::CartDocument;
using commercedesk::sandbox::LineItemEntry;
using commercedesk::sandbox::ShippingInfoEntry;

namespace {

QJsonObject readExample(const QString &name)
{
    QFile file(QStringLiteral(COMMERCEDESK_TEST_DATA_DIR) + u"/commercetools-examples/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject exampleCart(int index)
{
    return readExample(u"carts.example.json"_s).value(u"results"_s).toArray().at(index).toObject();
}

// The second official example cart with everything a cart of this sandbox can carry besides, and
// fields the sandbox does not model at all (they must survive untouched).
QJsonObject fullCart()
{
    QJsonObject cart = exampleCart(1);
    const QJsonObject money{{u"type"_s, u"centPrecision"_s},
                            {u"currencyCode"_s, u"EUR"_s},
                            {u"centAmount"_s, 500},
                            {u"fractionDigits"_s, 2}};
    const QJsonObject rate{
        {u"name"_s, u"DE 19"_s}, {u"amount"_s, 0.19}, {u"includedInPrice"_s, true}, {u"country"_s, u"DE"_s}};
    const QJsonObject taxed{{u"totalNet"_s, money}, {u"totalGross"_s, money}, {u"totalTax"_s, money}};
    cart.insert(u"key"_s, u"cart-key"_s);
    cart.insert(u"customerId"_s, u"customer-1"_s);
    cart.insert(u"customerEmail"_s, u"ada@example.com"_s);
    cart.insert(u"customerGroup"_s, QJsonObject{{u"typeId"_s, u"customer-group"_s}, {u"id"_s, u"cg-1"_s}});
    cart.insert(u"store"_s, QJsonObject{{u"typeId"_s, u"store"_s}, {u"key"_s, u"berlin"_s}});
    cart.insert(u"businessUnit"_s, QJsonObject{{u"typeId"_s, u"business-unit"_s}, {u"key"_s, u"acme"_s}});
    cart.insert(u"shippingAddress"_s, QJsonObject{{u"country"_s, u"DE"_s}, {u"city"_s, u"Berlin"_s}});
    cart.insert(u"billingAddress"_s, QJsonObject{{u"country"_s, u"DE"_s}, {u"streetName"_s, u"Allee"_s}});
    cart.insert(
        u"shippingInfo"_s,
        QJsonObject{
            {u"shippingMethodName"_s, u"Standard"_s},
            {u"price"_s, money},
            {u"shippingMethod"_s, QJsonObject{{u"typeId"_s, u"shipping-method"_s}, {u"id"_s, u"sm-1"_s}}},
            {u"taxCategory"_s, QJsonObject{{u"typeId"_s, u"tax-category"_s}, {u"id"_s, u"tc-1"_s}}},
            {u"taxRate"_s, rate},
            {u"taxedPrice"_s, taxed},
            {u"deliveries"_s, QJsonArray()},
            {u"shippingMethodState"_s, u"MatchesCart"_s}});
    cart.insert(u"taxedPrice"_s, taxed);
    cart.insert(u"taxedShippingPrice"_s, taxed);
    cart.insert(u"paymentInfo"_s,
                QJsonObject{{u"payments"_s,
                             QJsonArray{QJsonObject{{u"typeId"_s, u"payment"_s}, {u"id"_s, u"p-1"_s}}}}});
    cart.insert(u"discountCodes"_s,
                QJsonArray{QJsonObject{
                    {u"discountCode"_s, QJsonObject{{u"typeId"_s, u"discount-code"_s}, {u"id"_s, u"dc-1"_s}}},
                    {u"state"_s, u"MatchesCart"_s}}});
    cart.insert(u"itemShippingAddresses"_s,
                QJsonArray{QJsonObject{{u"key"_s, u"home"_s}, {u"country"_s, u"DE"_s}}});
    cart.insert(u"purchaseOrderNumber"_s, u"PO-7"_s);
    cart.insert(u"locale"_s, u"de-DE"_s);
    cart.insert(u"deleteDaysAfterLastModification"_s, 30);
    cart.insert(u"shippingRateInput"_s,
                QJsonObject{{u"type"_s, u"Classification"_s}, {u"key"_s, u"heavy"_s}});
    cart.insert(u"discountOnTotalPrice"_s, QJsonObject{{u"discountedAmount"_s, money}});
    cart.insert(u"custom"_s, QJsonObject{{u"fields"_s, QJsonObject{{u"giftNote"_s, u"Happy birthday"_s}}}});
    cart.insert(u"lastModifiedBy"_s, QJsonObject{{u"isPlatformClient"_s, false}});
    cart.insert(u"aFieldOfTomorrow"_s, QJsonObject{{u"nested"_s, QJsonArray{1, u"two"_s, true}}});
    return cart;
}

// api.yaml Cart: `required`.
const QStringList requiredFields{u"cartState"_s,       u"createdAt"_s,
                                 u"customLineItems"_s, u"directDiscounts"_s,
                                 u"discountCodes"_s,   u"id"_s,
                                 u"inventoryMode"_s,   u"itemShippingAddresses"_s,
                                 u"lastModifiedAt"_s,  u"lineItems"_s,
                                 u"origin"_s,          u"priceRoundingMode"_s,
                                 u"refusedGifts"_s,    u"shipping"_s,
                                 u"shippingMode"_s,    u"taxCalculationMode"_s,
                                 u"taxMode"_s,         u"taxRoundingMode"_s,
                                 u"totalPrice"_s,      u"version"_s};

// Every field of `before` but `changed` is in `after` unchanged, and `after` has no new ones besides.
void expectOnlyChanged(const QJsonObject &before, const QJsonObject &after, const QStringList &changed)
{
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!changed.contains(it.key()))
            QCOMPARE(after.value(it.key()), it.value());
    }
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (!changed.contains(it.key()))
            QVERIFY2(before.contains(it.key()), qPrintable(it.key()));
    }
}

} // namespace

class TestCartDocument : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsEveryField_data();
    void roundTripKeepsEveryField();
    void accessorsOnMinimalCart();
    void accessorsOnFullCart();
    void mutatorsChangeOnlyTheirFields();
    void createdCartHasEveryRequiredField();
    void markModifiedBumpsVersion();
    void totalsStayInTheCartsCurrency();
    void lineItemQuantityKeepsStateInStep();
    void clearTaxesRemovesEveryTax();
    void paymentIdsAddAndRemovePaymentInfo();
    void orderFieldsTakeOverTheCart();
};

void TestCartDocument::roundTripKeepsEveryField_data()
{
    QTest::addColumn<QJsonObject>("cart");
    QTest::newRow("cart.example.json") << readExample(u"cart.example.json"_s);
    QTest::newRow("carts.example.json #0") << exampleCart(0);
    QTest::newRow("carts.example.json #1") << exampleCart(1);
    QTest::newRow("every field and unknown ones") << fullCart();
}

void TestCartDocument::roundTripKeepsEveryField()
{
    QFETCH(QJsonObject, cart);
    QVERIFY(!cart.isEmpty());
    const CartDocument document = CartDocument::fromJson(cart);
    QCOMPARE(document.toJson(), cart);
    QCOMPARE(QJsonDocument(document.toJson()).toJson(QJsonDocument::Compact),
             QJsonDocument(cart).toJson(QJsonDocument::Compact));
    // Read through the typed parts and written back, nothing changes either.
    CartDocument rewritten = document;
    rewritten.setLineItems(document.lineItems());
    rewritten.setShippingInfo(document.shippingInfo());
    QCOMPARE(rewritten.toJson(), cart);
}

void TestCartDocument::accessorsOnMinimalCart()
{
    const CartDocument cart = CartDocument::fromJson(readExample(u"cart.example.json"_s));
    QCOMPARE(cart.id(), u"27b39077-aa57-48a5-b504-914f68fa44dc"_s);
    QCOMPARE(cart.version(), 1);
    QCOMPARE(cart.currency(), u"EUR"_s);
    QCOMPARE(cart.cartState(), u"Active"_s);
    QVERIFY(cart.isActive());
    QVERIFY(!cart.isFrozen());
    QVERIFY(!cart.isOrdered());
    QCOMPARE(cart.taxMode(), u"Platform"_s);
    QCOMPARE(cart.taxRoundingMode(), u"HalfEven"_s);
    QVERIFY(cart.lineItems().isEmpty());
    QVERIFY(cart.customLineItems().isEmpty());
    QVERIFY(!cart.shippingInfo());
    QVERIFY(!cart.hasShippingAddress());
    QVERIFY(cart.shippingAddress().isEmpty());
    QVERIFY(!cart.hasTaxedPrice());
    QVERIFY(!cart.hasCustomerId());
    QVERIFY(!cart.hasCustomerGroup());
    QVERIFY(!cart.hasCustomerEmail());
    QVERIFY(cart.customerId().isEmpty());
    QVERIFY(cart.anonymousId().isEmpty());
    QVERIFY(cart.country().isEmpty());
    QVERIFY(cart.key().isEmpty());
    QVERIFY(cart.storeKey().isEmpty());
    QVERIFY(cart.businessUnitKey().isEmpty());
    QVERIFY(cart.paymentIds().isEmpty());
    QVERIFY(cart.discountCodes().isEmpty());
    QVERIFY(cart.itemShippingAddresses().isEmpty());
}

void TestCartDocument::accessorsOnFullCart()
{
    const CartDocument cart = CartDocument::fromJson(fullCart());
    QCOMPARE(cart.version(), 3);
    QCOMPARE(cart.country(), u"DE"_s);
    QCOMPARE(cart.locale(), u"de-DE"_s);
    QCOMPARE(cart.key(), u"cart-key"_s);
    QCOMPARE(cart.customerId(), u"customer-1"_s);
    QCOMPARE(cart.customerGroupId(), u"cg-1"_s);
    QCOMPARE(cart.storeKey(), u"berlin"_s);
    QCOMPARE(cart.businessUnitKey(), u"acme"_s);
    QCOMPARE(cart.shippingAddress().value(u"city"_s).toString(), u"Berlin"_s);
    QCOMPARE(cart.paymentIds(), QStringList{u"p-1"_s});
    QCOMPARE(cart.discountCodes().size(), 1);
    QCOMPARE(cart.itemShippingAddresses().size(), 1);
    QVERIFY(cart.hasTaxedPrice());

    const QList<LineItemEntry> lines = cart.lineItems();
    QCOMPARE(lines.size(), 1);
    const LineItemEntry &line = lines.first();
    QCOMPARE(line.id(), u"90dff06c-272e-47fa-b8de-923dce092474"_s);
    QCOMPARE(line.productId(), u"7b1203f4-66c0-438c-9a30-f4fb6be79bdf"_s);
    QCOMPARE(line.variantId(), 1);
    QCOMPARE(line.quantity(), 1);
    QVERIFY(line.isPlatformPriced());
    QCOMPARE(line.price().value(u"value"_s).toObject().value(u"centAmount"_s).toInteger(), 8400);
    QCOMPARE(line.computedTotal(), std::optional<qint64>(8400));
    QVERIFY(!line.hasTaxRate());

    const auto info = cart.shippingInfo();
    QVERIFY(info);
    QCOMPARE(info->shippingMethodId(), u"sm-1"_s);
    QCOMPARE(info->taxCategoryId(), u"tc-1"_s);
    QCOMPARE(info->priceCentAmount(), 500);
    QVERIFY(info->hasTaxRate());
    QVERIFY(info->hasTaxedPrice());
}

void TestCartDocument::mutatorsChangeOnlyTheirFields()
{
    const QJsonObject before = fullCart();
    CartDocument cart = CartDocument::fromJson(before);
    cart.setCountry(QString());
    cart.setCustomerEmail(u"grace@example.com"_s);
    cart.setBusinessUnitKey(u"globex"_s);
    cart.setBillingAddress(std::nullopt);
    const QJsonObject after = cart.toJson();
    expectOnlyChanged(before, after,
                      {u"country"_s, u"customerEmail"_s, u"businessUnit"_s, u"billingAddress"_s});
    QVERIFY(!after.contains(u"country"_s));
    QVERIFY(!after.contains(u"billingAddress"_s));
    QCOMPARE(after.value(u"customerEmail"_s).toString(), u"grace@example.com"_s);
    QCOMPARE(after.value(u"businessUnit"_s).toObject(),
             (QJsonObject{{u"typeId"_s, u"business-unit"_s}, {u"key"_s, u"globex"_s}}));
}

void TestCartDocument::createdCartHasEveryRequiredField()
{
    const QDateTime now = QDateTime::fromString(u"2026-12-07T10:00:00.000Z"_s, Qt::ISODateWithMs);
    const CartDocument cart = CartDocument::create(u"cart-1"_s, u"JPY"_s, now);
    const QJsonObject json = cart.toJson();
    for (const QString &field : requiredFields)
        QVERIFY2(json.contains(field), qPrintable(field));
    QCOMPARE(cart.id(), u"cart-1"_s);
    QCOMPARE(cart.version(), 1);
    QVERIFY(cart.isActive());
    QCOMPARE(cart.currency(), u"JPY"_s);
    QCOMPARE(json.value(u"totalPrice"_s).toObject().value(u"fractionDigits"_s).toInt(), 0);
    QCOMPARE(json.value(u"createdAt"_s).toString(), u"2026-12-07T10:00:00.000Z"_s);
    QCOMPARE(json.value(u"lastModifiedAt"_s), json.value(u"createdAt"_s));
}

void TestCartDocument::markModifiedBumpsVersion()
{
    const QJsonObject before = exampleCart(0);
    CartDocument cart = CartDocument::fromJson(before);
    const QDateTime later = QDateTime::fromString(u"2026-12-07T11:00:00.000Z"_s, Qt::ISODateWithMs);
    cart.markModified(later);
    QCOMPARE(cart.version(), 6);
    QCOMPARE(cart.toJson().value(u"lastModifiedAt"_s).toString(), u"2026-12-07T11:00:00.000Z"_s);
    expectOnlyChanged(before, cart.toJson(), {u"version"_s, u"lastModifiedAt"_s});
}

void TestCartDocument::totalsStayInTheCartsCurrency()
{
    CartDocument cart = CartDocument::fromJson(exampleCart(0));
    QList<LineItemEntry> lines = cart.lineItems();
    lines.append(lines.first());
    lines.last().setId(u"second"_s);
    cart.setLineItems(lines);
    cart.setTotals(11200, 4);
    const QJsonObject json = cart.toJson();
    QCOMPARE(cart.lineItems().size(), 2);
    QCOMPARE(json.value(u"totalLineItemQuantity"_s).toInteger(), 4);
    QCOMPARE(json.value(u"totalPrice"_s).toObject(), (QJsonObject{{u"type"_s, u"centPrecision"_s},
                                                                  {u"currencyCode"_s, u"EUR"_s},
                                                                  {u"centAmount"_s, 11200},
                                                                  {u"fractionDigits"_s, 2}}));
    QCOMPARE(cart.currency(), u"EUR"_s);
}

void TestCartDocument::lineItemQuantityKeepsStateInStep()
{
    CartDocument cart = CartDocument::fromJson(exampleCart(0));
    QList<LineItemEntry> lines = cart.lineItems();
    const QDateTime now = QDateTime::fromString(u"2026-12-07T12:00:00.000Z"_s, Qt::ISODateWithMs);
    lines[0].changeQuantity(5, now);
    cart.setLineItems(lines);
    const QJsonObject line = cart.toJson().value(u"lineItems"_s).toArray().at(0).toObject();
    QCOMPARE(line.value(u"quantity"_s).toInteger(), 5);
    QCOMPARE(line.value(u"state"_s).toArray().at(0).toObject().value(u"quantity"_s).toInteger(), 5);
    QCOMPARE(line.value(u"lastModifiedAt"_s).toString(), u"2026-12-07T12:00:00.000Z"_s);
    QCOMPARE(cart.lineItems().first().computedTotal(), std::optional<qint64>(14000));
    // The price, product and variant are left alone.
    const QJsonObject original = exampleCart(0).value(u"lineItems"_s).toArray().at(0).toObject();
    expectOnlyChanged(original, line, {u"quantity"_s, u"state"_s, u"lastModifiedAt"_s});
}

void TestCartDocument::clearTaxesRemovesEveryTax()
{
    QJsonObject json = fullCart();
    QJsonArray lines = json.value(u"lineItems"_s).toArray();
    QJsonObject line = lines.at(0).toObject();
    line.insert(u"taxRate"_s, json.value(u"shippingInfo"_s).toObject().value(u"taxRate"_s));
    line.insert(u"taxedPrice"_s, json.value(u"taxedPrice"_s));
    lines.replace(0, line);
    json.insert(u"lineItems"_s, lines);
    CartDocument cart = CartDocument::fromJson(json);
    QVERIFY(cart.lineItems().first().hasTaxRate());
    cart.clearTaxes();
    QVERIFY(!cart.lineItems().first().hasTaxRate());
    QVERIFY(!cart.lineItems().first().hasTaxedPrice());
    QVERIFY(!cart.shippingInfo()->hasTaxRate());
    QVERIFY(!cart.shippingInfo()->hasTaxedPrice());
    QVERIFY(!cart.hasTaxedPrice());
    QVERIFY(!cart.toJson().contains(u"taxedShippingPrice"_s));
    QCOMPARE(cart.shippingInfo()->shippingMethodId(), u"sm-1"_s);
    expectOnlyChanged(json, cart.toJson(),
                      {u"lineItems"_s, u"shippingInfo"_s, u"taxedPrice"_s, u"taxedShippingPrice"_s});
}

void TestCartDocument::paymentIdsAddAndRemovePaymentInfo()
{
    CartDocument cart = CartDocument::fromJson(readExample(u"cart.example.json"_s));
    cart.setPaymentIds({u"p-1"_s, u"p-2"_s});
    QCOMPARE(cart.paymentIds(), (QStringList{u"p-1"_s, u"p-2"_s}));
    QCOMPARE(cart.toJson().value(u"paymentInfo"_s).toObject().value(u"payments"_s).toArray().at(1).toObject(),
             (QJsonObject{{u"typeId"_s, u"payment"_s}, {u"id"_s, u"p-2"_s}}));
    cart.setPaymentIds({});
    QVERIFY(!cart.toJson().contains(u"paymentInfo"_s));
    QCOMPARE(cart.toJson(), readExample(u"cart.example.json"_s));
}

void TestCartDocument::orderFieldsTakeOverTheCart()
{
    const QJsonObject json = fullCart();
    const QJsonObject fields = CartDocument::fromJson(json).orderFields();
    for (const QString &field : {u"lineItems"_s, u"totalPrice"_s, u"shippingAddress"_s, u"shippingInfo"_s,
                                 u"taxedPrice"_s, u"paymentInfo"_s, u"custom"_s, u"businessUnit"_s,
                                 u"itemShippingAddresses"_s, u"purchaseOrderNumber"_s})
        QCOMPARE(fields.value(field), json.value(field));
    for (const QString &field : {u"id"_s, u"version"_s, u"createdAt"_s, u"cartState"_s, u"key"_s,
                                 u"aFieldOfTomorrow"_s, u"deleteDaysAfterLastModification"_s})
        QVERIFY2(!fields.contains(field), qPrintable(field));
}

QTEST_GUILESS_MAIN(TestCartDocument)
#include "TestCartDocument.moc"
