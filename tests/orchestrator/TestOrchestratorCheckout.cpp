// SPDX-License-Identifier: MIT
// orchestrator.OrchestratorCheckout: whole checkouts through in-process orchestrators on a real sandbox —
// B2C with a card, B2B with a purchase-order number, idempotent placement, history and reorder, two replicas
// serving one session alternately, and a restart mid-checkout followed by a retry (exactly one order).

#include "CheckoutDriver.h"
#include "OrchestratorHarness.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using namespace commercedesk::testsupport;

namespace {

/// The orchestrator's commercetools requests, as its transport logs them ("GET /carts/<id> 200 ...").
QStringList g_upstream;
QtMessageHandler g_previousHandler = nullptr;

void captureUpstream(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArray(context.category) == "commercedesk.api.http")
        g_upstream << message;
    g_previousHandler(type, context, message);
}

} // namespace

class TestOrchestratorCheckout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_harness.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_orchestrator = m_harness.startOrchestrator();
        QVERIFY(m_orchestrator);
    }

    void healthAndReadiness()
    {
        QCOMPARE(m_harness.call(m_orchestrator->url(), "GET", u"/healthz"_s).status, 200);
        const HttpResult ready = m_harness.call(m_orchestrator->url(), "GET", u"/readyz"_s);
        QCOMPARE(ready.status, 200);
        QVERIFY(!ready.headers.value("x-correlation-id").isEmpty());
    }

    void b2cCardCheckout()
    {
        const QUrl url = m_orchestrator->url();
        CheckoutDriver driver(m_harness, [url] { return url; });
        const QJsonObject order = driver.b2cCardCheckout(u"ORCH-B2C-0001"_s);
        QVERIFY(!order.isEmpty());
        QCOMPARE(order.value(u"orderNumber"_s).toString(), u"ORCH-B2C-0001"_s);
        QVERIFY(!order.value(u"customerId"_s).toString().isEmpty());
        QCOMPARE(order.value(u"paymentInfo"_s).toObject().value(u"payments"_s).toArray().size(), 1);

        // The same request again (a retry) answers the same order, not a second one.
        const HttpResult again = m_harness.call(url, "POST", u"/v1/orders"_s,
                                                {{u"cartId"_s, driver.cartId()},
                                                 {u"version"_s, driver.cartVersion()},
                                                 {u"orderNumber"_s, u"ORCH-B2C-0001"_s}},
                                                driver.token());
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(u"id"_s), order.value(u"id"_s));
        QCOMPARE(m_harness.ordersOfCart(driver.cartId()).size(), 1);

        // History shows it; reorder makes a new cart with the same lines.
        const HttpResult history = m_harness.call(url, "GET", u"/v1/orders?limit=50"_s, {}, driver.token());
        QCOMPARE(history.status, 200);
        bool listed = false;
        for (const QJsonValue &o : history.json.value(u"results"_s).toArray())
            listed = listed || o.toObject().value(u"id"_s) == order.value(u"id"_s);
        QVERIFY(listed);
        const HttpResult single = m_harness.call(
            url, "GET", u"/v1/orders/"_s % order.value(u"id"_s).toString(), {}, driver.token());
        QCOMPARE(single.status, 200);
        const HttpResult reorder =
            m_harness.call(url, "POST", u"/v1/orders/"_s % order.value(u"id"_s).toString() % u"/reorder"_s,
                           {}, driver.token());
        QCOMPARE(reorder.status, 201);
        QVERIFY(reorder.json.value(u"id"_s) != order.value(u"cart"_s).toObject().value(u"id"_s));
        QCOMPARE(reorder.json.value(u"lineItems"_s).toArray().size(),
                 order.value(u"lineItems"_s).toArray().size());
        QCOMPARE(reorder.json.value(u"customerId"_s), order.value(u"customerId"_s));
    }

    void b2bPurchaseOrderCheckout()
    {
        const QUrl url = m_orchestrator->url();
        CheckoutDriver driver(m_harness, [url] { return url; });
        const QJsonObject order = driver.b2bPurchaseOrderCheckout(u"ORCH-B2B-0001"_s, u"PO-4711"_s);
        QVERIFY(!order.isEmpty());
        QCOMPARE(order.value(u"purchaseOrderNumber"_s).toString(), u"PO-4711"_s);
        QCOMPARE(order.value(u"businessUnit"_s).toObject().value(u"key"_s).toString(), u"acme-industrial"_s);
        const HttpResult me = m_harness.call(url, "GET", u"/v1/me"_s, {}, driver.token());
        QCOMPARE(me.status, 200);
        QCOMPARE(order.value(u"customerId"_s), me.json.value(u"id"_s)); // the associate from the session
        QVERIFY(!me.json.contains(u"password"_s));
        // The address book: the unit and, through inheritance, its division.
        for (const QString &unit : {u"acme-industrial"_s, u"acme-industrial-berlin"_s}) {
            const HttpResult book =
                m_harness.call(url, "GET", u"/v1/business-units/"_s % unit, {}, driver.token());
            QCOMPARE(book.status, 200);
            QVERIFY(!book.json.value(u"addresses"_s).toArray().isEmpty());
            QVERIFY(!book.json.contains(u"associates"_s));
        }
        const HttpResult history =
            m_harness.call(url, "GET", u"/v1/business-units/acme-industrial/orders"_s, {}, driver.token());
        QCOMPARE(history.status, 200);
        QVERIFY(history.json.value(u"count"_s).toInt() >= 1);
    }

    void knownCartIsUpdatedAndOrderedWithoutReadingItFirst()
    {
        // A cart this replica created: its owner is known, so neither the update nor the order reads the cart
        // before writing (each would cost a commercetools round trip per storefront action).
        const QUrl url = m_orchestrator->url();
        const HttpResult session = m_harness.call(url, "POST", u"/v1/sessions/anonymous"_s);
        QCOMPARE(session.status, 201);
        const QByteArray token = session.json.value(u"accessToken"_s).toString().toLatin1();
        const QString sku = m_harness.someSku(url, token);
        const QJsonObject address{{u"streetName"_s, u"Hafenweg"_s},
                                  {u"postalCode"_s, u"13599"_s},
                                  {u"city"_s, u"Berlin"_s},
                                  {u"country"_s, u"DE"_s},
                                  {u"email"_s, u"ada@example.com"_s}};
        const HttpResult cart =
            m_harness.call(url, "POST", u"/v1/carts"_s,
                           {{u"currency"_s, u"EUR"_s},
                            {u"country"_s, u"DE"_s},
                            {u"shippingAddress"_s, address},
                            {u"lineItems"_s, QJsonArray{QJsonObject{{u"sku"_s, sku}, {u"quantity"_s, 1}}}}},
                           token);
        QCOMPARE(cart.status, 201);
        const QString id = cart.json.value(u"id"_s).toString();

        QLoggingCategory::setFilterRules(u"commercedesk.api.http.info=true"_s);
        g_upstream.clear();
        g_previousHandler = qInstallMessageHandler(captureUpstream);
        const HttpResult added = m_harness.call(
            url, "POST", u"/v1/carts/"_s % id,
            {{u"version"_s, cart.json.value(u"version"_s)},
             {u"actions"_s,
              QJsonArray{QJsonObject{{u"action"_s, u"addLineItem"_s}, {u"sku"_s, sku}, {u"quantity"_s, 1}}}}},
            token);
        const HttpResult order = m_harness.call(url, "POST", u"/v1/orders"_s,
                                                {{u"cartId"_s, id},
                                                 {u"version"_s, added.json.value(u"version"_s)},
                                                 {u"orderNumber"_s, u"ORCH-KNOWN-0001"_s}},
                                                token);
        qInstallMessageHandler(g_previousHandler);
        QCOMPARE(added.status, 200);
        QCOMPARE(order.status, 201);
        const QStringList reads = g_upstream.filter(u"GET /carts/"_s % id);
        QVERIFY2(reads.isEmpty(), qPrintable(reads.join(u'\n')));
        QCOMPARE(g_upstream.filter(u"POST /carts/"_s % id).size(), 1);
        QCOMPARE(g_upstream.filter(u"POST /orders"_s).size(), 1);

        // The unread path still tells an ordered cart apart: the same number answers the order, another
        // number is refused.
        const HttpResult again = m_harness.call(url, "POST", u"/v1/orders"_s,
                                                {{u"cartId"_s, id},
                                                 {u"version"_s, added.json.value(u"version"_s)},
                                                 {u"orderNumber"_s, u"ORCH-KNOWN-0001"_s}},
                                                token);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(u"id"_s), order.json.value(u"id"_s));
        const HttpResult other = m_harness.call(url, "POST", u"/v1/orders"_s,
                                                {{u"cartId"_s, id},
                                                 {u"version"_s, added.json.value(u"version"_s)},
                                                 {u"orderNumber"_s, u"ORCH-KNOWN-0002"_s}},
                                                token);
        QVERIFY(other.isError(409, u"CartAlreadyOrdered"_s));
        QCOMPARE(m_harness.ordersOfCart(id).size(), 1);

        // Another buyer cannot order it through the known-owner path either.
        const HttpResult stranger = m_harness.call(url, "POST", u"/v1/sessions/anonymous"_s);
        const HttpResult foreign =
            m_harness.call(url, "POST", u"/v1/orders"_s,
                           {{u"cartId"_s, id},
                            {u"version"_s, added.json.value(u"version"_s)},
                            {u"orderNumber"_s, u"ORCH-KNOWN-0003"_s}},
                           stranger.json.value(u"accessToken"_s).toString().toLatin1());
        QVERIFY(foreign.isError(404, u"NotFound"_s));
    }

    void cardOrderRecordsTheAuthorizationInTheSameRequest()
    {
        // "Place order" with a card is one request to the orchestrator: it checks the authorization with the
        // gateway, records the Payment on the cart and orders the cart.
        const QUrl url = m_orchestrator->url();
        const HttpResult session = m_harness.call(url, "POST", u"/v1/sessions/anonymous"_s);
        const QByteArray token = session.json.value(u"accessToken"_s).toString().toLatin1();
        const QString sku = m_harness.someSku(url, token);
        const HttpResult cart =
            m_harness.call(url, "POST", u"/v1/carts"_s,
                           {{u"currency"_s, u"EUR"_s},
                            {u"country"_s, u"DE"_s},
                            {u"shippingAddress"_s, QJsonObject{{u"streetName"_s, u"Hafenweg"_s},
                                                               {u"postalCode"_s, u"13599"_s},
                                                               {u"city"_s, u"Berlin"_s},
                                                               {u"country"_s, u"DE"_s},
                                                               {u"email"_s, u"ada@example.com"_s}}},
                            {u"lineItems"_s, QJsonArray{QJsonObject{{u"sku"_s, sku}, {u"quantity"_s, 2}}}}},
                           token);
        QCOMPARE(cart.status, 201);
        const QString id = cart.json.value(u"id"_s).toString();
        const qint64 version = cart.json.value(u"version"_s).toInteger();
        QJsonObject total = cart.json.value(u"taxedPrice"_s).toObject().value(u"totalGross"_s).toObject();
        if (total.isEmpty())
            total = cart.json.value(u"totalPrice"_s).toObject();
        const qint64 cents = total.value(u"centAmount"_s).toInteger();
        const QString currency = total.value(u"currencyCode"_s).toString();
        const auto order = [&](const QString &authorization, qint64 seenVersion) {
            return m_harness.call(url, "POST", u"/v1/orders"_s,
                                  {{u"cartId"_s, id},
                                   {u"version"_s, seenVersion},
                                   {u"orderNumber"_s, u"ORCH-CARD1-0001"_s},
                                   {u"authorizationId"_s, authorization}},
                                  token);
        };

        QVERIFY(order(m_harness.authorizeCard(id, cents - 1, currency), version)
                    .isError(409, u"AuthorizationMismatch"_s));
        const QString authorization = m_harness.authorizeCard(id, cents, currency);
        QVERIFY(order(authorization, version - 1).isError(409, u"ConcurrentModification"_s));
        QVERIFY(order(u"no-such-authorization"_s, version).isError(404, u"AuthorizationNotFound"_s));
        QVERIFY(m_harness.ordersOfCart(id).isEmpty());

        const HttpResult placed = order(authorization, version);
        QCOMPARE(placed.status, 201);
        const QJsonArray payments =
            placed.json.value(u"paymentInfo"_s).toObject().value(u"payments"_s).toArray();
        QCOMPARE(payments.size(), 1);
        const QJsonObject payment = m_harness.payment(payments.first().toObject().value(u"id"_s).toString());
        const QJsonObject transaction = payment.value(u"transactions"_s).toArray().first().toObject();
        QCOMPARE(transaction.value(u"type"_s).toString(), u"Authorization"_s);
        QCOMPARE(transaction.value(u"state"_s).toString(), u"Success"_s);
        QCOMPARE(transaction.value(u"interactionId"_s).toString(), authorization);

        // A retry (its answer was lost; the buyer's version predates the payment) gets the same order.
        const HttpResult again = order(authorization, version);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(u"id"_s), placed.json.value(u"id"_s));
        QCOMPARE(m_harness.ordersOfCart(id).size(), 1);
    }

    void twoReplicasServeOneSessionAlternately()
    {
        auto second = m_harness.startOrchestrator();
        QVERIFY(second);
        const QList<QUrl> replicas{m_orchestrator->url(), second->url()};
        int turn = 0;
        CheckoutDriver driver(m_harness, [&] { return replicas[turn++ % 2]; });
        const QJsonObject order = driver.b2cCardCheckout(u"ORCH-ALT-0001"_s);
        QVERIFY(!order.isEmpty());
        QVERIFY(turn >= 10);
        QCOMPARE(m_harness.ordersOfCart(driver.cartId()).size(), 1);
        // Signed out on one replica → refused by the other.
        QCOMPARE(m_harness.call(replicas[0], "POST", u"/v1/sessions/sign-out"_s, {}, driver.token()).status,
                 200);
        QVERIFY(m_harness.call(replicas[1], "GET", u"/v1/carts/active"_s, {}, driver.token())
                    .isError(401, u"InvalidSession"_s));
    }

    void restartMidCheckoutThenRetryMakesOneOrder()
    {
        auto replica = m_harness.startOrchestrator();
        QVERIFY(replica);
        const QUrl before = replica->url();
        CheckoutDriver driver(m_harness, [&] { return replica->url(); });
        // Everything up to the order, through the first process.
        const QJsonObject first = driver.b2bPurchaseOrderCheckout(u"ORCH-RST-0001"_s, u"PO-RESTART"_s);
        QVERIFY(!first.isEmpty());

        // A second checkout whose "Place order" is sent and then the connection dies with the replica.
        CheckoutDriver next(m_harness, [&] { return replica->url(); });
        QVERIFY(next.prepareB2bCart());
        const QByteArray request = QJsonDocument(QJsonObject{{u"cartId"_s, next.cartId()},
                                                             {u"version"_s, next.cartVersion()},
                                                             {u"orderNumber"_s, u"ORCH-RST-0002"_s}})
                                       .toJson(QJsonDocument::Compact);
        QTcpSocket socket;
        socket.connectToHost(before.host(), quint16(before.port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /v1/business-units/acme-industrial/orders HTTP/1.1\r\nHost: x\r\nContent-Type: "
                     "application/json\r\nAuthorization: Bearer " +
                     next.token() + "\r\nContent-Length: " + QByteArray::number(request.size()) + "\r\n\r\n" +
                     request);
        QVERIFY(socket.waitForBytesWritten(5000));
        // The order is made on commercetools, then the replica goes away before the buyer reads the answer.
        QTRY_COMPARE_WITH_TIMEOUT(m_harness.ordersOfCart(next.cartId()).size(), 1, 15000);
        socket.abort();
        replica.reset();
        replica = m_harness.startOrchestrator();
        QVERIFY(replica);
        // The buyer's app retries the same request (same order number) on the restarted service.
        const HttpResult retry =
            m_harness.call(replica->url(), "POST", u"/v1/business-units/acme-industrial/orders"_s,
                           {{u"cartId"_s, next.cartId()},
                            {u"version"_s, next.cartVersion()},
                            {u"orderNumber"_s, u"ORCH-RST-0002"_s}},
                           next.token());
        QCOMPARE(retry.status, 200);
        QCOMPARE(retry.json.value(u"orderNumber"_s).toString(), u"ORCH-RST-0002"_s);
        QCOMPARE(m_harness.ordersOfCart(next.cartId()).size(), 1);
    }

private:
    OrchestratorHarness m_harness;
    std::unique_ptr<orchestrator::Orchestrator> m_orchestrator;
};

QTEST_GUILESS_MAIN(TestOrchestratorCheckout)
#include "TestOrchestratorCheckout.moc"
