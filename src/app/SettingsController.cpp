// SPDX-License-Identifier: MIT
#include "app/SettingsController.h"

#include "app/BackendSwitch.h"
#include "app/MainWindow.h"
#include "app/Translations.h"
#include "app/settings/ProfileStore.h"
#include "app/settings/SettingsDialog.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace commercedesk::app {

namespace {
const QString kLanguage = u"ui/language"_s;
} // namespace

SettingsController::SettingsController(QSettings &settings, MainWindow *window, BackendSwitch *backends,
                                       ProfileStore *profiles, SecretVault *secrets, ConnectionTester *tester,
                                       Translations *translations, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_window(window)
    , m_backends(backends)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_tester(tester)
    , m_translations(translations)
{
    connect(m_window, &MainWindow::settingsRequested, this, &SettingsController::openSettings);
}

SettingsController::~SettingsController()
{
    delete m_dialog;
}

SettingsDialog *SettingsController::openSettings()
{
    if (!m_dialog) {
        m_dialog = new SettingsDialog(m_profiles, m_secrets, m_tester, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_dialog->setLanguage(m_settings.value(kLanguage).toString());
        // The dialog made the profile current already; the backend switch follows.
        connect(m_dialog, &SettingsDialog::profileActivated, m_backends, &BackendSwitch::activate);
        connect(m_dialog, &SettingsDialog::languageChosen, this, &SettingsController::applyLanguage);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

SettingsDialog *SettingsController::dialog() const
{
    return m_dialog;
}

SettingsDialog *SettingsController::openNewProfile(ConnectionProfile::Kind kind)
{
    SettingsDialog *dialog = openSettings();
    dialog->startNewProfile(kind);
    return dialog;
}

void SettingsController::activate(const ConnectionProfile &profile)
{
    m_profiles->setCurrent(profile.name);
    m_backends->activate(profile);
}

void SettingsController::applyLanguage(const QString &code)
{
    m_settings.setValue(kLanguage, code);
    m_translations->apply(code.isEmpty() ? QLocale::system() : QLocale(code));
}

} // namespace commercedesk::app
