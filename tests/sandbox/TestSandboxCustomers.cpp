// SPDX-License-Identifier: MIT
// Customers over real loopback HTTP: create, sign-up, sign-in with anonymous cart hand-over and
// merge, /me read and update.
#include "OrdersTestSupport.h"
#include "sandbox/seed/DemoAccounts.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk::sandbox;
using commercedesk::sandbox::test::CartSpec;
using commercedesk::sandbox::test::HttpResult;
using commercedesk::sandbox::test::OrdersFixture;

class TestSandboxCustomers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createAndRead();
    void duplicateEmailIsRejected_data();
    void duplicateEmailIsRejected();
    void signInChecksThePassword_data();
    void signInChecksThePassword();
    void meSignupTakesTheAnonymousCart();
    void meLoginMergesIntoTheCustomerCart();
    void meReadAndUpdate();

private:
    OrdersFixture m_fx;
};

void TestSandboxCustomers::initTestCase()
{
    QString error;
    QVERIFY2(m_fx.start(u"customers-test"_s, &error), qPrintable(error));
}

void TestSandboxCustomers::createAndRead()
{
    const QJsonObject draft{
        {u"email"_s, u"Jane@Example.com"_s},
        {u"password"_s, u"s3cret-Pass"_s},
        {u"firstName"_s, u"Jane"_s},
        {u"key"_s, u"jane"_s},
        {u"addresses"_s, QJsonArray{QJsonObject{{u"country"_s, u"FR"_s}, {u"city"_s, u"Lyon"_s}}}},
        {u"defaultShippingAddress"_s, 0}};
    const HttpResult r = m_fx.post(m_fx.path(u"/customers"_s), draft, m_fx.clientToken(u"admin"_s));
    QCOMPARE(r.status, 201);
    const QJsonObject customer = r.json.value(u"customer"_s).toObject();
    QCOMPARE(customer.value(u"email"_s).toString(), u"Jane@Example.com"_s);
    QVERIFY(!customer.contains(u"password"_s));
    QCOMPARE(customer.value(u"defaultShippingAddressId"_s),
             customer.value(u"addresses"_s).toArray().at(0).toObject().value(u"id"_s));
    const QByteArray merchant = m_fx.clientToken(u"merchant"_s);
    QCOMPARE(m_fx.get(m_fx.path(u"/customers/key=jane"_s), merchant).json, customer);
    QCOMPARE(m_fx.get(m_fx.path(u"/customers/"_s % customer.value(u"id"_s).toString()), merchant).json,
             customer);
    QCOMPARE(m_fx.get(m_fx.path(u"/customers"_s), merchant).status, 200);
    // The read-only merchant may not create customers.
    QCOMPARE(m_fx.post(m_fx.path(u"/customers"_s), draft, merchant).status, 403);
}

void TestSandboxCustomers::duplicateEmailIsRejected_data()
{
    QTest::addColumn<QString>("email");
    QTest::newRow("same spelling") << u"shopper@commercedesk.example"_s;
    QTest::newRow("other case") << u"SHOPPER@commercedesk.example"_s;
}

void TestSandboxCustomers::duplicateEmailIsRejected()
{
    QFETCH(QString, email);
    QString anonymousId;
    const QByteArray token = m_fx.anonymousToken(&anonymousId);
    const HttpResult r =
        m_fx.post(m_fx.path(u"/me/signup"_s), {{u"email"_s, email}, {u"password"_s, u"whatever-1"_s}}, token);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"DuplicateField"_s);
    QCOMPARE(r.json.value(u"errors"_s).toArray().at(0).toObject().value(u"field"_s).toString(), u"email"_s);
}

void TestSandboxCustomers::signInChecksThePassword_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("status");
    QTest::newRow("right password") << u"shopper@commercedesk.example"_s << u"Shopper-Demo-2026"_s << 200;
    QTest::newRow("e-mail is case-insensitive")
        << u"Shopper@CommerceDesk.example"_s << u"Shopper-Demo-2026"_s << 200;
    QTest::newRow("wrong password") << u"shopper@commercedesk.example"_s << u"nope"_s << 400;
    QTest::newRow("unknown e-mail") << u"nobody@example.com"_s << u"Shopper-Demo-2026"_s << 400;
}

void TestSandboxCustomers::signInChecksThePassword()
{
    QFETCH(QString, email);
    QFETCH(QString, password);
    QFETCH(int, status);
    const HttpResult r = m_fx.post(m_fx.path(u"/login"_s), {{u"email"_s, email}, {u"password"_s, password}},
                                   m_fx.clientToken(u"admin"_s));
    QCOMPARE(r.status, status);
    if (status == 200)
        QCOMPARE(r.json.value(u"customer"_s).toObject().value(u"id"_s).toString(),
                 DemoAccounts::customerId(u"shopper@commercedesk.example"_s));
    else
        QCOMPARE(r.errorCode(), u"InvalidCredentials"_s);
}

void TestSandboxCustomers::meSignupTakesTheAnonymousCart()
{
    QString anonymousId;
    const QByteArray token = m_fx.anonymousToken(&anonymousId);
    CartSpec spec;
    spec.anonymousId = anonymousId;
    const QJsonObject cart = m_fx.insertCart(spec);
    const HttpResult r =
        m_fx.post(m_fx.path(u"/me/signup"_s),
                  {{u"email"_s, u"new.buyer@example.com"_s}, {u"password"_s, u"Passw0rd!"_s}}, token);
    QCOMPARE(r.status, 201);
    const QString customerId = r.json.value(u"customer"_s).toObject().value(u"id"_s).toString();
    QCOMPARE(r.json.value(u"cart"_s).toObject().value(u"id"_s), cart.value(u"id"_s));
    QCOMPARE(r.json.value(u"cart"_s).toObject().value(u"customerId"_s).toString(), customerId);
    QCOMPARE(m_fx.database()
                 .scalar(u"SELECT customer_id FROM carts WHERE id = ?"_s, {cart.value(u"id"_s)})
                 .toString(),
             customerId);
    // The new customer can sign in with the password flow.
    QVERIFY(!m_fx.customerToken(u"new.buyer@example.com"_s, u"Passw0rd!"_s).isEmpty());
}

void TestSandboxCustomers::meLoginMergesIntoTheCustomerCart()
{
    CartSpec own;
    own.customerId = DemoAccounts::customerId(u"admin@acme-industrial.example"_s);
    const QJsonObject customerCart = m_fx.insertCart(own);
    QString anonymousId;
    const QByteArray token = m_fx.anonymousToken(&anonymousId);
    CartSpec anonymous;
    anonymous.anonymousId = anonymousId;
    const QJsonObject anonymousCart = m_fx.insertCart(anonymous);
    const HttpResult r = m_fx.post(
        m_fx.path(u"/me/login"_s),
        {{u"email"_s, u"admin@acme-industrial.example"_s}, {u"password"_s, u"Admin-Demo-2026"_s}}, token);
    QCOMPARE(r.status, 200);
    const QJsonObject cart = r.json.value(u"cart"_s).toObject();
    QCOMPARE(cart.value(u"id"_s), customerCart.value(u"id"_s));
    QCOMPARE(cart.value(u"lineItems"_s).toArray().size(), 2); // different products: both kept
    QCOMPARE(m_fx.database()
                 .scalar(u"SELECT cart_state FROM carts WHERE id = ?"_s, {anonymousCart.value(u"id"_s)})
                 .toString(),
             u"Merged"_s);
}

void TestSandboxCustomers::meReadAndUpdate()
{
    const QByteArray token = m_fx.customerToken(u"buyer@acme-industrial.example"_s, u"Buyer-Demo-2026"_s);
    HttpResult r = m_fx.get(m_fx.path(u"/me"_s), token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"email"_s).toString(), u"buyer@acme-industrial.example"_s);
    const QJsonObject body{
        {u"version"_s, r.json.value(u"version"_s)},
        {u"actions"_s,
         QJsonArray{
             QJsonObject{{u"action"_s, u"setFirstName"_s}, {u"firstName"_s, u"Beatrix"_s}},
             QJsonObject{{u"action"_s, u"addAddress"_s},
                         {u"address"_s, QJsonObject{{u"country"_s, u"DE"_s}, {u"city"_s, u"Bonn"_s}}}}}}};
    r = m_fx.post(m_fx.path(u"/me"_s), body, token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"firstName"_s).toString(), u"Beatrix"_s);
    QCOMPARE(r.json.value(u"addresses"_s).toArray().size(), 2);
    QCOMPARE(m_fx.post(m_fx.path(u"/me"_s), body, token).status, 409); // stale version
    QString anonymousId;
    QCOMPARE(m_fx.get(m_fx.path(u"/me"_s), m_fx.anonymousToken(&anonymousId)).status, 403);
}

QTEST_GUILESS_MAIN(TestSandboxCustomers)
#include "TestSandboxCustomers.moc"
