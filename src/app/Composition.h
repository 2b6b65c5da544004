// SPDX-License-Identifier: MIT
#pragma once

#include "app/AppOptions.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace commercedesk::platform {
class CredentialStore;
class Redactor;
} // namespace commercedesk::platform

namespace commercedesk::app {

class BackendSwitch;
class ConnectionTester;
class MainWindow;
class ProfileStore;
class SecretVault;
class SettingsController;
class Translations;

/// What the process gives the app: none owned; each must outlive the Composition.
struct AppEnvironment
{
    QSettings *settings = nullptr;                    ///< non-secret preferences and the profiles
    platform::CredentialStore *credentials = nullptr; ///< the OS keychain: profile secrets, refresh tokens
    platform::Redactor *redactor = nullptr;           ///< learns every secret and token (may be null)
};

/// The composition root (architecture rule 7), the one place that builds things: the network manager
/// every request goes through, the translations, the secret vault and profiles, the backend switch (which
/// builds each connection's services, app::Backend), the window, and the panes — built with their
/// services in their constructors whenever a backend is ready, and replaced (old panes deleted first)
/// before that backend goes. main() and the GUI tests construct this and nothing else of the app.
/// GUI thread.
class Composition final : public QObject
{
    Q_OBJECT

public:
    Composition(AppOptions options, AppEnvironment environment, QObject *parent = nullptr);
    ~Composition() override;

    /// Applies the language (options, else the remembered `ui/language`, else the system's), restores the
    /// window and shows it, then connects: the profile named in the options, the first-run chooser on a
    /// first start, else the remembered profile. False (with `error`) when the options name a profile that
    /// does not exist; nothing is shown then.
    bool start(QString *error = nullptr);
    /// Remembers the window's geometry and pane (main() calls it when the app is about to quit).
    void saveWindowState();

    MainWindow *window() const { return m_window.get(); }
    BackendSwitch *backends() const { return m_switch.get(); }
    ProfileStore *profiles() const { return m_profiles.get(); }
    SecretVault *secrets() const { return m_secrets.get(); }
    SettingsController *settingsController() const { return m_controller.get(); }
    QNetworkAccessManager *network() const { return m_network; }

Q_SIGNALS:
    /// After the panes of a new backend are in the window (tests wait for this).
    void panesReady();

private:
    void onBackendReady();
    void showFirstRunChooser();
    void arrangeScreenshot();

    AppOptions m_options;
    AppEnvironment m_environment;
    QNetworkAccessManager *m_network;
    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<SecretVault> m_secrets;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<BackendSwitch> m_switch; ///< declared before the window: the panes die first
    std::unique_ptr<ConnectionTester> m_tester;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SettingsController> m_controller;
};

} // namespace commercedesk::app
