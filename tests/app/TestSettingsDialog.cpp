// SPDX-License-Identifier: MIT
// The settings dialog against a real sandbox on loopback and the real Secret Service: profiles are saved
// without their secrets, the secrets land in the keychain, "Test connection" tells a good secret from a bad
// one and names missing scopes, and the language switch applies at once.
#include "app/Translations.h"
#include "app/settings/ConnectionTester.h"
#include "app/settings/ProfileStore.h"
#include "app/settings/SecretVault.h"
#include "app/settings/SettingsDialog.h"
#include "platform/KeychainCredentialStore.h"
#include "sandbox/Sandbox.h"
#include "support/CutTexts.h"
#include "support/Screenshots.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace commercedesk;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    // A copy: Sandbox::credentials() returns a value, and clients are looked up by pointer into it.
    sandbox::SandboxCredentials m_credentials;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<platform::KeychainCredentialStore> m_keychain;
    std::unique_ptr<app::SecretVault> m_vault;
    std::unique_ptr<app::ProfileStore> m_profiles;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<app::ConnectionTester> m_tester;
    std::unique_ptr<app::SettingsDialog> m_dialog;
    QString m_profileName;

    template<class T>
    T *child(const QString &name) const
    {
        T *widget = m_dialog->findChild<T *>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }

    const sandbox::SandboxClient &client(const QString &name) const
    {
        const sandbox::SandboxClient *c = m_credentials.client(name);
        if (!c)
            qFatal("sandbox has no client %s", qPrintable(name));
        return *c;
    }

    void type(const QString &field, const QString &text)
    {
        // insert() like typing, without QTest's key mapping, which aborts on characters such as
        // those in generated client secrets.
        auto *edit = child<QLineEdit>(field);
        edit->clear();
        edit->insert(text);
    }

    QString runTest()
    {
        QSignalSpy done(m_tester.get(), &app::ConnectionTester::finished);
        QTest::mouseClick(child<QPushButton>(u"testButton"_s), Qt::LeftButton);
        if (!done.wait(15000))
            return u"<no answer>"_s;
        return child<QLabel>(u"testResultLabel"_s)->text();
    }

    void saveScreenshot(const QString &name) { testsupport::saveScreenshot(m_dialog.get(), name); }

    /// Issue 20: no visible text of the dialog is cut (testsupport::firstCutText).
    void checkNothingCut(const QString &code)
    {
        const QString cut = testsupport::firstCutText(m_dialog.get());
        QVERIFY2(cut.isEmpty(), qPrintable(code + u": "_s + cut));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        sandbox::SandboxConfig config;
        config.dataDir = m_dir.filePath(u"sandbox"_s);
        m_sandbox = std::make_unique<sandbox::Sandbox>(config);
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        m_credentials = m_sandbox->credentials();
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        // A service name of this run only, so nothing leaks into (or out of) a developer's keychain.
        m_keychain = std::make_unique<platform::KeychainCredentialStore>(
            u"CommerceDeskTest-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
        m_vault = std::make_unique<app::SecretVault>(m_keychain.get());
        m_profiles = std::make_unique<app::ProfileStore>(*m_settings);
        m_network = std::make_unique<QNetworkAccessManager>();
        m_tester = std::make_unique<app::ConnectionTester>(m_network.get());
        m_dialog = std::make_unique<app::SettingsDialog>(m_profiles.get(), m_vault.get(), m_tester.get());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        m_profileName = u"Shop staging"_s;
    }

    void startsWithTheEmbeddedSandbox()
    {
        QVERIFY(m_profiles->isFirstRun());
        QCOMPARE(m_profiles->current().name, app::ConnectionProfile::EmbeddedName);
        QCOMPARE(child<QListWidget>(u"profileList"_s)->count(), 1);
        QVERIFY(!child<QPushButton>(u"removeButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(u"testButton"_s)->isEnabled());
        saveScreenshot(u"settings-embedded-en.png"_s);
    }

    void savesAProfileWithoutItsSecrets()
    {
        QTest::mouseClick(child<QPushButton>(u"addButton"_s), Qt::LeftButton);
        auto *kind = child<QComboBox>(u"kindCombo"_s);
        kind->setCurrentIndex(kind->findData(int(app::ConnectionProfile::Kind::RemoteSandbox)));
        QVERIFY(child<QLineEdit>(u"sandboxUrlEdit"_s)->isVisibleTo(m_dialog.get()));
        QVERIFY(!child<QComboBox>(u"regionCombo"_s)->isVisibleTo(m_dialog.get()));
        type(u"nameEdit"_s, m_profileName);
        type(u"sandboxUrlEdit"_s, m_sandbox->credentials().apiUrl.toString());
        type(u"projectKeyEdit"_s, m_sandbox->credentials().projectKey);
        type(u"storefrontIdEdit"_s, client(u"storefront"_s).clientId);
        type(u"storefrontSecretEdit"_s, client(u"storefront"_s).clientSecret);
        type(u"merchantIdEdit"_s, client(u"merchant"_s).clientId);
        type(u"merchantSecretEdit"_s, client(u"merchant"_s).clientSecret);
        saveScreenshot(u"settings-remote-en.png"_s);
        QTest::mouseClick(child<QPushButton>(u"saveButton"_s), Qt::LeftButton);
        QCOMPARE(child<QLabel>(u"problemsLabel"_s)->text(), u"Saved."_s);

        const auto saved = m_profiles->profile(m_profileName);
        QVERIFY(saved.has_value());
        QCOMPARE(saved->merchantClientId, client(u"merchant"_s).clientId);
        // The secrets reach the keychain…
        QString stored;
        m_vault->read(
            m_profileName, u"merchant"_s, this, [&stored](app::SecretVault::Outcome o, const QString &v) {
                stored =
                    o == app::SecretVault::Outcome::Stored ? v : u"<"_s + QString::number(int(o)) + u">"_s;
            });
        QTRY_VERIFY_WITH_TIMEOUT(!stored.isEmpty(), 10000);
        QCOMPARE(stored, client(u"merchant"_s).clientSecret);
        // …and no settings file holds them.
        m_settings->sync();
        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains(client(u"merchant"_s).clientId.toUtf8()));
        QVERIFY(!bytes.contains(client(u"merchant"_s).clientSecret.toUtf8()));
        QVERIFY(!bytes.contains(client(u"storefront"_s).clientSecret.toUtf8()));
        QVERIFY(child<QLineEdit>(u"merchantSecretEdit"_s)->text().isEmpty());
    }

    void testConnectionWithTheStoredSecrets()
    {
        QVERIFY(m_dialog->selectProfile(m_profileName));
        const QString result = runTest();
        QVERIFY2(result.contains(u"Storefront client: connected, all required scopes granted."_s),
                 qPrintable(result));
        QVERIFY2(result.contains(u"Merchant client: connected, all required scopes granted."_s),
                 qPrintable(result));
        saveScreenshot(u"settings-tested-en.png"_s);
    }

    void testConnectionNamesABadSecret()
    {
        type(u"merchantSecretEdit"_s, u"not-the-secret"_s);
        const QString result = runTest();
        QVERIFY2(result.contains(u"Merchant client: the auth server refused the client ID or secret."_s),
                 qPrintable(result));
        QVERIFY2(result.contains(u"Storefront client: connected"_s), qPrintable(result));
        child<QLineEdit>(u"merchantSecretEdit"_s)->clear();
    }

    void testConnectionNamesMissingScopes()
    {
        // The read-only merchant client in the storefront slot lacks every storefront scope.
        type(u"storefrontIdEdit"_s, client(u"merchant-readonly"_s).clientId);
        type(u"storefrontSecretEdit"_s, client(u"merchant-readonly"_s).clientSecret);
        type(u"merchantIdEdit"_s, client(u"merchant-readonly"_s).clientId);
        type(u"merchantSecretEdit"_s, client(u"merchant-readonly"_s).clientSecret);
        const QString result = runTest();
        QVERIFY2(result.contains(u"lacks these scopes: view_published_products, "_s), qPrintable(result));
        QVERIFY2(result.contains(u"manage_my_orders"_s), qPrintable(result));
        QVERIFY2(result.contains(u"Merchant client: connected, view only"_s), qPrintable(result));
        QVERIFY(m_dialog->selectProfile(m_profileName)); // discards the edits
    }

    void usingAProfileMakesItCurrent()
    {
        QVERIFY(m_dialog->selectProfile(m_profileName));
        QSignalSpy activated(m_dialog.get(), &app::SettingsDialog::profileActivated);
        QTest::mouseClick(child<QPushButton>(u"useButton"_s), Qt::LeftButton);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(m_profiles->current().name, m_profileName);
        QVERIFY(!m_profiles->isFirstRun());
        // A second store on the same file sees the same choice (it survives a restart).
        app::ProfileStore reopened(*m_settings);
        QCOMPARE(reopened.current().name, m_profileName);
    }

    void languageSwitchAppliesAtOnce()
    {
        app::Translations translations;
        connect(m_dialog.get(), &app::SettingsDialog::languageChosen, &translations,
                [&translations](const QString &code) { translations.apply(QLocale(code)); });
        auto *language = child<QComboBox>(u"languageCombo"_s);
        language->setCurrentIndex(language->findData(u"de"_s));
        Q_EMIT language->activated(language->currentIndex());
        QTRY_COMPARE(child<QGroupBox>(u"connectionGroup"_s)->title(), u"Verbindungsprofile"_s);
        QCOMPARE(m_dialog->language(), u"de"_s);
        QVERIFY(m_dialog->selectProfile(app::ConnectionProfile::EmbeddedName));
        saveScreenshot(u"settings-embedded-de.png"_s);
        QVERIFY(m_dialog->selectProfile(m_profileName));
        saveScreenshot(u"settings-remote-de.png"_s);
        checkNothingCut(u"de"_s);
        language->setCurrentIndex(language->findData(u"fr"_s));
        Q_EMIT language->activated(language->currentIndex());
        QTRY_COMPARE(child<QGroupBox>(u"connectionGroup"_s)->title(), u"Profils de connexion"_s);
        QVERIFY(m_dialog->selectProfile(app::ConnectionProfile::EmbeddedName));
        saveScreenshot(u"settings-embedded-fr.png"_s);
        QVERIFY(m_dialog->selectProfile(m_profileName));
        saveScreenshot(u"settings-remote-fr.png"_s);
        checkNothingCut(u"fr"_s);
        translations.apply(QLocale(QLocale::English));
        QTRY_COMPARE(child<QGroupBox>(u"connectionGroup"_s)->title(), u"Connection profiles"_s);
    }

    void removingAProfileForgetsItsSecrets()
    {
        QVERIFY(m_dialog->selectProfile(m_profileName));
        QTimer::singleShot(0, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(child<QPushButton>(u"removeButton"_s), Qt::LeftButton);
        QVERIFY(!m_profiles->profile(m_profileName));
        QCOMPARE(m_profiles->current().name, app::ConnectionProfile::EmbeddedName);
        int outcome = -1;
        m_vault->read(m_profileName, u"merchant"_s, this,
                      [&outcome](app::SecretVault::Outcome o, const QString &) { outcome = int(o); });
        QTRY_VERIFY_WITH_TIMEOUT(outcome != -1, 10000);
        QCOMPARE(outcome, int(app::SecretVault::Outcome::NotFound));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
