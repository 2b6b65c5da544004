// SPDX-License-Identifier: MIT
// commercedesk-sandbox: the local commercetools-compatible backend as a standalone process.
#include "sandbox/Sandbox.h"
#include "sandbox/cli/SignalWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
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
};

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
                                    u"Not available yet (orders arrive in a later version)."_s, u"count"_s);
    QCommandLineOption extra(u"bench-extra-products"_s, u"Seed N generated products (benchmarks)."_s, u"n"_s,
                             u"0"_s);
    extra.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.setApplicationDescription(u"Local commercetools-compatible backend for CommerceDesk."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({port, dataDir, projectKey, seed, listen, print, orders, extra});
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
    if (parser.isSet(orders)) {
        printLine(
            u"error: --generate-orders is not available in this version: orders arrive in a later version."_s,
            stderr);
        return std::nullopt;
    }
    o.printCredentials = parser.isSet(print);
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

    Sandbox sandbox(options->config);
    QString error;
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
    return app.exec();
}
