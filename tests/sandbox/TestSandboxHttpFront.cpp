// SPDX-License-Identifier: MIT
// The sandbox's HTTP front (HttpServer on http::Server) over real loopback sockets, written byte by byte as a
// hostile or old client would: limits enforced while reading, Connection/HTTP-1.0 semantics, keep-alive,
// slow clients, and every refusal in the commercetools error shape (issue 22, item 4).
#include "http/Connection.h"
#include "sandbox/http/HttpServer.h"
#include "sandbox/http/Router.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace commercedesk::sandbox;

namespace {

// A raw client socket; the server shares the test's thread, so every wait spins the event loop.
struct RawClient
{
    QTcpSocket socket;
    QByteArray received;

    bool open(quint16 port)
    {
        socket.connectToHost(QHostAddress::LocalHost, port);
        return waitFor([this] { return socket.state() == QAbstractSocket::ConnectedState; });
    }
    bool waitFor(const std::function<bool()> &done, int timeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!done() && timer.elapsed() < timeoutMs) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            QTest::qWait(1);
            received += socket.readAll();
        }
        const bool finished = done();
        received += socket.readAll();
        return finished;
    }
    bool waitForAnswers(int count)
    {
        return waitFor([&] { return received.count("HTTP/1.1 ") >= count; });
    }
    bool waitForClose()
    {
        return waitFor([this] { return socket.state() == QAbstractSocket::UnconnectedState; });
    }
    // The JSON body of the first answer received.
    QJsonObject firstJson() const
    {
        const qsizetype start = received.indexOf("\r\n\r\n");
        const qsizetype lengthAt = received.indexOf("Content-Length: ");
        if (start < 0 || lengthAt < 0)
            return {};
        const qsizetype length =
            received.mid(lengthAt + 16, received.indexOf('\r', lengthAt) - lengthAt - 16).toLongLong();
        return QJsonDocument::fromJson(received.mid(start + 4, length)).object();
    }
};

QString codeOf(const QJsonObject &error)
{
    return error.value(u"errors"_s).toArray().at(0).toObject().value(u"code"_s).toString();
}

} // namespace

class TestSandboxHttpFront : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void declaredHugeBodyIsRefusedBeforeItIsSent();
    void bodyWithinTheLimitIsServed();
    void oversizedHeadIsRefused_data();
    void oversizedHeadIsRefused();
    void malformedRequestsAreRefusedInTheCommercetoolsShape_data();
    void malformedRequestsAreRefusedInTheCommercetoolsShape();
    void connectionCloseIsHonoured();
    void http10ClosesUnlessKeepAliveIsAsked();
    void keepAliveServesSequentialAndPipelinedRequests();
    void headAnswersWithoutABody();
    void slowHeaderClientIsCutOffWhileAnotherIsServed();
    void idleConnectionIsClosed();
    void connectionsOverTheCapAre503();

private:
    void startServer(const commercedesk::http::Limits &limits);

    Router m_router;
    std::unique_ptr<HttpServer> m_server;
    quint16 m_port = 0;
};

void TestSandboxHttpFront::init()
{
    if (m_router.match(HttpMethod::Get, u"/demo/things"_s).kind == Router::Match::Kind::NotFound) {
        RouteOptions json;
        json.body = RouteOptions::Body::Json;
        const auto echo = [](RequestContext &ctx) {
            return HttpResponse::json(QJsonObject{{u"path"_s, ctx.path}, {u"size"_s, ctx.body.size()}});
        };
        m_router.add(HttpMethod::Get, u"/{projectKey}/things"_s, echo);
        m_router.add(HttpMethod::Head, u"/{projectKey}/things"_s, echo);
        m_router.add(HttpMethod::Post, u"/{projectKey}/things"_s, echo, json);
    }
    commercedesk::http::Limits limits = HttpServer::apiLimits();
    limits.headerTimeoutMs = 400;
    limits.bodyTimeoutMs = 400;
    limits.idleTimeoutMs = 1500;
    startServer(limits);
}

void TestSandboxHttpFront::startServer(const commercedesk::http::Limits &limits)
{
    m_server = std::make_unique<HttpServer>(
        m_router, [](const QString &) { return std::nullopt; }, nullptr);
    m_server->setLimits(limits);
    auto *tcp = new QTcpServer(m_server.get());
    QVERIFY(tcp->listen(QHostAddress::LocalHost, 0));
    m_server->bind(tcp);
    m_port = tcp->serverPort();
}

void TestSandboxHttpFront::cleanup()
{
    m_server.reset();
}

// Before: QtHttpServer read the whole 100 MB before the size check (231–325 MB peak, issue 22).
void TestSandboxHttpFront::declaredHugeBodyIsRefusedBeforeItIsSent()
{
    RawClient client;
    QVERIFY(client.open(m_port));
    const QByteArray head =
        "POST /demo/things HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        "Content-Length: 104857600\r\n\r\n";
    client.socket.write(head);
    QVERIFY2(client.waitForAnswers(1), client.received.constData()); // answered with no body byte sent
    QVERIFY(client.received.startsWith("HTTP/1.1 413 Payload Too Large\r\n"));
    QVERIFY(client.received.contains("\r\nConnection: close\r\n"));
    QVERIFY(client.received.contains("\r\nX-Correlation-ID: "));
    const QJsonObject error = client.firstJson();
    QCOMPARE(error.value(u"statusCode"_s).toInt(), 413);
    QCOMPARE(codeOf(error), u"InvalidInput"_s);
    QVERIFY(error.value(u"message"_s).toString().contains(u"1048576"_s));
    // A client that sends the body anyway is not read: what it sends is discarded (bounded) and the
    // connection closed.
    const QByteArray chunk(256 * 1024, 'x');
    for (int i = 0; i < 32 && client.socket.state() == QAbstractSocket::ConnectedState; ++i) {
        client.socket.write(chunk);
        client.waitFor([&] { return client.socket.bytesToWrite() == 0; }, 200);
    }
    QVERIFY(client.waitForClose());
    QCOMPARE(m_server->stats().bytesRead, qint64(head.size()));
    QVERIFY(m_server->stats().peakRequestBytes < 1024);
    QVERIFY(m_server->stats().bytesDiscarded <= commercedesk::http::Connection::DrainBytes + chunk.size());
}

void TestSandboxHttpFront::bodyWithinTheLimitIsServed()
{
    RawClient client;
    QVERIFY(client.open(m_port));
    const QByteArray body = "{\"pad\":\"" + QByteArray(HttpServer::MaxBodyBytes - 10, 'x') + "\"}";
    QCOMPARE(body.size(), HttpServer::MaxBodyBytes);
    client.socket.write("POST /demo/things HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: " +
                        QByteArray::number(body.size()) + "\r\n\r\n");
    QVERIFY(client.waitFor([&] { return client.received.contains("HTTP/1.1 100 Continue\r\n\r\n"); }));
    client.received.clear();
    client.socket.write(body);
    QVERIFY(client.waitForAnswers(1));
    QVERIFY2(client.received.startsWith("HTTP/1.1 200 OK\r\n"), client.received.left(200).constData());
    QCOMPARE(client.firstJson().value(u"size"_s).toInt(), int(HttpServer::MaxBodyBytes));
    QVERIFY(m_server->stats().peakRequestBytes <=
            HttpServer::MaxBodyBytes + HttpServer::apiLimits().maxHeaderBytes);
}

void TestSandboxHttpFront::oversizedHeadIsRefused_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("status");
    QByteArray fields = "GET /demo/things HTTP/1.1\r\nHost: x\r\n";
    for (int i = 0; i < 40; ++i)
        fields += "X-Field-" + QByteArray::number(i) + ": " + QByteArray(2000, 'v') + "\r\n";
    QTest::newRow("80 KB of header fields") << (fields + "\r\n") << 431;
    QTest::newRow("one 200 KB header")
        << ("GET /demo/things HTTP/1.1\r\nX-A: " + QByteArray(200000, 'a')) << 431;
    QTest::newRow("70 KB request line")
        << ("GET /demo/things?q=" + QByteArray(70000, 'a') + " HTTP/1.1\r\n") << 414;
    QByteArray many = "GET /demo/things HTTP/1.1\r\nHost: x\r\n";
    for (int i = 0; i < 101; ++i)
        many += "X-" + QByteArray::number(i) + ": v\r\n";
    QTest::newRow("101 header fields") << (many + "\r\n") << 431;
}

void TestSandboxHttpFront::oversizedHeadIsRefused()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, status);
    RawClient client;
    QVERIFY(client.open(m_port));
    client.socket.write(wire);
    QVERIFY(client.waitForAnswers(1));
    QVERIFY2(client.received.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status) + ' ')),
             client.received.left(100).constData());
    QCOMPARE(client.firstJson().value(u"statusCode"_s).toInt(), status);
    QCOMPARE(codeOf(client.firstJson()), u"InvalidInput"_s);
    QVERIFY(client.waitForClose());
    QVERIFY(m_server->stats().bytesRead <= HttpServer::apiLimits().maxHeaderBytes);
    QVERIFY(m_server->stats().peakRequestBytes <= HttpServer::apiLimits().maxHeaderBytes);
}

void TestSandboxHttpFront::malformedRequestsAreRefusedInTheCommercetoolsShape_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("not HTTP") << QByteArray("HELLO WORLD THIS IS NOT HTTP\r\n\r\n") << 400
                              << u"InvalidInput"_s;
    QTest::newRow("no version") << QByteArray("GET /demo/things\r\n\r\n") << 400 << u"InvalidInput"_s;
    QTest::newRow("space in target") << QByteArray("GET /demo/th ings HTTP/1.1\r\nHost: x\r\n\r\n") << 400
                                     << u"InvalidInput"_s;
    QTest::newRow("no Host") << QByteArray("GET /demo/things HTTP/1.1\r\n\r\n") << 400 << u"InvalidInput"_s;
    QTest::newRow("bad Content-Length")
        << QByteArray("POST /demo/things HTTP/1.1\r\nHost: x\r\nContent-Length: 12abc\r\n\r\n") << 400
        << u"InvalidInput"_s;
    QTest::newRow("chunked body") << QByteArray("POST /demo/things HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
                                                "chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n")
                                  << 411 << u"InvalidInput"_s;
    QTest::newRow("unknown method") << QByteArray("BREW /demo/things HTTP/1.1\r\nHost: x\r\n\r\n") << 501
                                    << u"General"_s;
    QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 505 << u"General"_s;
}

void TestSandboxHttpFront::malformedRequestsAreRefusedInTheCommercetoolsShape()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, status);
    QFETCH(QString, code);
    RawClient client;
    QVERIFY(client.open(m_port));
    client.socket.write(wire);
    QVERIFY(client.waitForAnswers(1));
    QVERIFY2(client.received.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status) + ' ')),
             client.received.left(100).constData());
    const QJsonObject error = client.firstJson();
    QCOMPARE(error.value(u"statusCode"_s).toInt(), status);
    QCOMPARE(codeOf(error), code);
    QVERIFY(!error.value(u"message"_s).toString().isEmpty());
    QVERIFY(client.waitForClose()); // the stream cannot be trusted after a malformed request
}

void TestSandboxHttpFront::connectionCloseIsHonoured()
{
    RawClient client;
    QVERIFY(client.open(m_port));
    client.socket.write("GET /demo/things HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QVERIFY(client.waitForAnswers(1));
    QVERIFY(client.received.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(client.received.contains("\r\nConnection: close\r\n"));
    QVERIFY(client.waitForClose());
    QCOMPARE(client.received.count("HTTP/1.1 "), 1);
}

void TestSandboxHttpFront::http10ClosesUnlessKeepAliveIsAsked()
{
    RawClient plain;
    QVERIFY(plain.open(m_port));
    plain.socket.write("GET /demo/things HTTP/1.0\r\n\r\n");
    QVERIFY(plain.waitForAnswers(1));
    QVERIFY(plain.received.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(plain.waitForClose());

    RawClient kept;
    QVERIFY(kept.open(m_port));
    for (int i = 1; i <= 2; ++i) {
        kept.socket.write("GET /demo/things HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        QVERIFY(kept.waitForAnswers(i));
        QVERIFY(kept.received.contains("\r\nConnection: keep-alive\r\n"));
        QCOMPARE(kept.socket.state(), QAbstractSocket::ConnectedState);
    }
}

void TestSandboxHttpFront::keepAliveServesSequentialAndPipelinedRequests()
{
    RawClient client;
    QVERIFY(client.open(m_port));
    client.socket.write("GET /demo/things HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(client.waitForAnswers(1));
    client.socket.write("POST /demo/things HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}");
    QVERIFY(client.waitForAnswers(2));
    QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
    // Two requests in one segment: answered in order, one after the other.
    client.socket.write("GET /demo/things?a=1 HTTP/1.1\r\nHost: x\r\n\r\n"
                        "POST /demo/things HTTP/1.1\r\nHost: x\r\nContent-Length: 9\r\n\r\n{\"a\":12}\n");
    QVERIFY(client.waitForAnswers(4));
    QCOMPARE(client.received.count("HTTP/1.1 200 OK"), 4);
    QVERIFY(client.received.endsWith("\"size\":9}"));
    QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
}

void TestSandboxHttpFront::headAnswersWithoutABody()
{
    RawClient client;
    QVERIFY(client.open(m_port));
    client.socket.write(
        "HEAD /demo/things HTTP/1.1\r\nHost: x\r\n\r\nGET /demo/things HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(client.waitForAnswers(2));
    // The HEAD answer announces the GET's length and is followed directly by the next answer.
    const qsizetype second = client.received.indexOf("HTTP/1.1 ", 1);
    QVERIFY(client.received.left(second).endsWith("\r\n\r\n"));
    QVERIFY(client.received.left(second).contains("Content-Length: "));
    QVERIFY(client.waitFor([&] { return client.received.endsWith("}"); }));
}

// A slowloris client drips header bytes; it is cut off after headerTimeoutMs (counted from its first byte,
// whatever it drips later), and another client is served meanwhile.
void TestSandboxHttpFront::slowHeaderClientIsCutOffWhileAnotherIsServed()
{
    RawClient slow;
    QVERIFY(slow.open(m_port));
    slow.socket.write("GET /demo/things HTTP/1.1\r\nHost: x\r\n");
    RawClient other;
    QVERIFY(other.open(m_port));
    other.socket.write("GET /demo/things HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(other.waitForAnswers(1));
    QCOMPARE(slow.socket.state(), QAbstractSocket::ConnectedState);
    int drips = 0;
    QVERIFY(slow.waitFor(
        [&] {
            if (slow.socket.state() == QAbstractSocket::ConnectedState && drips < 200) {
                slow.socket.write("X-Drip-" + QByteArray::number(++drips) + ": a\r\n");
                QTest::qWait(20);
            }
            return slow.socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000));
    QVERIFY2(slow.received.startsWith("HTTP/1.1 408 Request Timeout\r\n"), slow.received.constData());
    QCOMPARE(codeOf(slow.firstJson()), u"InvalidInput"_s);
    QVERIFY(drips < 200);
    other.socket.write("GET /demo/things HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(other.waitForAnswers(2));
}

void TestSandboxHttpFront::idleConnectionIsClosed()
{
    RawClient idle;
    QVERIFY(idle.open(m_port));
    QVERIFY(idle.waitForClose());
    QVERIFY(idle.received.isEmpty());
}

void TestSandboxHttpFront::connectionsOverTheCapAre503()
{
    commercedesk::http::Limits limits = HttpServer::apiLimits();
    limits.maxConnections = 2;
    startServer(limits);
    RawClient first;
    RawClient second;
    RawClient third;
    QVERIFY(first.open(m_port));
    QVERIFY(second.open(m_port));
    QVERIFY(first.waitFor([&] { return m_server->stats().connections == 2; }));
    third.socket.connectToHost(QHostAddress::LocalHost, m_port); // accepted, answered and closed at once
    QVERIFY(third.waitForAnswers(1));
    QVERIFY(third.received.startsWith("HTTP/1.1 503 Service Unavailable\r\n"));
    QCOMPARE(third.firstJson().value(u"statusCode"_s).toInt(), 503);
    QVERIFY(third.waitForClose());
    first.socket.write("GET /demo/things HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(first.waitForAnswers(1));
    QVERIFY(first.received.startsWith("HTTP/1.1 200 OK\r\n"));
}

QTEST_GUILESS_MAIN(TestSandboxHttpFront)
#include "TestSandboxHttpFront.moc"
