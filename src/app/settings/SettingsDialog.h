// SPDX-License-Identifier: MIT
#pragma once

#include "app/settings/ConnectionProfile.h"
#include "app/settings/ConnectionTester.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace commercedesk::app {

class ProfileStore;
class SecretVault;

/// Settings: connection profiles (add, edit, remove, test, use) and the UI language.
/// Secrets typed here go straight to the SecretVault (keychain) on Save and are never shown again or written
/// to QSettings; when the keychain is unavailable the user is asked whether to keep them for this run only.
/// The language applies at once (languageChosen; the dialog and the app retranslate on LanguageChange).
/// All collaborators must outlive the dialog.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(ProfileStore *profiles, SecretVault *secrets, ConnectionTester *tester,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// The language code shown as chosen ("" = system default, "en", "de", "fr").
    void setLanguage(const QString &code);
    QString language() const;

    /// The profile as currently entered in the form (for tests and Save).
    ConnectionProfile editedProfile() const;
    /// Selects a profile by name in the list; false when it does not exist.
    bool selectProfile(const QString &name);
    /// Clears the form for a new, unsaved profile of `kind` (what "Add" does) and focuses its name.
    void startNewProfile(ConnectionProfile::Kind kind);

Q_SIGNALS:
    void languageChosen(const QString &code);
    /// Emitted when the user chose "Use this profile" (the store's current profile changed too).
    void profileActivated(const commercedesk::app::ConnectionProfile &profile);

protected:
    void changeEvent(QEvent *event) override;

private:
    void populateProfiles(const QString &select);
    void populateChoices();
    void showProfile(const ConnectionProfile &profile);
    void updateFieldVisibility();
    void addProfile();
    void removeProfile();
    void saveProfile();
    void testConnection();
    void useProfile();
    void storeSecret(const QString &profile, const QString &client, const QString &secret);
    void showTestResult(const QList<ConnectionTester::ClientCheck> &checks);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    ProfileStore *m_profiles;
    SecretVault *m_secrets;
    ConnectionTester *m_tester;
    QString m_loadedName; ///< the stored name of the profile in the form ("" for a new, unsaved one)
    bool m_populating = false;
    bool m_saving = false; ///< this dialog changes the store (its own repopulation follows)
};

} // namespace commercedesk::app
