// SPDX-License-Identifier: MIT
#include "app/AppOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

AppOptions AppOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("AppOptions", "Purchase, checkout and order review for commercetools."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption sandboxData(
        u"sandbox-data"_s,
        QCoreApplication::translate("AppOptions", "Keep the embedded sandbox's data in <dir>."), u"dir"_s);
    const QCommandLineOption language(
        u"language"_s,
        QCoreApplication::translate("AppOptions", "Use the language <code> (for example de or fr)."),
        u"code"_s);
    const QCommandLineOption screenshot(
        u"screenshot"_s,
        QCoreApplication::translate(
            "AppOptions", "Save a picture of the window to <file> once the catalog shows, then quit."),
        u"file"_s);
    const QCommandLineOption profile(
        u"profile"_s,
        QCoreApplication::translate("AppOptions", "Connect with the stored connection profile <name>."),
        u"name"_s);
    const QCommandLineOption noFirstRun(
        u"no-first-run"_s,
        QCoreApplication::translate("AppOptions", "Do not show the first-run chooser (also: the environment "
                                                  "variable COMMERCEDESK_NO_FIRST_RUN)."));
    parser.addOptions({sandboxData, language, screenshot, profile, noFirstRun});

    AppOptions options;
    if (!parser.parse(arguments)) {
        options.exitCode = 2;
        options.message = parser.errorText() + u"\n\n"_s + parser.helpText();
        return options;
    }
    if (parser.isSet(help)) {
        options.exitCode = 0;
        options.message = parser.helpText();
        return options;
    }
    if (parser.isSet(version)) {
        options.exitCode = 0;
        options.message =
            QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion() + u'\n';
        return options;
    }
    options.sandboxDataDir = parser.value(sandboxData);
    options.language = parser.value(language);
    options.screenshotPath = parser.value(screenshot);
    options.profile = parser.value(profile);
    options.skipFirstRun = parser.isSet(noFirstRun) || !options.screenshotPath.isEmpty() ||
                           qEnvironmentVariableIsSet("COMMERCEDESK_NO_FIRST_RUN");
    return options;
}

bool AppOptions::storefrontOrchestratedByDefault()
{
    return qEnvironmentVariable("COMMERCEDESK_STOREFRONT") != u"direct"_s;
}

} // namespace commercedesk::app
