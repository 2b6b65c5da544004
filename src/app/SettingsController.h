// SPDX-License-Identifier: MIT
#pragma once

#include "app/settings/ConnectionProfile.h"

#include <QObject>
#include <QPointer>

class QSettings;

namespace commercedesk::app {

class BackendSwitch;
class ConnectionTester;
class MainWindow;
class ProfileStore;
class SecretVault;
class SettingsDialog;
class Translations;

/// Wires the settings to the running app, the same way for main() and the tests: opens the settings dialog
/// (one at a time) when the window asks for it, switches the backend when the user chooses "Use this
/// profile", and applies and remembers (`ui/language`) a chosen language at once.
/// All collaborators must outlive the controller. GUI thread.
class SettingsController final : public QObject
{
    Q_OBJECT

public:
    SettingsController(QSettings &settings, MainWindow *window, BackendSwitch *backends,
                       ProfileStore *profiles, SecretVault *secrets, ConnectionTester *tester,
                       Translations *translations, QObject *parent = nullptr);
    ~SettingsController() override;

    /// Shows (creating it when needed) and raises the settings dialog; it deletes itself when closed.
    SettingsDialog *openSettings();
    /// The open dialog, or null.
    SettingsDialog *dialog() const;
    /// Opens the settings on a new, unsaved profile of `kind` (the first-run chooser's second choice).
    SettingsDialog *openNewProfile(ConnectionProfile::Kind kind);
    /// Makes `profile` the remembered current one and switches the backend to it.
    void activate(const ConnectionProfile &profile);
    /// Applies a language ("" = the system's) at once and remembers it.
    void applyLanguage(const QString &code);

private:
    QSettings &m_settings;
    MainWindow *m_window;
    BackendSwitch *m_backends;
    ProfileStore *m_profiles;
    SecretVault *m_secrets;
    ConnectionTester *m_tester;
    Translations *m_translations;
    QPointer<SettingsDialog> m_dialog;
};

} // namespace commercedesk::app
