// SPDX-License-Identifier: MIT
#include "sandbox/http/ContractRecorder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

QString logDirectory()
{
    static const QString dir = qEnvironmentVariable("COMMERCEDESK_CONTRACT_LOG");
    return dir;
}

// A body as the log keeps it: parsed JSON when it is JSON, else the text; null when empty.
QJsonValue bodyValue(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return QJsonValue::Null;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return QString::fromUtf8(body);
    if (doc.isArray())
        return doc.array();
    return doc.object();
}

} // namespace

bool ContractRecorder::enabled()
{
    return !logDirectory().isEmpty();
}

void ContractRecorder::record(const Router &router, const RequestContext &ctx, const HttpResponse &response)
{
    if (!enabled())
        return;
    const Router::Match match = router.match(ctx.method, ctx.path);
    static const QString source = qEnvironmentVariable("COMMERCEDESK_CONTRACT_SOURCE", u"sandbox"_s);
    const QJsonObject line{
        {u"source"_s, source},
        {u"method"_s, methodName(ctx.method)},
        {u"route"_s, match.kind == Router::Match::Kind::Found ? match.route->pattern : QString()},
        {u"path"_s, ctx.path},
        {u"status"_s, response.status},
        {u"request"_s, bodyValue(ctx.body)},
        {u"response"_s, bodyValue(response.body)},
    };
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';

    static QMutex mutex;
    static QFile file;
    const QMutexLocker lock(&mutex);
    if (!file.isOpen()) {
        QDir().mkpath(logDirectory());
        file.setFileName(
            QDir(logDirectory())
                .filePath(u"%1-%2.ndjson"_s.arg(source).arg(QCoreApplication::applicationPid())));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
            return;
    }
    file.write(bytes);
    file.flush();
}

} // namespace commercedesk::sandbox
