// SPDX-License-Identifier: MIT
// app::ConnectionTester (src/app/settings/ConnectionTester.h), the app's one tester, against a real
// in-process sandbox: runs of different receivers (the settings dialog and the backend switch) are
// independent; a receiver's second run replaces its first; a receiver that is gone gets no answer.
#include "app/settings/ConnectionTester.h"
#include "sandbox/Sandbox.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using Checks = QList<app::ConnectionTester::ClientCheck>;

class TestConnectionTester : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    QNetworkAccessManager m_network;

    app::ConnectionProfile profile() const
    {
        const sandbox::SandboxCredentials credentials = m_sandbox->credentials();
        app::ConnectionProfile p;
        p.name = u"Staging"_s;
        p.kind = app::ConnectionProfile::Kind::RemoteSandbox;
        p.sandboxUrl = credentials.apiUrl;
        p.projectKey = credentials.projectKey;
        p.storefrontClientId = credentials.client(u"storefront"_s)->clientId;
        p.merchantClientId = credentials.client(u"merchant"_s)->clientId;
        return p;
    }
    QString secret(const QString &client) const
    {
        return m_sandbox->credentials().client(client)->clientSecret;
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
    }

    void runsOfTwoReceiversBothAnswer()
    {
        app::ConnectionTester tester(&m_network);
        QObject dialog;
        QObject backendSwitch;
        QList<Checks> dialogAnswers;
        QList<Checks> switchAnswers;
        QSignalSpy finished(&tester, &app::ConnectionTester::finished);
        tester.run(profile(), secret(u"storefront"_s), secret(u"merchant"_s), &dialog,
                   [&](const Checks &checks) { dialogAnswers << checks; });
        tester.run(profile(), u"wrong"_s, secret(u"merchant"_s), &backendSwitch,
                   [&](const Checks &checks) { switchAnswers << checks; });
        QVERIFY(tester.isRunning(&dialog));
        QVERIFY(tester.isRunning(&backendSwitch));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 15000);
        QCOMPARE(dialogAnswers.size(), 1);
        QCOMPARE(switchAnswers.size(), 1);
        QCOMPARE(dialogAnswers.first().size(), 2);
        for (const app::ConnectionTester::ClientCheck &check : dialogAnswers.first())
            QVERIFY2(check.ok, qPrintable(check.message));
        // Each receiver got its own outcome: the switch's storefront secret was wrong.
        bool refused = false;
        for (const app::ConnectionTester::ClientCheck &check : switchAnswers.first()) {
            if (check.client == app::ConnectionProfile::StorefrontClient)
                refused = !check.ok;
        }
        QVERIFY(refused);
        QVERIFY(!tester.isRunning(&dialog));
        QVERIFY(!tester.isRunning(&backendSwitch));
    }

    void aSecondRunOfTheSameReceiverReplacesTheFirst()
    {
        app::ConnectionTester tester(&m_network);
        QObject dialog;
        int first = 0;
        int second = 0;
        QSignalSpy finished(&tester, &app::ConnectionTester::finished);
        tester.run(profile(), u"wrong"_s, u"wrong"_s, &dialog, [&](const Checks &) { ++first; });
        tester.run(profile(), secret(u"storefront"_s), secret(u"merchant"_s), &dialog,
                   [&](const Checks &) { ++second; });
        QTRY_COMPARE_WITH_TIMEOUT(second, 1, 15000);
        // A run started after both has finished too: the replaced run's answers (asked for earlier, from
        // the same single-threaded sandbox) would have been delivered by now.
        QObject later;
        int last = 0;
        tester.run(profile(), secret(u"storefront"_s), secret(u"merchant"_s), &later,
                   [&](const Checks &) { ++last; });
        QTRY_COMPARE_WITH_TIMEOUT(last, 1, 15000);
        QCOMPARE(first, 0);
        QCOMPARE(finished.size(), 2);
    }

    void aReceiverThatIsGoneGetsNoAnswer()
    {
        app::ConnectionTester tester(&m_network);
        auto dialog = std::make_unique<QObject>();
        QObject other;
        int gone = 0;
        int kept = 0;
        tester.run(profile(), secret(u"storefront"_s), secret(u"merchant"_s), dialog.get(),
                   [&](const Checks &) { ++gone; });
        tester.run(profile(), secret(u"storefront"_s), secret(u"merchant"_s), &other,
                   [&](const Checks &) { ++kept; });
        const QObject *address = dialog.get();
        dialog.reset();
        QVERIFY(!tester.isRunning(address));
        QTRY_COMPARE_WITH_TIMEOUT(kept, 1, 15000);
        QCOMPARE(gone, 0);
    }
};

QTEST_MAIN(TestConnectionTester)
#include "TestConnectionTester.moc"
