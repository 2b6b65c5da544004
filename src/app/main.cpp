// SPDX-License-Identifier: MIT
#include "app/AppOptions.h"
#include "app/Composition.h"
#include "app/MainWindow.h"
#include "app/Translations.h"
#include "app/settings/ConnectionTester.h"
#include "app/settings/ProfileStore.h"
#include "app/settings/SecretVault.h"
#include "app/settings/SettingsDialog.h"
#include "app/storefront/StorefrontPane.h"
#include "platform/KeychainCredentialStore.h"
#include "platform/Logging.h"

#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace commercedesk;

namespace {

// --screenshot: once the catalog is shown, save the window as a PNG and quit (exit code 1 if saving fails).
void arrangeScreenshot(app::MainWindow &window, const QString &path)
{
    QObject::connect(
        window.storefront(), &app::StorefrontPane::catalogShown, &window,
        [&window, path] {
            // One more turn of the event loop so the view has painted its rows.
            QTimer::singleShot(200, &window, [&window, path] {
                const bool saved = window.grab().save(path, "PNG");
                std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "saved" : "could not save",
                             qPrintable(path));
                QCoreApplication::exit(saved ? 0 : 1);
            });
        },
        Qt::SingleShotConnection);
}

} // namespace

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

    // Non-secret preferences only; secrets go to the keychain through the SecretVault.
    QSettings settings;
    const QString language =
        options.language.isEmpty() ? settings.value(u"ui/language"_s).toString() : options.language;
    app::Translations translations;
    translations.apply(language.isEmpty() ? QLocale::system() : QLocale(language));

    app::MainWindow window;
    app::Composition composition(options, &logging.redactor());
    window.attach(&composition);
    window.restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    window.showPane(settings.value(u"window/pane"_s).toInt() == app::MainWindow::Merchant
                        ? app::MainWindow::Merchant
                        : app::MainWindow::Storefront);

    platform::KeychainCredentialStore keychain;
    app::SecretVault secrets(&keychain);
    app::ProfileStore profiles(settings);
    app::ConnectionTester tester(composition.network());
    QPointer<app::SettingsDialog> settingsDialog;
    QObject::connect(&window, &app::MainWindow::settingsRequested, &window, [&] {
        if (!settingsDialog) {
            settingsDialog = new app::SettingsDialog(&profiles, &secrets, &tester, &window);
            settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
            settingsDialog->setLanguage(settings.value(u"ui/language"_s).toString());
            QObject::connect(settingsDialog, &app::SettingsDialog::profileActivated, settingsDialog,
                             [&](const app::ConnectionProfile &profile) {
                                 if (profile.kind == app::ConnectionProfile::Kind::EmbeddedSandbox)
                                     return;
                                 QMessageBox::information(
                                     settingsDialog, QCoreApplication::translate("main", "Profile saved"),
                                     QCoreApplication::translate(
                                         "main",
                                         "The profile is stored and its connection can be tested. "
                                         "This version still runs the panes on the embedded sandbox; "
                                         "switching them to another profile comes in a later version."));
                             });
            QObject::connect(settingsDialog, &app::SettingsDialog::languageChosen, &translations,
                             [&](const QString &code) {
                                 settings.setValue(u"ui/language"_s, code);
                                 translations.apply(code.isEmpty() ? QLocale::system() : QLocale(code));
                             });
        }
        settingsDialog->show();
        settingsDialog->raise();
        settingsDialog->activateWindow();
    });
    QObject::connect(&application, &QApplication::aboutToQuit, &window, [&] {
        settings.setValue(u"window/geometry"_s, window.saveGeometry());
        settings.setValue(u"window/pane"_s, int(window.currentPane()));
    });
    if (!options.screenshotPath.isEmpty())
        arrangeScreenshot(window, options.screenshotPath);

    window.show();
    composition.start();
    return QApplication::exec();
}
