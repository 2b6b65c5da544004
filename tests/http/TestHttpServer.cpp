// SPDX-License-Identifier: MIT
// http::Server and its connections on their own, over real loopback sockets: the lifetimes of deferred
// answers (a responder kept past its client, its connection or its server) and the connection bookkeeping.
// Runs under AddressSanitizer in scripts/test-sanitizers (label unit), where a use after free would abort.
#include "http/Server.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace commercedesk::http;

namespace {

// Answers "/now" at once and keeps the responder of any other request for the test to use later.
class HoldingServer final : public Server
{
public:
    QList<Responder> held;

protected:
    void serve(Request request, const Responder &responder) override
    {
        if (request.path == "/now")
            responder.send(Reply{200, "text/plain", "now", {}});
        else
            held.append(responder);
    }
    Reply protocolError(const ProtocolError &error) const override
    {
        return Reply{error.status, "text/plain", error.message.toUtf8(), {}};
    }
};

bool waitUntil(const std::function<bool()> &done, int timeoutMs = 5000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QTest::qWait(5);
    return done();
}

} // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void deferredAnswerArrivesAndTheConnectionServesOn();
    void responderOfAGoneClientDoesNothing();
    void responderOutlivesItsServer();
    void abortDropsTheConnection();

private:
    std::unique_ptr<HoldingServer> m_server;
    quint16 m_port = 0;
};

void TestHttpServer::init()
{
    m_server = std::make_unique<HoldingServer>();
    auto *tcp = new QTcpServer(m_server.get());
    QVERIFY(tcp->listen(QHostAddress::LocalHost, 0));
    m_server->bind(tcp);
    m_port = tcp->serverPort();
}

void TestHttpServer::deferredAnswerArrivesAndTheConnectionServesOn()
{
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, m_port);
    // The second request waits, unread, until the first is answered.
    client.write("GET /held HTTP/1.1\r\nHost: x\r\n\r\nGET /now HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(waitUntil([&] { return m_server->held.size() == 1; }));
    QTest::qWait(50);
    QCOMPARE(client.bytesAvailable(), qint64(0));
    QVERIFY(m_server->held.first().isPending());
    m_server->held.first().send(Reply{202, "text/plain", "later", {}});
    QVERIFY(!m_server->held.first().isPending());
    m_server->held.first().send(Reply{500, "text/plain", "twice", {}}); // the first answer wins
    QByteArray received;
    QVERIFY(waitUntil([&] { return (received += client.readAll()).endsWith("now"); }));
    QVERIFY(received.startsWith("HTTP/1.1 202 Accepted\r\n"));
    QCOMPARE(received.count("HTTP/1.1 "), 2);
    QVERIFY(!received.contains("twice"));
}

void TestHttpServer::responderOfAGoneClientDoesNothing()
{
    {
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, m_port);
        client.write("GET /held HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(waitUntil([&] { return m_server->held.size() == 1; }));
        client.abort();
    }
    QVERIFY(waitUntil([&] { return m_server->stats().connections == 0; }));
    QVERIFY(!m_server->held.first().isPending());
    QCOMPARE(m_server->held.first().connectionObject(), nullptr);
    m_server->held.first().send(Reply{200, "text/plain", "late", {}});
    m_server->held.first().abort();
}

void TestHttpServer::responderOutlivesItsServer()
{
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, m_port);
    client.write("GET /held HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(waitUntil([&] { return m_server->held.size() == 1; }));
    QPointer<QObject> connection = m_server->held.first().connectionObject();
    QVERIFY(connection);
    const QList<Responder> kept = m_server->held;
    m_server.reset(); // closes its connections
    QVERIFY(!connection);
    QVERIFY(!kept.first().isPending());
    kept.first().send(Reply{200, "text/plain", "late", {}});
    QVERIFY(waitUntil([&] { return client.state() == QAbstractSocket::UnconnectedState; }));
}

void TestHttpServer::abortDropsTheConnection()
{
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, m_port);
    client.write("GET /held HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(waitUntil([&] { return m_server->held.size() == 1; }));
    m_server->held.first().abort();
    QVERIFY(waitUntil([&] { return client.state() == QAbstractSocket::UnconnectedState; }));
    QVERIFY(client.readAll().isEmpty());
    QVERIFY(waitUntil([&] { return m_server->stats().connections == 0; }));
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "TestHttpServer.moc"
