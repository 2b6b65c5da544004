// SPDX-License-Identifier: MIT
// Carts over real loopback HTTP: create/get/query/update/delete, every main update action and its
// errors, totals incl. shipping and tax (Platform DE 19 % / 7 %, External, ExternalAmount, JPY),
// versions, /me isolation and as-associate isolation.
#include "CommerceTestSupport.h"
#include "sandbox/seed/DemoAccounts.h"
#include "sandbox/seed/DemoCatalog.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk::sandbox;
using namespace commercedesk::sandbox::test;

namespace {

qint64 cents(const QJsonObject &o, const QString &field)
{
    return o.value(field).toObject().value(u"centAmount"_s).toInteger();
}

QJsonObject act(const QString &name, QJsonObject fields = {})
{
    fields.insert(u"action"_s, name);
    return fields;
}

const QJsonObject De{{u"country"_s, u"DE"_s}, {u"city"_s, u"Berlin"_s}};

} // namespace

class TestSandboxCarts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createGetQueryDelete();
    void actions_data();
    void actions();
    void errors_data();
    void errors();
    void staleVersionIs409WithCurrentVersion();
    void malformedJsonIs400();
    void platformTaxDeStandardAndReduced();
    void shippingIncludedAndFreeAbove();
    void tiersFollowQuantity();
    void externalTaxNeedsEveryRate();
    void externalAmountInJpyHasNoFractionDigits();
    void frozenCartRefusesLineItemChanges();
    void meCartsAreIsolatedBetweenSessions();
    void asAssociateSeesOnlyItsBusinessUnit();
    void scopesAreEnforced();

private:
    QJsonObject createCart(const QJsonObject &draft, const QByteArray &token = {}, const QString &path = {});

    CommerceFixture m_f;
    QString m_sku;        // standard tax, retail
    QString m_reducedSku; // reduced tax
};

void TestSandboxCarts::initTestCase()
{
    QString error;
    QVERIFY2(m_f.start(u"carts-test"_s, &error), qPrintable(error));
    m_sku = m_f.skuWithTax(u"standard"_s);
    m_reducedSku = m_f.skuWithTax(u"reduced"_s);
    QVERIFY(!m_sku.isEmpty());
    QVERIFY(!m_reducedSku.isEmpty());
}

QJsonObject TestSandboxCarts::createCart(const QJsonObject &draft, const QByteArray &token,
                                         const QString &path)
{
    const HttpResult r = m_f.post(path.isEmpty() ? m_f.base() % u"/carts"_s : path, draft,
                                  token.isEmpty() ? m_f.adminToken() : token);
    if (r.status != 201)
        qWarning() << r.status << r.body;
    return r.status == 201 ? r.json : QJsonObject();
}

void TestSandboxCarts::createGetQueryDelete()
{
    const QJsonObject cart = createCart({{u"currency"_s, u"EUR"_s}, {u"key"_s, u"cart-crud"_s}});
    QVERIFY(!cart.isEmpty());
    QCOMPARE(cart.value(u"version"_s).toInt(), 1);
    QCOMPARE(cart.value(u"cartState"_s).toString(), u"Active"_s);
    QCOMPARE(cart.value(u"taxMode"_s).toString(), u"Platform"_s);
    QCOMPARE(cart.value(u"taxRoundingMode"_s).toString(), u"HalfEven"_s);
    QCOMPARE(cart.value(u"totalPrice"_s).toObject().value(u"fractionDigits"_s).toInt(), 2);
    const QString id = cart.value(u"id"_s).toString();
    QCOMPARE(m_f.get(m_f.base() % u"/carts/"_s % id, m_f.adminToken()).json, cart);
    QCOMPARE(m_f.get(m_f.base() % u"/carts/key=cart-crud"_s, m_f.adminToken()).json, cart);
    const HttpResult list = m_f.get(m_f.base() % u"/carts"_s, m_f.adminToken());
    QCOMPARE(list.status, 200);
    QVERIFY(list.json.value(u"total"_s).toInt() >= 1);
    QCOMPARE(m_f.post(m_f.base() % u"/carts"_s, {{u"currency"_s, u"EUR"_s}, {u"key"_s, u"cart-crud"_s}},
                      m_f.adminToken())
                 .errorCode(),
             u"DuplicateField"_s);
    QCOMPARE(m_f.del(m_f.base() % u"/carts/"_s % id, m_f.adminToken(), 7).status, 409);
    QCOMPARE(m_f.del(m_f.base() % u"/carts/"_s % id, m_f.adminToken(), 1).status, 200);
    QCOMPARE(m_f.get(m_f.base() % u"/carts/"_s % id, m_f.adminToken()).status, 404);
}

void TestSandboxCarts::actions_data()
{
    QTest::addColumn<QJsonObject>("action");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("expected");
    const QJsonObject fr{{u"country"_s, u"FR"_s}};
    QTest::newRow("setShippingAddress")
        << act(u"setShippingAddress"_s, {{u"address"_s, fr}}) << u"shippingAddress"_s << QJsonValue(fr);
    QTest::newRow("setBillingAddress")
        << act(u"setBillingAddress"_s, {{u"address"_s, fr}}) << u"billingAddress"_s << QJsonValue(fr);
    QTest::newRow("setCustomerEmail") << act(u"setCustomerEmail"_s, {{u"email"_s, u"a@b.example"_s}})
                                      << u"customerEmail"_s << QJsonValue(u"a@b.example"_s);
    QTest::newRow("setCountry") << act(u"setCountry"_s, {{u"country"_s, u"NL"_s}}) << u"country"_s
                                << QJsonValue(u"NL"_s);
    QTest::newRow("setPurchaseOrderNumber")
        << act(u"setPurchaseOrderNumber"_s, {{u"purchaseOrderNumber"_s, u"PO-7"_s}})
        << u"purchaseOrderNumber"_s << QJsonValue(u"PO-7"_s);
    QTest::newRow("setBusinessUnit")
        << act(u"setBusinessUnit"_s, {{u"businessUnit"_s, QJsonObject{{u"key"_s, u"acme-industrial"_s}}}})
        << u"businessUnit"_s
        << QJsonValue(QJsonObject{{u"typeId"_s, u"business-unit"_s}, {u"key"_s, u"acme-industrial"_s}});
    QTest::newRow("changeTaxMode") << act(u"changeTaxMode"_s, {{u"taxMode"_s, u"External"_s}}) << u"taxMode"_s
                                   << QJsonValue(u"External"_s);
    QTest::newRow("setKey") << act(u"setKey"_s, {{u"key"_s, u"keyed-by-action"_s}}) << u"key"_s
                            << QJsonValue(u"keyed-by-action"_s);
    QTest::newRow("freezeCart") << act(u"freezeCart"_s) << u"cartState"_s << QJsonValue(u"Frozen"_s);
    QTest::newRow("setAnonymousId") << act(u"setAnonymousId"_s, {{u"anonymousId"_s, u"anon-1"_s}})
                                    << u"anonymousId"_s << QJsonValue(u"anon-1"_s);
    QTest::newRow("setCustomerId") << act(u"setCustomerId"_s,
                                          {{u"customerId"_s,
                                            DemoAccounts::customerId(u"shopper@commercedesk.example"_s)}})
                                   << u"customerId"_s
                                   << QJsonValue(DemoAccounts::customerId(u"shopper@commercedesk.example"_s));
}

void TestSandboxCarts::actions()
{
    QFETCH(QJsonObject, action);
    QFETCH(QString, field);
    QFETCH(QJsonValue, expected);
    const QJsonObject cart = createCart({{u"currency"_s, u"EUR"_s}});
    const QString path = m_f.base() % u"/carts/"_s % cart.value(u"id"_s).toString();
    const HttpResult r = m_f.update(path, 1, {action}, m_f.adminToken());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(field), expected);
    QCOMPARE(r.json.value(u"version"_s).toInt(), 2);
    QCOMPARE(m_f.get(path, m_f.adminToken()).json, r.json);
}

void TestSandboxCarts::errors_data()
{
    QTest::addColumn<QJsonObject>("action");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown action") << act(u"doMagic"_s) << 400 << u"InvalidInput"_s;
    QTest::newRow("bad tax mode") << act(u"changeTaxMode"_s, {{u"taxMode"_s, u"Bogus"_s}}) << 400
                                  << u"InvalidField"_s;
    QTest::newRow("bad country") << act(u"setCountry"_s, {{u"country"_s, u"Germany"_s}}) << 400
                                 << u"InvalidField"_s;
    QTest::newRow("address without country")
        << act(u"setShippingAddress"_s, {{u"address"_s, QJsonObject()}}) << 400 << u"RequiredField"_s;
    QTest::newRow("unknown sku") << act(u"addLineItem"_s, {{u"sku"_s, u"NO-SUCH-SKU"_s}}) << 400
                                 << u"InvalidOperation"_s;
    QTest::newRow("negative quantity")
        << act(u"changeLineItemQuantity"_s, {{u"lineItemId"_s, u"x"_s}, {u"quantity"_s, -1}}) << 400
        << u"InvalidInput"_s; // beyond MoneyLimits' quantity range
    QTest::newRow("unknown line item")
        << act(u"removeLineItem"_s, {{u"lineItemId"_s, u"nope"_s}}) << 400 << u"InvalidOperation"_s;
    QTest::newRow("tax rate in Platform mode")
        << act(u"setLineItemTaxRate"_s, {{u"lineItemId"_s, u"x"_s}}) << 400 << u"InvalidOperation"_s;
    QTest::newRow("total tax outside ExternalAmount")
        << act(u"setCartTotalTax"_s,
               {{u"externalTotalGross"_s, QJsonObject{{u"currencyCode"_s, u"EUR"_s}, {u"centAmount"_s, 1}}}})
        << 400 << u"InvalidOperation"_s;
    QTest::newRow("shipping method without address")
        << act(u"setShippingMethod"_s, {{u"shippingMethod"_s, QJsonObject{{u"key"_s, u"standard"_s}}}}) << 400
        << u"ShippingMethodDoesNotMatchCart"_s;
    QTest::newRow("unknown shipping method")
        << act(u"setShippingMethod"_s, {{u"shippingMethod"_s, QJsonObject{{u"key"_s, u"teleport"_s}}}}) << 400
        << u"ReferencedResourceNotFound"_s;
    QTest::newRow("unknown payment") << act(u"addPayment"_s,
                                            {{u"payment"_s, QJsonObject{{u"id"_s, u"missing"_s}}}})
                                     << 400 << u"ReferencedResourceNotFound"_s;
    QTest::newRow("unfreeze active cart") << act(u"unfreezeCart"_s) << 400 << u"InvalidOperation"_s;
    QTest::newRow("unknown customer") << act(u"setCustomerId"_s, {{u"customerId"_s, u"nobody"_s}}) << 400
                                      << u"ReferencedResourceNotFound"_s;
}

void TestSandboxCarts::errors()
{
    QFETCH(QJsonObject, action);
    QFETCH(int, status);
    QFETCH(QString, code);
    const QJsonObject cart = createCart({{u"currency"_s, u"EUR"_s}});
    const QString path = m_f.base() % u"/carts/"_s % cart.value(u"id"_s).toString();
    const HttpResult r = m_f.update(
        path, 1, {act(u"setCustomerEmail"_s, {{u"email"_s, u"x@y.example"_s}}), action}, m_f.adminToken());
    QCOMPARE(r.status, status);
    QCOMPARE(r.errorCode(), code);
    // Nothing of the request was written.
    const QJsonObject stored = m_f.get(path, m_f.adminToken()).json;
    QCOMPARE(stored.value(u"version"_s).toInt(), 1);
    QVERIFY(!stored.contains(u"customerEmail"_s));
}

void TestSandboxCarts::staleVersionIs409WithCurrentVersion()
{
    const QJsonObject cart = createCart({{u"currency"_s, u"EUR"_s}});
    const QString path = m_f.base() % u"/carts/"_s % cart.value(u"id"_s).toString();
    QCOMPARE(m_f.update(path, 1, {act(u"setCountry"_s, {{u"country"_s, u"DE"_s}})}, m_f.adminToken()).status,
             200);
    const HttpResult r =
        m_f.update(path, 1, {act(u"setCountry"_s, {{u"country"_s, u"FR"_s}})}, m_f.adminToken());
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), u"ConcurrentModification"_s);
    QCOMPARE(r.json.value(u"errors"_s).toArray().at(0).toObject().value(u"currentVersion"_s).toInt(), 2);
}

void TestSandboxCarts::malformedJsonIs400()
{
    const HttpResult r =
        m_f.http().send("POST", m_f.base() % u"/carts"_s, "{\"currency\": \"EUR\",", "application/json",
                        {{"Authorization", "Bearer " + m_f.adminToken()}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"InvalidJsonInput"_s);
    QCOMPARE(m_f.post(m_f.base() % u"/carts"_s, {{u"key"_s, u"no-currency"_s}}, m_f.adminToken()).errorCode(),
             u"RequiredField"_s);
    QCOMPARE(m_f.post(m_f.base() % u"/carts"_s,
                      {{u"currency"_s, u"EUR"_s}, {u"inventoryMode"_s, u"Sometimes"_s}}, m_f.adminToken())
                 .errorCode(),
             u"InvalidField"_s);
}

void TestSandboxCarts::platformTaxDeStandardAndReduced()
{
    const QJsonObject cart =
        createCart({{u"currency"_s, u"EUR"_s},
                    {u"shippingAddress"_s, De},
                    {u"lineItems"_s, QJsonArray{QJsonObject{{u"sku"_s, m_sku}, {u"quantity"_s, 3}},
                                                QJsonObject{{u"sku"_s, m_reducedSku}, {u"quantity"_s, 1}}}}});
    QVERIFY(!cart.isEmpty());
    const QJsonArray lines = cart.value(u"lineItems"_s).toArray();
    QCOMPARE(lines.size(), 2);
    qint64 net = 0, gross = 0;
    const double expectedRates[] = {0.19, 0.07};
    for (int i = 0; i < 2; ++i) {
        const QJsonObject line = lines.at(i).toObject();
        const QJsonObject rate = line.value(u"taxRate"_s).toObject();
        QCOMPARE(rate.value(u"amount"_s).toDouble(), expectedRates[i]);
        QVERIFY(rate.value(u"includedInPrice"_s).toBool());
        const qint64 total = cents(line, u"totalPrice"_s);
        QCOMPARE(total, cents(line.value(u"price"_s).toObject(), u"value"_s) *
                            line.value(u"quantity"_s).toInteger());
        const QJsonObject taxed = line.value(u"taxedPrice"_s).toObject();
        // Gross-priced: net = round-half-even(gross / (1 + rate)).
        const qint64 ppm = i == 0 ? 190000 : 70000;
        const qint64 numerator = total * 1000000;
        const qint64 denominator = 1000000 + ppm;
        qint64 expectedNet = numerator / denominator;
        const qint64 rest = numerator % denominator;
        if (rest * 2 > denominator || (rest * 2 == denominator && expectedNet % 2 == 1))
            ++expectedNet;
        QCOMPARE(cents(taxed, u"totalGross"_s), total);
        QCOMPARE(cents(taxed, u"totalNet"_s), expectedNet);
        QCOMPARE(cents(taxed, u"totalTax"_s), total - expectedNet);
        net += expectedNet;
        gross += total;
    }
    const QJsonObject taxedPrice = cart.value(u"taxedPrice"_s).toObject();
    QCOMPARE(cents(taxedPrice, u"totalNet"_s), net);
    QCOMPARE(cents(taxedPrice, u"totalGross"_s), gross);
    QCOMPARE(cents(cart, u"totalPrice"_s), gross);
    const QJsonArray portions = taxedPrice.value(u"taxPortions"_s).toArray();
    QCOMPARE(portions.size(), 2);
    qint64 portionSum = 0;
    for (const QJsonValue &p : portions)
        portionSum += cents(p.toObject(), u"amount"_s);
    QCOMPARE(portionSum, gross - net);
    // Without a shipping address there is no rate and no taxedPrice.
    const QString path = m_f.base() % u"/carts/"_s % cart.value(u"id"_s).toString();
    const HttpResult r = m_f.update(path, 1, {act(u"setShippingAddress"_s)}, m_f.adminToken());
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json.contains(u"taxedPrice"_s));
    QVERIFY(!r.json.value(u"lineItems"_s).toArray().at(0).toObject().contains(u"taxRate"_s));
}

void TestSandboxCarts::shippingIncludedAndFreeAbove()
{
    const QJsonObject cart = createCart({{u"currency"_s, u"EUR"_s},
                                         {u"shippingAddress"_s, De},
                                         {u"lineItems"_s, QJsonArray{QJsonObject{{u"sku"_s, m_sku}}}},
                                         {u"shippingMethod"_s, QJsonObject{{u"key"_s, u"standard"_s}}}});
    QVERIFY(!cart.isEmpty());
    const qint64 lineTotal = cents(cart.value(u"lineItems"_s).toArray().at(0).toObject(), u"totalPrice"_s);
    QVERIFY(lineTotal < 5000);
    const QJsonObject info = cart.value(u"shippingInfo"_s).toObject();
    QCOMPARE(cents(info, u"price"_s), 490);
    QCOMPARE(info.value(u"shippingMethodName"_s).toString(), u"Standard"_s);
    QCOMPARE(cents(cart, u"totalPrice"_s), lineTotal + 490);
    QCOMPARE(cents(cart.value(u"taxedPrice"_s).toObject(), u"totalGross"_s), lineTotal + 490);
    QCOMPARE(cents(cart.value(u"taxedShippingPrice"_s).toObject(), u"totalGross"_s), 490);
    // Enough items → free shipping (freeAbove 50.00).
    const QString path = m_f.base() % u"/carts/"_s % cart.value(u"id"_s).toString();
    const QString lineId = cart.value(u"lineItems"_s).toArray().at(0).toObject().value(u"id"_s).toString();
    const qint64 quantity = 5000 / lineTotal + 1;
    HttpResult r = m_f.update(
        path, 1, {act(u"changeLineItemQuantity"_s, {{u"lineItemId"_s, lineId}, {u"quantity"_s, quantity}})},
        m_f.adminToken());
    QCOMPARE(r.status, 200);
    QCOMPARE(cents(r.json.value(u"shippingInfo"_s).toObject(), u"price"_s), 0);
    QCOMPARE(cents(r.json, u"totalPrice"_s),
             cents(r.json.value(u"lineItems"_s).toArray().at(0).toObject(), u"totalPrice"_s));
    // Express never free; a US address does not match an EUR cart.
    r = m_f.update(
        path, 2,
        {act(u"setShippingMethod"_s, {{u"shippingMethod"_s, QJsonObject{{u"key"_s, u"express"_s}}}})},
        m_f.adminToken());
    QCOMPARE(cents(r.json.value(u"shippingInfo"_s).toObject(), u"price"_s), 1290);
    r = m_f.update(
        path, 3,
        {act(u"setShippingAddress"_s, {{u"address"_s, QJsonObject{{u"country"_s, u"US"_s}}}}),
         act(u"setShippingMethod"_s, {{u"shippingMethod"_s, QJsonObject{{u"key"_s, u"standard"_s}}}})},
        m_f.adminToken());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"ShippingMethodDoesNotMatchCart"_s);
    // matching-cart lists both methods for the German cart.
    const HttpResult matching = m_f.get(m_f.base() % u"/shipping-methods/matching-cart"_s, m_f.adminToken(),
                                        {{u"cartId"_s, cart.value(u"id"_s).toString()}});
    QCOMPARE(matching.status, 200);
    QCOMPARE(matching.json.value(u"results"_s).toArray().size(), 2);
}

void TestSandboxCarts::tiersFollowQuantity()
{
    // B2B products carry tiers at 10 / 100 / 1000 (95 %, 88 %, 80 %).
    const QJsonObject cart =
        createCart({{u"currency"_s, u"EUR"_s},
                    {u"lineItems"_s, QJsonArray{QJsonObject{{u"sku"_s, m_reducedSku}, {u"quantity"_s, 1}}}}});
    const QJsonObject line = cart.value(u"lineItems"_s).toArray().at(0).toObject();
    const QJsonArray tiers = line.value(u"price"_s).toObject().value(u"tiers"_s).toArray();
    QVERIFY(!tiers.isEmpty());
    const qint64 tierPrice = cents(tiers.at(0).toObject(), u"value"_s);
    const QString path = m_f.base() % u"/carts/"_s % cart.value(u"id"_s).toString();
    const HttpResult r =
        m_f.update(path, 1,
                   {act(u"changeLineItemQuantity"_s,
                        {{u"lineItemId"_s, line.value(u"id"_s).toString()}, {u"quantity"_s, 10}})},
                   m_f.adminToken());
    const QJsonObject updated = r.json.value(u"lineItems"_s).toArray().at(0).toObject();
    QCOMPARE(cents(updated.value(u"price"_s).toObject(), u"value"_s), tierPrice);
    QCOMPARE(cents(updated, u"totalPrice"_s), tierPrice * 10);
}

void TestSandboxCarts::externalTaxNeedsEveryRate()
{
    const QJsonObject cart = createCart({{u"currency"_s, u"EUR"_s},
                                         {u"taxMode"_s, u"External"_s},
                                         {u"shippingAddress"_s, De},
                                         {u"lineItems"_s, QJsonArray{QJsonObject{{u"sku"_s, m_sku}}}},
                                         {u"shippingMethod"_s, QJsonObject{{u"key"_s, u"standard"_s}}}});
    QVERIFY(!cart.contains(u"taxedPrice"_s));
    const QString path = m_f.base() % u"/carts/"_s % cart.value(u"id"_s).toString();
    const QJsonObject rate{
        {u"name"_s, u"ext"_s}, {u"amount"_s, 0.1}, {u"country"_s, u"DE"_s}, {u"includedInPrice"_s, false}};
    HttpResult r = m_f.update(
        path, 1,
        {act(u"setLineItemTaxRate"_s,
             {{u"lineItemId"_s, cart.value(u"lineItems"_s).toArray().at(0).toObject().value(u"id"_s)},
              {u"externalTaxRate"_s, rate}})},
        m_f.adminToken());
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json.contains(u"taxedPrice"_s)); // the shipping still has no rate
    r = m_f.update(path, 2, {act(u"setShippingMethodTaxRate"_s, {{u"externalTaxRate"_s, rate}})},
                   m_f.adminToken());
    QCOMPARE(r.status, 200);
    const qint64 line = cents(r.json.value(u"lineItems"_s).toArray().at(0).toObject(), u"totalPrice"_s);
    const qint64 tax = (line * 100000 + 500000) / 1000000 + 49; // 10 % of the line + 49 (10 % of 4.90)
    const QJsonObject taxed = r.json.value(u"taxedPrice"_s).toObject();
    QCOMPARE(cents(taxed, u"totalNet"_s), line + 490);
    QVERIFY(qAbs(cents(taxed, u"totalTax"_s) - tax) <= 1);
    QCOMPARE(cents(taxed, u"totalGross"_s), line + 490 + cents(taxed, u"totalTax"_s));
}

void TestSandboxCarts::externalAmountInJpyHasNoFractionDigits()
{
    // The demo catalog has no JPY prices: an external price makes the line, ExternalAmount the tax.
    const QJsonObject yen{{u"currencyCode"_s, u"JPY"_s}, {u"centAmount"_s, 1500}};
    const QJsonObject cart = createCart(
        {{u"currency"_s, u"JPY"_s},
         {u"taxMode"_s, u"ExternalAmount"_s},
         {u"lineItems"_s,
          QJsonArray{QJsonObject{{u"sku"_s, m_sku}, {u"quantity"_s, 3}, {u"externalPrice"_s, yen}}}}});
    QVERIFY(!cart.isEmpty());
    QCOMPARE(cart.value(u"totalPrice"_s).toObject().value(u"fractionDigits"_s).toInt(), 0);
    QCOMPARE(cents(cart, u"totalPrice"_s), 4500);
    const QString path = m_f.base() % u"/carts/"_s % cart.value(u"id"_s).toString();
    const QJsonObject gross{{u"currencyCode"_s, u"JPY"_s}, {u"centAmount"_s, 4950}};
    const QJsonObject rate{{u"name"_s, u"JP"_s}, {u"amount"_s, 0.1}, {u"country"_s, u"JP"_s}};
    const HttpResult r = m_f.update(
        path, 1,
        {act(u"setLineItemTaxAmount"_s,
             {{u"lineItemId"_s, cart.value(u"lineItems"_s).toArray().at(0).toObject().value(u"id"_s)},
              {u"externalTaxAmount"_s, QJsonObject{{u"totalGross"_s, gross}, {u"taxRate"_s, rate}}}}),
         act(u"setCartTotalTax"_s,
             {{u"externalTotalGross"_s, gross},
              {u"externalTaxPortions"_s,
               QJsonArray{QJsonObject{
                   {u"rate"_s, 0.1},
                   {u"amount"_s, QJsonObject{{u"currencyCode"_s, u"JPY"_s}, {u"centAmount"_s, 450}}}}}}})},
        m_f.adminToken());
    QCOMPARE(r.status, 200);
    const QJsonObject taxed = r.json.value(u"taxedPrice"_s).toObject();
    QCOMPARE(cents(taxed, u"totalGross"_s), 4950);
    QCOMPARE(cents(taxed, u"totalNet"_s), 4500);
    QCOMPARE(taxed.value(u"totalGross"_s).toObject().value(u"fractionDigits"_s).toInt(), 0);
    // A quantity change removes the external amounts.
    const HttpResult changed = m_f.update(
        path, 2,
        {act(u"changeLineItemQuantity"_s,
             {{u"lineItemId"_s, cart.value(u"lineItems"_s).toArray().at(0).toObject().value(u"id"_s)},
              {u"quantity"_s, 1}})},
        m_f.adminToken());
    QVERIFY(!changed.json.contains(u"taxedPrice"_s));
    QCOMPARE(cents(changed.json, u"totalPrice"_s), 1500);
}

void TestSandboxCarts::frozenCartRefusesLineItemChanges()
{
    const QJsonObject cart =
        createCart({{u"currency"_s, u"EUR"_s}, {u"lineItems"_s, QJsonArray{QJsonObject{{u"sku"_s, m_sku}}}}});
    const QString path = m_f.base() % u"/carts/"_s % cart.value(u"id"_s).toString();
    QCOMPARE(m_f.update(path, 1, {act(u"freezeCart"_s)}, m_f.adminToken()).status, 200);
    HttpResult r = m_f.update(path, 2, {act(u"addLineItem"_s, {{u"sku"_s, m_sku}})}, m_f.adminToken());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"InvalidOperation"_s);
    r = m_f.update(path, 2, {act(u"setCustomerEmail"_s, {{u"email"_s, u"frozen@x.example"_s}})},
                   m_f.adminToken());
    QCOMPARE(r.status, 200);
    r = m_f.update(path, 3, {act(u"unfreezeCart"_s), act(u"addLineItem"_s, {{u"sku"_s, m_sku}})},
                   m_f.adminToken());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"lineItems"_s).toArray().at(0).toObject().value(u"quantity"_s).toInt(), 2);
}

void TestSandboxCarts::meCartsAreIsolatedBetweenSessions()
{
    const QByteArray a = m_f.anonymousToken();
    const QByteArray b = m_f.anonymousToken();
    QVERIFY(!a.isEmpty() && !b.isEmpty() && a != b);
    const QString me = m_f.base() % u"/me/carts"_s;
    QCOMPARE(m_f.get(m_f.base() % u"/me/active-cart"_s, a).status, 404);
    const QJsonObject cart = createCart(
        {{u"currency"_s, u"EUR"_s}, {u"lineItems"_s, QJsonArray{QJsonObject{{u"sku"_s, m_sku}}}}}, a, me);
    QVERIFY(!cart.isEmpty());
    QVERIFY(!cart.value(u"anonymousId"_s).toString().isEmpty());
    const QString id = cart.value(u"id"_s).toString();
    QCOMPARE(m_f.get(me % u'/' % id, a).status, 200);
    QCOMPARE(m_f.get(m_f.base() % u"/me/active-cart"_s, a).json.value(u"id"_s).toString(), id);
    QCOMPARE(m_f.get(me % u'/' % id, b).status, 404);
    QCOMPARE(m_f.update(me % u'/' % id, 1, {act(u"setCountry"_s, {{u"country"_s, u"DE"_s}})}, b).status, 404);
    QCOMPARE(m_f.get(me, b).json.value(u"total"_s).toInt(), 0);
    QCOMPARE(m_f.get(me, a).json.value(u"total"_s).toInt(), 1);
    QCOMPARE(m_f.get(m_f.base() % u"/me/active-cart"_s, b).status, 404);
    // MyCart actions do not include setCustomerId (unknown to MyCartUpdateAction); Disabled tax mode is
    // not allowed on /me.
    QCOMPARE(
        m_f.update(me % u'/' % id, 1, {act(u"setCustomerId"_s, {{u"customerId"_s, u"x"_s}})}, a).errorCode(),
        u"InvalidJsonInput"_s);
    QCOMPARE(m_f.update(me % u'/' % id, 1, {act(u"changeTaxMode"_s, {{u"taxMode"_s, u"Disabled"_s}})}, a)
                 .errorCode(),
             u"InvalidField"_s);
    // The storefront client cannot use the admin cart endpoints.
    QCOMPARE(m_f.get(m_f.base() % u"/carts/"_s % id, a).status, 403);
    // A customer session sees only its own carts.
    const QByteArray shopper = m_f.customerToken(u"shopper@commercedesk.example"_s, u"Shopper-Demo-2026"_s);
    QVERIFY(!shopper.isEmpty());
    QCOMPARE(m_f.get(me % u'/' % id, shopper).status, 404);
    const QJsonObject own = createCart({{u"currency"_s, u"EUR"_s}}, shopper, me);
    QCOMPARE(own.value(u"customerId"_s).toString(),
             DemoAccounts::customerId(u"shopper@commercedesk.example"_s));
    QCOMPARE(m_f.get(me % u'/' % own.value(u"id"_s).toString(), a).status, 404);
}

void TestSandboxCarts::asAssociateSeesOnlyItsBusinessUnit()
{
    const QString buyerId = DemoAccounts::customerId(u"buyer@acme-industrial.example"_s);
    const QString adminId = DemoAccounts::customerId(u"admin@acme-industrial.example"_s);
    const QByteArray buyer = m_f.customerToken(u"buyer@acme-industrial.example"_s, u"Buyer-Demo-2026"_s);
    const QByteArray admin = m_f.customerToken(u"admin@acme-industrial.example"_s, u"Admin-Demo-2026"_s);
    const QByteArray shopper = m_f.customerToken(u"shopper@commercedesk.example"_s, u"Shopper-Demo-2026"_s);
    QVERIFY(!buyer.isEmpty() && !admin.isEmpty() && !shopper.isEmpty());
    const auto path = [this](const QString &associate, const QString &unit) -> QString {
        return m_f.base() % u"/as-associate/"_s % associate % u"/in-business-unit/key="_s % unit %
               u"/carts"_s;
    };
    // Other tests' admin carts may already belong to the unit (setBusinessUnit); the admin role sees them
    // too.
    const int before = m_f.get(path(adminId, u"acme-industrial"_s), admin).json.value(u"total"_s).toInt();
    const QJsonObject cart =
        createCart({{u"currency"_s, u"EUR"_s}}, buyer, path(buyerId, u"acme-industrial"_s));
    QVERIFY(!cart.isEmpty());
    QCOMPARE(cart.value(u"businessUnit"_s).toObject().value(u"key"_s).toString(), u"acme-industrial"_s);
    QCOMPARE(cart.value(u"customerId"_s).toString(), buyerId);
    // The associate's customer group comes with the cart (its prices apply), as for /me carts.
    QCOMPARE(cart.value(u"customerGroup"_s).toObject().value(u"id"_s).toString(),
             DemoCatalog::customerGroupId(u"b2b"_s));
    const QString id = cart.value(u"id"_s).toString();
    QCOMPARE(m_f.get(path(buyerId, u"acme-industrial"_s) % u'/' % id, buyer).status, 200);
    // The division inherits the buyer's role but the cart belongs to the company: not visible there.
    QCOMPARE(m_f.get(path(buyerId, u"acme-industrial-berlin"_s) % u'/' % id, buyer).status, 404);
    // The admin role may view others' carts; the buyer may not view the admin's.
    QCOMPARE(m_f.get(path(adminId, u"acme-industrial"_s) % u'/' % id, admin).status, 200);
    const QJsonObject adminCart =
        createCart({{u"currency"_s, u"EUR"_s}}, admin, path(adminId, u"acme-industrial"_s));
    QCOMPARE(m_f.get(path(buyerId, u"acme-industrial"_s) % u'/' % adminCart.value(u"id"_s).toString(), buyer)
                 .status,
             404);
    QCOMPARE(m_f.get(path(buyerId, u"acme-industrial"_s), buyer).json.value(u"total"_s).toInt(), 1);
    QCOMPARE(m_f.get(path(adminId, u"acme-industrial"_s), admin).json.value(u"total"_s).toInt(), before + 2);
    // Not an associate → 403; acting as someone else → 403.
    const QString shopperId = DemoAccounts::customerId(u"shopper@commercedesk.example"_s);
    const HttpResult denied =
        m_f.post(path(shopperId, u"acme-industrial"_s), {{u"currency"_s, u"EUR"_s}}, shopper);
    QCOMPARE(denied.status, 403);
    QCOMPARE(denied.errorCode(), u"AssociateMissingPermission"_s);
    QCOMPARE(m_f.get(path(adminId, u"acme-industrial"_s), buyer).status, 403);
    // The business unit of the path cannot be changed through the cart.
    QCOMPARE(m_f.update(path(buyerId, u"acme-industrial"_s) % u'/' % id, 1,
                        {act(u"setBusinessUnit"_s,
                             {{u"businessUnit"_s, QJsonObject{{u"key"_s, u"acme-industrial-berlin"_s}}}})},
                        buyer)
                 .errorCode(),
             u"InvalidOperation"_s);
    // The /me view of the buyer does not list business-unit carts of other associates either.
    QCOMPARE(m_f.get(m_f.base() % u"/me/carts/"_s % adminCart.value(u"id"_s).toString(), buyer).status, 404);
}

void TestSandboxCarts::scopesAreEnforced()
{
    const QByteArray readonly = m_f.http().clientToken(m_f.credentials(), u"merchant-readonly"_s);
    QVERIFY(!readonly.isEmpty());
    QCOMPARE(m_f.get(m_f.base() % u"/carts"_s, readonly).status, 200);
    QCOMPARE(m_f.post(m_f.base() % u"/carts"_s, {{u"currency"_s, u"EUR"_s}}, readonly).status, 403);
    QCOMPARE(m_f.get(m_f.base() % u"/carts"_s, "not-a-token").status, 401);
    QCOMPARE(m_f.get(m_f.base() % u"/me/carts"_s, m_f.adminToken()).status, 403);
}

QTEST_GUILESS_MAIN(TestSandboxCarts)
#include "TestSandboxCarts.moc"
