// SPDX-License-Identifier: MIT
// Faults on the sandbox's OWN API (service "api"): forced 409 (ConcurrentModification with the
// resource's currentVersion), 503, connection reset, timeout and latency per route and method — set
// through the sandbox's /_fault admin endpoint, and by the --fault flag of the real executable.
#include "OutsideTestSupport.h"
#include "sandbox/faults/FaultInjector.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk::sandbox;
using namespace commercedesk::sandbox::test;

namespace {

QJsonObject act(const QString &name, QJsonObject fields = {})
{
    fields.insert(u"action"_s, name);
    return fields;
}

const QJsonArray SetCountry{act(u"setCountry"_s, {{u"country"_s, u"DE"_s}})};

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

class TestSandboxApiFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void faultsThroughTheAdminEndpoint_data();
    void faultsThroughTheAdminEndpoint();
    void adminEndpointValidatesAndLists();
    void forcedConflictFromTheCommandLine();
    void adminEndpointAnswersLoopbackOnly();

private:
    HttpResult admin(const QByteArray &verb, const QJsonObject &rule = {});

    OutsideFixture m_f;
};

void TestSandboxApiFaults::initTestCase()
{
    SandboxConfig config;
    config.outside.enabled = false; // the API's faults work without any outside service
    QString error;
    QVERIFY2(m_f.start(config, &error), qPrintable(error));
}

void TestSandboxApiFaults::cleanupTestCase()
{
    m_f.stop();
}

void TestSandboxApiFaults::cleanup()
{
    m_f.http().send("DELETE", u"/_fault"_s, {}, {}, m_f.faultAuth(),
                    u"service=*"_s); // whatever a failed row left
}

HttpResult TestSandboxApiFaults::admin(const QByteArray &verb, const QJsonObject &rule)
{
    return m_f.http().send(verb, u"/_fault"_s, rule.isEmpty() ? QByteArray() : QJsonDocument(rule).toJson(),
                           rule.isEmpty() ? QByteArray() : "application/json"_ba, m_f.faultAuth());
}

void TestSandboxApiFaults::faultsThroughTheAdminEndpoint_data()
{
    QTest::addColumn<QJsonObject>("rule");
    QTest::addColumn<bool>("update");  // POST an update, else GET the cart
    QTest::addColumn<int>("status");   // 0: no HTTP answer
    QTest::addColumn<QString>("code"); // errors[0].code
    QTest::addColumn<int>("networkError");
    QTest::addColumn<int>("minMs");
    const auto rule = [](const QString &route, const QString &kind, const QJsonValue &arg = {}) {
        QJsonObject o{{u"route"_s, route}, {u"kind"_s, kind}};
        if (!arg.isUndefined())
            o.insert(u"arg"_s, arg);
        return o;
    };
    const int none = int(QNetworkReply::NoError);
    QTest::newRow("forced 409 on updates") << rule(u"POST /carts/*"_s, u"error"_s, 409) << true << 409
                                           << u"ConcurrentModification"_s << none << 0;
    QTest::newRow("503 on every cart route")
        << rule(u"/carts"_s, u"error"_s, u"503"_s) << false << 503 << u"ServiceUnavailable"_s << none << 0;
    QTest::newRow("outage") << rule(u"*"_s, u"outage"_s) << false << 503 << u"ServiceUnavailable"_s << none
                            << 0;
    QTest::newRow("connection reset") << rule(u"GET /carts/*"_s, u"reset"_s) << false << 0 << QString()
                                      << int(QNetworkReply::RemoteHostClosedError) << 0;
    QTest::newRow("timeout") << rule(u"GET /carts/*"_s, u"timeout"_s) << false << 0 << QString()
                             << int(QNetworkReply::OperationCanceledError) << 0;
    QTest::newRow("latency") << rule(u"GET /carts/*"_s, u"latency"_s, 400) << false << 200 << QString()
                             << none << 400;
    QTest::newRow("a rule for another method")
        << rule(u"DELETE /carts/*"_s, u"error"_s, 409) << true << 200 << QString() << none << 0;
    QTest::newRow("a rule for another route")
        << rule(u"POST /orders/*"_s, u"error"_s, 409) << true << 200 << QString() << none << 0;
}

void TestSandboxApiFaults::faultsThroughTheAdminEndpoint()
{
    QFETCH(QJsonObject, rule);
    QFETCH(bool, update);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(int, networkError);
    QFETCH(int, minMs);
    const QJsonObject cart = m_f.createCart();
    QVERIFY(!cart.isEmpty());
    const QString path = m_f.base() % u"/carts/"_s % cart.value(u"id"_s).toString();
    const HttpResult added = admin("POST", rule);
    QCOMPARE(added.status, 201);
    QCOMPARE(added.json.value(u"service"_s).toString(), u"api"_s);

    QNetworkAccessManager nam;
    QNetworkRequest request(m_f.http().url(path));
    request.setRawHeader("Authorization", "Bearer " + m_f.adminToken());
    request.setTransferTimeout(3000);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = nullptr;
    if (update) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        reply = nam.post(request, QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"actions"_s, SetCountry}})
                                      .toJson(QJsonDocument::Compact));
    } else {
        reply = nam.get(request);
    }
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    reply->deleteLater();
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    if (status == 0) {
        QCOMPARE(int(reply->error()), networkError);
    } else {
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        const QJsonObject error = body.value(u"errors"_s).toArray().at(0).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), code);
        if (code == u"ConcurrentModification"_s)
            QCOMPARE(error.value(u"currentVersion"_s).toInt(), 1); // the cart's real version
        if (status == 200)
            QCOMPARE(body.value(u"id"_s), cart.value(u"id"_s));
    }
    QVERIFY(timer.elapsed() >= minMs);
    // Cleared: a faulted update wrote nothing, and the same request is served normally.
    QCOMPARE(admin("DELETE").json.value(u"removed"_s).toInt(), 1);
    if (status != 200)
        QCOMPARE(m_f.get(path).json.value(u"version"_s).toInt(), 1);
    const HttpResult normal =
        update ? m_f.update(path, m_f.get(path).json.value(u"version"_s).toInteger(), SetCountry)
               : m_f.get(path);
    QCOMPARE(normal.status, 200);
}

void TestSandboxApiFaults::adminEndpointValidatesAndLists()
{
    QCOMPARE(
        admin("POST", {{u"route"_s, u"FETCH /carts"_s}, {u"kind"_s, u"error"_s}, {u"arg"_s, 409}}).status,
        400);
    QCOMPARE(admin("POST", {{u"route"_s, u"/carts"_s}, {u"kind"_s, u"explode"_s}}).status, 400);
    QCOMPARE(
        admin("POST", {{u"service"_s, u"tax"_s}, {u"route"_s, u"/extension"_s}, {u"kind"_s, u"timeout"_s}})
            .status,
        201);
    QCOMPARE(
        admin(
            "POST",
            {{u"route"_s, u"/carts/*"_s}, {u"method"_s, u"post"_s}, {u"kind"_s, u"error"_s}, {u"arg"_s, 409}})
            .status,
        201);
    const QJsonArray rules = admin("GET").json.value(u"rules"_s).toArray();
    QCOMPARE(rules.size(), 2);
    QCOMPARE(rules.at(1).toObject(), (QJsonObject{{u"service"_s, u"api"_s},
                                                  {u"route"_s, u"/carts/*"_s},
                                                  {u"method"_s, u"POST"_s},
                                                  {u"kind"_s, u"error"_s},
                                                  {u"arg"_s, u"409"_s}}));
    // The API's rules do not touch the outside services' rules, and vice versa.
    QCOMPARE(admin("DELETE").json.value(u"removed"_s).toInt(), 1);
    QCOMPARE(m_f.http()
                 .send("DELETE", u"/_fault"_s, {}, {}, m_f.faultAuth(), u"service=*"_s)
                 .json.value(u"removed"_s)
                 .toInt(),
             1);
    QCOMPARE(admin("GET").json.value(u"rules"_s).toArray().size(), 0);
}

void TestSandboxApiFaults::forcedConflictFromTheCommandLine()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const quint16 port = freePort();
    QVERIFY(port != 0);
    const QStringList common{u"--data-dir"_s,    dir.path(),      u"--port"_s,      QString::number(port),
                             u"--project-key"_s, u"cli-faults"_s, u"--no-outside"_s};
    QProcess print;
    print.start(QStringLiteral(SANDBOX_EXE), common + QStringList{u"--print-credentials"_s});
    QVERIFY(print.waitForFinished(60000));
    QCOMPARE(print.exitCode(), 0);
    const QJsonObject printed = QJsonDocument::fromJson(print.readAllStandardOutput().trimmed()).object();
    SandboxCredentials credentials;
    credentials.projectKey = u"cli-faults"_s;
    credentials.authUrl = credentials.apiUrl = QUrl(printed.value(u"apiUrl"_s).toString());
    for (const QJsonValue &c : printed.value(u"clients"_s).toArray()) {
        const QJsonObject o = c.toObject();
        credentials.clients.append({o.value(u"name"_s).toString(),
                                    o.value(u"clientId"_s).toString(),
                                    o.value(u"clientSecret"_s).toString(),
                                    {}});
    }

    QProcess server;
    server.start(QStringLiteral(SANDBOX_EXE),
                 common + QStringList{u"--fault"_s, u"api:POST /carts/*:error:409"_s, u"--fault-admin"_s});
    QVERIFY(server.waitForStarted());
    // The admin token is printed once at start (the endpoint does not exist without --fault-admin).
    QByteArray printedOut;
    QTRY_VERIFY_WITH_TIMEOUT((printedOut += server.readAllStandardOutput()).contains("fault admin token: "),
                             30000);
    QTRY_VERIFY_WITH_TIMEOUT((printedOut += server.readAllStandardOutput()).contains('\n') &&
                                 printedOut.indexOf('\n', printedOut.indexOf("fault admin token: ")) > 0,
                             10000);
    const qsizetype at = printedOut.indexOf("fault admin token: ") + 19;
    const QList<QPair<QByteArray, QByteArray>> faultAuth{
        {"Authorization", "Bearer " + printedOut.mid(at, printedOut.indexOf('\n', at) - at).trimmed()}};
    TestHttp http(credentials.apiUrl);
    QByteArray token;
    QTRY_VERIFY_WITH_TIMEOUT(!(token = http.clientToken(credentials, u"admin"_s)).isEmpty(), 30000);
    const QList<QPair<QByteArray, QByteArray>> auth{{"Authorization", "Bearer " + token}};
    const HttpResult cart =
        http.send("POST", u"/cli-faults/carts"_s, R"({"currency":"EUR"})", "application/json", auth);
    QCOMPARE(cart.status, 201); // POST /carts is not under /carts/*
    const QString path = u"/cli-faults/carts/"_s % cart.json.value(u"id"_s).toString();
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"actions"_s, SetCountry}}).toJson();
    const HttpResult conflict = http.send("POST", path, body, "application/json", auth);
    QCOMPARE(conflict.status, 409);
    QCOMPARE(conflict.errorCode(), u"ConcurrentModification"_s);
    QCOMPARE(conflict.json.value(u"errors"_s).toArray().at(0).toObject().value(u"currentVersion"_s).toInt(),
             1);
    QCOMPARE(http.get(path, {}, token).json.value(u"version"_s).toInt(), 1);
    QCOMPARE(http.get(u"/_fault"_s).status, 401); // no token
    const QJsonArray rules = http.get(u"/_fault"_s, {}, {}, faultAuth).json.value(u"rules"_s).toArray();
    QCOMPARE(rules.size(), 1);
    QCOMPARE(rules.at(0).toObject().value(u"method"_s).toString(), u"POST"_s);
    QCOMPARE(http.send("DELETE", u"/_fault"_s, {}, {}, faultAuth).json.value(u"removed"_s).toInt(), 1);
    QCOMPARE(http.send("POST", path, body, "application/json", auth).status, 200);
    server.terminate();
    QVERIFY(server.waitForFinished(30000));
}

void TestSandboxApiFaults::adminEndpointAnswersLoopbackOnly()
{
    QHostAddress external;
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() && !a.isLinkLocal()) {
            external = a;
            break;
        }
    }
    if (external.isNull())
        QSKIP("this machine has no non-loopback IPv4 address");
    OutsideFixture wide;
    SandboxConfig config;
    config.address = QHostAddress::AnyIPv4;
    config.outside.enabled = false;
    QString error;
    QVERIFY2(wide.start(config, &error), qPrintable(error));
    const QString port = QString::number(wide.sandbox().port());
    TestHttp remote(QUrl(u"http://"_s % external.toString() % u':' % port));
    const QByteArray rule = R"({"route":"*","kind":"outage"})";
    const HttpResult refused = remote.send("POST", u"/_fault"_s, rule, "application/json");
    QCOMPARE(refused.status, 403);
    QCOMPARE(remote.get(u"/_fault"_s).status, 403);
    QCOMPARE(wide.sandbox().faults()->rules().size(), 0);
    // The same peer reaches the API itself; loopback reaches the admin endpoint.
    QCOMPARE(
        remote.token(u"/oauth/token"_s, u"nobody"_s, u"wrong"_s, {{u"grant_type"_s, u"client_credentials"_s}})
            .status,
        401);
    TestHttp local(QUrl(u"http://127.0.0.1:"_s % port));
    QCOMPARE(local.send("POST", u"/_fault"_s, rule, "application/json", wide.faultAuth()).status, 201);
    QCOMPARE(wide.sandbox().faults()->rules().size(), 1);
}

QTEST_GUILESS_MAIN(TestSandboxApiFaults)
#include "TestSandboxApiFaults.moc"
