// SPDX-License-Identifier: MIT
// commercedesk-sandbox: the local commercetools-compatible backend as a standalone process.
#include "sandbox/Sandbox.h"
#include "sandbox/cli/SignalWatcher.h"
#include "sandbox/faults/FaultInjector.h"
#include "sandbox/orders/OrderGenerator.h"
#include "sandbox/outside/OutsideCli.h"
#include "sandbox/outside/OutsideSystems.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QStandardPaths>

#include <cstdio>

using namespace Qt::StringLiterals;
using commercedesk::sandbox::Sandbox;
using commercedesk::sandbox::SandboxConfig;
using commercedesk::sandbox::SeedMode;
using commercedesk::sandbox::SignalWatcher;

namespace {

void printLine(const QString &text, FILE *stream)
{
    std::fputs(qPrintable(text % u'\n'), stream);
    std::fflush(stream);
}

struct Options
{
    SandboxConfig config;
    bool printCredentials = false;
    qint64 generateOrders = 0;
    QString only; // --only: run one outside service alone
};

// Adds the generated orders through a second connection to the opened sandbox's database file.
bool generateOrders(const SandboxConfig &config, qint64 count)
{
    QString error;
    QElapsedTimer timer;
    timer.start();
    const bool ok = commercedesk::sandbox::OrderGenerator::generateInFile(
        QDir(config.dataDir).filePath(u"sandbox.sqlite"_s), count, 20261126,
        [&timer](qint64 done, qint64 total) {
            printLine(u"generated %1/%2 orders (%3 s)"_s.arg(done).arg(total).arg(timer.elapsed() / 1000.0),
                      stderr);
            return true;
        },
        {}, &error);
    if (!ok)
        printLine(u"error: "_s % error, stderr);
    return ok;
}

// Returns nullopt (after printing why) when the arguments are unusable.
std::optional<Options> parseArguments(QCommandLineParser &parser, const QCoreApplication &app)
{
    const QCommandLineOption port(u"port"_s, u"TCP port (0 = any free port; the chosen one is printed)."_s,
                                  u"port"_s, u"0"_s);
    const QCommandLineOption dataDir(u"data-dir"_s, u"Folder of the sandbox database."_s, u"dir"_s);
    const QCommandLineOption projectKey(u"project-key"_s, u"Project key."_s, u"key"_s,
                                        u"commercedesk-demo"_s);
    const QCommandLineOption seed(u"seed"_s, u"First-run data: demo or none."_s, u"mode"_s, u"demo"_s);
    const QCommandLineOption listen(u"listen"_s, u"Address to listen on (default 127.0.0.1)."_s, u"address"_s,
                                    u"127.0.0.1"_s);
    const QCommandLineOption print(u"print-credentials"_s,
                                   u"Print the credentials as one JSON object and exit."_s);
    const QCommandLineOption orders(u"generate-orders"_s,
                                    u"Add N generated orders to the database before serving."_s, u"count"_s);
    const QCommandLineOption readWorkers(
        u"read-workers"_s,
        u"Threads serving order and message queries beside the request thread (default 4; 0 = every "
        u"request on the request thread)."_s,
        u"n"_s, u"4"_s);
    QCommandLineOption extra(u"bench-extra-products"_s, u"Seed N generated products (benchmarks)."_s, u"n"_s,
                             u"0"_s);
    extra.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.setApplicationDescription(u"Local commercetools-compatible backend for CommerceDesk."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({port, dataDir, projectKey, seed, listen, print, orders, readWorkers, extra});
    parser.addOptions(commercedesk::sandbox::OutsideCli::options());
    parser.process(app);

    Options o;
    bool ok = false;
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535) {
        printLine(u"error: --port must be 0..65535"_s, stderr);
        return std::nullopt;
    }
    o.config.port = static_cast<quint16>(portValue);
    o.config.dataDir = parser.isSet(dataDir)
                           ? parser.value(dataDir)
                           : QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                                 .filePath(u"commercedesk/sandbox"_s);
    o.config.projectKey = parser.value(projectKey);
    const QString seedMode = parser.value(seed);
    if (seedMode != u"demo"_s && seedMode != u"none"_s) {
        printLine(u"error: --seed must be 'demo' or 'none'"_s, stderr);
        return std::nullopt;
    }
    o.config.seed = seedMode == u"demo"_s ? SeedMode::Demo : SeedMode::None;
    o.config.address = QHostAddress(parser.value(listen));
    if (o.config.address.isNull()) {
        printLine(u"error: --listen needs an IP address"_s, stderr);
        return std::nullopt;
    }
    o.config.extraProducts = parser.value(extra).toInt();
    o.config.readWorkers = parser.value(readWorkers).toInt(&ok);
    if (!ok || o.config.readWorkers < 0 || o.config.readWorkers > 64) {
        printLine(u"error: --read-workers must be 0..64"_s, stderr);
        return std::nullopt;
    }
    if (parser.isSet(orders)) {
        o.generateOrders = parser.value(orders).toLongLong(&ok);
        if (!ok || o.generateOrders < 0) {
            printLine(u"error: --generate-orders needs a count >= 0"_s, stderr);
            return std::nullopt;
        }
    }
    o.printCredentials = parser.isSet(print);
    QString outsideError;
    if (!commercedesk::sandbox::OutsideCli::apply(parser, o.config, &o.only, &outsideError)) {
        printLine(u"error: "_s % outsideError, stderr);
        return std::nullopt;
    }
    return o;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"commercedesk-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(COMMERCEDESK_VERSION));
    QCommandLineParser parser;
    const auto options = parseArguments(parser, app);
    if (!options)
        return 2;

    QString error;
    if (!options->only.isEmpty()) {
        commercedesk::sandbox::OutsideSystems only;
        if (!commercedesk::sandbox::OutsideCli::startOnly(only, options->only, options->config, &error)) {
            printLine(u"error: "_s % error, stderr);
            return 1;
        }
        printLine(u"listening: "_s % commercedesk::sandbox::OutsideCli::describe(only.urls()), stdout);
        if (const QByteArray token = only.faults()->adminToken(); !token.isEmpty())
            printLine(u"fault admin token: "_s % QString::fromLatin1(token), stdout);
        SignalWatcher watcher;
        QObject::connect(&watcher, &SignalWatcher::signalReceived, &app,
                         [](int) { QCoreApplication::exit(0); });
        return app.exec();
    }
    Sandbox sandbox(options->config);
    if (options->generateOrders > 0) {
        if (!sandbox.open(&error)) {
            printLine(u"error: "_s % error, stderr);
            return 1;
        }
        if (!generateOrders(options->config, options->generateOrders))
            return 1;
    }
    if (options->printCredentials) {
        if (!sandbox.open(&error)) {
            printLine(u"error: "_s % error, stderr);
            return 1;
        }
        printLine(
            QString::fromUtf8(QJsonDocument(sandbox.credentials().toJson()).toJson(QJsonDocument::Compact)),
            stdout);
        return 0;
    }
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::signalReceived, &app, [&sandbox](int) {
        sandbox.stop();
        QCoreApplication::exit(0);
    });
    if (!sandbox.start(&error)) {
        printLine(u"error: "_s % error, stderr);
        return 1;
    }
    printLine(u"listening on "_s % sandbox.credentials().apiUrl.toString(), stdout);
    printLine(u"project %1, data in %2"_s.arg(options->config.projectKey, options->config.dataDir), stdout);
    if (const QString services = commercedesk::sandbox::OutsideCli::describe(sandbox.outsideUrls());
        !services.isEmpty())
        printLine(u"outside systems: "_s % services, stdout);
    if (const QByteArray token = sandbox.faultAdminToken(); !token.isEmpty())
        printLine(u"fault admin token: "_s % QString::fromLatin1(token), stdout);
    return app.exec();
}
