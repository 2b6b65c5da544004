// SPDX-License-Identifier: MIT
#include "CallbackRecorder.h"
#include "platform/KeychainCredentialStore.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace commercedesk::platform;

// Runs with a session bus address that leads nowhere (set in main() before anything can use D-Bus), so there
// is no Secret Service: every call must fail with NoSecretService and nothing may be written anywhere
// instead.
class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

public:
    explicit TestKeychainUnavailable(QTemporaryDir *home)
        : m_home(home)
    {}

private Q_SLOTS:
    void reportsNoSecretService_data();
    void reportsNoSecretService();
    void writesNothingToHome();

private:
    static constexpr int kTimeoutMs = 15000;
    QTemporaryDir *m_home;
};

void TestKeychainUnavailable::reportsNoSecretService_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("write") << u"write"_s;
    QTest::newRow("read") << u"read"_s;
    QTest::newRow("remove") << u"remove"_s;
}

void TestKeychainUnavailable::reportsNoSecretService()
{
    QFETCH(QString, operation);
    KeychainCredentialStore store;
    const auto key = CredentialKey::clientSecret(u"prod"_s, u"merchant"_s);
    CallbackRecorder recorder;
    if (operation == u"write")
        store.write(key, u"must-not-land-anywhere"_s, &recorder, recorder.callback());
    else if (operation == u"read")
        store.read(key, &recorder, recorder.callback());
    else
        store.remove(key, &recorder, recorder.callback());

    QTRY_COMPARE_WITH_TIMEOUT(recorder.results.size(), 1, kTimeoutMs);
    const CredentialResult &result = recorder.results.at(0);
    QVERIFY2(result.is(CredentialError::Kind::NoSecretService), qPrintable(result.error().message));
    QVERIFY(result.error().message.startsWith(u"No system keychain is available"_s));
    QVERIFY(!result.error().message.contains(u"must-not-land-anywhere"_s));
}

void TestKeychainUnavailable::writesNothingToHome()
{
    // HOME and every XDG folder point into m_home (see main); the insecure fallback would have written there.
    QStringList found;
    QDirIterator it(m_home->path(), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        found.append(it.next());
    QCOMPARE(found, QStringList());
}

int main(int argc, char **argv)
{
    // Before QCoreApplication and before any D-Bus use: a bus that does not exist, and throw-away home
    // folders.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/commercedesk-test-bus");
    qunsetenv("DISPLAY");
    auto home = std::make_unique<QTemporaryDir>();
    if (!home->isValid())
        return 1;
    const QByteArray root = QFile::encodeName(home->path());
    qputenv("HOME", root);
    qputenv("XDG_CONFIG_HOME", root + "/.config");
    qputenv("XDG_DATA_HOME", root + "/.local/share");
    qputenv("XDG_CACHE_HOME", root + "/.cache");
    qputenv("XDG_STATE_HOME", root + "/.local/state");

    QCoreApplication app(argc, argv);
    TestKeychainUnavailable test(home.get());
    return QTest::qExec(&test, argc, argv);
}

#include "TestKeychainUnavailable.moc"
