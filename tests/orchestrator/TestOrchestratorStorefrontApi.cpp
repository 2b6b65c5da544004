// SPDX-License-Identifier: MIT
// orchestrator.OrchestratorStorefrontApi: the calls the storefront pane needs beyond the checkout itself
// (docs/orchestrator-api.yaml): the session's business units, the category tree, the order history with
// sort and filters built server-side from validated parameters, and a cart's payment — each with what a
// buyer must not get through them. Against an in-process orchestrator on a real sandbox.

#include "CheckoutDriver.h"
#include "OrchestratorHarness.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using namespace commercedesk::testsupport;

class TestOrchestratorStorefrontApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_harness.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_orchestrator = m_harness.startOrchestrator();
        QVERIFY(m_orchestrator);
        m_url = m_orchestrator->url();
        m_shopper = signIn(OrchestratorHarness::shopper());
        m_buyer = signIn(OrchestratorHarness::b2bBuyer());
        QVERIFY(!m_shopper.isEmpty() && !m_buyer.isEmpty());
    }

    void businessUnitsOfTheSession()
    {
        const HttpResult units = call("GET", u"/v1/business-units"_s, m_buyer);
        QCOMPARE(units.status, 200);
        const QString me = call("GET", u"/v1/me"_s, m_buyer).json.value(u"id"_s).toString();
        QStringList keys;
        for (const QJsonValue &v : units.json.value(u"results"_s).toArray()) {
            const QJsonObject unit = v.toObject();
            keys << unit.value(u"key"_s).toString();
            // Only the caller's own associate entry (their roles), never the other associates.
            for (const QJsonValue &a : unit.value(u"associates"_s).toArray())
                QCOMPARE(a.toObject().value(u"customer"_s).toObject().value(u"id"_s).toString(), me);
        }
        QVERIFY2(keys.contains(u"acme-industrial"_s), qPrintable(keys.join(u',')));
        QCOMPARE(units.json.value(u"count"_s).toInt(), keys.size());
        // A B2C shopper is nobody's associate; an anonymous session has no customer; no parameters.
        const HttpResult none = call("GET", u"/v1/business-units"_s, m_shopper);
        QCOMPARE(none.status, 200);
        QVERIFY(none.json.value(u"results"_s).toArray().isEmpty());
        QVERIFY(call("GET", u"/v1/business-units"_s, anonymous()).isError(403, u"SignInRequired"_s));
        QVERIFY(
            call("GET", u"/v1/business-units?associateId=x"_s, m_shopper).isError(400, u"InvalidField"_s));
    }

    void categories()
    {
        const HttpResult all = call("GET", u"/v1/categories?limit=500"_s, anonymous());
        QCOMPARE(all.status, 200);
        QVERIFY(!all.json.value(u"results"_s).toArray().isEmpty());
        const HttpResult one = call("GET", u"/v1/categories?limit=1&withTotal=true"_s, m_shopper);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json.value(u"results"_s).toArray().size(), 1);
        QVERIFY(call("GET", u"/v1/categories?where=id%20is%20defined"_s, m_shopper)
                    .isError(400, u"InvalidField"_s));
        QVERIFY(call("GET", u"/v1/categories?limit=100000"_s, m_shopper).isError(400, u"InvalidField"_s));
    }

    // The product types give the storefront the labels of enum attribute values; the orchestrator's narrow
    // client reads them (view_product_types), a buyer's free predicate never reaches commercetools.
    void productTypes()
    {
        const HttpResult all = call("GET", u"/v1/product-types?limit=500"_s, anonymous());
        QCOMPARE(all.status, 200);
        bool labelled = false;
        for (const QJsonValue &type : all.json.value(u"results"_s).toArray()) {
            for (const QJsonValue &a : type.toObject().value(u"attributes"_s).toArray()) {
                const QJsonObject t = a.toObject().value(u"type"_s).toObject();
                if (t.value(u"name"_s).toString() == u"lenum"_s && !t.value(u"values"_s).toArray().isEmpty())
                    labelled = true;
            }
        }
        QVERIFY(labelled);
        QVERIFY(call("GET", u"/v1/product-types?where=key%3D%22x%22"_s, m_shopper)
                    .isError(400, u"InvalidField"_s));
    }

    void b2cHistoryIsTheSessionsOwnSortedAndPaged()
    {
        const QJsonObject order = b2cOrder();
        QVERIFY(!order.isEmpty());
        const HttpResult page =
            call("GET", u"/v1/orders?sort=createdAt%20desc&sort=id%20asc&limit=5&offset=0&withTotal=true"_s,
                 m_shopper);
        QCOMPARE(page.status, 200);
        const QJsonArray results = page.json.value(u"results"_s).toArray();
        QVERIFY(!results.isEmpty());
        QCOMPARE(results.first().toObject().value(u"id"_s).toString(), order.value(u"id"_s).toString());
        QVERIFY(page.json.value(u"total"_s).toInteger() >= 1);
        // Another customer's history never shows it, whatever the parameters.
        const HttpResult other = call("GET", u"/v1/orders?limit=100"_s, m_buyer);
        QCOMPARE(other.status, 200);
        for (const QJsonValue &v : other.json.value(u"results"_s).toArray())
            QVERIFY(v.toObject().value(u"id"_s).toString() != order.value(u"id"_s).toString());
        // No free predicate, no sort on other fields, no unknown parameter.
        QVERIFY(call("GET", u"/v1/orders?where=customerId%20is%20defined"_s, m_shopper)
                    .isError(400, u"InvalidField"_s));
        QVERIFY(
            call("GET", u"/v1/orders?sort=customerId%20asc"_s, m_shopper).isError(400, u"InvalidField"_s));
        QVERIFY(call("GET", u"/v1/orders?sort=createdAt"_s, m_shopper).isError(400, u"InvalidField"_s));
        QVERIFY(call("GET", u"/v1/orders?customerId=x"_s, m_shopper).isError(400, u"InvalidField"_s));
        QVERIFY(call("GET", u"/v1/orders?limit=0"_s, m_shopper).isError(400, u"InvalidField"_s));
    }

    void b2bHistoryByPurchaseOrderNumber()
    {
        CheckoutDriver driver(m_harness, [this] { return m_url; });
        const QJsonObject order = driver.b2bPurchaseOrderCheckout(u"STORE-API-B2B-1"_s, u"PO-STORE-81"_s);
        QVERIFY(!order.isEmpty());
        const QString base = u"/v1/business-units/acme-industrial/orders"_s;
        const HttpResult found = call("GET", base + u"?purchaseOrderNumber=PO-STORE-81&limit=1"_s, m_buyer);
        QCOMPARE(found.status, 200);
        const QJsonArray results = found.json.value(u"results"_s).toArray();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().toObject().value(u"id"_s).toString(), order.value(u"id"_s).toString());
        const HttpResult missing = call("GET", base + u"?purchaseOrderNumber=PO-NOT-USED"_s, m_buyer);
        QCOMPARE(missing.status, 200);
        QVERIFY(missing.json.value(u"results"_s).toArray().isEmpty());
        // A number that would widen the predicate is refused, not quoted into it.
        QVERIFY(call("GET", base + u"?purchaseOrderNumber=x%22%20or%20id%20is%20defined%20or%20id%3D%22"_s,
                     m_buyer)
                    .isError(400, u"InvalidField"_s));
        // A B2C shopper's history filtered by that number stays empty.
        const HttpResult b2c = call("GET", u"/v1/orders?purchaseOrderNumber=PO-STORE-81"_s, m_shopper);
        QCOMPARE(b2c.status, 200);
        QVERIFY(b2c.json.value(u"results"_s).toArray().isEmpty());
    }

    void cartPaymentOnlyForItsCart()
    {
        const QJsonObject order = b2cOrder();
        QVERIFY(!order.isEmpty());
        const QString cartId = order.value(u"cart"_s).toObject().value(u"id"_s).toString();
        const QJsonArray payments = order.value(u"paymentInfo"_s).toObject().value(u"payments"_s).toArray();
        QCOMPARE(payments.size(), 1);
        const QString paymentId = payments.first().toObject().value(u"id"_s).toString();
        const QString path = u"/v1/carts/"_s % cartId % u"/payments/"_s % paymentId;
        const HttpResult payment = call("GET", path, m_shopper);
        QCOMPARE(payment.status, 200);
        const QJsonObject transaction = payment.json.value(u"transactions"_s).toArray().first().toObject();
        QCOMPARE(transaction.value(u"type"_s).toString(), u"Authorization"_s);
        QCOMPARE(transaction.value(u"state"_s).toString(), u"Success"_s);
        // Someone else's session, and a payment the cart does not reference, are not found.
        QVERIFY(call("GET", path, m_buyer).isError(404, u"NotFound"_s));
        QVERIFY(call("GET", path, anonymous()).isError(404, u"NotFound"_s));
        const QJsonObject other = b2cOrder();
        const QString otherPayment = firstPaymentId(other);
        QVERIFY(call("GET", u"/v1/carts/"_s % cartId % u"/payments/"_s % otherPayment, m_shopper)
                    .isError(404, u"NotFound"_s));
    }

    void paymentLeavesTheCartOnlyWhenItCannotPay()
    {
        const QByteArray buyer = anonymous();
        const QString sku = m_harness.someSku(m_url, buyer);
        const HttpResult created =
            m_harness.call(m_url, "POST", u"/v1/carts"_s,
                           {{u"currency"_s, u"EUR"_s},
                            {u"country"_s, u"DE"_s},
                            {u"lineItems"_s, QJsonArray{QJsonObject{{u"sku"_s, sku}, {u"quantity"_s, 1}}}}},
                           buyer);
        QCOMPARE(created.status, 201);
        const QString cartId = created.json.value(u"id"_s).toString();
        const QJsonObject total = created.json.value(u"totalPrice"_s).toObject();
        const QString authorization = m_harness.authorizeCard(
            cartId, total.value(u"centAmount"_s).toInteger(), total.value(u"currencyCode"_s).toString());
        const HttpResult paid = m_harness.call(m_url, "POST", u"/v1/carts/"_s % cartId % u"/payments"_s,
                                               {{u"authorizationId"_s, authorization}}, buyer);
        QCOMPARE(paid.status, 200);
        const QString paymentId = firstPaymentId(paid.json);
        const QString path = u"/v1/carts/"_s % cartId % u"/payments/"_s % paymentId;
        // An approved authorization that covers the total stays on the cart; nobody else can touch it.
        QVERIFY(call("DELETE", path, buyer).isError(409, u"PaymentStillValid"_s));
        QVERIFY(call("DELETE", path, m_shopper).isError(404, u"NotFound"_s));
        // The buyer changes the cart: the authorization no longer covers it and may leave.
        const QString line =
            paid.json.value(u"lineItems"_s).toArray().first().toObject().value(u"id"_s).toString();
        const HttpResult changed =
            m_harness.call(m_url, "POST", u"/v1/carts/"_s % cartId,
                           {{u"version"_s, paid.json.value(u"version"_s)},
                            {u"actions"_s, QJsonArray{QJsonObject{{u"action"_s, u"changeLineItemQuantity"_s},
                                                                  {u"lineItemId"_s, line},
                                                                  {u"quantity"_s, 2}}}}},
                           buyer);
        QCOMPARE(changed.status, 200);
        const HttpResult released = call("DELETE", path, buyer);
        QCOMPARE(released.status, 200);
        QVERIFY(released.json.value(u"paymentInfo"_s).toObject().value(u"payments"_s).toArray().isEmpty());
        QVERIFY(call("DELETE", path, buyer).isError(404, u"NotFound"_s));
    }

    void aCardPaysTheTaxedTotalWhereTaxComesOnTop()
    {
        // US sales tax is added to net prices: the buyer authorizes the gross total, not totalPrice.
        const QByteArray buyer = anonymous();
        const HttpResult found = m_harness.call(
            m_url, "GET", u"/v1/products/search?priceCurrency=USD&priceCountry=US&limit=20"_s, {}, buyer);
        QString sku;
        for (const QJsonValue &p : found.json.value(u"results"_s).toArray()) {
            const QJsonObject variant = p.toObject().value(u"masterVariant"_s).toObject();
            if (sku.isEmpty() && variant.contains(u"price"_s))
                sku = variant.value(u"sku"_s).toString();
        }
        QVERIFY(!sku.isEmpty());
        const QJsonObject address{{u"country"_s, u"US"_s},
                                  {u"state"_s, u"NY"_s},
                                  {u"firstName"_s, u"Grace"_s},
                                  {u"lastName"_s, u"Hopper"_s},
                                  {u"streetName"_s, u"Fifth Avenue"_s},
                                  {u"streetNumber"_s, u"350"_s},
                                  {u"postalCode"_s, u"10118"_s},
                                  {u"city"_s, u"New York"_s}};
        const HttpResult cart =
            m_harness.call(m_url, "POST", u"/v1/carts"_s,
                           {{u"currency"_s, u"USD"_s},
                            {u"country"_s, u"US"_s},
                            {u"shippingAddress"_s, address},
                            {u"lineItems"_s, QJsonArray{QJsonObject{{u"sku"_s, sku}, {u"quantity"_s, 1}}}}},
                           buyer);
        QCOMPARE(cart.status, 201);
        const QString cartId = cart.json.value(u"id"_s).toString();
        const qint64 net = cart.json.value(u"totalPrice"_s).toObject().value(u"centAmount"_s).toInteger();
        const qint64 gross = cart.json.value(u"taxedPrice"_s)
                                 .toObject()
                                 .value(u"totalGross"_s)
                                 .toObject()
                                 .value(u"centAmount"_s)
                                 .toInteger();
        QVERIFY2(gross > net, qPrintable(u"net %1, gross %2"_s.arg(net).arg(gross)));
        const QString path = u"/v1/carts/"_s % cartId % u"/payments"_s;
        const QString onNet = m_harness.authorizeCard(cartId, net, u"USD"_s);
        QVERIFY(m_harness.call(m_url, "POST", path, {{u"authorizationId"_s, onNet}}, buyer)
                    .isError(409, u"AuthorizationMismatch"_s));
        const QString onGross = m_harness.authorizeCard(cartId, gross, u"USD"_s);
        const HttpResult paid = m_harness.call(m_url, "POST", path, {{u"authorizationId"_s, onGross}}, buyer);
        QCOMPARE(paid.status, 200);
        const QString paymentId = firstPaymentId(paid.json);
        const HttpResult payment = call("GET", path % u'/' % paymentId, buyer);
        QCOMPARE(payment.json.value(u"amountPlanned"_s).toObject().value(u"centAmount"_s).toInteger(), gross);
    }

private:
    // The id of the first payment a cart or order (JSON) references; empty when it has none.
    static QString firstPaymentId(const QJsonObject &resource)
    {
        return resource.value(u"paymentInfo"_s)
            .toObject()
            .value(u"payments"_s)
            .toArray()
            .at(0)
            .toObject()
            .value(u"id"_s)
            .toString();
    }

    HttpResult call(const QByteArray &method, const QString &path, const QByteArray &token)
    {
        return m_harness.call(m_url, method, path, {}, token);
    }

    QByteArray signIn(const BuyerLogin &login)
    {
        const HttpResult r = m_harness.call(m_url, "POST", u"/v1/sessions/sign-in"_s,
                                            {{u"email"_s, login.email}, {u"password"_s, login.password}});
        return r.json.value(u"accessToken"_s).toString().toLatin1();
    }

    QByteArray anonymous()
    {
        return m_harness.call(m_url, "POST", u"/v1/sessions/anonymous"_s)
            .json.value(u"accessToken"_s)
            .toString()
            .toLatin1();
    }

    /// A B2C card checkout of the shopper (the driver signs in a session of its own).
    QJsonObject b2cOrder()
    {
        CheckoutDriver driver(m_harness, [this] { return m_url; });
        return driver.b2cCardCheckout(u"STORE-API-"_s % QString::number(++m_orders));
    }

    OrchestratorHarness m_harness;
    std::unique_ptr<orchestrator::Orchestrator> m_orchestrator;
    QUrl m_url;
    QByteArray m_shopper;
    QByteArray m_buyer;
    int m_orders = 0;
};

QTEST_GUILESS_MAIN(TestOrchestratorStorefrontApi)
#include "TestOrchestratorStorefrontApi.moc"
