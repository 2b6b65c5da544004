// SPDX-License-Identifier: MIT
// orchestrator.Packaging: the systemd unit passes `systemd-analyze verify`, and the container image builds
// where a container tool with a running engine exists. Each check skips, saying why, when its tool is absent.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPackaging : public QObject
{
    Q_OBJECT

private:
    static QString source(const QString &path)
    {
        return qEnvironmentVariable("COMMERCEDESK_SOURCE_DIR") % u'/' % path;
    }

private Q_SLOTS:
    void systemdUnitVerifies()
    {
        const QString analyze = QStandardPaths::findExecutable(u"systemd-analyze"_s);
        if (analyze.isEmpty())
            QSKIP("systemd-analyze is not installed: the unit file was not verified");
        QFile unit(source(u"packaging/systemd/commercedesk-orchestrator.service"_s));
        QVERIFY(unit.open(QIODevice::ReadOnly));
        QByteArray text = unit.readAll();
        // verify insists that ExecStart exists: point it at the binary just built (nothing else changes).
        QVERIFY(text.contains("ExecStart=/usr/bin/commercedesk-orchestrator\n"));
        text.replace("ExecStart=/usr/bin/commercedesk-orchestrator",
                     QByteArray("ExecStart=" + QByteArray(COMMERCEDESK_ORCHESTRATOR_BINARY)));
        QTemporaryDir dir;
        QFile copy(dir.filePath(u"commercedesk-orchestrator.service"_s));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(text);
        copy.close();
        QProcess process;
        process.start(analyze, {u"verify"_s, copy.fileName()});
        QVERIFY(process.waitForFinished(60000));
        const QByteArray output = process.readAllStandardError() + process.readAllStandardOutput();
        // Only complaints about this unit count (the host's own units may produce unrelated noise).
        QByteArray ours;
        for (const QByteArray &line : output.split('\n')) {
            if (line.contains("commercedesk-orchestrator.service"))
                ours += line + '\n';
        }
        QVERIFY2(ours.isEmpty() && process.exitCode() == 0, output.constData());
    }

    void containerImageBuilds()
    {
        QString tool;
        for (const QString &candidate : {u"podman"_s, u"docker"_s}) {
            const QString path = QStandardPaths::findExecutable(candidate);
            if (path.isEmpty())
                continue;
            QProcess info;
            info.start(path, {u"info"_s});
            if (info.waitForFinished(20000) && info.exitCode() == 0) {
                tool = path;
                break;
            }
        }
        if (tool.isEmpty())
            QSKIP("no podman or docker with a running engine: the container image was not built");
        QProcess build;
        build.setWorkingDirectory(source(QString()));
        build.start(tool, {u"build"_s, u"-f"_s, u"packaging/container/Containerfile"_s, u"-t"_s,
                           u"commercedesk-orchestrator:test"_s, u"."_s});
        QVERIFY(build.waitForFinished(850000));
        QVERIFY2(build.exitCode() == 0, build.readAllStandardError().right(3000).constData());
    }
};

QTEST_GUILESS_MAIN(TestPackaging)
#include "TestPackaging.moc"
