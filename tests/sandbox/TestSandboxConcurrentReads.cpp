// SPDX-License-Identifier: MIT
// HttpServer's read workers (RouteOptions::concurrentRead, issue #21): over real loopback TCP, a read that
// is held on a worker delays neither a request served on the server's thread nor another concurrent read;
// a worker reads through its own SQLite connection and sees what the server's thread committed; and the
// server's destructor waits for a read still running.
#include "SandboxTestSupport.h"
#include "sandbox/http/HttpServer.h"
#include "sandbox/http/Router.h"
#include "sandbox/storage/Database.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace commercedesk::sandbox;
using commercedesk::sandbox::test::HttpResult;
using commercedesk::sandbox::test::TestHttp;

class TestSandboxConcurrentReads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void heldReadDelaysNeitherTheServerThreadNorAnotherRead();
    void workersSeeWhatTheServerThreadCommitted();
    void routesWithoutTheMarkStayOnTheServerThread();
    void destructorWaitsForARunningRead();

private:
    // Sends `path` on a raw connection without waiting for the answer.
    std::unique_ptr<QTcpSocket> sendRaw(const QByteArray &path);
    // Reads the raw connection until a full answer arrived (or 10 s).
    static QByteArray awaitAnswer(QTcpSocket &socket);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<TestHttp> m_http;
    quint16 m_port = 0;
    QSemaphore m_release;
    std::atomic<int> m_heldStarted{0};
    std::atomic<bool> m_heldOffServerThread{false};
    std::atomic<bool> m_markedOnServerThread{false};
    QThread *m_serverThread = nullptr;
};

void TestSandboxConcurrentReads::init()
{
    QVERIFY(m_dir.isValid());
    m_database = std::make_unique<Database>();
    QVERIFY(m_database->open(m_dir.filePath(u"reads.sqlite"_s)));
    QVERIFY(m_database->exec(u"CREATE TABLE IF NOT EXISTS notes (text TEXT)"_s));
    QVERIFY(m_database->exec(u"DELETE FROM notes"_s));
    m_serverThread = QThread::currentThread();
    m_heldStarted = 0;
    m_router = std::make_unique<Router>();
    RouteOptions read;
    read.concurrentRead = true;
    // Held until the test releases it (at most 10 s, so a server that serializes fails instead of hanging).
    m_router->add(
        HttpMethod::Get, u"/{projectKey}/held"_s,
        [this](RequestContext &) {
            m_heldOffServerThread = QThread::currentThread() != m_serverThread;
            ++m_heldStarted;
            const bool released = m_release.tryAcquire(1, 10000);
            return HttpResponse::json(QJsonObject{{u"released"_s, released}});
        },
        read);
    m_router->add(
        HttpMethod::Get, u"/{projectKey}/count"_s,
        [this](RequestContext &) {
            const QVariant n = m_database->scalar(u"SELECT COUNT(*) FROM notes"_s);
            return HttpResponse::json(QJsonObject{{u"count"_s, n.toInt()}, {u"ok"_s, n.isValid()}});
        },
        read);
    m_router->add(HttpMethod::Get, u"/{projectKey}/plain"_s, [this](RequestContext &) {
        m_markedOnServerThread = QThread::currentThread() == m_serverThread;
        return HttpResponse::json(QJsonObject{{u"plain"_s, true}});
    });
    RouteOptions write;
    write.writes = true;
    m_router->add(
        HttpMethod::Post, u"/{projectKey}/notes"_s,
        [this](RequestContext &) {
            m_database->exec(u"INSERT INTO notes (text) VALUES ('x')"_s);
            return HttpResponse::json(QJsonObject{{u"stored"_s, true}}, 201);
        },
        write);
    m_server = std::make_unique<HttpServer>(*m_router, nullptr, m_database.get());
    m_server->setReadWorkers(2);
    auto *tcp = new QTcpServer(m_server.get());
    QVERIFY(tcp->listen(QHostAddress::LocalHost, 0));
    m_server->bind(tcp);
    m_port = tcp->serverPort();
    m_http = std::make_unique<TestHttp>(QUrl(u"http://127.0.0.1:%1"_s.arg(m_port)));
}

void TestSandboxConcurrentReads::cleanup()
{
    m_release.release(4); // nothing may stay held
    m_http.reset();
    m_server.reset();
    m_router.reset();
    m_database.reset();
    m_release.acquire(m_release.available());
}

std::unique_ptr<QTcpSocket> TestSandboxConcurrentReads::sendRaw(const QByteArray &path)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, m_port);
    if (!socket->waitForConnected(5000))
        return nullptr;
    socket->write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    socket->flush();
    return socket;
}

QByteArray TestSandboxConcurrentReads::awaitAnswer(QTcpSocket &socket)
{
    QElapsedTimer timer;
    timer.start();
    QByteArray received;
    while (!received.endsWith("}") && timer.elapsed() < 10000) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        received += socket.readAll();
    }
    return received;
}

void TestSandboxConcurrentReads::heldReadDelaysNeitherTheServerThreadNorAnotherRead()
{
    auto held = sendRaw("/demo/held");
    QVERIFY(held);
    QTRY_COMPARE_WITH_TIMEOUT(m_heldStarted.load(), 1, 5000);
    QVERIFY(m_heldOffServerThread);

    QElapsedTimer timer;
    timer.start();
    const HttpResult plain = m_http->get(u"/demo/plain"_s);
    QCOMPARE(plain.status, 200);
    const HttpResult count = m_http->get(u"/demo/count"_s); // the second worker
    QCOMPARE(count.status, 200);
    QCOMPARE(count.json.value(u"ok"_s).toBool(), true);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(u"waited %1 ms behind the held read"_s.arg(timer.elapsed())));
    QVERIFY(held->bytesAvailable() == 0); // still held

    m_release.release();
    const QByteArray answer = awaitAnswer(*held);
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
    QVERIFY(answer.contains("\"released\":true"));
    QVERIFY(answer.contains("X-Correlation-ID") || answer.contains("x-correlation-id"));
}

void TestSandboxConcurrentReads::workersSeeWhatTheServerThreadCommitted()
{
    for (int i = 1; i <= 3; ++i) {
        const HttpResult stored = m_http->send("POST", u"/demo/notes"_s, {}, {});
        QCOMPARE(stored.status, 201);
        const HttpResult count = m_http->get(u"/demo/count"_s);
        QCOMPARE(count.status, 200);
        QCOMPARE(count.json.value(u"count"_s).toInt(), i);
    }
}

void TestSandboxConcurrentReads::routesWithoutTheMarkStayOnTheServerThread()
{
    m_markedOnServerThread = false;
    QCOMPARE(m_http->get(u"/demo/plain"_s).status, 200);
    QVERIFY(m_markedOnServerThread);
    // Refusals are answered before any worker: an unknown path, a wrong method.
    QCOMPARE(m_http->get(u"/demo/nothing-here"_s).status, 404);
    QCOMPARE(m_http->send("DELETE", u"/demo/count"_s, {}, {}).status, 405);
}

void TestSandboxConcurrentReads::destructorWaitsForARunningRead()
{
    auto held = sendRaw("/demo/held");
    QVERIFY(held);
    QTRY_COMPARE_WITH_TIMEOUT(m_heldStarted.load(), 1, 5000);
    std::thread releaser([this] {
        QThread::msleep(200);
        m_release.release();
    });
    QElapsedTimer timer;
    timer.start();
    m_server.reset(); // must wait for the worker, whose handler still uses this test's state
    releaser.join();
    QVERIFY2(timer.elapsed() >= 150, qPrintable(u"returned after %1 ms"_s.arg(timer.elapsed())));
}

QTEST_MAIN(TestSandboxConcurrentReads)
#include "TestSandboxConcurrentReads.moc"
