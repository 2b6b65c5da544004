// SPDX-License-Identifier: MIT
#include "app/AppOptions.h"
#include "app/Composition.h"
#include "app/FirstRunDialog.h"
#include "app/MainWindow.h"
#include "app/SettingsController.h"
#include "app/Translations.h"
#include "app/settings/ConnectionTester.h"
#include "app/settings/ProfileStore.h"
#include "app/settings/SecretVault.h"
#include "app/storefront/StorefrontPane.h"
#include "platform/KeychainCredentialStore.h"
#include "platform/Logging.h"

#include <QApplication>
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

QString unknownProfileMessage(const app::ProfileStore &profiles, const QString &name)
{
    QStringList names;
    for (const app::ConnectionProfile &profile : profiles.profiles())
        names << profile.name;
    return QCoreApplication::translate("main",
                                       "There is no connection profile named \"%1\". Known profiles: %2\n")
        .arg(name, names.join(u", "_s));
}

// The very first start: the built-in sandbox (remembered as the choice) or the settings on a new project
// profile (nothing connects until the user uses a profile there).
void showFirstRunChooser(app::MainWindow &window, app::Composition &composition,
                         app::SettingsController &controller)
{
    auto *chooser = new app::FirstRunDialog(&window);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(chooser, &QDialog::finished, &window, [chooser, &window, &composition, &controller] {
        switch (chooser->choice()) {
        case app::FirstRunDialog::Choice::BuiltInSandbox:
            controller.activate(app::ConnectionProfile::embedded());
            break;
        case app::FirstRunDialog::Choice::OwnProject:
            window.showNotConnected(QCoreApplication::translate(
                "main", "Not connected yet: enter your project's details in the settings, save the profile "
                        "and choose \"Use this profile\"."));
            controller.openNewProfile(app::ConnectionProfile::Kind::Commercetools);
            break;
        case app::FirstRunDialog::Choice::None: // closed: the sandbox for this run, and ask again next time
            composition.start();
            break;
        }
    });
    chooser->open();
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

    platform::KeychainCredentialStore keychain;
    app::SecretVault secrets(&keychain);
    app::ProfileStore profiles(settings);
    std::optional<app::ConnectionProfile> requested;
    if (!options.profile.isEmpty()) {
        requested = profiles.profile(options.profile);
        if (!requested) {
            std::fputs(qPrintable(unknownProfileMessage(profiles, options.profile)), stderr);
            return 2;
        }
    }

    // Declared before the window, so the panes die before the services they point to.
    app::Composition composition(options, &logging.redactor());
    composition.setSecretVault(&secrets);
    app::MainWindow window;
    window.attach(&composition);
    window.restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    window.showPane(settings.value(u"window/pane"_s).toInt() == app::MainWindow::Merchant
                        ? app::MainWindow::Merchant
                        : app::MainWindow::Storefront);

    app::ConnectionTester tester(composition.network());
    app::SettingsController controller(settings, &window, &composition, &profiles, &secrets, &tester,
                                       &translations);
    QObject::connect(&application, &QApplication::aboutToQuit, &window, [&] {
        settings.setValue(u"window/geometry"_s, window.saveGeometry());
        settings.setValue(u"window/pane"_s, int(window.currentPane()));
    });
    if (!options.screenshotPath.isEmpty())
        arrangeScreenshot(window, options.screenshotPath);

    window.show();
    if (requested)
        controller.activate(*requested);
    else if (profiles.isFirstRun() && !options.skipFirstRun)
        showFirstRunChooser(window, composition, controller);
    else
        composition.activate(profiles.current());
    return QApplication::exec();
}
