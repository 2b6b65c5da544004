// SPDX-License-Identifier: MIT
// Isolation and local-service authentication over real loopback HTTP, with the outside systems running:
// a sign-in merges only the caller's own anonymous cart, anonymous ids are single-use, a payment belongs
// to its owner, a /me cart names only its customer's business units, failed passwords are rate-limited,
// tokens can be revoked, the OMS refuses forged deliveries, and secret-holding files are owner-only.
#include "OutsideTestSupport.h"
#include "sandbox/seed/DemoAccounts.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk::sandbox;
using namespace commercedesk::sandbox::test;

namespace {

const QString Shopper = u"shopper@commercedesk.example"_s;
const QString ShopperPassword = u"Shopper-Demo-2026"_s;

QJsonObject act(const QString &name, QJsonObject fields = {})
{
    fields.insert(u"action"_s, name);
    return fields;
}

QList<QPair<QByteArray, QByteArray>> bearer(const QByteArray &token)
{
    return {{"Authorization", "Bearer " + token}};
}

} // namespace

class TestSandboxHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void loginMergesOnlyTheCallersAnonymousCart();
    void anonymousIdsAreSingleUse();
    void foreignPaymentIsRefusedAndNeverRevealed();
    void buyerPaymentStateComesFromTheGateway();
    void meCartNamesOnlyTheCustomersBusinessUnits();
    void failedPasswordsAreRateLimited();
    void revokedTokensStopWorking();
    void omsRefusesForgedDeliveries();
    void secretFilesAreOwnerOnly();

private:
    HttpResult tokenRequest(const QString &path, const QList<QPair<QString, QString>> &form);
    QByteArray anonymous(const QString &anonymousId = {});
    QByteArray customer(const QString &email, const QString &password);
    HttpResult post(const QString &path, const QJsonObject &body, const QByteArray &token);
    QString sku();

    OutsideFixture m_f;
    SandboxClient m_storefront;
};

void TestSandboxHardening::initTestCase()
{
    SandboxConfig config;
    config.outside.deliveryPollMs = 50;
    QString error;
    QVERIFY2(m_f.start(config, &error), qPrintable(error));
    const SandboxCredentials credentials = m_f.sandbox().credentials();
    QVERIFY(credentials.client(u"storefront"_s));
    m_storefront = *credentials.client(u"storefront"_s);
}

void TestSandboxHardening::cleanupTestCase()
{
    m_f.stop();
}

HttpResult TestSandboxHardening::tokenRequest(const QString &path, const QList<QPair<QString, QString>> &form)
{
    return m_f.http().token(path, m_storefront.clientId, m_storefront.clientSecret, form);
}

QByteArray TestSandboxHardening::anonymous(const QString &anonymousId)
{
    QList<QPair<QString, QString>> form{{u"grant_type"_s, u"client_credentials"_s}};
    if (!anonymousId.isEmpty())
        form.append({u"anonymous_id"_s, anonymousId});
    return tokenRequest(u"/oauth"_s % m_f.base() % u"/anonymous/token"_s, form)
        .json.value(u"access_token"_s)
        .toString()
        .toLatin1();
}

QByteArray TestSandboxHardening::customer(const QString &email, const QString &password)
{
    return tokenRequest(u"/oauth"_s % m_f.base() % u"/customers/token"_s,
                        {{u"grant_type"_s, u"password"_s}, {u"username"_s, email}, {u"password"_s, password}})
        .json.value(u"access_token"_s)
        .toString()
        .toLatin1();
}

HttpResult TestSandboxHardening::post(const QString &path, const QJsonObject &body, const QByteArray &token)
{
    return m_f.http().send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                           "application/json", bearer(token));
}

QString TestSandboxHardening::sku()
{
    return m_f.standardSku();
}

void TestSandboxHardening::loginMergesOnlyTheCallersAnonymousCart()
{
    // Session A fills a cart; session B signs in and tries to take A's cart by its id.
    const QByteArray a = anonymous();
    const HttpResult cart =
        post(m_f.base() % u"/me/carts"_s,
             {{u"currency"_s, u"EUR"_s},
              {u"lineItems"_s, QJsonArray{QJsonObject{{u"sku"_s, sku()}, {u"quantity"_s, 1}}}}},
             a);
    QCOMPARE(cart.status, 201);
    const QString cartId = cart.json.value(u"id"_s).toString();
    const QByteArray b = anonymous();
    for (const QJsonObject &body :
         {QJsonObject{
              {u"email"_s, Shopper}, {u"password"_s, ShopperPassword}, {u"anonymousCartId"_s, cartId}},
          QJsonObject{{u"email"_s, Shopper},
                      {u"password"_s, ShopperPassword},
                      {u"anonymousCart"_s, QJsonObject{{u"typeId"_s, u"cart"_s}, {u"id"_s, cartId}}}}}) {
        const HttpResult login = post(m_f.base() % u"/me/login"_s, body, b);
        QCOMPARE(login.status, 400);
    }
    const HttpResult login =
        post(m_f.base() % u"/me/login"_s, {{u"email"_s, Shopper}, {u"password"_s, ShopperPassword}}, b);
    QCOMPARE(login.status, 200);
    QVERIFY(login.json.value(u"cart"_s).toObject().value(u"id"_s).toString() != cartId);
    // A's cart is still A's, untouched.
    const HttpResult still = m_f.http().get(m_f.base() % u"/me/carts/"_s % cartId, {}, a);
    QCOMPARE(still.status, 200);
    QVERIFY(!still.json.contains(u"customerId"_s));
    QCOMPARE(still.json.value(u"cartState"_s).toString(), u"Active"_s);
}

void TestSandboxHardening::anonymousIdsAreSingleUse()
{
    const QString id = u"anon-single-use-1"_s;
    const QByteArray first = anonymous(id);
    QVERIFY(!first.isEmpty());
    QCOMPARE(post(m_f.base() % u"/me/carts"_s, {{u"currency"_s, u"EUR"_s}}, first).status, 201);
    const HttpResult again =
        tokenRequest(u"/oauth"_s % m_f.base() % u"/anonymous/token"_s,
                     {{u"grant_type"_s, u"client_credentials"_s}, {u"anonymous_id"_s, id}});
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json.value(u"error"_s).toString(), u"invalid_request"_s);
    QVERIFY(!again.json.contains(u"access_token"_s));
    // An id that some cart carries (e.g. from a session whose tokens have been purged) is used as well.
    const HttpResult adminCart = m_f.post(
        m_f.base() % u"/carts"_s, {{u"currency"_s, u"EUR"_s}, {u"anonymousId"_s, u"anon-from-a-cart"_s}});
    QCOMPARE(adminCart.status, 201);
    QCOMPARE(
        tokenRequest(u"/oauth"_s % m_f.base() % u"/anonymous/token"_s,
                     {{u"grant_type"_s, u"client_credentials"_s}, {u"anonymous_id"_s, u"anon-from-a-cart"_s}})
            .status,
        400);
}

void TestSandboxHardening::foreignPaymentIsRefusedAndNeverRevealed()
{
    const QJsonObject amount{{u"currencyCode"_s, u"EUR"_s}, {u"centAmount"_s, 1000}};
    const QByteArray victim = anonymous();
    const HttpResult payment = post(m_f.base() % u"/me/payments"_s, {{u"amountPlanned"_s, amount}}, victim);
    QCOMPARE(payment.status, 201);
    const QString paymentId = payment.json.value(u"id"_s).toString();
    for (const QByteArray &attacker : {anonymous(), customer(Shopper, ShopperPassword)}) {
        const HttpResult cart = post(m_f.base() % u"/me/carts"_s, {{u"currency"_s, u"EUR"_s}}, attacker);
        QCOMPARE(cart.status, 201);
        const QString path = m_f.base() % u"/me/carts/"_s % cart.json.value(u"id"_s).toString();
        const HttpResult added =
            post(path,
                 {{u"version"_s, 1},
                  {u"actions"_s,
                   QJsonArray{act(u"addPayment"_s, {{u"payment"_s, QJsonObject{{u"typeId"_s, u"payment"_s},
                                                                               {u"id"_s, paymentId}}}})}}},
                 attacker);
        QCOMPARE(added.status, 400);
        QCOMPARE(added.errorCode(), u"ReferencedResourceNotFound"_s);
        // The same answer as for a payment that does not exist.
        const HttpResult missing = post(
            path,
            {{u"version"_s, 1},
             {u"actions"_s, QJsonArray{act(u"addPayment"_s,
                                           {{u"payment"_s, QJsonObject{{u"typeId"_s, u"payment"_s},
                                                                       {u"id"_s, u"no-such-payment"_s}}}})}}},
            attacker);
        QCOMPARE(missing.errorCode(), added.errorCode());
        const HttpResult expanded =
            m_f.http().get(path, {{u"expand"_s, u"paymentInfo.payments[*]"_s}}, attacker);
        QVERIFY(!expanded.body.contains(paymentId.toLatin1()));
        QCOMPARE(m_f.http().get(m_f.base() % u"/me/payments/"_s % paymentId, {}, attacker).status, 404);
    }
    // The owner attaches it.
    const HttpResult own = post(m_f.base() % u"/me/carts"_s, {{u"currency"_s, u"EUR"_s}}, victim);
    const HttpResult added = post(
        m_f.base() % u"/me/carts/"_s % own.json.value(u"id"_s).toString(),
        {{u"version"_s, 1},
         {u"actions"_s,
          QJsonArray{act(u"addPayment"_s,
                         {{u"payment"_s, QJsonObject{{u"typeId"_s, u"payment"_s}, {u"id"_s, paymentId}}}})}}},
        victim);
    QCOMPARE(added.status, 200);
}

void TestSandboxHardening::buyerPaymentStateComesFromTheGateway()
{
    TestHttp gateway(m_f.sandbox().outsideUrls().gateway);
    const auto authorize = [&gateway](const QString &number, const QByteArray &key) {
        const QJsonObject card{
            {u"number"_s, number}, {u"expiryMonth"_s, 12}, {u"expiryYear"_s, 2030}, {u"cvc"_s, u"123"_s}};
        const QJsonObject body{
            {u"amount"_s, QJsonObject{{u"centAmount"_s, 1999}, {u"currencyCode"_s, u"EUR"_s}}},
            {u"card"_s, card},
            {u"reference"_s, u"cart-x"_s}};
        return gateway
            .send("POST", u"/v1/authorizations"_s, QJsonDocument(body).toJson(QJsonDocument::Compact),
                  "application/json", {{"Idempotency-Key", key}})
            .json.value(u"id"_s)
            .toString();
    };
    const QString approved = authorize(u"4242424242424242"_s, "key-approved");
    const QString declined = authorize(u"4000000000000002"_s, "key-declined");
    QVERIFY(!approved.isEmpty() && !declined.isEmpty());
    const QByteArray buyer = anonymous();
    const auto record = [&](const QString &interactionId, qint64 cents) {
        const QJsonObject amount{{u"currencyCode"_s, u"EUR"_s}, {u"centAmount"_s, cents}};
        const HttpResult r = post(m_f.base() % u"/me/payments"_s,
                                  {{u"amountPlanned"_s, amount},
                                   {u"transaction"_s, QJsonObject{{u"type"_s, u"Authorization"_s},
                                                                  {u"amount"_s, amount},
                                                                  {u"interactionId"_s, interactionId}}}},
                                  buyer);
        return r.json.value(u"transactions"_s).toArray().at(0).toObject().value(u"state"_s).toString();
    };
    QCOMPARE(record(u"psp_made_up"_s, 1999), u"Initial"_s);
    QCOMPARE(record(approved, 1), u"Initial"_s); // another amount than authorized
    QCOMPARE(record(declined, 1999), u"Failure"_s);
    QCOMPARE(record(approved, 1999), u"Success"_s);
    QCOMPARE(record(approved, 1999), u"Initial"_s); // one authorization pays for one payment
}

void TestSandboxHardening::meCartNamesOnlyTheCustomersBusinessUnits()
{
    const QJsonObject unit{{u"typeId"_s, u"business-unit"_s}, {u"key"_s, u"acme-industrial"_s}};
    for (const QByteArray &outsider : {anonymous(), customer(Shopper, ShopperPassword)}) {
        const HttpResult draft = post(m_f.base() % u"/me/carts"_s,
                                      {{u"currency"_s, u"EUR"_s}, {u"businessUnit"_s, unit}}, outsider);
        QCOMPARE(draft.status, 400);
        QCOMPARE(draft.errorCode(), u"ReferencedResourceNotFound"_s);
        const HttpResult cart = post(m_f.base() % u"/me/carts"_s, {{u"currency"_s, u"EUR"_s}}, outsider);
        const HttpResult set =
            post(m_f.base() % u"/me/carts/"_s % cart.json.value(u"id"_s).toString(),
                 {{u"version"_s, 1},
                  {u"actions"_s, QJsonArray{act(u"setBusinessUnit"_s, {{u"businessUnit"_s, unit}})}}},
                 outsider);
        QCOMPARE(set.status, 400);
        QCOMPARE(set.errorCode(), u"ReferencedResourceNotFound"_s);
    }
    // The company's orders list shows nothing of outsiders; an associate may name the unit.
    const QByteArray associate = customer(u"buyer@acme-industrial.example"_s, u"Buyer-Demo-2026"_s);
    const HttpResult own =
        post(m_f.base() % u"/me/carts"_s, {{u"currency"_s, u"EUR"_s}, {u"businessUnit"_s, unit}}, associate);
    QCOMPARE(own.status, 201);
}

void TestSandboxHardening::failedPasswordsAreRateLimited()
{
    const QString email = u"admin@acme-industrial.example"_s;
    const QString path = u"/oauth"_s % m_f.base() % u"/customers/token"_s;
    for (int i = 0; i < 5; ++i) {
        const HttpResult wrong = tokenRequest(path, {{u"grant_type"_s, u"password"_s},
                                                     {u"username"_s, email},
                                                     {u"password"_s, u"guess-%1"_s.arg(i)}});
        QCOMPARE(wrong.status, 400);
    }
    // The sixth attempt is refused before the password is checked, even the right one, on every surface.
    const HttpResult limited = tokenRequest(
        path,
        {{u"grant_type"_s, u"password"_s}, {u"username"_s, email}, {u"password"_s, u"Admin-Demo-2026"_s}});
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.json.value(u"error"_s).toString(), u"too_many_requests"_s);
    QVERIFY(limited.header("Retry-After").toInt() >= 1);
    const HttpResult login =
        post(m_f.base() % u"/me/login"_s,
             {{u"email"_s, email.toUpper()}, {u"password"_s, u"Admin-Demo-2026"_s}}, anonymous());
    QCOMPARE(login.status, 429);
    QCOMPARE(login.errorCode(), u"TooManyRequests"_s);
    // Another customer of the same client is not locked out.
    QVERIFY(!customer(Shopper, ShopperPassword).isEmpty());
}

void TestSandboxHardening::revokedTokensStopWorking()
{
    const HttpResult issued = tokenRequest(
        u"/oauth"_s % m_f.base() % u"/customers/token"_s,
        {{u"grant_type"_s, u"password"_s}, {u"username"_s, Shopper}, {u"password"_s, ShopperPassword}});
    QCOMPARE(issued.status, 200);
    const QByteArray access = issued.json.value(u"access_token"_s).toString().toLatin1();
    const QString refresh = issued.json.value(u"refresh_token"_s).toString();
    QCOMPARE(m_f.http().get(m_f.base() % u"/me"_s, {}, access).status, 200);
    // Another client cannot revoke it (and learns nothing: 200 as well).
    const SandboxCredentials credentials = m_f.sandbox().credentials();
    const SandboxClient *merchant = credentials.client(u"merchant"_s);
    QCOMPARE(m_f.http()
                 .token(u"/oauth/token/revoke"_s, merchant->clientId, merchant->clientSecret,
                        {{u"token"_s, QString::fromLatin1(access)}})
                 .status,
             200);
    QCOMPARE(m_f.http().get(m_f.base() % u"/me"_s, {}, access).status, 200);
    QCOMPARE(m_f.http().token(u"/oauth/token/revoke"_s, u"nobody"_s, u"x"_s, {{u"token"_s, u"x"_s}}).status,
             401);
    QCOMPARE(tokenRequest(u"/oauth/token/revoke"_s, {{u"token"_s, QString::fromLatin1(access)},
                                                     {u"token_type_hint"_s, u"access_token"_s}})
                 .status,
             200);
    QCOMPARE(m_f.http().get(m_f.base() % u"/me"_s, {}, access).status, 401);
    QCOMPARE(tokenRequest(u"/oauth/token"_s,
                          {{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, refresh}})
                 .status,
             200);
    QCOMPARE(tokenRequest(u"/oauth/token/revoke"_s,
                          {{u"token"_s, refresh}, {u"token_type_hint"_s, u"refresh_token"_s}})
                 .status,
             200);
    const HttpResult refused = tokenRequest(
        u"/oauth/token"_s, {{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, refresh}});
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.json.value(u"error"_s).toString(), u"invalid_grant"_s);
}

void TestSandboxHardening::omsRefusesForgedDeliveries()
{
    const QJsonObject created = m_f.createOrder(u"CD-FORGE-1"_s);
    QVERIFY(!created.isEmpty());
    TestHttp oms(m_f.sandbox().outsideUrls().oms);
    // The real delivery (with the provisioned bearer token) arrives.
    QTRY_COMPARE_WITH_TIMEOUT(oms.get(u"/v1/orders/CD-FORGE-1"_s).status, 200, 15000);
    // A forged OrderCreated for another (real) order: without the token, or with a wrong one → 401.
    const QJsonObject victim = m_f.createOrder(u"CD-FORGE-2"_s);
    QJsonObject forged{
        {u"id"_s, u"forged-message-1"_s},
        {u"type"_s, u"OrderCreated"_s},
        {u"notificationType"_s, u"Message"_s},
        {u"resource"_s, QJsonObject{{u"typeId"_s, u"order"_s}, {u"id"_s, victim.value(u"id"_s)}}},
        {u"order"_s, QJsonObject{{u"id"_s, victim.value(u"id"_s)}, {u"orderNumber"_s, u"CD-FORGED"_s}}}};
    const QByteArray body = QJsonDocument(forged).toJson(QJsonDocument::Compact);
    QCOMPARE(oms.send("POST", u"/messages"_s, body, "application/json").status, 401);
    QCOMPARE(oms.send("POST", u"/messages"_s, body, "application/json", bearer("guessed")).status, 401);
    QCOMPARE(oms.send("POST", u"/messages"_s, body, "text/plain", bearer("guessed")).status, 401);
    QCOMPARE(oms.get(u"/v1/orders/CD-FORGED"_s).status, 404);
}

void TestSandboxHardening::secretFilesAreOwnerOnly()
{
    QTemporaryDir parent;
    QVERIFY(parent.isValid());
    const QString dir = parent.filePath(u"fresh/sandbox"_s);
    // A database left world-readable by an older version is tightened at the next start.
    QVERIFY(QDir().mkpath(dir));
    {
        QFile old(QDir(dir).filePath(u"gateway.sqlite"_s));
        QVERIFY(old.open(QIODevice::WriteOnly));
    }
    QVERIFY(
        QFile::setPermissions(QDir(dir).filePath(u"gateway.sqlite"_s),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::ReadGroup));
    SandboxConfig config;
    config.dataDir = dir;
    config.projectKey = u"private-files"_s;
    Sandbox sandbox(config);
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFile::permissions(dir) & others, QFile::Permissions());
    for (const QString &name : {u"sandbox.sqlite"_s, u"sandbox.sqlite-wal"_s, u"gateway.sqlite"_s,
                                u"oms.sqlite"_s, u"order-numbers.sqlite"_s}) {
        const QString file = QDir(dir).filePath(name);
        if (!QFile::exists(file))
            continue; // e.g. no WAL yet
        QVERIFY2((QFile::permissions(file) & others) == QFile::Permissions(), qPrintable(name));
    }
    QVERIFY(QFile::exists(QDir(dir).filePath(u"sandbox.sqlite"_s)));
}

QTEST_GUILESS_MAIN(TestSandboxHardening)
#include "TestSandboxHardening.moc"
