// SPDX-License-Identifier: MIT
#include "app/AppOptions.h"
#include "app/Composition.h"
#include "app/MainWindow.h"
#include "app/Translations.h"
#include "app/storefront/StorefrontPane.h"
#include "platform/Logging.h"

#include <QApplication>
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

    app::Translations translations;
    translations.apply(options.language.isEmpty() ? QLocale::system() : QLocale(options.language));

    app::MainWindow window;
    app::Composition composition(options, &logging.redactor());
    window.attach(&composition);
    if (!options.screenshotPath.isEmpty())
        arrangeScreenshot(window, options.screenshotPath);

    window.show();
    composition.start();
    return QApplication::exec();
}
