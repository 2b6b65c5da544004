// SPDX-License-Identifier: MIT
#include "orchestrator/OrchestratorLogging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace commercedesk::orchestrator {

Q_LOGGING_CATEGORY(lcRequests, "commercedesk.orchestrator.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcService, "commercedesk.orchestrator", QtInfoMsg)

void logRequest(const QByteArray &method, const QString &route, int status, qint64 elapsedMs,
                const QString &correlationId, const QString &sessionId)
{
    qCInfo(lcRequests).noquote() << QString::fromLatin1(method) << route << status << elapsedMs << "ms"
                                 << correlationId << (sessionId.isEmpty() ? u"-"_s : sessionId);
}

namespace {

void jsonHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const char *const levels[] = {"debug", "warning", "critical", "fatal", "info"};
    const QJsonObject line{
        {u"ts"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {u"level"_s, QString::fromLatin1(levels[qBound(0, int(type), 4)])},
        {u"category"_s, QString::fromLatin1(context.category ? context.category : "default")},
        {u"msg"_s, message}};
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace

void installJsonLogHandler()
{
    qInstallMessageHandler(jsonHandler);
}

} // namespace commercedesk::orchestrator
