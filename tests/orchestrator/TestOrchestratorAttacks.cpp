// SPDX-License-Identifier: MIT
// orchestrator.OrchestratorAttacks: the issue's "Bad input and attacks" list, each a test, against an
// in-process orchestrator on a real sandbox. Every refusal must come in the orchestrator's error shape.

#include "CheckoutDriver.h"
#include "OrchestratorHarness.h"
#include "orchestrator/SessionTokenCodec.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using namespace commercedesk::testsupport;

namespace {

QJsonObject actions(qint64 version, const QJsonObject &action)
{
    return {{u"version"_s, version}, {u"actions"_s, QJsonArray{action}}};
}

} // namespace

class TestOrchestratorAttacks : public QObject
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
        m_sku = m_harness.someSku(m_url, m_shopper);
        QVERIFY(!m_sku.isEmpty());
    }

    void cannotActAsAnotherAssociate()
    {
        // There is no way to name the associate: a field or parameter for it is refused or ignored.
        QJsonObject draft = cartDraft();
        draft.insert(u"associateId"_s, u"someone-else"_s);
        QVERIFY(call("POST", u"/v1/business-units/acme-industrial/carts"_s, draft, m_buyer)
                    .isError(400, u"InvalidField"_s));
        draft = cartDraft();
        draft.insert(u"customerId"_s, u"someone-else"_s);
        QVERIFY(call("POST", u"/v1/business-units/acme-industrial/carts"_s, draft, m_buyer)
                    .isError(400, u"InvalidField"_s));
        const HttpResult cart =
            call("POST", u"/v1/business-units/acme-industrial/carts?associateId=someone-else"_s, cartDraft(),
                 m_buyer);
        QCOMPARE(cart.status, 201);
        QCOMPARE(cart.json.value(u"customerId"_s).toString(), customerId(m_buyer));
        // A B2C shopper is nobody's associate: the platform's permission gate answers, in our shape.
        QVERIFY(call("POST", u"/v1/business-units/acme-industrial/carts"_s, cartDraft(), m_shopper)
                    .isError(403, u"AssociateMissingPermission"_s));
        QVERIFY(call("GET", u"/v1/business-units/acme-industrial"_s, {}, m_shopper)
                    .isError(403, u"AssociateMissingPermission"_s));
        // An anonymous session cannot reach the B2B endpoints at all.
        QVERIFY(call("GET", u"/v1/business-units/acme-industrial/orders"_s, {}, anonymous())
                    .isError(403, u"SignInRequired"_s));
    }

    void cannotReachAnotherBusinessUnitsCartOrOrder()
    {
        const HttpResult division = call("POST", u"/v1/business-units/acme-industrial-berlin/carts"_s,
                                         cartDraft(u"acme-industrial-berlin"_s), m_buyer);
        QCOMPARE(division.status, 201);
        const QString id = division.json.value(u"id"_s).toString();
        // Through another unit's path (the associate's own company), the cart does not exist.
        QVERIFY(call("GET", u"/v1/business-units/acme-industrial/carts/"_s % id, {}, m_buyer)
                    .isError(404, u"NotFound"_s));
        QVERIFY(call("POST", u"/v1/business-units/acme-industrial/carts/"_s % id,
                     actions(1, {{u"action"_s, u"setCountry"_s}, {u"country"_s, u"DE"_s}}), m_buyer)
                    .isError(404, u"NotFound"_s));
        // Through the B2C endpoints a business unit's cart never shows.
        QVERIFY(call("GET", u"/v1/carts/"_s % id, {}, m_buyer).isError(404, u"NotFound"_s));
        // A unit that does not exist, and a key that is not one.
        QCOMPARE(call("GET", u"/v1/business-units/no-such-unit/carts/"_s % id, {}, m_buyer).status, 404);
        QVERIFY(call("GET", u"/v1/business-units/acme%20industrial/carts/"_s % id, {}, m_buyer)
                    .isError(400, u"InvalidField"_s));
        // Someone who is no associate of the unit (the B2C shopper here) does not get it: the platform hides
        // it (404) or refuses (403 AssociateMissingPermission) — either in the orchestrator's shape.
        const HttpResult outsider =
            call("GET", u"/v1/business-units/acme-industrial-berlin/carts/"_s % id, {}, m_shopper);
        QVERIFY(outsider.status == 404 ? outsider.isError(404, u"NotFound"_s)
                                       : outsider.isError(403, u"AssociateMissingPermission"_s));
        // A B2B order is not readable through the B2C orders.
        CheckoutDriver driver(m_harness, [this] { return m_url; });
        const QJsonObject order = driver.b2bPurchaseOrderCheckout(u"ATK-B2B-0001"_s, u"PO-ATK"_s);
        QVERIFY(!order.isEmpty());
        QVERIFY(call("GET", u"/v1/orders/"_s % order.value(u"id"_s).toString(), {}, m_buyer)
                    .isError(404, u"NotFound"_s));
        QVERIFY(call("GET", u"/v1/business-units/acme-industrial/orders/"_s % order.value(u"id"_s).toString(),
                     {}, m_shopper)
                    .isError(403, u"AssociateMissingPermission"_s));
    }

    void cannotReadOrChangeAnotherCustomersCart()
    {
        const HttpResult mine = call("POST", u"/v1/carts"_s, cartDraft(), m_shopper);
        QCOMPARE(mine.status, 201);
        const QString id = mine.json.value(u"id"_s).toString();
        const QByteArray stranger = anonymous();
        QVERIFY(call("GET", u"/v1/carts/"_s % id, {}, stranger).isError(404, u"NotFound"_s));
        QVERIFY(call("POST", u"/v1/carts/"_s % id,
                     actions(1, {{u"action"_s, u"setCountry"_s}, {u"country"_s, u"DE"_s}}), stranger)
                    .isError(404, u"NotFound"_s));
        QVERIFY(call("GET", u"/v1/carts/"_s % id % u"/shipping-methods"_s, {}, stranger)
                    .isError(404, u"NotFound"_s));
        QVERIFY(call("POST", u"/v1/orders"_s,
                     {{u"cartId"_s, id}, {u"version"_s, 1}, {u"orderNumber"_s, u"ATK-STEAL-1"_s}}, stranger)
                    .isError(404, u"NotFound"_s));
        QVERIFY(call("GET", u"/v1/carts/"_s % id, {}, m_buyer).isError(404, u"NotFound"_s));
        // The owner still sees it, unchanged.
        const HttpResult again = call("GET", u"/v1/carts/"_s % id, {}, m_shopper);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(u"version"_s), mine.json.value(u"version"_s));
    }

    void cannotMarkAPaymentSuccessful()
    {
        const HttpResult cart = call("POST", u"/v1/carts"_s, cartDraft(), m_shopper);
        QCOMPARE(cart.status, 201);
        const QString id = cart.json.value(u"id"_s).toString();
        const qint64 version = cart.json.value(u"version"_s).toInteger();
        QVERIFY(call("POST", u"/v1/carts/"_s % id,
                     actions(version,
                             {{u"action"_s, u"addPayment"_s},
                              {u"payment"_s, QJsonObject{{u"typeId"_s, u"payment"_s}, {u"id"_s, u"x"_s}}}}),
                     m_shopper)
                    .isError(403, u"ActionNotAllowed"_s));
        QVERIFY(call("POST", u"/v1/carts/"_s % id,
                     actions(version, {{u"action"_s, u"setLineItemTaxRate"_s}, {u"lineItemId"_s, u"x"_s}}),
                     m_shopper)
                    .isError(403, u"ActionNotAllowed"_s));
        QJsonObject priced = cartDraft();
        priced.insert(
            u"lineItems"_s,
            QJsonArray{QJsonObject{
                {u"sku"_s, m_sku},
                {u"quantity"_s, 1},
                {u"externalPrice"_s, QJsonObject{{u"centAmount"_s, 1}, {u"currencyCode"_s, u"EUR"_s}}}}});
        QVERIFY(call("POST", u"/v1/carts"_s, priced, m_shopper).isError(400, u"InvalidField"_s));
        QJsonObject untaxed = cartDraft();
        untaxed.insert(u"taxMode"_s, u"Disabled"_s);
        QVERIFY(call("POST", u"/v1/carts"_s, untaxed, m_shopper).isError(403, u"FieldNotAllowed"_s));
        const qint64 total = cart.json.value(u"totalPrice"_s).toObject().value(u"centAmount"_s).toInteger();
        // Declined at the gateway, for another amount, for another cart, or with a state: all refused.
        const QString declined = m_harness.authorizeCard(id, total, u"EUR"_s, u"4000000000000002"_s);
        QVERIFY(!declined.isEmpty());
        QVERIFY(
            call("POST", u"/v1/carts/"_s % id % u"/payments"_s, {{u"authorizationId"_s, declined}}, m_shopper)
                .isError(409, u"AuthorizationNotApproved"_s));
        const QString cheaper = m_harness.authorizeCard(id, 1, u"EUR"_s);
        QVERIFY(
            call("POST", u"/v1/carts/"_s % id % u"/payments"_s, {{u"authorizationId"_s, cheaper}}, m_shopper)
                .isError(409, u"AuthorizationMismatch"_s));
        const QString foreign = m_harness.authorizeCard(u"another-cart"_s, total, u"EUR"_s);
        QVERIFY(
            call("POST", u"/v1/carts/"_s % id % u"/payments"_s, {{u"authorizationId"_s, foreign}}, m_shopper)
                .isError(409, u"AuthorizationMismatch"_s));
        const QString good = m_harness.authorizeCard(id, total, u"EUR"_s);
        QVERIFY(call("POST", u"/v1/carts/"_s % id % u"/payments"_s,
                     {{u"authorizationId"_s, good}, {u"state"_s, u"Success"_s}}, m_shopper)
                    .isError(400, u"InvalidField"_s));
        QVERIFY(call("POST", u"/v1/carts/"_s % id % u"/payments"_s,
                     {{u"authorizationId"_s, u"psp_unknown"_s}}, m_shopper)
                    .isError(404, u"AuthorizationNotFound"_s));
        QVERIFY(call("GET", u"/v1/carts/"_s % id, {}, m_shopper).json.value(u"paymentInfo"_s).isUndefined());
    }

    void cannotReachMerchantEndpoints()
    {
        const QString project = m_harness.sandbox()->credentials().projectKey;
        for (const QString &path :
             {QString(u"/"_s % project % u"/orders"_s), u"/v1/payments"_s, u"/v1/customers"_s,
              u"/v1/admin/orders"_s, u"/v1/carts/../../orders"_s, u"/orders"_s}) {
            QVERIFY2(call("GET", path, {}, m_shopper).isError(404, u"RouteNotFound"_s), qPrintable(path));
        }
        QVERIFY(call("DELETE", u"/v1/carts/abc"_s, {}, m_shopper).isError(405, u"MethodNotAllowed"_s));
        // The history lists the buyer's orders only: a predicate from the buyer is refused, not applied.
        QVERIFY(call("GET", u"/v1/orders?where=true&limit=100"_s, {}, anonymous())
                    .isError(400, u"InvalidField"_s));
        const HttpResult history = call("GET", u"/v1/orders?limit=100"_s, {}, anonymous());
        QCOMPARE(history.status, 200);
        QCOMPARE(history.json.value(u"results"_s).toArray().size(), 0);
    }

    void cannotReplayARevokedOrExpiredSession()
    {
        const HttpResult session = call("POST", u"/v1/sessions/sign-in"_s,
                                        {{u"email"_s, OrchestratorHarness::shopper().email},
                                         {u"password"_s, OrchestratorHarness::shopper().password}});
        QCOMPARE(session.status, 200);
        const QByteArray access = session.json.value(u"accessToken"_s).toString().toLatin1();
        const QString refresh = session.json.value(u"refreshToken"_s).toString();
        QCOMPARE(call("POST", u"/v1/sessions/refresh"_s, {{u"refreshToken"_s, refresh}}).status, 200);
        QCOMPARE(call("POST", u"/v1/sessions/sign-out"_s, {}, access).status, 200);
        QVERIFY(call("GET", u"/v1/me"_s, {}, access).isError(401, u"InvalidSession"_s));
        QVERIFY(call("POST", u"/v1/sessions/refresh"_s, {{u"refreshToken"_s, refresh}})
                    .isError(401, u"InvalidSession"_s));
        // A restarted replica still refuses it (the revocation is not kept in the process).
        auto restarted = m_harness.startOrchestrator();
        QVERIFY(m_harness.call(restarted->url(), "GET", u"/v1/me"_s, {}, access)
                    .isError(401, u"InvalidSession"_s));

        // Signing in ends the anonymous session that was presented (its cart now belongs to the customer).
        const QByteArray guest = anonymous();
        QCOMPARE(call("POST", u"/v1/sessions/sign-in"_s,
                      {{u"email"_s, OrchestratorHarness::shopper().email},
                       {u"password"_s, OrchestratorHarness::shopper().password}},
                      guest)
                     .status,
                 200);
        QVERIFY(call("GET", u"/v1/carts/active"_s, {}, guest).isError(401, u"InvalidSession"_s));

        // Expired, tampered, wrong key, or a refresh token used as an access token.
        const orchestrator::SessionTokenCodec codec(m_harness.config().sessionKey);
        orchestrator::SessionClaims claims;
        claims.sessionId = u"expired-session"_s;
        claims.customerId = customerId(m_shopper);
        claims.issuedAt = QDateTime::currentSecsSinceEpoch() - 7200;
        claims.expiresAt = QDateTime::currentSecsSinceEpoch() - 10;
        QVERIFY(call("GET", u"/v1/me"_s, {}, codec.issue(claims)).isError(401, u"InvalidSession"_s));
        QByteArray tampered = m_shopper;
        tampered[tampered.size() / 2] = tampered[tampered.size() / 2] == 'A' ? 'B' : 'A';
        QVERIFY(call("GET", u"/v1/me"_s, {}, tampered).isError(401, u"InvalidSession"_s));
        claims.expiresAt = QDateTime::currentSecsSinceEpoch() + 600;
        const orchestrator::SessionTokenCodec forger(QByteArray(48, 'x'));
        QVERIFY(call("GET", u"/v1/me"_s, {}, forger.issue(claims)).isError(401, u"InvalidSession"_s));
        QVERIFY(call("GET", u"/v1/me"_s, {}, refresh.toLatin1()).isError(401, u"InvalidSession"_s));
        QVERIFY(call("GET", u"/v1/me"_s).isError(401, u"InvalidSession"_s));
    }

    void malformedJsonOversizedBodiesUnknownActionsAndWrongTypes()
    {
        QVERIFY(call("POST", u"/v1/carts"_s, {}, m_shopper, "{\"currency\": \"EUR\",")
                    .isError(400, u"MalformedJson"_s));
        QVERIFY(call("POST", u"/v1/carts"_s, {}, m_shopper, "[1,2,3]").isError(400, u"MalformedJson"_s));
        QVERIFY(call("POST", u"/v1/sessions/sign-in"_s, {}, {}, "\xff\xfe").isError(400, u"MalformedJson"_s));
        const QByteArray huge = "{\"currency\":\"EUR\",\"locale\":\"" + QByteArray(200 * 1024, 'a') + "\"}";
        QVERIFY(call("POST", u"/v1/carts"_s, {}, m_shopper, huge).isError(413, u"PayloadTooLarge"_s));
        const HttpResult cart = call("POST", u"/v1/carts"_s, cartDraft(), m_shopper);
        QCOMPARE(cart.status, 201);
        const QString path = u"/v1/carts/"_s % cart.json.value(u"id"_s).toString();
        const qint64 version = cart.json.value(u"version"_s).toInteger();
        QVERIFY(call("POST", path, actions(version, {{u"action"_s, u"makeItFree"_s}}), m_shopper)
                    .isError(400, u"UnknownAction"_s));
        QVERIFY(call("POST", path, actions(version, {{u"action"_s, 42}}), m_shopper)
                    .isError(400, u"InvalidField"_s));
        const HttpResult wrongQuantity = call(
            "POST", path,
            actions(version, {{u"action"_s, u"addLineItem"_s}, {u"sku"_s, m_sku}, {u"quantity"_s, u"3"_s}}),
            m_shopper);
        QVERIFY(wrongQuantity.isError(400, u"InvalidField"_s));
        QCOMPARE(wrongQuantity.json.value(u"details"_s).toObject().value(u"field"_s).toString(),
                 u"actions[0].quantity"_s);
        QVERIFY(
            call("POST", path,
                 actions(version, {{u"action"_s, u"addLineItem"_s}, {u"sku"_s, m_sku}, {u"quantity"_s, 1.5}}),
                 m_shopper)
                .isError(400, u"InvalidField"_s));
        QVERIFY(call("POST", path, {{u"version"_s, u"1"_s}, {u"actions"_s, QJsonArray()}}, m_shopper)
                    .isError(400, u"InvalidField"_s));
        QVERIFY(call("POST", path, {{u"version"_s, version}, {u"actions"_s, u"all"_s}}, m_shopper)
                    .isError(400, u"InvalidField"_s));
        QVERIFY(
            call("POST", u"/v1/carts"_s, {{u"currency"_s, 978}}, m_shopper).isError(400, u"InvalidField"_s));
        QVERIFY(call("POST", path,
                     actions(version, {{u"action"_s, u"setShippingAddress"_s}, {u"address"_s, u"Berlin"_s}}),
                     m_shopper)
                    .isError(400, u"InvalidField"_s));
        QVERIFY(call("POST", u"/v1/sessions/sign-in"_s, {{u"email"_s, 1}, {u"password"_s, true}})
                    .isError(400, u"InvalidField"_s));
        QVERIFY(call("POST", u"/v1/sessions/sign-in"_s,
                     {{u"email"_s, u"shopper@commercedesk.example"_s}, {u"password"_s, u"wrong"_s}})
                    .isError(401, u"InvalidCredentials"_s));
        // A stale version is commercetools' 409 in our shape, with the current version.
        const HttpResult stale =
            call("POST", path,
                 actions(version + 5, {{u"action"_s, u"setCountry"_s}, {u"country"_s, u"DE"_s}}), m_shopper);
        QVERIFY(stale.isError(409, u"ConcurrentModification"_s));
        QCOMPARE(stale.json.value(u"details"_s).toObject().value(u"currentVersion"_s).toInteger(), version);
        // Nothing of the above changed the cart.
        QCOMPARE(call("GET", path, {}, m_shopper).json.value(u"version"_s).toInteger(), version);
    }

    void correlationIdsAndRateLimit()
    {
        const HttpResult echoed =
            call("GET", u"/healthz"_s, {}, {}, {}, {{"X-Correlation-ID", "buyer-app-123"}});
        QCOMPARE(echoed.headers.value("x-correlation-id"), QByteArray("buyer-app-123"));
        auto config = m_harness.config();
        config.requestsPerMinute = 5;
        auto limited = m_harness.startOrchestrator(config);
        QVERIFY(limited);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(m_harness.call(limited->url(), "GET", u"/v1/carts/active"_s, {}, m_buyer).status, 404);
        const HttpResult refused = m_harness.call(limited->url(), "GET", u"/v1/carts/active"_s, {}, m_buyer);
        QVERIFY(refused.isError(429, u"RateLimited"_s));
        QVERIFY(refused.headers.value("retry-after").toInt() >= 1);
        // Another session is not affected.
        QCOMPARE(m_harness.call(limited->url(), "GET", u"/v1/carts/active"_s, {}, m_shopper).status != 429,
                 true);
    }

private:
    HttpResult call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                    const QByteArray &token = {}, const QByteArray &raw = {},
                    const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        return m_harness.call(m_url, method, path, body, token, raw, headers);
    }

    QByteArray signIn(const BuyerLogin &login)
    {
        const HttpResult r = call("POST", u"/v1/sessions/sign-in"_s,
                                  {{u"email"_s, login.email}, {u"password"_s, login.password}});
        return r.json.value(u"accessToken"_s).toString().toLatin1();
    }

    QByteArray anonymous()
    {
        return call("POST", u"/v1/sessions/anonymous"_s).json.value(u"accessToken"_s).toString().toLatin1();
    }

    QString customerId(const QByteArray &token)
    {
        return call("GET", u"/v1/me"_s, {}, token).json.value(u"id"_s).toString();
    }

    QJsonObject cartDraft(const QString &unit = {}) const
    {
        QJsonObject draft{{u"currency"_s, u"EUR"_s},
                          {u"country"_s, u"DE"_s},
                          {u"lineItems"_s, QJsonArray{QJsonObject{{u"sku"_s, m_sku}, {u"quantity"_s, 1}}}}};
        if (!unit.isEmpty())
            draft.insert(u"businessUnit"_s, QJsonObject{{u"key"_s, unit}});
        return draft;
    }

    OrchestratorHarness m_harness;
    std::unique_ptr<orchestrator::Orchestrator> m_orchestrator;
    QUrl m_url;
    QByteArray m_shopper;
    QByteArray m_buyer;
    QString m_sku;
};

QTEST_GUILESS_MAIN(TestOrchestratorAttacks)
#include "TestOrchestratorAttacks.moc"
