// SPDX-License-Identifier: MIT
#include "ServerProcess.h"

#include <QElapsedTimer>
#include <QFile>

#include <csignal>

using namespace Qt::StringLiterals;

namespace commercedesk::bench {

ServerProcess::ServerProcess(QString name)
    : m_name(std::move(name))
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::start(const QString &program, const QStringList &arguments, const QString &readyPrefix,
                             int timeoutMs, QString *error, const QProcessEnvironment &environment,
                             const QString &workingDirectory)
{
    if (!environment.isEmpty())
        m_process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        m_process.setWorkingDirectory(workingDirectory);
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(10000)) {
        *error = m_name % u": cannot start "_s % program % u": "_s % m_process.errorString();
        return {};
    }
    QElapsedTimer timer;
    timer.start();
    const QByteArray prefix = readyPrefix.toUtf8();
    while (timer.elapsed() < timeoutMs) {
        while (m_process.canReadLine()) {
            const QByteArray line = m_process.readLine().trimmed();
            if (line.startsWith(prefix))
                return QString::fromUtf8(line.mid(prefix.size())).trimmed();
        }
        if (m_process.state() == QProcess::NotRunning) {
            *error = m_name % u" exited with code "_s % QString::number(m_process.exitCode()) %
                     u" before it was ready"_s;
            return {};
        }
        m_process.waitForReadyRead(200); // a benchmark tool, not src/: blocking waits are fine here
    }
    *error =
        m_name % u" did not print '"_s % readyPrefix % u"' within "_s % QString::number(timeoutMs) % u" ms"_s;
    return {};
}

qint64 ServerProcess::statusKb(const char *field) const
{
    QFile status(u"/proc/%1/status"_s.arg(m_process.processId()));
    if (m_process.state() != QProcess::Running || !status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // SIGTERM: both servers shut down cleanly on it
    if (!m_process.waitForFinished(15000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

} // namespace commercedesk::bench
