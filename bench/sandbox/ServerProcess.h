// SPDX-License-Identifier: MIT
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace commercedesk::bench {

// A server run as a CHILD process (its CPU and memory are its own, not the benchmark's): started,
// awaited until it prints its "listening" line, asked for its peak RSS, stopped with SIGTERM (then
// killed) on stop() or destruction. Its stderr is forwarded to ours.
class ServerProcess
{
public:
    explicit ServerProcess(QString name);
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    // Starts `program` and waits up to `timeoutMs` for a stdout line starting with `readyPrefix`;
    // returns the rest of that line, or an empty string (+ *error) on failure.
    QString start(const QString &program, const QStringList &arguments, const QString &readyPrefix,
                  int timeoutMs, QString *error, const QProcessEnvironment &environment = {},
                  const QString &workingDirectory = {});
    qint64 pid() const { return m_process.processId(); }
    // A field of /proc/<pid>/status in kB (VmHWM = peak RSS, VmRSS = current), -1 when unreadable.
    qint64 statusKb(const char *field) const;
    void stop();

private:
    QString m_name;
    QProcess m_process;
};

} // namespace commercedesk::bench
