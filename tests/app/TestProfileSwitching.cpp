// SPDX-License-Identifier: MIT
// Connection profiles switch the running app (issue #8): a second sandbox on loopback, a "sandbox elsewhere"
// profile with its secrets in the real Secret Service, activated through the settings dialog's "Use this
// profile" — the merchant pane then lists that sandbox's orders; back to the embedded sandbox; a wrong and a
// missing secret give a clear message with a way to the settings; German applies at once to both panes.
#include "app/BackendSwitch.h"
#include "app/Composition.h"
#include "app/FirstRunDialog.h"
#include "app/MainWindow.h"
#include "app/SettingsController.h"
#include "app/Translations.h"
#include "app/merchant/MerchantPane.h"
#include "app/settings/ConnectionTester.h"
#include "app/settings/ProfileStore.h"
#include "app/settings/SecretVault.h"
#include "app/settings/SettingsDialog.h"
#include "app/storefront/StorefrontPane.h"
#include "merchant/OrderListSession.h"
#include "platform/KeychainCredentialStore.h"
#include "sandbox/Sandbox.h"
#include "sandbox/orders/OrderGenerator.h"
#include "support/DesktopHarness.h"
#include "support/Screenshots.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace commercedesk;

namespace {
// Orders generated on top of the demo seed in the second sandbox only, so its total differs.
constexpr int kExtraOrders = 23;
const QString kSecond = u"Second shop"_s;
const QString kWrong = u"Wrong secret"_s;
const QString kMissing = u"No secret"_s;
} // namespace

class TestProfileSwitching : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::Sandbox> m_second;
    // A copy: Sandbox::credentials() returns a value, and clients are looked up by pointer into it.
    sandbox::SandboxCredentials m_credentials;
    std::unique_ptr<testsupport::DesktopHarness> m_app;
    QSettings *m_settings = nullptr;
    app::SecretVault *m_vault = nullptr;
    app::ProfileStore *m_profiles = nullptr;
    app::BackendSwitch *m_composition = nullptr; ///< where backendReady/Failed and settingsNeeded come from
    app::MainWindow *m_window = nullptr;
    app::SettingsController *m_controller = nullptr;
    qint64 m_embeddedTotal = -1;

    static void screenshot(QWidget *widget, const QString &name)
    {
        testsupport::saveScreenshot(widget, name);
    }

    app::ConnectionProfile remoteProfile(const QString &name) const
    {
        app::ConnectionProfile p;
        p.name = name;
        p.kind = app::ConnectionProfile::Kind::RemoteSandbox;
        p.sandboxUrl = m_credentials.apiUrl;
        p.projectKey = m_credentials.projectKey;
        p.storefrontClientId = m_credentials.client(u"storefront")->clientId;
        p.merchantClientId = m_credentials.client(u"merchant")->clientId;
        return p;
    }

    void storeSecret(const QString &profile, const QString &client, const QString &secret)
    {
        int outcome = -1;
        m_vault->write(profile, client, secret, this,
                       [&outcome](app::SecretVault::Outcome o, const QString &) { outcome = int(o); });
        QTRY_VERIFY_WITH_TIMEOUT(outcome != -1, 10000);
        QCOMPARE(outcome, int(app::SecretVault::Outcome::Stored));
    }

    // "Use this profile" in the settings dialog, as a user would.
    void useInDialog(const QString &name)
    {
        app::SettingsDialog *dialog = m_controller->openSettings();
        QVERIFY(dialog->selectProfile(name));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"useButton"_s), Qt::LeftButton);
    }

    // Waits until the merchant pane knows the total of its order list; -1 when it never does.
    qint64 merchantTotal()
    {
        const auto known = [this] {
            merchant::OrderListSession *session = m_window->merchant()->session();
            return session && session->total().has_value();
        };
        if (!QTest::qWaitFor(known, 30000))
            return -1;
        return *m_window->merchant()->session()->total();
    }

    QString connectionText() const { return m_window->findChild<QLabel *>(u"connectionLabel"_s)->text(); }

    QMessageBox *problemBox() const { return m_window->findChild<QMessageBox *>(u"connectionProblemBox"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        sandbox::SandboxConfig config;
        config.dataDir = m_dir.filePath(u"second"_s);
        config.projectKey = u"second-shop"_s;
        config.outside.enabled = false;
        m_second = std::make_unique<sandbox::Sandbox>(config);
        QString error;
        QVERIFY2(m_second->start(&error), qPrintable(error));
        m_credentials = m_second->credentials();
        QVERIFY(m_credentials.client(u"storefront") && m_credentials.client(u"merchant"));
        QVERIFY2(sandbox::OrderGenerator::generateInFile(config.dataDir + u"/sandbox.sqlite"_s, kExtraOrders,
                                                         11, {}, {}, &error),
                 qPrintable(error));

        app::AppOptions options;
        options.sandboxDataDir = m_dir.filePath(u"embedded"_s);
        options.demoOrders = 0; // the test compares order counts across sandboxes
        m_app = std::make_unique<testsupport::DesktopHarness>(options);
        app::Composition *root = m_app->build();
        m_settings = m_app->settings();
        m_vault = root->secrets();
        m_profiles = root->profiles();
        m_composition = root->backends();
        m_window = root->window();
        m_controller = root->settingsController();
        QVERIFY(m_app->start(QSize(1280, 800)));
    }

    void cleanupTestCase()
    {
        m_app.reset();
        if (m_second)
            m_second->stop();
    }

    void startsOnTheEmbeddedSandbox()
    {
        QCOMPARE(m_composition->profile().name, app::ConnectionProfile::EmbeddedName);
        QVERIFY2(connectionText().startsWith(u"Embedded sandbox"_s), qPrintable(connectionText()));
        m_embeddedTotal = merchantTotal();
        QVERIFY(m_embeddedTotal >= 0);
    }

    void switchesToASandboxElsewhere()
    {
        m_profiles->save(remoteProfile(kSecond));
        storeSecret(kSecond, u"storefront"_s, m_credentials.client(u"storefront")->clientSecret);
        storeSecret(kSecond, u"merchant"_s, m_credentials.client(u"merchant")->clientSecret);
        QSignalSpy ready(m_composition, &app::BackendSwitch::backendReady);
        QSignalSpy recreated(m_window, &app::MainWindow::panesRecreated);
        useInDialog(kSecond);
        QVERIFY(ready.wait(30000));
        // The fresh storefront pane searches the second sandbox's catalog.
        QSignalSpy shown(m_window->storefront(), &app::StorefrontPane::catalogShown);
        QVERIFY(recreated.count() >= 1);
        QCOMPARE(m_profiles->current().name, kSecond);
        QVERIFY2(connectionText().contains(u"second-shop"_s), qPrintable(connectionText()));
        QVERIFY2(connectionText().contains(QString::number(m_second->port())), qPrintable(connectionText()));
        // The merchant pane lists the second sandbox's orders: the demo seed plus the generated ones.
        QCOMPARE(merchantTotal(), m_embeddedTotal + kExtraOrders);
        QVERIFY(shown.count() > 0 || shown.wait(20000));
        QVERIFY(!problemBox() || !problemBox()->isVisible());
        screenshot(m_window, u"profile-second-sandbox.png"_s);
    }

    void switchesBackToTheEmbeddedSandbox()
    {
        QSignalSpy ready(m_composition, &app::BackendSwitch::backendReady);
        useInDialog(app::ConnectionProfile::EmbeddedName);
        QVERIFY(ready.wait(30000));
        QCOMPARE(m_profiles->current().name, app::ConnectionProfile::EmbeddedName);
        QVERIFY2(connectionText().startsWith(u"Embedded sandbox"_s), qPrintable(connectionText()));
        QCOMPARE(merchantTotal(), m_embeddedTotal);
    }

    void aWrongSecretSaysSoAndOffersTheSettings()
    {
        m_profiles->save(remoteProfile(kWrong));
        storeSecret(kWrong, u"storefront"_s, m_credentials.client(u"storefront")->clientSecret);
        storeSecret(kWrong, u"merchant"_s, u"not-the-secret"_s);
        QSignalSpy failed(m_composition, &app::BackendSwitch::backendFailed);
        QSignalSpy ready(m_composition, &app::BackendSwitch::backendReady);
        useInDialog(kWrong);
        QVERIFY(failed.wait(30000));
        QCOMPARE(ready.count(), 0); // no silent fallback to the embedded sandbox
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains(u"Merchant client: the auth server refused the client ID or secret."_s),
                 qPrintable(message));
        QVERIFY(!m_composition->isReady());
        QCOMPARE(connectionText(), u"Not connected"_s);
        QTRY_VERIFY(problemBox() && problemBox()->isVisible());
        QVERIFY(problemBox()->text().contains(u"refused the client ID or secret"_s));
        screenshot(problemBox(), u"profile-wrong-secret.png"_s);
        // Its button leads to the settings.
        m_controller->dialog()->close();
        QTRY_VERIFY(!m_controller->dialog());
        QTest::mouseClick(problemBox()->findChild<QPushButton *>(u"openSettingsButton"_s), Qt::LeftButton);
        QTRY_VERIFY(m_controller->dialog() && m_controller->dialog()->isVisible());
    }

    void aMissingSecretSaysSo()
    {
        m_profiles->save(remoteProfile(kMissing));
        QSignalSpy needed(m_composition, &app::BackendSwitch::settingsNeeded);
        QSignalSpy failed(m_composition, &app::BackendSwitch::backendFailed);
        useInDialog(kMissing);
        QVERIFY(failed.wait(30000));
        QCOMPARE(needed.count(), 1);
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(
            message.contains(u"No secret is stored for the storefront client of the profile \"No secret\""_s),
            qPrintable(message));
        QVERIFY2(message.contains(u"merchant client"_s), qPrintable(message));
        QTRY_VERIFY(problemBox() && problemBox()->text() == message);
        problemBox()->close();
    }

    void germanAppliesToBothPanesAtOnce()
    {
        QSignalSpy ready(m_composition, &app::BackendSwitch::backendReady);
        useInDialog(app::ConnectionProfile::EmbeddedName);
        QVERIFY(ready.wait(30000));
        app::SettingsDialog *dialog = m_controller->openSettings();
        screenshot(dialog, u"profile-settings-en.png"_s);
        auto *language = dialog->findChild<QComboBox *>(u"languageCombo"_s);
        language->setCurrentIndex(language->findData(u"de"_s));
        Q_EMIT language->activated(language->currentIndex()); // the settings' languageChosen path
        QCOMPARE(m_settings->value(u"ui/language"_s).toString(), u"de"_s);
        QTRY_COMPARE(dialog->findChild<QPushButton *>(u"useButton"_s)->text(), u"Dieses Profil ver&wenden"_s);
        QTRY_COMPARE(m_window->storefront()->findChild<QPushButton *>(u"addToCartButton"_s)->text(),
                     u"In den &Warenkorb"_s);
        QTRY_COMPARE(m_window->merchant()->findChild<QPushButton *>(u"confirmButton"_s)->text(),
                     u"&Bestätigen"_s);
        QCOMPARE(m_window->merchant()->findChild<QCheckBox *>(u"liveCheck"_s)->text(),
                 u"Live-Aktualisierung"_s);
        // Still connected, and the panes work on the same backend.
        QCOMPARE(merchantTotal(), m_embeddedTotal);
        screenshot(dialog, u"profile-settings-de.png"_s);
        screenshot(m_window, u"profile-window-de.png"_s);
        app::FirstRunDialog chooser(m_window);
        chooser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chooser));
        screenshot(&chooser, u"first-run-de.png"_s);
        language->setCurrentIndex(language->findData(u"en"_s));
        Q_EMIT language->activated(language->currentIndex());
        QTRY_COMPARE(chooser.findChild<QPushButton *>(u"sandboxButton"_s)->text(),
                     u"Try it on the built-in sandbox (recommended)"_s);
        screenshot(&chooser, u"first-run-en.png"_s);
    }

    void theChooserDefaultsToTheSandbox()
    {
        app::FirstRunDialog chooser(m_window);
        chooser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chooser));
        QVERIFY(chooser.findChild<QPushButton *>(u"sandboxButton"_s)->isDefault());
        QTest::keyClick(&chooser, Qt::Key_Return);
        QCOMPARE(chooser.result(), int(QDialog::Accepted));
        QCOMPARE(chooser.choice(), app::FirstRunDialog::Choice::BuiltInSandbox);
    }
};

QTEST_MAIN(TestProfileSwitching)
#include "TestProfileSwitching.moc"
