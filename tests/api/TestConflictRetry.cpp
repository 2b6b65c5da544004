// SPDX-License-Identifier: MIT
// The update helper on 409 ConcurrentModification: re-read and re-apply only when every action is safe to
// repeat, otherwise hand the 409 (with currentVersion) to the caller. Against the scripted fake server.
#include "FakeBackend.h"
#include "api/CartClient.h"
#include "api/ResourceUpdate.h"
#include "api/actions/CartActions.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using namespace commercedesk::testsupport;
using api::CartActions;

namespace {

const QByteArray kCartPath = "/demo/carts/cart-1"_ba;

QJsonObject exampleCart(qint64 version)
{
    QFile file(QStringLiteral(COMMERCEDESK_TEST_DATA_DIR) + u"/commercetools-examples/cart.example.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read cart.example.json");
    QJsonObject cart = QJsonDocument::fromJson(file.readAll()).object();
    cart.insert(u"version"_s, version);
    return cart;
}

ScriptedHttpServer::Reply conflict(qint64 currentVersion)
{
    return errorReply(409, u"ConcurrentModification"_s, {{u"currentVersion"_s, currentVersion}});
}

} // namespace

class TestConflictRetry : public QObject
{
    Q_OBJECT

private:
    ScriptedHttpServer *m_server = nullptr;
    std::unique_ptr<api::ApiSession> m_session;

    QList<ScriptedHttpServer::Request> requests() const { return apiRequests(*m_server); }

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

    void safeActionsAreReappliedOnTheReReadVersion()
    {
        m_server->enqueue(kCartPath, conflict(5));
        m_server->enqueue(kCartPath, jsonReply(200, exampleCart(6))); // the GET
        m_server->enqueue(kCartPath, jsonReply(200, exampleCart(7))); // the second POST
        api::CartClient carts(m_session->transport());
        const QList<api::CartUpdateAction> actions{CartActions::setCountry(u"DE"_s),
                                                   CartActions::setCustomerEmail(u"a@example.com"_s)};
        const auto result = await(carts.update(u"cart-1"_s, 3, actions), this);

        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().diagnostic()));
        QCOMPARE(result.value().version, 7);
        const auto sent = requests();
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent.at(0).method, "POST"_ba);
        QCOMPARE(bodyOf(sent.at(0)).value("version"_L1).toInteger(), 3);
        QCOMPARE(sent.at(1).method, "GET"_ba);
        QCOMPARE(sent.at(2).method, "POST"_ba);
        QCOMPARE(bodyOf(sent.at(2)).value("version"_L1).toInteger(), 6); // from the re-read, not guessed
        QCOMPARE(bodyOf(sent.at(2)).value("actions"_L1), bodyOf(sent.at(0)).value("actions"_L1));
    }

    void unsafeActionReturnsConflictWithCurrentVersion_data()
    {
        QTest::addColumn<QList<api::CartUpdateAction>>("actions");
        QTest::newRow("quantity change alone")
            << QList<api::CartUpdateAction>{CartActions::changeLineItemQuantity(u"li-1"_s, 2)};
        QTest::newRow("one unsafe among safe ones")
            << QList<api::CartUpdateAction>{CartActions::setCountry(u"DE"_s),
                                            CartActions::addLineItem(api::LineItemDraft::bySku(u"MUG"_s, 1))};
    }

    void unsafeActionReturnsConflictWithCurrentVersion()
    {
        QFETCH(QList<api::CartUpdateAction>, actions);
        m_server->enqueue(kCartPath, conflict(9));
        api::CartClient carts(m_session->transport());
        const auto result = await(carts.update(u"cart-1"_s, 3, actions), this);

        QVERIFY(!result.ok());
        QVERIFY(result.error().isConcurrentModification());
        QCOMPARE(result.error().currentVersion, std::optional<qint64>(9));
        QCOMPARE(requests().size(), 1); // no re-read, no second POST
    }

    void givesUpAfterBoundedRetries()
    {
        m_server->setFallback([](const ScriptedHttpServer::Request &request) {
            return request.method == "GET" ? jsonReply(200, exampleCart(10)) : conflict(11);
        });
        api::CartClient carts(m_session->transport());
        const auto result = await(
            carts.update(u"cart-1"_s, 3, QList<api::CartUpdateAction>{CartActions::recalculate()}), this);

        QVERIFY(!result.ok());
        QVERIFY(result.error().isConcurrentModification());
        const auto sent = requests();
        const auto posts =
            std::count_if(sent.begin(), sent.end(), [](const auto &r) { return r.method == "POST"; });
        const auto gets =
            std::count_if(sent.begin(), sent.end(), [](const auto &r) { return r.method == "GET"; });
        QCOMPARE(posts, qsizetype(api::kDefaultConflictRetries + 1));
        QCOMPARE(gets, qsizetype(api::kDefaultConflictRetries));
    }

    void otherErrorsAreNotRetried()
    {
        m_server->enqueue(kCartPath, errorReply(400, u"InvalidOperation"_s));
        api::CartClient carts(m_session->transport());
        const auto result = await(
            carts.update(u"cart-1"_s, 3, QList<api::CartUpdateAction>{CartActions::setCountry(u"DE"_s)}),
            this);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, u"InvalidOperation"_s);
        QCOMPARE(requests().size(), 1);
    }

    void cancelDuringReReadStopsTheRetry()
    {
        m_server->enqueue(kCartPath, conflict(5));
        ScriptedHttpServer::Reply hang;
        hang.mode = ScriptedHttpServer::Reply::Mode::Hang;
        m_server->enqueue(kCartPath, hang); // the GET never answers
        api::CartClient carts(m_session->transport());
        auto *job =
            carts.update(u"cart-1"_s, 3, QList<api::CartUpdateAction>{CartActions::setCountry(u"DE"_s)});
        int calls = 0;
        std::optional<api::ApiError> error;
        job->onFinished(this, [&](const api::Result<core::Cart> &result) {
            ++calls;
            if (!result.ok())
                error = result.error();
        });
        QTRY_COMPARE(requests().size(), 2);
        job->cancel();
        QTRY_COMPARE(calls, 1);
        QVERIFY(error->kind == api::ApiError::Kind::Cancelled);
        barrier(*m_server, m_session->transport(), this);
        QCOMPARE(calls, 1);
        const auto sent = requests();
        QCOMPARE(sent.size(), 3); // the POST, the GET, the barrier: no POST after the cancel
        QVERIFY(isBarrier(sent.last()));
        // Qt 6.4 keeps the aborted request's connection open, waiting for its answer, on its HTTP thread.
        // Left so at exit, Qt's objects for it are never freed (LeakSanitizer reports them in about half the
        // runs): the server gives up on it first, as one whose time limit ran out does.
        m_server->closeHangingConnections();
        barrier(*m_server, m_session->transport(), this);
    }
};

QTEST_GUILESS_MAIN(TestConflictRetry)
#include "TestConflictRetry.moc"
