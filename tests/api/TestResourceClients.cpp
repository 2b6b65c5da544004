// SPDX-License-Identifier: MIT
// Each resource client's method, path, query and body, as the fake server receives them. The same client
// objects run against the real sandbox in later tests: only the transport differs.
#include "FakeBackend.h"
#include "api/BusinessUnitClient.h"
#include "api/CartClient.h"
#include "api/CustomerClient.h"
#include "api/MessageClient.h"
#include "api/OrderClient.h"
#include "api/PaymentClient.h"
#include "api/ShippingMethodClient.h"
#include "api/actions/CartActions.h"
#include "api/actions/OrderActions.h"
#include "api/actions/PaymentActions.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using namespace commercedesk::testsupport;
using namespace commercedesk::api;

using Starter = std::function<ApiJob *(Transport *)>;
using QueryItems = QList<std::pair<QString, QString>>;
Q_DECLARE_METATYPE(Starter)
Q_DECLARE_METATYPE(QueryItems)

namespace {

core::Money eur(qint64 cents)
{
    return *core::Money::fromMinorUnits(cents, u"EUR");
}

ResourceQuery recentOpen()
{
    return ResourceQuery()
        .where(u"orderState = :s"_s)
        .variable(u"s"_s, u"Open"_s)
        .sort(u"createdAt"_s, ResourceQuery::Direction::Descending)
        .limit(50);
}

const QueryItems kRecentOpen{{u"where"_s, u"orderState = :s"_s},
                             {u"var.s"_s, u"Open"_s},
                             {u"sort"_s, u"createdAt desc"_s},
                             {u"limit"_s, u"50"_s}};

QJsonObject parsed(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

class TestResourceClients : public QObject
{
    Q_OBJECT

private:
    ScriptedHttpServer *m_server = nullptr;
    std::unique_ptr<ApiSession> m_session;

    static void row(const char *name, Starter start, const QByteArray &method, const QByteArray &path,
                    const QueryItems &query = {}, const QJsonObject &body = {})
    {
        QTest::newRow(name) << start << method << path << query << body;
    }

private Q_SLOTS:
    void init()
    {
        m_server = new ScriptedHttpServer(this);
        QVERIFY(m_server->start());
        m_session = fakeSession(*m_server);
    }

    void cleanup()
    {
        m_session.reset();
        delete m_server;
    }

    void sendsRequest_data()
    {
        QTest::addColumn<Starter>("start");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QueryItems>("query");
        QTest::addColumn<QJsonObject>("body");

        CartDraft cart;
        cart.currency = u"EUR"_s;
        cart.country = u"DE"_s;
        cart.lineItems = {LineItemDraft::bySku(u"MUG-001"_s, 2)};
        const QJsonObject cartBody = parsed(
            "{\"currency\":\"EUR\",\"country\":\"DE\",\"lineItems\":[{\"sku\":\"MUG-001\",\"quantity\":2}]}");
        const ApiScope associate = ApiScope::asAssociate(u"cust-1"_s, u"acme"_s);

        row(
            "me: create cart", [cart](Transport *t) { return CartClient(t, ApiScope::me()).create(cart); },
            "POST", "/demo/me/carts", {}, cartBody);
        row(
            "me: active cart", [](Transport *t) { return CartClient(t, ApiScope::me()).activeCart(); }, "GET",
            "/demo/me/active-cart");
        row(
            "associate: create cart",
            [cart, associate](Transport *t) { return CartClient(t, associate).create(cart); }, "POST",
            "/demo/as-associate/cust-1/in-business-unit/key=acme/carts", {}, cartBody);
        row(
            "admin: cart by id", [](Transport *t) { return CartClient(t).byId(u"c-1"_s); }, "GET",
            "/demo/carts/c-1");
        row(
            "admin: query carts", [](Transport *t) { return CartClient(t).query(recentOpen()); }, "GET",
            "/demo/carts", kRecentOpen);
        row(
            "me: update cart",
            [](Transport *t) {
                return CartClient(t, ApiScope::me()).update(u"c-1"_s, 3, {CartActions::setCountry(u"DE"_s)});
            },
            "POST", "/demo/me/carts/c-1", {},
            parsed("{\"version\":3,\"actions\":[{\"action\":\"setCountry\",\"country\":\"DE\"}]}"));
        row("admin: delete cart", [](Transport *t) { return CartClient(t).remove(u"c-1"_s, 4); }, "DELETE",
            "/demo/carts/c-1", {{u"version"_s, u"4"_s}});
        row("shipping methods matching a cart",
            [](Transport *t) { return ShippingMethodClient(t).matchingCart(u"c-1"_s); }, "GET",
            "/demo/shipping-methods/matching-cart", {{u"cartId"_s, u"c-1"_s}});

        const PaymentDraft payment =
            PaymentDraft::authorized(eur(3398), u"fakepsp"_s, u"CREDIT_CARD"_s, u"psp-ref-1"_s, u"auth-1"_s);
        row(
            "me: create payment with an authorization",
            [payment](Transport *t) { return PaymentClient(t, ApiScope::me()).create(payment); }, "POST",
            "/demo/me/payments", {},
            parsed("{\"amountPlanned\":{\"currencyCode\":\"EUR\",\"centAmount\":3398},"
                   "\"paymentMethodInfo\":{\"paymentInterface\":\"fakepsp\",\"method\":\"CREDIT_CARD\"},"
                   "\"transaction\":{\"type\":\"Authorization\",\"amount\":{\"currencyCode\":\"EUR\","
                   "\"centAmount\":3398},\"interactionId\":\"auth-1\"}}"));
        row(
            "admin: create payment", [payment](Transport *t) { return PaymentClient(t).create(payment); },
            "POST", "/demo/payments", {},
            parsed("{\"interfaceId\":\"psp-ref-1\",\"amountPlanned\":{\"currencyCode\":\"EUR\","
                   "\"centAmount\":3398},"
                   "\"paymentMethodInfo\":{\"paymentInterface\":\"fakepsp\",\"method\":\"CREDIT_CARD\"},"
                   "\"transactions\":[{\"type\":\"Authorization\",\"amount\":{\"currencyCode\":\"EUR\","
                   "\"centAmount\":3398},\"interactionId\":\"auth-1\",\"state\":\"Success\"}]}"));
        row(
            "admin: update payment",
            [](Transport *t) {
                return PaymentClient(t).update(u"p-1"_s, 2, {PaymentActions::setInterfaceId(u"x"_s)});
            },
            "POST", "/demo/payments/p-1", {},
            parsed("{\"version\":2,\"actions\":[{\"action\":\"setInterfaceId\",\"interfaceId\":\"x\"}]}"));

        row(
            "admin: order by order number",
            [](Transport *t) { return OrderClient(t).byOrderNumber(u"CD-20261103-ABCDEFGH"_s); }, "GET",
            "/demo/orders/order-number=CD-20261103-ABCDEFGH");
        row("me: order by order number",
            [](Transport *t) { return OrderClient(t, ApiScope::me()).byOrderNumber(u"CD-1"_s); }, "GET",
            "/demo/me/orders",
            {{u"where"_s, u"orderNumber = :orderNumber"_s},
             {u"var.orderNumber"_s, u"CD-1"_s},
             {u"limit"_s, u"1"_s},
             {u"withTotal"_s, u"false"_s}});
        row(
            "admin: order by id", [](Transport *t) { return OrderClient(t).byId(u"o-1"_s); }, "GET",
            "/demo/orders/o-1");
        row(
            "admin: query orders", [](Transport *t) { return OrderClient(t).query(recentOpen()); }, "GET",
            "/demo/orders", kRecentOpen);
        row(
            "admin: create order from cart",
            [](Transport *t) {
                return OrderClient(t).createFromCart({u"c-1"_s, 7, u"CD-1"_s, u"PO-9"_s, std::nullopt});
            },
            "POST", "/demo/orders", {},
            parsed("{\"cart\":{\"typeId\":\"cart\",\"id\":\"c-1\"},\"version\":7,\"orderNumber\":\"CD-1\","
                   "\"purchaseOrderNumber\":\"PO-9\"}"));
        row(
            "admin: update order",
            [](Transport *t) {
                return OrderClient(t).update(u"o-1"_s, 5,
                                             {OrderActions::changeOrderState(core::OrderState::Confirmed)});
            },
            "POST", "/demo/orders/o-1", {},
            parsed("{\"version\":5,\"actions\":[{\"action\":\"changeOrderState\",\"orderState\":"
                   "\"Confirmed\"}]}"));

        row(
            "me", [](Transport *t) { return CustomerClient(t).me(); }, "GET", "/demo/me");
        row(
            "sign up",
            [](Transport *t) {
                return CustomerClient(t).signUp({u"a@example.com"_s, u"pw"_s, u"Ann"_s, {}});
            },
            "POST", "/demo/me/signup", {},
            parsed("{\"email\":\"a@example.com\",\"password\":\"pw\",\"firstName\":\"Ann\"}"));
        row(
            "log in",
            [](Transport *t) {
                return CustomerClient(t).signIn({u"a@example.com"_s, u"pw"_s});
            },
            "POST", "/demo/me/login", {}, parsed("{\"email\":\"a@example.com\",\"password\":\"pw\"}"));
        row(
            "my business units", [](Transport *t) { return BusinessUnitClient(t).myBusinessUnits(); }, "GET",
            "/demo/me/business-units");
        row(
            "my business unit by key",
            [](Transport *t) { return BusinessUnitClient(t).myBusinessUnitByKey(u"acme"_s); }, "GET",
            "/demo/me/business-units/key=acme");
        row("query messages",
            [](Transport *t) {
                return MessageClient(t).query(
                    ResourceQuery().where(u"type = \"OrderCreated\""_s).sort(u"sequenceNumber"_s).limit(100));
            },
            "GET", "/demo/messages",
            {{u"where"_s, u"type = \"OrderCreated\""_s},
             {u"sort"_s, u"sequenceNumber asc"_s},
             {u"limit"_s, u"100"_s}});
    }

    void sendsRequest()
    {
        QFETCH(Starter, start);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QueryItems, query);
        QFETCH(QJsonObject, body);

        ApiJob *job = start(m_session->transport());
        QSignalSpy finished(job, &ApiJob::finished);
        QVERIFY(finished.wait(10000));

        const auto sent = apiRequests(*m_server);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().method, method);
        QCOMPARE(sent.first().path(), path);
        QCOMPARE(queryOf(sent.first()).queryItems(QUrl::FullyDecoded), query);
        QCOMPARE(bodyOf(sent.first()), body);
        if (!body.isEmpty())
            QCOMPARE(sent.first().header("Content-Type"), "application/json"_ba);
    }

    void decodesTheAnswer()
    {
        m_server->enqueue("/demo/me/business-units",
                          jsonReply(200, QJsonObject{{u"limit"_s, 20},
                                                     {u"offset"_s, 0},
                                                     {u"count"_s, 0},
                                                     {u"results"_s, QJsonArray{}}}));
        const auto result = await(BusinessUnitClient(m_session->transport()).myBusinessUnits(), this);
        QVERIFY(result.ok());
        QCOMPARE(result.value().count, 0);
    }

    void orderNumberWithSpacesIsEncodedOnce()
    {
        auto *job = OrderClient(m_session->transport()).byOrderNumber(u"A B"_s);
        QSignalSpy finished(job, &ApiJob::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(apiRequests(*m_server).first().path(), "/demo/orders/order-number=A%20B"_ba);
    }
};

QTEST_GUILESS_MAIN(TestResourceClients)
#include "TestResourceClients.moc"
