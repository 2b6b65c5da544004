// SPDX-License-Identifier: MIT
// orchestrator.OrchestratorProcess: commercedesk-orchestrator as its own process on a real sandbox — its
// --help documents running it standalone, a bad configuration stops it with a clear message, and a whole
// B2C card checkout and a B2B purchase-order checkout run through it.

#include "CheckoutDriver.h"
#include "OrchestratorHarness.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using namespace commercedesk::testsupport;

class TestOrchestratorProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_harness.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void helpDocumentsStandaloneUse()
    {
        QProcess process;
        process.start(QStringLiteral(COMMERCEDESK_ORCHESTRATOR_BINARY), {u"--help"_s});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        const QString help = QString::fromUtf8(process.readAllStandardOutput());
        for (const QString &needle : {u"COMMERCEDESK_CT_CLIENT_SECRET"_s, u"COMMERCEDESK_SESSION_KEY"_s,
                                      u"COMMERCEDESK_SECRETS_FILE"_s, u"--port"_s, u"docs/deployment.md"_s})
            QVERIFY2(help.contains(needle), qPrintable(needle));
    }

    void refusesAnIncompleteConfiguration()
    {
        QProcess process;
        QProcessEnvironment env;
        env.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(COMMERCEDESK_ORCHESTRATOR_BINARY), {});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("COMMERCEDESK_SESSION_KEY"));
    }

    void checkoutsThroughTheProcess()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const auto vars = m_harness.environment();
        for (auto it = vars.begin(); it != vars.end(); ++it)
            env.insert(it.key(), it.value());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(COMMERCEDESK_ORCHESTRATOR_BINARY), {u"--port"_s, u"0"_s});
        QVERIFY(process.waitForStarted(10000));
        // The sandbox serves from this thread: keep the event loop running while the process starts.
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 15000);
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        QVERIFY2(line.startsWith(u"orchestrator: listening on http://127.0.0.1:"_s), qPrintable(line));
        const QUrl url(line.section(u' ', -1));

        QCOMPARE(m_harness.call(url, "GET", u"/readyz"_s).status, 200);
        CheckoutDriver b2c(m_harness, [url] { return url; });
        QVERIFY(!b2c.b2cCardCheckout(u"PROC-B2C-0001"_s).isEmpty());
        CheckoutDriver b2b(m_harness, [url] { return url; });
        const QJsonObject order = b2b.b2bPurchaseOrderCheckout(u"PROC-B2B-0001"_s, u"PO-PROC"_s);
        QVERIFY(!order.isEmpty());
        QCOMPARE(order.value(u"purchaseOrderNumber"_s).toString(), u"PO-PROC"_s);

        process.terminate();
        QVERIFY(process.waitForFinished(10000));
        // Structured logs: JSON lines that never contain a token, the client secret or a password.
        const QByteArray logs = process.readAllStandardError();
        QVERIFY(logs.contains("\"category\":\"commercedesk.orchestrator.http\""));
        QVERIFY(!logs.contains(b2c.token()));
        QVERIFY(!logs.contains(vars.value(u"COMMERCEDESK_CT_CLIENT_SECRET"_s).toLatin1()));
        QVERIFY(!logs.contains(OrchestratorHarness::shopper().password.toLatin1()));
    }

private:
    OrchestratorHarness m_harness;
};

QTEST_GUILESS_MAIN(TestOrchestratorProcess)
#include "TestOrchestratorProcess.moc"
