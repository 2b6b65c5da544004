// SPDX-License-Identifier: MIT
#include "platform/Logging.h"
#include "platform/Redactor.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;
using commercedesk::platform::Logging;
using commercedesk::platform::LoggingOptions;
using commercedesk::platform::LogLevel;

namespace {

Q_LOGGING_CATEGORY(lcTest, "commercedesk.test.logging")

enum class Route { QtWarning, QtCategory, Spdlog };

QStringList g_captured; // filled by captureHandler, only in restoresPreviousHandlerAndLogger

void captureHandler(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_captured.append(message);
}

QString readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void logVia(Route route, const QString &message)
{
    switch (route) {
    case Route::QtWarning:
        qWarning().noquote() << message;
        break;
    case Route::QtCategory:
        qCInfo(lcTest).noquote() << message;
        break;
    case Route::Spdlog:
        spdlog::warn("{}", message.toStdString());
        break;
    }
}

} // namespace

class TestLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void redactsEveryRoute_data();
    void redactsEveryRoute();
    void redactsConsoleSink();
    void appliesLevels();
    void rotatesBySizeAndCount();
    void restoresPreviousHandlerAndLogger();
    void keepsWorkingWithoutLogFile();
    void levelFromString_data();
    void levelFromString();
    void defaultDirectoryIsAppLocalData();

private:
    LoggingOptions options() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLogging::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

LoggingOptions TestLogging::options() const
{
    LoggingOptions result;
    result.directory = m_dir->filePath(u"logs"_s);
    result.consoleLevel =
        LogLevel::Off; // keep test output readable; the file sink sits behind the same redactor
    return result;
}

void TestLogging::redactsEveryRoute_data()
{
    QTest::addColumn<Route>("route");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("masked");

    struct Case
    {
        const char *name;
        QString message;
        QString secret;
        QString masked;
    };
    const Case cases[] = {
        {"authorization header", u"request headers: Authorization: Bearer hdr-Token-123 accept: json"_s,
         u"hdr-Token-123"_s, u"request headers: Authorization: Bearer *** accept: json"_s},
        {"bearer token", u"retrying with Bearer free-Token.456 after 401"_s, u"free-Token.456"_s,
         u"retrying with Bearer *** after 401"_s},
        {"form client secret",
         u"POST /oauth/token grant_type=client_credentials&client_secret=form-Secret-789&scope=view_orders"_s,
         u"form-Secret-789"_s,
         u"POST /oauth/token grant_type=client_credentials&client_secret=***&scope=view_orders"_s},
        {"json access token", uR"(token response {"access_token":"json-Token-abc","expires_in":172800})"_s,
         u"json-Token-abc"_s, uR"(token response {"access_token":"***","expires_in":172800})"_s},
        {"registered secret", u"signing in with registered-Secret-42 for profile prod"_s,
         u"registered-Secret-42"_s, u"signing in with *** for profile prod"_s},
        {"card number", u"card 4111 1111 1111 1111 authorized"_s, u"4111 1111 1111 1111"_s,
         u"card **** **** **** 1111 authorized"_s},
    };
    const std::pair<const char *, Route> routes[] = {
        {"qWarning", Route::QtWarning}, {"qCInfo", Route::QtCategory}, {"spdlog", Route::Spdlog}};
    for (const auto &[routeName, route] : routes) {
        for (const Case &c : cases) {
            QTest::addRow("%s: %s", routeName, c.name) << route << c.message << c.secret << c.masked;
        }
    }
}

void TestLogging::redactsEveryRoute()
{
    QFETCH(Route, route);
    QFETCH(QString, message);
    QFETCH(QString, secret);
    QFETCH(QString, masked);

    QString path;
    {
        Logging logging(options());
        QVERIFY2(logging.hasFile(), qPrintable(logging.errorString()));
        QVERIFY(logging.redactor().addSecret(u"registered-Secret-42"_s));
        path = logging.filePath();
        logVia(route, message);
        logging.flush();
        const QString content = readAll(path);
        QVERIFY2(!content.contains(secret), qPrintable(content));
        QVERIFY2(content.contains(masked), qPrintable(content));
    }
    // The line carries the logger/category name and level.
    const QString content = readAll(path);
    const QString expectedTag = route == Route::QtWarning    ? u"[warning] [default] "_s
                                : route == Route::QtCategory ? u"[info] [commercedesk.test.logging] "_s
                                                             : u"[warning] [commercedesk] "_s;
    QVERIFY2(content.contains(expectedTag + masked), qPrintable(content));
    QVERIFY(!content.contains(secret));
}

void TestLogging::redactsConsoleSink()
{
#ifdef Q_OS_UNIX
    // Point file descriptor 2 at a file for the duration of the Logging instance.
    const QString capturePath = m_dir->filePath(u"stderr.txt"_s);
    QFile capture(capturePath);
    QVERIFY(capture.open(QIODevice::WriteOnly));
    std::fflush(stderr);
    const int savedStderr = ::dup(STDERR_FILENO);
    QVERIFY(savedStderr >= 0);
    QVERIFY(::dup2(capture.handle(), STDERR_FILENO) >= 0);
    {
        LoggingOptions opts = options();
        opts.consoleLevel = LogLevel::Info;
        Logging logging(opts);
        qCWarning(lcTest) << "console Authorization: Bearer console-Token-1";
        spdlog::error("console card 4111111111111111 end");
        logging.flush();
    }
    std::fflush(stderr);
    ::dup2(savedStderr, STDERR_FILENO);
    ::close(savedStderr);
    capture.close();

    const QString console = readAll(capturePath);
    QVERIFY2(console.contains(u"[commercedesk.test.logging] console Authorization: Bearer ***"_s),
             qPrintable(console));
    QVERIFY2(console.contains(u"console card ************1111 end"_s), qPrintable(console));
    QVERIFY(!console.contains(u"console-Token-1"_s));
    QVERIFY(!console.contains(u"4111111111111111"_s));
#else
    QSKIP("redirects file descriptor 2, POSIX only");
#endif
}

void TestLogging::appliesLevels()
{
    LoggingOptions opts = options();
    opts.fileLevel = LogLevel::Info;
    Logging logging(opts);
    qCDebug(lcTest) << "debug-line-1";
    qCInfo(lcTest) << "info-line-1";
    spdlog::debug("debug-line-2");
    logging.setFileLevel(LogLevel::Debug);
    qCDebug(lcTest) << "debug-line-3";
    logging.setFileLevel(LogLevel::Error);
    qWarning() << "warning-line-4";
    qCritical() << "critical-line-5";
    logging.flush();

    const QString content = readAll(logging.filePath());
    QVERIFY(!content.contains(u"debug-line-1"_s));
    QVERIFY(content.contains(u"info-line-1"_s));
    QVERIFY(!content.contains(u"debug-line-2"_s));
    QVERIFY(content.contains(u"[debug] [commercedesk.test.logging] debug-line-3"_s));
    QVERIFY(!content.contains(u"warning-line-4"_s));
    QVERIFY(content.contains(u"[error] [default] critical-line-5"_s));
}

void TestLogging::rotatesBySizeAndCount()
{
    LoggingOptions opts = options();
    opts.fileName = u"rotating.log"_s;
    opts.maxFileSize = 2048;
    opts.maxFiles = 2;
    {
        Logging logging(opts);
        QCOMPARE(logging.options().maxFileSize, qint64(2048));
        QCOMPARE(logging.options().maxFiles, 2);
        for (int i = 0; i < 200; ++i)
            spdlog::info("line {:04} {}", i, std::string(60, 'x'));
    }
    const QDir dir(opts.directory);
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    QCOMPARE(files, (QStringList{u"rotating.1.log"_s, u"rotating.2.log"_s, u"rotating.log"_s}));
    for (const QString &file : files) {
        const qint64 size = QFileInfo(dir.filePath(file)).size();
        QVERIFY2(size > 0 && size <= 2048, qPrintable(u"%1 has %2 bytes"_s.arg(file).arg(size)));
    }
    QVERIFY(readAll(dir.filePath(u"rotating.log"_s)).contains(u"line 0199"_s));
    QVERIFY(!readAll(dir.filePath(u"rotating.2.log"_s)).contains(u"line 0000"_s));
}

void TestLogging::restoresPreviousHandlerAndLogger()
{
    g_captured.clear();
    const QtMessageHandler testlibHandler = qInstallMessageHandler(&captureHandler);
    const auto loggerBefore = spdlog::default_logger();

    for (int round = 0; round < 2; ++round) {
        LoggingOptions opts = options();
        opts.fileName = u"round%1.log"_s.arg(round);
        {
            Logging logging(opts);
            QVERIFY(spdlog::default_logger() != loggerBefore);
            qWarning() << "inside" << round;
        }
        QCOMPARE(spdlog::default_logger(), loggerBefore);
        QVERIFY(readAll(QDir(opts.directory).filePath(opts.fileName)).contains(u"inside %1"_s.arg(round)));
    }
    qWarning("after");
    qInstallMessageHandler(testlibHandler);
    QCOMPARE(g_captured, QStringList{u"after"_s});
}

void TestLogging::keepsWorkingWithoutLogFile()
{
    QFile blocker(m_dir->filePath(u"not-a-directory"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    LoggingOptions opts = options();
    opts.directory = blocker.fileName() + u"/logs"_s;
    Logging logging(opts);
    QVERIFY(!logging.hasFile());
    QVERIFY(logging.errorString().contains(opts.directory));
    qWarning("still fine");
    spdlog::error("still fine");
    logging.flush();
}

void TestLogging::levelFromString_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("level"); // -1: not a level

    QTest::newRow("trace") << u"trace"_s << int(LogLevel::Trace);
    QTest::newRow("debug upper case") << u"DEBUG"_s << int(LogLevel::Debug);
    QTest::newRow("info") << u"info"_s << int(LogLevel::Info);
    QTest::newRow("warning") << u"warning"_s << int(LogLevel::Warning);
    QTest::newRow("warn") << u"Warn"_s << int(LogLevel::Warning);
    QTest::newRow("error") << u"error"_s << int(LogLevel::Error);
    QTest::newRow("critical") << u"critical"_s << int(LogLevel::Critical);
    QTest::newRow("off") << u"off"_s << int(LogLevel::Off);
    QTest::newRow("unknown") << u"verbose"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestLogging::levelFromString()
{
    QFETCH(QString, name);
    QFETCH(int, level);
    const auto parsed = Logging::levelFromString(name);
    QCOMPARE(parsed ? int(*parsed) : -1, level);
}

void TestLogging::defaultDirectoryIsAppLocalData()
{
    QCoreApplication::setOrganizationName(u"CommerceDeskTests"_s);
    QCoreApplication::setApplicationName(u"LoggingTest"_s);
    const QString expected =
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/logs"_s;
    QVERIFY(expected.contains(u"LoggingTest"_s));
    QCOMPARE(Logging::defaultDirectory(), expected);
}

QTEST_GUILESS_MAIN(TestLogging)
#include "TestLogging.moc"
