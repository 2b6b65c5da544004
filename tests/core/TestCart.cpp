// SPDX-License-Identifier: MIT
#include "CoreTestPrinters.h"
#include "core/Cart.h"
#include "core/Order.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk::core;

Q_DECLARE_METATYPE(QList<CheckoutBlocker>)

namespace {

Money eur(qint64 cents)
{
    return Money(cents, u"EUR"_s, 2);
}

LineItem item(const QString &id, qint64 quantity, bool taxed)
{
    LineItem line;
    line.id = id;
    line.productId = u"product-"_s + id;
    line.quantity = quantity;
    line.price.value = eur(1299);
    line.totalPrice = eur(1299 * quantity);
    if (taxed)
        line.taxRate = TaxRate{{}, {}, u"VAT"_s, *Rate::fromString(u"0.19"), true, u"DE"_s, {}, {}};
    return line;
}

Address berlin()
{
    Address address;
    address.country = u"DE"_s;
    address.postalCode = u"10115"_s;
    return address;
}

// A cart that is ready to order; rows then break one thing each.
Cart readyCart()
{
    Cart cart;
    cart.id = u"cart-1"_s;
    cart.version = 3;
    cart.lineItems = {item(u"a"_s, 2, true), item(u"b"_s, 1, true)};
    cart.totalPrice = eur(3897);
    cart.shippingAddress = berlin();
    return cart;
}

} // namespace

class TestCart : public QObject
{
    Q_OBJECT

private slots:
    void totalLineItemQuantity_data();
    void totalLineItemQuantity();
    void displayTotal();
    void checkoutBlockers_data();
    void checkoutBlockers();
    void lookupAndEquality();
    void orderHelpers();
};

void TestCart::totalLineItemQuantity_data()
{
    QTest::addColumn<QList<qint64>>("quantities");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("empty cart") << QList<qint64>{} << qint64(0);
    QTest::newRow("one line") << QList<qint64>{3} << qint64(3);
    QTest::newRow("several lines") << QList<qint64>{2, 1, 7} << qint64(10);
}

void TestCart::totalLineItemQuantity()
{
    QFETCH(QList<qint64>, quantities);
    QFETCH(qint64, expected);
    Cart cart;
    for (qsizetype i = 0; i < quantities.size(); ++i)
        cart.lineItems.append(item(QString::number(i), quantities.at(i), false));
    QCOMPARE(cart.totalLineItemQuantity(), expected);
}

void TestCart::displayTotal()
{
    Cart cart = readyCart();
    QCOMPARE(cart.displayTotal(), eur(3897));
    cart.taxedPrice = TaxedPrice{eur(3275), eur(3897), eur(622), {}};
    QCOMPARE(cart.displayTotal(), eur(3897));
    cart.taxedPrice->totalGross = eur(4638); // net prices: gross differs from totalPrice
    QCOMPARE(cart.displayTotal(), eur(4638));

    // A line: what the buyer pays for it is its taxed gross once taxed (a refund of it gives that back).
    LineItem line = cart.lineItems.first();
    line.taxedPrice.reset();
    QCOMPARE(line.grossTotal(), line.totalPrice);
    line.taxedPrice = TaxedPrice{line.totalPrice, eur(line.totalPrice.centAmount() + 100), eur(100), {}};
    QCOMPARE(line.grossTotal(), eur(line.totalPrice.centAmount() + 100));
}

void TestCart::checkoutBlockers_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<QList<CheckoutBlocker>>("expected");
    using B = CheckoutBlocker;
    QTest::newRow("ready") << 0 << QList<B>{};
    QTest::newRow("frozen is still orderable") << 1 << QList<B>{};
    QTest::newRow("ordered cart") << 2 << QList<B>{B::NotActive};
    QTest::newRow("merged cart") << 3 << QList<B>{B::NotActive};
    QTest::newRow("empty cart") << 4 << QList<B>{B::NoLineItems};
    QTest::newRow("no shipping address") << 5 << QList<B>{B::MissingShippingAddress};
    QTest::newRow("platform: a line without tax rate") << 6 << QList<B>{B::MissingTaxes};
    QTest::newRow("external: shipping without tax rate") << 7 << QList<B>{B::MissingTaxes};
    QTest::newRow("external amount without taxedPrice") << 8 << QList<B>{B::MissingTaxes};
    QTest::newRow("external amount with taxedPrice") << 9 << QList<B>{};
    QTest::newRow("tax disabled needs no rates") << 10 << QList<B>{};
    QTest::newRow("shipping method no longer matches") << 11 << QList<B>{B::ShippingMethodDoesNotMatchCart};
    QTest::newRow("everything wrong at once")
        << 12
        << QList<B>{B::NotActive, B::NoLineItems, B::MissingShippingAddress,
                    B::ShippingMethodDoesNotMatchCart};
}

void TestCart::checkoutBlockers()
{
    QFETCH(int, change);
    QFETCH(QList<CheckoutBlocker>, expected);
    Cart cart = readyCart();
    ShippingInfo shipping;
    shipping.shippingMethodName = u"DHL"_s;
    shipping.price = eur(570);
    switch (change) {
    case 1:
        cart.cartState = CartState::Frozen;
        break;
    case 2:
        cart.cartState = CartState::Ordered;
        break;
    case 3:
        cart.cartState = CartState::Merged;
        break;
    case 4:
        cart.lineItems.clear();
        break;
    case 5:
        cart.shippingAddress.reset();
        break;
    case 6:
        cart.lineItems.append(item(u"c"_s, 1, false));
        break;
    case 7:
        cart.taxMode = TaxMode::External;
        cart.shippingInfo = shipping;
        break;
    case 8:
        cart.taxMode = TaxMode::ExternalAmount;
        break;
    case 9:
        cart.taxMode = TaxMode::ExternalAmount;
        cart.taxedPrice = TaxedPrice{eur(3275), eur(3897), eur(622), {}};
        break;
    case 10:
        cart.taxMode = TaxMode::Disabled;
        cart.lineItems = {item(u"x"_s, 1, false)};
        break;
    case 11:
        shipping.taxRate = cart.lineItems.first().taxRate;
        shipping.shippingMethodState = ShippingMethodState::DoesNotMatchCart;
        cart.shippingInfo = shipping;
        break;
    case 12:
        cart.cartState = CartState::Ordered;
        cart.lineItems.clear();
        cart.shippingAddress.reset();
        shipping.taxRate = item(u"x"_s, 1, true).taxRate;
        shipping.shippingMethodState = ShippingMethodState::DoesNotMatchCart;
        cart.shippingInfo = shipping;
        break;
    default:
        break;
    }
    QCOMPARE(cart.checkoutBlockers(), expected);
    QCOMPARE(cart.isCheckoutReady(), expected.isEmpty());
}

void TestCart::lookupAndEquality()
{
    const Cart cart = readyCart();
    QVERIFY(cart.lineItem(u"b"_s));
    QCOMPARE(cart.lineItem(u"b"_s)->quantity, qint64(1));
    QCOMPARE(cart.lineItem(u"zzz"_s), nullptr);
    Cart copy = cart;
    QCOMPARE(copy, cart);
    copy.lineItems[0].variant.sku = u"MUG-001"_s;
    QVERIFY(copy != cart);
}

void TestCart::orderHelpers()
{
    Order order;
    order.lineItems = {item(u"a"_s, 2, true), item(u"b"_s, 5, true)};
    order.totalPrice = eur(9093);
    QCOMPARE(order.totalLineItemQuantity(), qint64(7));
    QCOMPARE(order.displayTotal(), eur(9093));
    QVERIFY(order.deliveries().isEmpty());
    ShippingInfo shipping;
    Delivery delivery;
    delivery.id = u"d1"_s;
    delivery.items = {DeliveryItem{u"a"_s, 2}};
    delivery.parcels = {Parcel{u"p1"_s, {}, {}, {}, TrackingData{u"1Z999"_s, u"UPS"_s, {}, {}, false}, {}}};
    shipping.deliveries = {delivery};
    order.shippingInfo = shipping;
    QCOMPARE(order.deliveries().size(), 1);
    QCOMPARE(order.deliveries().first().parcels.first().trackingData->carrier,
             std::optional<QString>(u"UPS"_s));
    QCOMPARE(order.lineItem(u"b"_s)->quantity, qint64(5));
}

QTEST_GUILESS_MAIN(TestCart)
#include "TestCart.moc"
