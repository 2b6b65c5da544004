// SPDX-License-Identifier: MIT
#include "app/Composition.h"

#include "app/Backend.h"
#include "app/BackendSwitch.h"
#include "app/FirstRunDialog.h"
#include "app/MainWindow.h"
#include "app/SettingsController.h"
#include "app/Translations.h"
#include "app/merchant/MerchantPane.h"
#include "app/settings/ConnectionTester.h"
#include "app/settings/ProfileStore.h"
#include "app/settings/SecretVault.h"
#include "app/storefront/StorefrontPane.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

namespace {

const auto kLanguageKey = QLatin1StringView("ui/language");
const auto kGeometryKey = QLatin1StringView("window/geometry");
const auto kPaneKey = QLatin1StringView("window/pane");

QString unknownProfileMessage(const ProfileStore &profiles, const QString &name)
{
    QStringList names;
    for (const ConnectionProfile &profile : profiles.profiles())
        names << profile.name;
    return Composition::tr("There is no connection profile named \"%1\". Known profiles: %2\n")
        .arg(name, names.join(u", "_s));
}

} // namespace

Composition::Composition(AppOptions options, AppEnvironment environment, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_environment(environment)
    , m_network(new QNetworkAccessManager(this))
    , m_translations(std::make_unique<Translations>())
    , m_secrets(std::make_unique<SecretVault>(environment.credentials))
    , m_profiles(std::make_unique<ProfileStore>(*environment.settings))
    , m_switch(std::make_unique<BackendSwitch>(m_options, m_network, environment.redactor))
    , m_tester(std::make_unique<ConnectionTester>(m_network))
    , m_window(std::make_unique<MainWindow>())
{
    m_switch->setSecretVault(m_secrets.get());
    m_switch->setConnectionTester(m_tester.get());
    m_switch->setCredentialStore(environment.credentials);
    m_switch->setSettings(environment.settings);
    m_controller = std::make_unique<SettingsController>(*environment.settings, m_window.get(), m_switch.get(),
                                                        m_profiles.get(), m_secrets.get(), m_tester.get(),
                                                        m_translations.get());
    MainWindow *window = m_window.get();
    // Synchronous: the old panes go before the switch deletes the services they were built with.
    connect(m_switch.get(), &BackendSwitch::backendAboutToChange, window, [window] {
        window->setPanes(new StorefrontPane, new MerchantPane);
        window->showConnecting();
    });
    connect(m_switch.get(), &BackendSwitch::backendReady, this, &Composition::onBackendReady);
    connect(m_switch.get(), &BackendSwitch::backendFailed, window, &MainWindow::showNotConnected);
    connect(m_switch.get(), &BackendSwitch::settingsNeeded, window, &MainWindow::showSettingsProblem);
    if (!m_options.screenshotPath.isEmpty())
        arrangeScreenshot();
}

Composition::~Composition()
{
    // The panes before the services they point to; the window's dialogs before the controller's vault.
    m_controller.reset();
    m_window.reset();
    m_switch.reset(); // before the tester it checks with
    m_tester.reset();
}

void Composition::onBackendReady()
{
    Backend *backend = m_switch->backend();
    StorefrontServices storefront = backend->storefrontServices();
    storefront.settings = m_environment.settings;
    m_window->setPanes(new StorefrontPane(storefront), new MerchantPane(backend->merchantServices()));
    BackendSwitch *backends = m_switch.get();
    m_window->showConnected([backends] { return backends->connectionDescription(); });
    Q_EMIT panesReady();
}

bool Composition::start(QString *error)
{
    QSettings &settings = *m_environment.settings;
    const QString language =
        m_options.language.isEmpty() ? settings.value(kLanguageKey).toString() : m_options.language;
    m_translations->apply(language.isEmpty() ? QLocale::system() : QLocale(language));

    std::optional<ConnectionProfile> requested;
    if (!m_options.profile.isEmpty()) {
        requested = m_profiles->profile(m_options.profile);
        if (!requested) {
            if (error)
                *error = unknownProfileMessage(*m_profiles, m_options.profile);
            return false;
        }
    }
    m_window->restoreGeometry(settings.value(kGeometryKey).toByteArray());
    m_window->showPane(settings.value(kPaneKey).toInt() == MainWindow::Merchant ? MainWindow::Merchant
                                                                                : MainWindow::Storefront);
    m_window->show();
    if (requested)
        m_controller->activate(*requested);
    else if (m_profiles->isFirstRun() && !m_options.skipFirstRun)
        showFirstRunChooser();
    else
        m_switch->activate(m_profiles->current());
    return true;
}

void Composition::saveWindowState()
{
    m_environment.settings->setValue(kGeometryKey, m_window->saveGeometry());
    m_environment.settings->setValue(kPaneKey, int(m_window->currentPane()));
}

// The very first start: the built-in sandbox (remembered as the choice) or the settings on a new project
// profile (nothing connects until the user uses a profile there).
void Composition::showFirstRunChooser()
{
    auto *chooser = new FirstRunDialog(m_window.get());
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QDialog::finished, this, [this, chooser] {
        switch (chooser->choice()) {
        case FirstRunDialog::Choice::BuiltInSandbox:
            m_controller->activate(ConnectionProfile::embedded());
            break;
        case FirstRunDialog::Choice::OwnProject:
            m_window->showNotConnected(
                tr("Not connected yet: enter your project's details in the settings, save the profile and "
                   "choose \"Use this profile\"."));
            m_controller->openNewProfile(ConnectionProfile::Kind::Commercetools);
            break;
        case FirstRunDialog::Choice::None: // closed: the sandbox for this run, and ask again next time
            m_switch->start();
            break;
        }
    });
    chooser->open();
}

// --screenshot: once the first ready storefront has shown its catalog, save the window as a PNG and quit
// (exit code 1 if saving fails).
void Composition::arrangeScreenshot()
{
    connect(
        this, &Composition::panesReady, this,
        [this] {
            connect(
                m_window->storefront(), &StorefrontPane::catalogShown, this,
                [this] {
                    // One more turn of the event loop so the view has painted its rows.
                    QTimer::singleShot(200, this, [this] {
                        const QString path = m_options.screenshotPath;
                        const bool saved = m_window->grab().save(path, "PNG");
                        std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "saved" : "could not save",
                                     qPrintable(path));
                        QCoreApplication::exit(saved ? 0 : 1);
                    });
                },
                Qt::SingleShotConnection);
        },
        Qt::SingleShotConnection);
}

} // namespace commercedesk::app
