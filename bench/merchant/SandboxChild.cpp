// SPDX-License-Identifier: MIT
#include "SandboxChild.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace commercedesk::bench {

SandboxChild::~SandboxChild()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(15000))
            m_process.kill();
    }
}

bool SandboxChild::start(const QString &executable, const QString &dataDir, qint64 generateOrders,
                         QString *error)
{
    QDir().mkpath(dataDir);
    const bool fresh = !QFileInfo::exists(QDir(dataDir).filePath(u"sandbox.sqlite"_s));
    // Opens (and on a fresh dir creates and seeds) the database, prints the clients and exits.
    QProcess print;
    print.start(executable, {u"--data-dir"_s, dataDir, u"--no-outside"_s, u"--print-credentials"_s});
    if (!print.waitForFinished(300000) || print.exitCode() != 0) {
        *error = u"--print-credentials failed: "_s + QString::fromUtf8(print.readAllStandardError());
        return false;
    }
    m_credentials = QJsonDocument::fromJson(print.readAllStandardOutput()).object();
    if (m_credentials.isEmpty()) {
        *error = u"--print-credentials printed no JSON object"_s;
        return false;
    }

    QStringList arguments{u"--data-dir"_s, dataDir, u"--port"_s, u"0"_s, u"--no-outside"_s};
    if (fresh && generateOrders > 0) {
        arguments << u"--generate-orders"_s << QString::number(generateOrders);
        std::fprintf(stderr, "generating %lld orders into %s (once) ...\n",
                     static_cast<long long>(generateOrders), qPrintable(dataDir));
    }
    // The child's log goes to our stderr; only its stdout ("listening on ...") is read.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(executable, arguments);
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    const QByteArray prefix = "listening on ";
    const auto line = [&out, &prefix] {
        const qsizetype at = out.indexOf(prefix);
        return at >= 0 && out.indexOf('\n', at) > at;
    };
    while (!line() && timer.elapsed() < 3600000 && m_process.state() != QProcess::NotRunning) {
        m_process.waitForReadyRead(1000);
        out += m_process.readAllStandardOutput();
    }
    if (!line()) {
        *error = u"the sandbox did not start: "_s + QString::fromUtf8(out);
        return false;
    }
    const qsizetype at = out.indexOf(prefix);
    m_url =
        QString::fromUtf8(out.mid(at + prefix.size(), out.indexOf('\n', at) - at - prefix.size())).trimmed();
    return true;
}

api::ConnectionConfig SandboxChild::connection(const QString &clientName) const
{
    api::ConnectionConfig config;
    config.authUrl = QUrl(m_url);
    config.apiUrl = QUrl(m_url);
    config.projectKey = m_credentials.value("projectKey"_L1).toString();
    for (const QJsonValue &client : m_credentials.value("clients"_L1).toArray()) {
        if (client["name"_L1].toString() != clientName)
            continue;
        config.clientId = client["clientId"_L1].toString();
        config.clientSecret = client["clientSecret"_L1].toString();
        for (const QJsonValue &scope : client["scopes"_L1].toArray())
            config.scopes.append(scope.toString());
    }
    return config;
}

} // namespace commercedesk::bench
