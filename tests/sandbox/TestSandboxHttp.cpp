// SPDX-License-Identifier: MIT
// The HTTP layer on its own: Router + HttpServer with test routes, over real loopback TCP.
#include "SandboxTestSupport.h"
#include "sandbox/http/ActionTable.h"
#include "sandbox/http/FormEncoding.h"
#include "sandbox/http/HttpServer.h"
#include "sandbox/http/Router.h"
#include "sandbox/http/UpdateRequest.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <stdexcept>

using namespace Qt::StringLiterals;
using namespace commercedesk::sandbox;
using commercedesk::sandbox::test::HttpResult;
using commercedesk::sandbox::test::TestHttp;

class TestSandboxHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unknownPathIs404();
    void wrongMethodIs405_data();
    void wrongMethodIs405();
    void bodyOverLimitIs413();
    void malformedJsonIs400_data();
    void malformedJsonIs400();
    void validJsonReachesHandler();
    void correlationId_data();
    void correlationId();
    void bearerRequired_data();
    void bearerRequired();
    void throwingHandlerIs500();
    void keyRouteBeatsIdRoute_data();
    void keyRouteBeatsIdRoute();
    void garbageBytesDoNotWedgeServer_data();
    void garbageBytesDoNotWedgeServer();
    void keepAliveServesSeveralRequestsOnOneConnection();
    void largeResponseIsNotHeldByNagle();
    void formDecoding_data();
    void formDecoding();
    void foreignProjectKeyIs404();
    void updatePrologue_data();
    void updatePrologue();
    void actionTableDispatchesByName();

private:
    Router m_router;
    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<TestHttp> m_http;
    quint16 m_port = 0;
};

void TestSandboxHttp::initTestCase()
{
    auto echo = [](RequestContext &ctx) {
        QJsonObject o{{u"path"_s, ctx.path},
                      {u"projectKey"_s, ctx.projectKey()},
                      {u"id"_s, ctx.param(u"id"_s)},
                      {u"key"_s, ctx.param(u"key"_s)},
                      {u"body"_s, ctx.json.object()},
                      {u"client"_s, ctx.principal ? ctx.principal->clientId : QString()}};
        return HttpResponse::json(o);
    };
    RouteOptions json;
    json.body = RouteOptions::Body::Json;
    RouteOptions secured;
    secured.requiresToken = true;
    secured.anyScope = {u"view_products"_s};
    m_router.add(HttpMethod::Get, u"/{projectKey}/things"_s, echo);
    m_router.add(HttpMethod::Post, u"/{projectKey}/things"_s, echo, json);
    m_router.add(HttpMethod::Get, u"/{projectKey}/things/{id}"_s, echo);
    m_router.add(HttpMethod::Get, u"/{projectKey}/things/key={key}"_s, echo);
    m_router.add(HttpMethod::Get, u"/{projectKey}/secured"_s, echo, secured);
    m_router.add(HttpMethod::Get, u"/{projectKey}/big"_s, [](RequestContext &) {
        return HttpResponse::bytes("{\"pad\":\"" + QByteArray(60 * 1024, 'x') + "\"}", "application/json");
    });
    m_router.add(HttpMethod::Get, u"/{projectKey}/boom"_s,
                 [](RequestContext &) -> HttpResponse { throw std::runtime_error("boom"); });
    auto authenticator = [](const QString &token) -> std::optional<Principal> {
        if (token == u"good"_s)
            return Principal{u"client-1"_s, {u"view_products:demo"_s}, {}, {}};
        if (token == u"other-scope"_s)
            return Principal{u"client-2"_s, {u"view_orders:demo"_s}, {}, {}};
        return std::nullopt;
    };
    m_server = std::make_unique<HttpServer>(m_router, authenticator, nullptr);
    auto *tcp = new QTcpServer(m_server.get());
    QVERIFY(tcp->listen(QHostAddress::LocalHost, 0));
    m_server->bind(tcp);
    m_port = tcp->serverPort();
    m_http = std::make_unique<TestHttp>(QUrl(u"http://127.0.0.1:%1"_s.arg(m_port)));
}

void TestSandboxHttp::unknownPathIs404()
{
    const HttpResult r = m_http->get(u"/demo/no-such-resource/at/all"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json.value(u"statusCode"_s).toInt(), 404);
    QCOMPARE(r.errorCode(), u"ResourceNotFound"_s);
    QVERIFY(!r.json.value(u"message"_s).toString().isEmpty());
}

void TestSandboxHttp::wrongMethodIs405_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("allowed");
    QTest::newRow("DELETE on a GET/POST collection")
        << QByteArray("DELETE") << u"/demo/things"_s << QByteArray("GET, POST");
    QTest::newRow("PUT on a by-id path") << QByteArray("PUT") << u"/demo/things/123"_s << QByteArray("GET");
    QTest::newRow("POST on a key= path")
        << QByteArray("POST") << u"/demo/things/key=abc"_s << QByteArray("GET");
}

void TestSandboxHttp::wrongMethodIs405()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, allowed);
    const HttpResult r =
        m_http->send(verb, path, verb == "DELETE" ? QByteArray() : QByteArray("{}"), "application/json");
    QCOMPARE(r.status, 405);
    QCOMPARE(r.errorCode(), u"MethodNotAllowed"_s);
    QCOMPARE(r.json.value(u"statusCode"_s).toInt(), 405);
    QCOMPARE(r.header("Allow"), allowed);
}

void TestSandboxHttp::bodyOverLimitIs413()
{
    const QByteArray big(HttpServer::MaxBodyBytes + 1, 'x');
    const HttpResult r = m_http->send("POST", u"/demo/things"_s, big, "application/json");
    QCOMPARE(r.status, 413);
    QCOMPARE(r.json.value(u"statusCode"_s).toInt(), 413);
    // A body exactly at the limit is processed (and rejected only as bad JSON).
    const HttpResult atLimit = m_http->send("POST", u"/demo/things"_s,
                                            QByteArray(HttpServer::MaxBodyBytes, 'x'), "application/json");
    QCOMPARE(atLimit.status, 400);
}

void TestSandboxHttp::malformedJsonIs400_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("truncated object") << QByteArray(R"({"version": 1, "actions": [)");
    QTest::newRow("not json at all") << QByteArray("version=1");
    QTest::newRow("empty body") << QByteArray();
    QTest::newRow("array instead of object") << QByteArray("[1,2,3]");
    QTest::newRow("binary garbage") << QByteArray("\x00\xff\xfe{", 4);
}

void TestSandboxHttp::malformedJsonIs400()
{
    QFETCH(QByteArray, body);
    const HttpResult r = m_http->send("POST", u"/demo/things"_s, body, "application/json");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"InvalidJsonInput"_s);
    const QJsonObject error = r.json.value(u"errors"_s).toArray().at(0).toObject();
    QVERIFY(!error.value(u"detailedErrorMessage"_s).toString().isEmpty());
}

void TestSandboxHttp::validJsonReachesHandler()
{
    const HttpResult r = m_http->send("POST", u"/demo/things"_s, R"({"version": 3})", "application/json");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"body"_s).toObject().value(u"version"_s).toInt(), 3);
    QCOMPARE(r.json.value(u"projectKey"_s).toString(), u"demo"_s);
}

void TestSandboxHttp::correlationId_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("sent");
    QTest::newRow("echoed on success") << u"/demo/things"_s << QByteArray("cd-test-123");
    QTest::newRow("echoed on 404") << u"/demo/unknown/path/x"_s << QByteArray("cd-test-404");
    QTest::newRow("generated on success") << u"/demo/things"_s << QByteArray();
    QTest::newRow("generated on 401") << u"/demo/secured"_s << QByteArray();
}

void TestSandboxHttp::correlationId()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, sent);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!sent.isEmpty())
        headers.append({"X-Correlation-ID", sent});
    const HttpResult r = m_http->get(path, {}, {}, headers);
    QVERIFY(r.status > 0);
    const QByteArray got = r.header("X-Correlation-ID");
    if (!sent.isEmpty()) {
        QCOMPARE(got, sent);
    } else {
        QVERIFY2(!QUuid::fromString(QLatin1StringView(got)).isNull(), got.constData());
        const HttpResult again = m_http->get(path);
        QVERIFY(again.header("X-Correlation-ID") != got); // fresh per request
    }
}

void TestSandboxHttp::bearerRequired_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("no header") << QByteArray() << 401 << u"invalid_token"_s;
    QTest::newRow("unknown token") << QByteArray("Bearer nope") << 401 << u"invalid_token"_s;
    QTest::newRow("basic instead of bearer") << QByteArray("Basic Z29vZDo=") << 401 << u"invalid_token"_s;
    QTest::newRow("token without the scope")
        << QByteArray("Bearer other-scope") << 403 << u"insufficient_scope"_s;
    QTest::newRow("valid token, lower-case scheme") << QByteArray("bearer good") << 200 << QString();
}

void TestSandboxHttp::bearerRequired()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QFETCH(QString, code);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const HttpResult r = m_http->get(u"/demo/secured"_s, {}, {}, headers);
    QCOMPARE(r.status, status);
    if (status == 200) {
        QCOMPARE(r.json.value(u"client"_s).toString(), u"client-1"_s);
        return;
    }
    QCOMPARE(r.errorCode(), code);
    QCOMPARE(r.json.value(u"error"_s).toString(), code); // AuthErrorResponse carries a top-level "error"
}

void TestSandboxHttp::throwingHandlerIs500()
{
    const HttpResult r = m_http->get(u"/demo/boom"_s);
    QCOMPARE(r.status, 500);
    QCOMPARE(r.errorCode(), u"General"_s);
    QCOMPARE(m_http->get(u"/demo/things"_s).status, 200);
}

void TestSandboxHttp::keyRouteBeatsIdRoute_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("key");
    QTest::newRow("by id") << u"/demo/things/abc-123"_s << u"abc-123"_s << QString();
    QTest::newRow("by key") << u"/demo/things/key=my-key"_s << QString() << u"my-key"_s;
    QTest::newRow("bare 'key=' is an id") << u"/demo/things/key="_s << u"key="_s << QString();
}

void TestSandboxHttp::keyRouteBeatsIdRoute()
{
    QFETCH(QString, path);
    QFETCH(QString, id);
    QFETCH(QString, key);
    const HttpResult r = m_http->get(path);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"id"_s).toString(), id);
    QCOMPARE(r.json.value(u"key"_s).toString(), key);
}

void TestSandboxHttp::garbageBytesDoNotWedgeServer_data()
{
    QTest::addColumn<QByteArray>("garbage");
    QTest::newRow("binary noise") << QByteArray("\x00\x01\x02\xff\xfe\r\n\r\n\x7f garbage", 19);
    QTest::newRow("bad request line") << QByteArray("HELLO WORLD THIS IS NOT HTTP\r\n\r\n");
    QTest::newRow("huge header line")
        << (QByteArray("GET / HTTP/1.1\r\nX-A: ") + QByteArray(200000, 'a') + "\r\n\r\n");
    QTest::newRow("lying content-length")
        << QByteArray("POST /demo/things HTTP/1.1\r\nHost: x\r\nContent-Length: 99999\r\n\r\n{}");
    QTest::newRow("half a request line") << QByteArray("GET /demo/thi");
}

void TestSandboxHttp::garbageBytesDoNotWedgeServer()
{
    QFETCH(QByteArray, garbage);
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, m_port);
    QTRY_COMPARE_WITH_TIMEOUT(raw.state(), QAbstractSocket::ConnectedState, 5000);
    raw.write(garbage);
    QTRY_COMPARE_WITH_TIMEOUT(raw.bytesToWrite(), qint64(0), 5000);
    // While that connection is garbage (open or closed by the server), normal requests are served.
    const HttpResult r = m_http->get(u"/demo/things"_s);
    QCOMPARE(r.status, 200);
}

void TestSandboxHttp::keepAliveServesSeveralRequestsOnOneConnection()
{
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, m_port);
    QTRY_COMPARE_WITH_TIMEOUT(raw.state(), QAbstractSocket::ConnectedState, 5000);
    QByteArray received;
    for (int i = 1; i <= 3; ++i) {
        raw.write("GET /demo/things/" + QByteArray::number(i) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT((received += raw.readAll()).count("HTTP/1.1 200") == i, 5000);
        QCOMPARE(raw.state(), QAbstractSocket::ConnectedState);
    }
    QVERIFY(received.contains("\"id\":\"3\""));
}

// Without TCP_NODELAY the last segment of a response written in two parts waits for the client's
// delayed ACK: every 60 KB answer on a kept-alive connection took >= 40 ms (docs/benchmarks.md).
void TestSandboxHttp::largeResponseIsNotHeldByNagle()
{
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, m_port);
    QTRY_COMPARE_WITH_TIMEOUT(raw.state(), QAbstractSocket::ConnectedState, 5000);
    QList<qint64> times;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer timer;
        timer.start();
        raw.write("GET /demo/big HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QByteArray received;
        // Spins the event loop (the server shares this thread) without QTRY's 50 ms polling step.
        while (!(received.size() > 60 * 1024 && received.endsWith("\"}")) && timer.elapsed() < 5000) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            received += raw.readAll();
        }
        QVERIFY(received.endsWith("\"}"));
        times.append(timer.elapsed());
    }
    std::sort(times.begin(), times.end());
    QVERIFY2(times.at(times.size() / 2) < 25, qPrintable(u"median %1 ms"_s.arg(times.at(times.size() / 2))));
}

void TestSandboxHttp::formDecoding_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("pairs"); // name=value, in order
    QTest::newRow("plus is space") << QByteArray("scope=a:b+c:d") << QStringList{u"scope=a:b c:d"_s};
    QTest::newRow("percent escapes") << QByteArray("q=%22M8%22%2B&x=%C3%BC")
                                     << QStringList{u"q=\"M8\"+"_s, u"x=ü"_s};
    QTest::newRow("repeated names kept")
        << QByteArray("filter=a&filter=b") << QStringList{u"filter=a"_s, u"filter=b"_s};
    QTest::newRow("no value and empty parts") << QByteArray("&flag&&k=") << QStringList{u"flag="_s, u"k="_s};
    QTest::newRow("broken escape kept") << QByteArray("a=%zz") << QStringList{u"a=%zz"_s};
}

void TestSandboxHttp::formDecoding()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, pairs);
    QStringList got;
    for (const auto &item : parseFormEncoded(input))
        got.append(item.first % u'=' % item.second);
    QCOMPARE(got, pairs);
}

QTEST_GUILESS_MAIN(TestSandboxHttp)
// The project-key prologue lives in the server: a {projectKey} route of another project answers 404
// once, after the body and token checks, and the handler never runs.
void TestSandboxHttp::foreignProjectKeyIs404()
{
    HttpServer server(
        m_router,
        [](const QString &token) -> std::optional<Principal> {
            if (token == u"good"_s)
                return Principal{u"client-1"_s, {u"view_products:demo"_s}, {}, {}};
            return std::nullopt;
        },
        nullptr);
    server.setProjectKey(u"demo"_s);
    auto *tcp = new QTcpServer(&server);
    QVERIFY(tcp->listen(QHostAddress::LocalHost, 0));
    server.bind(tcp);
    TestHttp http(QUrl(u"http://127.0.0.1:%1"_s.arg(tcp->serverPort())));

    const HttpResult foreign = http.get(u"/other/things/abc"_s);
    QCOMPARE(foreign.status, 404);
    QCOMPARE(foreign.errorCode(), u"ResourceNotFound"_s);
    QCOMPARE(foreign.json.value(u"message"_s).toString(), u"The project 'other' was not found."_s);
    QCOMPARE(http.get(u"/demo/things/abc"_s).json.value(u"id"_s).toString(), u"abc"_s);
    // Body and token checks come first, as they did when each endpoint compared the key itself.
    QCOMPARE(http.send("POST", u"/other/things"_s, "{", "application/json").errorCode(),
             u"InvalidJsonInput"_s);
    QCOMPARE(http.get(u"/other/secured"_s).status, 401);
    QCOMPARE(http.get(u"/other/secured"_s, {}, "good").status, 403);
    QCOMPARE(http.get(u"/demo/secured"_s, {}, "good").status, 200);
}

void TestSandboxHttp::updatePrologue_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail"); // detailedErrorMessage, or currentVersion for a 409
    const QJsonArray none;
    QTest::newRow("matches") << QJsonObject{{u"version"_s, 3}, {u"actions"_s, none}} << 0 << QString();
    QTest::newRow("no version") << QJsonObject{{u"actions"_s, none}} << 400
                                << u"version: Missing required value"_s;
    QTest::newRow("version text") << QJsonObject{{u"version"_s, u"3"_s}, {u"actions"_s, none}} << 400
                                  << u"version: Missing required value"_s;
    QTest::newRow("negative version") << QJsonObject{{u"version"_s, -1}, {u"actions"_s, none}} << 400
                                      << u"version: Missing required value"_s;
    QTest::newRow("stale version") << QJsonObject{{u"version"_s, 2}, {u"actions"_s, none}} << 409 << u"3"_s;
    QTest::newRow("stale version, no actions") << QJsonObject{{u"version"_s, 2}} << 409 << u"3"_s;
    QTest::newRow("no actions") << QJsonObject{{u"version"_s, 3}} << 400
                                << u"actions: Missing required value"_s;
    QTest::newRow("actions not an array") << QJsonObject{{u"version"_s, 3}, {u"actions"_s, QJsonObject()}}
                                          << 400 << u"actions: Missing required value"_s;
}

void TestSandboxHttp::updatePrologue()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, detail);
    const QJsonObject stored{{u"id"_s, u"r-1"_s}, {u"version"_s, 3}};
    HttpResponse error;
    const auto update = UpdateRequest::read(body, stored, &error);
    if (status == 0) {
        QVERIFY(update);
        QCOMPARE(update->version(), 3);
        QVERIFY(update->actions().isEmpty());
        return;
    }
    QVERIFY(!update);
    QCOMPARE(error.status, status);
    const QJsonObject first =
        QJsonDocument::fromJson(error.body).object().value(u"errors"_s).toArray().at(0).toObject();
    if (status == 409) {
        QCOMPARE(first.value(u"code"_s).toString(), u"ConcurrentModification"_s);
        QCOMPARE(QString::number(first.value(u"currentVersion"_s).toInteger()), detail);
    } else {
        QCOMPARE(first.value(u"code"_s).toString(), u"InvalidJsonInput"_s);
        QCOMPARE(first.value(u"detailedErrorMessage"_s).toString(), detail);
    }
}

// Update actions dispatch through one table: the named handler edits the subject, a name without a
// handler answers the resource's unknown-action error, and a failing handler's error comes back as is.
void TestSandboxHttp::actionTableDispatchesByName()
{
    const ActionTable<QJsonObject> table(
        {
            {u"setName"_s,
             [](QJsonObject &doc, const QJsonObject &action) -> std::optional<HttpResponse> {
                 doc.insert(u"name"_s, action.value(u"name"_s));
                 return std::nullopt;
             }},
            {u"fail"_s,
             [](QJsonObject &, const QJsonObject &) -> std::optional<HttpResponse> {
                 return HttpResponse::error(400, u"InvalidOperation"_s, u"no"_s);
             }},
        },
        [](const QString &name) { return HttpResponse::invalidInput(u"unknown "_s % name); });
    QJsonObject doc;
    QVERIFY(table.contains(u"setName"_s));
    QVERIFY(!table.apply(doc, {{u"action"_s, u"setName"_s}, {u"name"_s, u"mug"_s}}));
    QCOMPARE(doc.value(u"name"_s).toString(), u"mug"_s);
    const auto failed = table.apply(doc, {{u"action"_s, u"fail"_s}});
    QVERIFY(failed);
    QCOMPARE(failed->status, 400);
    QVERIFY(failed->body.contains("InvalidOperation"));
    const auto unknown = table.apply(doc, {{u"action"_s, u"setColour"_s}});
    QVERIFY(unknown);
    QCOMPARE(unknown->status, 400);
    QVERIFY(unknown->body.contains("unknown setColour"));
    QVERIFY(unknown->body.contains("InvalidInput"));
}

#include "TestSandboxHttp.moc"
