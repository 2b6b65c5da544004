// SPDX-License-Identifier: MIT
// The orchestrator's HTTP front (OrchestratorServer on http::Server) over a raw loopback socket: what the
// front refuses while reading is answered in the orchestrator's error shape (docs/orchestrator-api.yaml,
// Error) before the body is read, and Connection: close is honoured (issue 22, item 4).
#include "orchestrator/Exchange.h"
#include "orchestrator/OrchestratorServer.h"
#include "orchestrator/RevocationList.h"
#include "orchestrator/RouteTable.h"
#include "orchestrator/SessionTokenCodec.h"

#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk::orchestrator;

class TestOrchestratorServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusalsUseTheOrchestratorShape_data();
    void refusalsUseTheOrchestratorShape();
    void connectionCloseIsHonoured();

private:
    QByteArray exchange(const QByteArray &wire, bool *closed);

    RouteTable m_routes;
    SessionTokenCodec m_tokens{QByteArray(32, 'k')};
    RevocationList m_revocations;
    std::unique_ptr<OrchestratorServer> m_server;
    quint16 m_port = 0;
};

void TestOrchestratorServer::initTestCase()
{
    m_routes.add("GET", u"/healthz"_s, RouteTable::Access::Public, false, [](Exchange *e) {
        e->answer(200, QJsonObject{{u"status"_s, u"ok"_s}});
    });
    m_routes.add("POST", u"/v1/echo"_s, RouteTable::Access::Public, true,
                 [](Exchange *e) { e->answer(200, e->json()); });
    m_server = std::make_unique<OrchestratorServer>(m_routes, m_tokens, m_revocations, 64 * 1024, 1000,
                                                    [] { return QDateTime::currentMSecsSinceEpoch(); });
    auto *tcp = new QTcpServer(m_server.get());
    QVERIFY(tcp->listen(QHostAddress::LocalHost, 0));
    m_server->bind(tcp);
    m_port = tcp->serverPort();
}

QByteArray TestOrchestratorServer::exchange(const QByteArray &wire, bool *closed)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    socket.write(wire);
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() != QAbstractSocket::UnconnectedState && timer.elapsed() < 5000) {
        QTest::qWait(5);
        received += socket.readAll();
        if (!*closed && received.contains("\r\n\r\n") && received.endsWith('}'))
            break; // a kept-alive answer is complete
    }
    received += socket.readAll();
    *closed = socket.state() == QAbstractSocket::UnconnectedState;
    return received;
}

void TestOrchestratorServer::refusalsUseTheOrchestratorShape_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("100 MB declared")
        << QByteArray("POST /v1/echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      "Content-Length: 104857600\r\n\r\n")
        << 413 << u"PayloadTooLarge"_s;
    QTest::newRow("malformed request line")
        << QByteArray("GET /healthz HTTP/1.1 junk\r\n\r\n") << 400 << u"MalformedRequest"_s;
    QTest::newRow("header block over 16 KiB")
        << ("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Pad: " + QByteArray(17000, 'p') + "\r\n\r\n") << 431
        << u"RequestHeaderFieldsTooLarge"_s;
    QTest::newRow("chunked body")
        << QByteArray("POST /v1/echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n") << 411
        << u"LengthRequired"_s;
    QTest::newRow("unknown method") << QByteArray("PURGE /healthz HTTP/1.1\r\nHost: x\r\n\r\n") << 501
                                    << u"NotImplemented"_s;
}

void TestOrchestratorServer::refusalsUseTheOrchestratorShape()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, status);
    QFETCH(QString, code);
    const qint64 readBefore = m_server->stats().bytesRead;
    bool closed = true;
    const QByteArray received = exchange(wire, &closed);
    QVERIFY2(received.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status) + ' ')),
             received.left(120).constData());
    QVERIFY(received.contains("\r\nConnection: close\r\n"));
    QVERIFY(closed);
    const QJsonObject error =
        QJsonDocument::fromJson(received.mid(received.indexOf("\r\n\r\n") + 4)).object();
    QCOMPARE(error.value(u"status"_s).toInt(), status);
    QCOMPARE(error.value(u"code"_s).toString(), code);
    QVERIFY(!error.value(u"message"_s).toString().isEmpty());
    QVERIFY(!error.value(u"correlationId"_s).toString().isEmpty());
    QVERIFY(received.contains(
        QByteArray("X-Correlation-ID: " + error.value(u"correlationId"_s).toString().toLatin1())));
    if (status == 413)
        QCOMPARE(error.value(u"details"_s).toObject().value(u"limitBytes"_s).toInt(), 64 * 1024);
    QVERIFY(m_server->stats().bytesRead - readBefore <= 16 * 1024); // no body byte was read
}

void TestOrchestratorServer::connectionCloseIsHonoured()
{
    bool closed = false;
    QByteArray kept = exchange("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", &closed);
    QVERIFY(kept.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(!closed);
    closed = true;
    const QByteArray received =
        exchange("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", &closed);
    QVERIFY(received.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(received.contains("\r\nConnection: close\r\n"));
    QVERIFY(received.endsWith("{\"status\":\"ok\"}"));
    QVERIFY(closed);
}

QTEST_GUILESS_MAIN(TestOrchestratorServer)
#include "TestOrchestratorServer.moc"
