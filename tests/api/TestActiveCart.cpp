// SPDX-License-Identifier: MIT
// CartClient::activeCart(): "no active cart" is an empty value, not an error (issue 19: one error path), and
// every real failure stays an ApiError. Against the scripted fake server, per scope.
#include "FakeBackend.h"
#include "api/CartClient.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using namespace commercedesk::testsupport;
using Reply = ScriptedHttpServer::Reply;

namespace {

QJsonObject exampleCart()
{
    QFile file(QStringLiteral(COMMERCEDESK_TEST_DATA_DIR) + u"/commercetools-examples/cart.example.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read cart.example.json");
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject page(const QJsonArray &results)
{
    return {{u"limit"_s, 1}, {u"offset"_s, 0}, {u"count"_s, results.size()}, {u"results"_s, results}};
}

Reply htmlNotFound()
{
    Reply reply;
    reply.status = 404;
    reply.body = "<html>Not Found</html>";
    reply.contentType = "text/html";
    return reply;
}

enum class Outcome { NoCart, Cart, Error };
using Kind = api::ApiError::Kind;

} // namespace

Q_DECLARE_METATYPE(Reply)
Q_DECLARE_METATYPE(Outcome)

class TestActiveCart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void activeCart_data()
    {
        QTest::addColumn<bool>("associate");
        QTest::addColumn<Reply>("reply");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<Kind>("kind"); // of the error

        const QJsonObject cart = exampleCart();
        QTest::newRow("me: a cart") << false << jsonReply(200, cart) << Outcome::Cart << Kind::Network;
        QTest::newRow("me: none (404)")
            << false << errorReply(404, u"ResourceNotFound"_s) << Outcome::NoCart << Kind::Network;
        QTest::newRow("me: refused (403)")
            << false << errorReply(403, u"insufficient_scope"_s) << Outcome::Error << Kind::Http;
        QTest::newRow("me: a proxy's 404 page")
            << false << htmlNotFound() << Outcome::Error << Kind::HttpNonJson;
        QTest::newRow("me: a cart that does not decode")
            << false << jsonReply(200, QJsonObject{{u"id"_s, 7}}) << Outcome::Error << Kind::UnexpectedShape;
        QTest::newRow("associate: the newest")
            << true << jsonReply(200, page({cart})) << Outcome::Cart << Kind::Network;
        QTest::newRow("associate: none")
            << true << jsonReply(200, page({})) << Outcome::NoCart << Kind::Network;
        QTest::newRow("associate: refused (403)")
            << true << errorReply(403, u"insufficient_scope"_s) << Outcome::Error << Kind::Http;
    }

    void activeCart()
    {
        QFETCH(bool, associate);
        QFETCH(Reply, reply);
        QFETCH(Outcome, outcome);
        QFETCH(Kind, kind);

        ScriptedHttpServer server;
        QVERIFY(server.start());
        const QByteArray path = associate ? "/demo/as-associate/cust-1/in-business-unit/key=acme/carts"_ba
                                          : "/demo/me/active-cart"_ba;
        server.enqueue(path, reply);
        auto session = fakeSession(server);
        const api::ApiScope scope =
            associate ? api::ApiScope::asAssociate(u"cust-1"_s, u"acme"_s) : api::ApiScope::me();
        const auto result = await(api::CartClient(session->transport(), scope).activeCart(), this);

        const auto sent = apiRequests(server);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().path(), path);
        if (associate) {
            QCOMPARE(queryOf(sent.first()).queryItemValue(u"where"_s, QUrl::FullyDecoded),
                     u"cartState = \"Active\""_s);
            QCOMPARE(queryOf(sent.first()).queryItemValue(u"sort"_s, QUrl::FullyDecoded),
                     u"lastModifiedAt desc"_s);
            QCOMPARE(queryOf(sent.first()).queryItemValue(u"limit"_s), u"1"_s);
        }
        switch (outcome) {
        case Outcome::Cart:
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().diagnostic()));
            QVERIFY(result.value().has_value());
            QCOMPARE(result.value()->id, exampleCart().value(u"id"_s).toString());
            break;
        case Outcome::NoCart:
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().diagnostic()));
            QVERIFY(!result.value().has_value());
            break;
        case Outcome::Error:
            QVERIFY(!result.ok());
            QCOMPARE(toString(result.error().kind), toString(kind));
            break;
        }
    }
};

QTEST_GUILESS_MAIN(TestActiveCart)
#include "TestActiveCart.moc"
