// SPDX-License-Identifier: MIT
// The commercedesk-sandbox executable, run as a child process.
#include "SandboxTestSupport.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace commercedesk::sandbox;
using commercedesk::sandbox::test::TestHttp;

class TestSandboxCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void printCredentials();
    void rejectsBadArguments_data();
    void rejectsBadArguments();
    void servesOnAnyPortAndStopsOnSigterm_data();
    void servesOnAnyPortAndStopsOnSigterm();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSandboxCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSandboxCli::printCredentials()
{
    QProcess process;
    process.start(QStringLiteral(SANDBOX_EXE), {u"--data-dir"_s, m_dir->path(), u"--port"_s, u"45678"_s,
                                                u"--project-key"_s, u"cli-test"_s, u"--print-credentials"_s});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 1); // exactly one JSON object
    QJsonParseError error{};
    const QJsonObject o = QJsonDocument::fromJson(lines.at(0), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(u"projectKey"_s).toString(), u"cli-test"_s);
    QCOMPARE(o.value(u"authUrl"_s).toString(), u"http://127.0.0.1:45678"_s);
    QCOMPARE(o.value(u"apiUrl"_s).toString(), u"http://127.0.0.1:45678"_s);
    QStringList names;
    for (const QJsonValue &c : o.value(u"clients"_s).toArray()) {
        names.append(c.toObject().value(u"name"_s).toString());
        QVERIFY(!c.toObject().value(u"clientSecret"_s).toString().isEmpty());
        QVERIFY(!c.toObject().value(u"scopes"_s).toArray().isEmpty());
    }
    QCOMPARE(names, (QStringList{u"storefront"_s, u"merchant"_s, u"merchant-readonly"_s, u"oms"_s,
                                 u"orchestrator"_s, u"admin"_s}));
    const QJsonArray customers = o.value(u"customers"_s).toArray();
    QCOMPARE(customers.size(), 3);
    QCOMPARE(customers.at(0).toObject().value(u"kind"_s).toString(), u"b2c"_s);
    QCOMPARE(customers.at(1).toObject().value(u"businessUnitKey"_s).toString(), u"acme-industrial"_s);
    // A second run prints the same persisted secrets.
    QProcess again;
    again.start(QStringLiteral(SANDBOX_EXE), {u"--data-dir"_s, m_dir->path(), u"--project-key"_s,
                                              u"cli-test"_s, u"--print-credentials"_s});
    QVERIFY(again.waitForFinished(60000));
    const QJsonObject o2 = QJsonDocument::fromJson(again.readAllStandardOutput()).object();
    QCOMPARE(o2.value(u"clients"_s), o.value(u"clients"_s));
}

void TestSandboxCli::rejectsBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown seed mode") << QStringList{u"--seed"_s, u"everything"_s};
    QTest::newRow("port out of range") << QStringList{u"--port"_s, u"70000"_s};
    QTest::newRow("listen is not an address") << QStringList{u"--listen"_s, u"localhost.invalid"_s};
    QTest::newRow("order count is not a number") << QStringList{u"--generate-orders"_s, u"many"_s};
    QTest::newRow("negative read workers") << QStringList{u"--read-workers"_s, u"-1"_s};
    QTest::newRow("read workers not a number") << QStringList{u"--read-workers"_s, u"some"_s};
}

void TestSandboxCli::rejectsBadArguments()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(QStringLiteral(SANDBOX_EXE), QStringList{u"--data-dir"_s, m_dir->path()} + arguments);
    QVERIFY(process.waitForFinished(60000));
    QVERIFY(process.exitCode() != 0);
    QVERIFY(!process.readAllStandardError().isEmpty());
}

void TestSandboxCli::servesOnAnyPortAndStopsOnSigterm_data()
{
    QTest::addColumn<bool>("interrupt");
    QTest::newRow("SIGTERM") << false;
    QTest::newRow("SIGINT") << true;
}

void TestSandboxCli::servesOnAnyPortAndStopsOnSigterm()
{
    QFETCH(bool, interrupt);
    QProcess process;
    process.start(QStringLiteral(SANDBOX_EXE),
                  {u"--data-dir"_s, m_dir->path(), u"--port"_s, u"0"_s, u"--seed"_s, u"none"_s});
    QByteArray out;
    static const QRegularExpression listening(u"listening on http://127\\.0\\.0\\.1:(\\d+)"_s);
    QRegularExpressionMatch match;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput(),
                              match = listening.match(QString::fromUtf8(out)), match.hasMatch()),
                             60000);
    const int port = match.captured(1).toInt();
    QVERIFY(port > 0);
    // The credentials of this data dir, read while the server runs (SQLite WAL allows it).
    QProcess print;
    print.start(QStringLiteral(SANDBOX_EXE), {u"--data-dir"_s, m_dir->path(), u"--port"_s,
                                              QString::number(port), u"--print-credentials"_s});
    QVERIFY(print.waitForFinished(60000));
    const QJsonObject creds = QJsonDocument::fromJson(print.readAllStandardOutput()).object();
    QJsonObject admin;
    for (const QJsonValue &c : creds.value(u"clients"_s).toArray()) {
        if (c.toObject().value(u"name"_s).toString() == u"admin"_s)
            admin = c.toObject();
    }
    TestHttp http(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    const auto token =
        http.token(u"/oauth/token"_s, admin.value(u"clientId"_s).toString(),
                   admin.value(u"clientSecret"_s).toString(), {{u"grant_type"_s, u"client_credentials"_s}});
    QCOMPARE(token.status, 200);
    QVERIFY(!token.json.value(u"access_token"_s).toString().isEmpty());
    QSignalSpy finished(&process, &QProcess::finished);
    if (interrupt)
        ::kill(static_cast<pid_t>(process.processId()), SIGINT);
    else
        process.terminate(); // SIGTERM
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "TestSandboxCli.moc"
