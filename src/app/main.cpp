// SPDX-License-Identifier: MIT
#include "app/AppOptions.h"
#include "app/Composition.h"
#include "platform/KeychainCredentialStore.h"
#include "platform/Logging.h"

#include <QApplication>
#include <QSettings>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace commercedesk;

// The process: the application object, the log, the preferences and the OS keychain. Everything of the
// app itself is built by the composition root (app::Composition).
int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(u"CommerceDesk"_s);
    QApplication::setOrganizationName(u"CommerceDesk"_s);
    QApplication::setOrganizationDomain(u"commercedesk.invalid"_s);
    QApplication::setApplicationVersion(QStringLiteral(COMMERCEDESK_VERSION));
    QApplication::setDesktopFileName(u"commercedesk"_s);

    const app::AppOptions options = app::AppOptions::parse(QApplication::arguments());
    if (options.exitCode) {
        std::fputs(qPrintable(options.message), *options.exitCode == 0 ? stdout : stderr);
        return *options.exitCode;
    }

    platform::LoggingOptions logOptions;
    logOptions.directory = platform::Logging::defaultDirectory();
    platform::Logging logging(logOptions);
    if (!logging.hasFile())
        qWarning("logging to stderr only: %s", qPrintable(logging.errorString()));

    QSettings settings; // non-secret preferences only; secrets go to the keychain
    platform::KeychainCredentialStore keychain;
    app::Composition composition(options, {&settings, &keychain, &logging.redactor()});
    QString error;
    if (!composition.start(&error)) {
        std::fputs(qPrintable(error), stderr);
        return 2;
    }
    QObject::connect(&application, &QApplication::aboutToQuit, &composition,
                     [&composition] { composition.saveWindowState(); });
    return QApplication::exec();
}
