// SPDX-License-Identifier: MIT
#include "sandbox/http/ContractRecorder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
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

// The sampling bound: per process and per kind of exchange, the first kAlwaysKept exchanges keep their
// bodies; later ones keep them while the kind has logged at most kBodiesPerKind exchanges and fewer than
// kBytesPerKind body bytes.
constexpr int kAlwaysKept = 3;
constexpr int kBodiesPerKind = 40;
constexpr qsizetype kBytesPerKind = 2 * 1024 * 1024;

// The kind of an exchange: method, route, status and, for update requests, the names of its actions (so
// a rare action on a busy route still gets its bodies logged).
QString exchangeKind(const QString &method, const QString &route, int status, const QJsonValue &request)
{
    QStringList actions;
    for (const QJsonValue &action : request.toObject().value(u"actions"_s).toArray())
        actions << action.toObject().value(u"action"_s).toString();
    actions.sort();
    return u"%1 %2 %3 %4"_s.arg(method, route).arg(status).arg(actions.join(u','));
}

struct KindTally
{
    int exchanges = 0;
    qsizetype bodyBytes = 0;
};

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
    const QString method = methodName(ctx.method);
    const QString route = match.kind == Router::Match::Kind::Found ? match.route->pattern : QString();
    const QJsonValue request = bodyValue(ctx.body);
    QJsonObject line{
        {u"source"_s, source}, {u"method"_s, method},          {u"route"_s, route},
        {u"path"_s, ctx.path}, {u"status"_s, response.status},
    };

    static QMutex mutex;
    static QFile file;
    static QHash<QString, KindTally> tallies;
    const QMutexLocker lock(&mutex);
    KindTally &tally = tallies[exchangeKind(method, route, response.status, request)];
    ++tally.exchanges;
    if (tally.exchanges <= kAlwaysKept ||
        (tally.exchanges <= kBodiesPerKind && tally.bodyBytes < kBytesPerKind)) {
        line.insert(u"request"_s, request);
        line.insert(u"response"_s, bodyValue(response.body));
        tally.bodyBytes += ctx.body.size() + response.body.size();
    } else {
        line.insert(u"bodiesOmitted"_s, true);
    }
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
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
