// SPDX-License-Identifier: MIT
// End to end through order creation: the built-in order-number service, provisioned as the API
// extension "order-numbers" on order Create, gives buyer orders (which cannot bring a number) a
// W-<yyyy>-<6 digits> number; the sequence is persisted in the data dir, so a restarted sandbox
// continues it. A failing service fails the order with nothing written; a non-matching trigger
// condition means it is not called at all.
#include "OutsideTestSupport.h"
#include "sandbox/outside/OrderNumberService.h"
#include "sandbox/seed/DemoAccounts.h"
#include "sandbox/storage/JsonValues.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk::sandbox;
using namespace commercedesk::sandbox::test;

namespace {

const QJsonObject BerlinAddress{{u"country"_s, u"DE"_s},
                                {u"city"_s, u"Berlin"_s},
                                {u"postalCode"_s, u"10115"_s},
                                {u"streetName"_s, u"Invalidenstraße"_s}};

// A MyOrderFromCartDraft: only the cart's id and version.
QJsonObject orderDraft(const QJsonObject &cart)
{
    return QJsonObject{{u"id"_s, cart.value(u"id"_s)}, {u"version"_s, cart.value(u"version"_s)}};
}

QJsonArray triggers(const QString &condition)
{
    QJsonObject trigger{{u"resourceTypeId"_s, u"order"_s}, {u"actions"_s, QJsonArray{u"Create"_s}}};
    if (!condition.isEmpty())
        trigger.insert(u"condition"_s, condition);
    return QJsonArray{trigger};
}

// The sequence part of "W-2026-000042" (42), or -1 when `number` is not of that form for `year`.
qint64 sequenceOf(const QString &number, int year)
{
    static const QRegularExpression pattern(u"^W-(\\d{4})-(\\d{6})$"_s);
    const auto match = pattern.match(number);
    if (!match.hasMatch() || match.captured(1).toInt() != year)
        return -1;
    return match.captured(2).toLongLong();
}

int yearOf(const QJsonObject &order)
{
    return QDateTime::fromString(order.value(u"createdAt"_s).toString(), Qt::ISODateWithMs)
        .toUTC()
        .date()
        .year();
}

} // namespace

class TestOrderNumbers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void formatIsFixedWidth_data();
    void formatIsFixedWidth();
    void buyerOrdersAreNumberedInSequence();
    void associateOrderIsNumbered();
    void orderWithItsOwnNumberKeepsIt();
    void nonMatchingConditionDoesNotCallTheService();
    void failingServiceStoresNothingThenTheSameCartOrders_data();
    void failingServiceStoresNothingThenTheSameCartOrders();
    void restartContinuesTheSequence();
    void noOutsideSystemsMeansNoNumber();

private:
    bool startSandbox(QString *error);
    HttpResult fault(const QByteArray &verb, const QJsonObject &rule = {});
    QByteArray anonymousToken();
    // A cart made on /me/carts with `bearer`, ready to order (address, shipping method, one line).
    QJsonObject myCart(const QByteArray &bearer);
    // /me/orders from a fresh cart; the result.
    HttpResult myOrder(const QByteArray &bearer);
    HttpResult setTriggers(const QString &condition);

    OutsideFixture m_f;
    std::unique_ptr<TestHttp> m_numbers;
    qint64 m_last = 0; // the last sequence number handed out
};

void TestOrderNumbers::initTestCase()
{
    QString error;
    QVERIFY2(startSandbox(&error), qPrintable(error));
    const HttpResult extension = m_f.get(m_f.base() % u"/extensions/key=order-numbers"_s);
    QCOMPARE(extension.status, 200);
    QCOMPARE(extension.json.value(u"destination"_s).toObject().value(u"url"_s).toString(),
             m_f.sandbox().outsideUrls().numbers.toString() % u"/extension"_s);
    QCOMPARE(extension.json.value(u"triggers"_s).toArray(), triggers({}));
}

bool TestOrderNumbers::startSandbox(QString *error)
{
    SandboxConfig config;
    config.outside.services = {u"numbers"_s};
    if (!m_f.start(config, error))
        return false;
    m_numbers = std::make_unique<TestHttp>(m_f.sandbox().outsideUrls().numbers);
    return true;
}

void TestOrderNumbers::cleanupTestCase()
{
    m_numbers.reset();
    m_f.stop();
}

void TestOrderNumbers::cleanup()
{
    if (m_numbers)
        fault("DELETE");
}

HttpResult TestOrderNumbers::fault(const QByteArray &verb, const QJsonObject &rule)
{
    return m_numbers->send(verb, u"/_fault"_s, rule.isEmpty() ? QByteArray() : QJsonDocument(rule).toJson(),
                           rule.isEmpty() ? QByteArray() : "application/json"_ba, m_f.faultAuth());
}

QByteArray TestOrderNumbers::anonymousToken()
{
    const SandboxCredentials credentials = m_f.sandbox().credentials();
    const SandboxClient *client = credentials.client(u"storefront"_s);
    if (!client)
        return {};
    const HttpResult r = m_f.http().token(u"/oauth"_s % m_f.base() % u"/anonymous/token"_s, client->clientId,
                                          client->clientSecret, {{u"grant_type"_s, u"client_credentials"_s}});
    return r.json.value(u"access_token"_s).toString().toLatin1();
}

QJsonObject TestOrderNumbers::myCart(const QByteArray &bearer)
{
    const QJsonObject draft{
        {u"currency"_s, u"EUR"_s},
        {u"shippingAddress"_s, BerlinAddress},
        {u"shippingMethod"_s, QJsonObject{{u"key"_s, u"standard"_s}}},
        {u"lineItems"_s, QJsonArray{QJsonObject{{u"sku"_s, m_f.standardSku()}, {u"quantity"_s, 1}}}}};
    const HttpResult r = m_f.http().send("POST", m_f.base() % u"/me/carts"_s,
                                         QJsonDocument(draft).toJson(QJsonDocument::Compact),
                                         "application/json", {{"Authorization", "Bearer " + bearer}});
    return r.status == 201 ? r.json : QJsonObject();
}

HttpResult TestOrderNumbers::myOrder(const QByteArray &bearer)
{
    const QJsonObject cart = myCart(bearer);
    if (cart.isEmpty())
        return {};
    return m_f.http().send("POST", m_f.base() % u"/me/orders"_s,
                           QJsonDocument(orderDraft(cart)).toJson(QJsonDocument::Compact), "application/json",
                           {{"Authorization", "Bearer " + bearer}});
}

HttpResult TestOrderNumbers::setTriggers(const QString &condition)
{
    const QString path = m_f.base() % u"/extensions/key=order-numbers"_s;
    const qint64 version = m_f.get(path).json.value(u"version"_s).toInteger();
    return m_f.update(
        path, version,
        {QJsonObject{{u"action"_s, u"changeTriggers"_s}, {u"triggers"_s, triggers(condition)}}});
}

void TestOrderNumbers::formatIsFixedWidth_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<qint64>("sequence");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first of the year") << 2026 << qint64(1) << u"W-2026-000001"_s;
    QTest::newRow("brief example") << 2026 << qint64(42) << u"W-2026-000042"_s;
    QTest::newRow("six digits full") << 2027 << qint64(999999) << u"W-2027-999999"_s;
}

void TestOrderNumbers::formatIsFixedWidth()
{
    QFETCH(int, year);
    QFETCH(qint64, sequence);
    QFETCH(QString, expected);
    QCOMPARE(OrderNumberService::format(year, sequence), expected);
}

void TestOrderNumbers::buyerOrdersAreNumberedInSequence()
{
    const QByteArray buyer = anonymousToken();
    QVERIFY(!buyer.isEmpty());
    for (int n = 1; n <= 2; ++n) {
        const HttpResult r = myOrder(buyer);
        QCOMPARE(r.status, 201);
        const QString number = r.json.value(u"orderNumber"_s).toString();
        QCOMPARE(number, u"W-%1-%2"_s.arg(yearOf(r.json)).arg(n, 6, 10, QLatin1Char('0')));
        m_last = n;
        const QString id = r.json.value(u"id"_s).toString();
        // Stored with the number (the order_number column answers the by-number lookup) …
        const HttpResult stored = m_f.get(m_f.base() % u"/orders/order-number="_s % number);
        QCOMPARE(stored.status, 200);
        QCOMPARE(stored.json.value(u"id"_s).toString(), id);
        // … and the OrderCreated message carries it.
        const HttpResult messages =
            m_f.get(m_f.base() % u"/messages"_s,
                    {{u"where"_s, u"type = \"OrderCreated\" and resource(id = \"%1\")"_s.arg(id)}});
        QCOMPARE(messages.status, 200);
        const QJsonArray results = messages.json.value(u"results"_s).toArray();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).toObject().value(u"order"_s).toObject().value(u"orderNumber"_s).toString(),
                 number);
    }
}

void TestOrderNumbers::associateOrderIsNumbered()
{
    const SandboxCredentials credentials = m_f.sandbox().credentials();
    const SandboxClient *client = credentials.client(u"storefront"_s);
    QVERIFY(client);
    const HttpResult login = m_f.http().token(u"/oauth"_s % m_f.base() % u"/customers/token"_s,
                                              client->clientId, client->clientSecret,
                                              {{u"grant_type"_s, u"password"_s},
                                               {u"username"_s, u"buyer@acme-industrial.example"_s},
                                               {u"password"_s, u"Buyer-Demo-2026"_s}});
    const QByteArray buyer = login.json.value(u"access_token"_s).toString().toLatin1();
    QVERIFY(!buyer.isEmpty());
    const QString buyerId = DemoAccounts::customerId(u"buyer@acme-industrial.example"_s);
    const QString base =
        m_f.base() % u"/as-associate/"_s % buyerId % u"/in-business-unit/key=acme-industrial"_s;
    const QJsonObject draft{
        {u"currency"_s, u"EUR"_s},
        {u"shippingAddress"_s, BerlinAddress},
        {u"shippingMethod"_s, QJsonObject{{u"key"_s, u"standard"_s}}},
        {u"lineItems"_s, QJsonArray{QJsonObject{{u"sku"_s, m_f.standardSku()}, {u"quantity"_s, 1}}}}};
    const QList<QPair<QByteArray, QByteArray>> auth{{"Authorization", "Bearer " + buyer}};
    const HttpResult cart =
        m_f.http().send("POST", base % u"/carts"_s, QJsonDocument(draft).toJson(QJsonDocument::Compact),
                        "application/json", auth);
    QCOMPARE(cart.status, 201);
    const HttpResult order = m_f.http().send(
        "POST", base % u"/orders"_s, QJsonDocument(orderDraft(cart.json)).toJson(QJsonDocument::Compact),
        "application/json", auth);
    QCOMPARE(order.status, 201);
    QCOMPARE(sequenceOf(order.json.value(u"orderNumber"_s).toString(), yearOf(order.json)), m_last + 1);
    ++m_last;
}

void TestOrderNumbers::orderWithItsOwnNumberKeepsIt()
{
    const QJsonObject own = m_f.createOrder(u"ADMIN-0001"_s);
    QVERIFY(!own.isEmpty());
    QCOMPARE(own.value(u"orderNumber"_s).toString(), u"ADMIN-0001"_s);
    // The service handed out no number for it: the next buyer order continues the sequence.
    const HttpResult next = myOrder(anonymousToken());
    QCOMPARE(next.status, 201);
    QCOMPARE(sequenceOf(next.json.value(u"orderNumber"_s).toString(), yearOf(next.json)), m_last + 1);
    ++m_last;
}

void TestOrderNumbers::nonMatchingConditionDoesNotCallTheService()
{
    QCOMPARE(setTriggers(u"totalPrice(currencyCode = \"USD\")"_s).status, 200);
    const QByteArray buyer = anonymousToken();
    const HttpResult unnumbered = myOrder(buyer);
    QCOMPARE(unnumbered.status, 201);
    QVERIFY(!unnumbered.json.contains(u"orderNumber"_s));
    // A matching condition calls it — and the skipped order took no number.
    QCOMPARE(setTriggers(u"totalPrice(currencyCode = \"EUR\")"_s).status, 200);
    const HttpResult numbered = myOrder(buyer);
    QCOMPARE(numbered.status, 201);
    QCOMPARE(sequenceOf(numbered.json.value(u"orderNumber"_s).toString(), yearOf(numbered.json)), m_last + 1);
    ++m_last;
    QCOMPARE(setTriggers({}).status, 200);
}

void TestOrderNumbers::failingServiceStoresNothingThenTheSameCartOrders_data()
{
    QTest::addColumn<QJsonObject>("rule");
    QTest::addColumn<QString>("code");
    QTest::newRow("service hangs (timeout)")
        << QJsonObject{{u"route"_s, u"/extension"_s}, {u"kind"_s, u"timeout"_s}} << u"ExtensionNoResponse"_s;
    QTest::newRow("outage (503)") << QJsonObject{{u"route"_s, u"*"_s}, {u"kind"_s, u"outage"_s}}
                                  << u"ExtensionBadResponse"_s;
    QTest::newRow("answers garbage") << QJsonObject{{u"route"_s, u"/extension"_s}, {u"kind"_s, u"garbage"_s}}
                                     << u"ExtensionBadResponse"_s;
}

void TestOrderNumbers::failingServiceStoresNothingThenTheSameCartOrders()
{
    QFETCH(QJsonObject, rule);
    QFETCH(QString, code);
    const QByteArray buyer = anonymousToken();
    const QJsonObject cart = myCart(buyer);
    QVERIFY(!cart.isEmpty());
    const QList<QPair<QByteArray, QByteArray>> auth{{"Authorization", "Bearer " + buyer}};
    const QByteArray body = QJsonDocument(orderDraft(cart)).toJson(QJsonDocument::Compact);
    const auto cartOrders = [&] {
        return m_f
            .get(m_f.base() % u"/orders"_s,
                 {{u"where"_s, u"cart(id = \"%1\")"_s.arg(cart.value(u"id"_s).toString())}})
            .json.value(u"total"_s)
            .toInt(-1);
    };
    QCOMPARE(fault("POST", rule).status, 201);

    const HttpResult failed =
        m_f.http().send("POST", m_f.base() % u"/me/orders"_s, body, "application/json", auth);
    QCOMPARE(failed.status, 400);
    QCOMPARE(failed.errorCode(), code);
    QCOMPARE(failed.json.value(u"errors"_s).toArray().at(0).toObject().value(u"extensionKey"_s).toString(),
             u"order-numbers"_s);
    // Nothing was written: no order, the cart unchanged and still Active.
    QCOMPARE(cartOrders(), 0);
    const HttpResult unchanged = m_f.get(m_f.base() % u"/carts/"_s % cart.value(u"id"_s).toString());
    QCOMPARE(unchanged.json.value(u"cartState"_s).toString(), u"Active"_s);
    QCOMPARE(unchanged.json.value(u"version"_s), cart.value(u"version"_s));

    // After the fault is cleared the same cart orders fine, with a fresh number.
    QCOMPARE(fault("DELETE").json.value(u"removed"_s).toInt(), 1);
    const HttpResult ordered =
        m_f.http().send("POST", m_f.base() % u"/me/orders"_s, body, "application/json", auth);
    QCOMPARE(ordered.status, 201);
    const qint64 sequence = sequenceOf(ordered.json.value(u"orderNumber"_s).toString(), yearOf(ordered.json));
    QVERIFY2(sequence > m_last, qPrintable(ordered.json.value(u"orderNumber"_s).toString()));
    m_last = sequence;
    QCOMPARE(cartOrders(), 1);
}

void TestOrderNumbers::restartContinuesTheSequence()
{
    m_numbers.reset();
    QString error;
    QVERIFY2(m_f.restart(&error), qPrintable(error));
    m_numbers = std::make_unique<TestHttp>(m_f.sandbox().outsideUrls().numbers);
    const HttpResult r = myOrder(anonymousToken());
    QCOMPARE(r.status, 201);
    QCOMPARE(sequenceOf(r.json.value(u"orderNumber"_s).toString(), yearOf(r.json)), m_last + 1);
    ++m_last;
}

void TestOrderNumbers::noOutsideSystemsMeansNoNumber()
{
    OutsideFixture plain;
    SandboxConfig config;
    config.outside.enabled = false;
    QString error;
    QVERIFY2(plain.start(config, &error), qPrintable(error));
    QCOMPARE(plain.get(plain.base() % u"/extensions/key=order-numbers"_s).status, 404);
    const QJsonObject cart = plain.createCart();
    QVERIFY(!cart.isEmpty());
    const HttpResult r = plain.post(plain.base() % u"/orders"_s, orderDraft(cart));
    QCOMPARE(r.status, 201);
    QVERIFY(!r.json.contains(u"orderNumber"_s));
}

QTEST_GUILESS_MAIN(TestOrderNumbers)
#include "TestOrderNumbers.moc"
