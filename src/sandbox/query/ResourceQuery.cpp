// SPDX-License-Identifier: MIT
// PLACEHOLDER (lead): paging + sort on the spine columns only; `where` → 400. Replaced by the
// query-language implementation.
#include "sandbox/query/ResourceQuery.h"

#include "sandbox/http/Paging.h"
#include "sandbox/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

HttpResponse ResourceQuery::run(Database &database, const ResourceQuerySpec &spec, const RequestContext &ctx)
{
    HttpResponse error;
    const auto paging = Paging::parse(ctx, &error);
    if (!paging)
        return error;
    if (ctx.hasQuery(u"where"_s))
        return HttpResponse::invalidInput(u"Query predicates are not implemented yet."_s);
    QString where = spec.scopeSql.isEmpty() ? QString() : u" WHERE "_s % spec.scopeSql;
    QSqlQuery q(database.connection());
    q.prepare(u"SELECT doc FROM "_s % spec.table % where %
              u" ORDER BY created_at ASC, id ASC LIMIT ? OFFSET ?"_s);
    for (const QVariant &b : spec.scopeBindings)
        q.addBindValue(b);
    q.addBindValue(paging->limit);
    q.addBindValue(paging->offset);
    QJsonArray results;
    if (q.exec()) {
        while (q.next()) {
            QJsonObject doc = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
            results.append(spec.present ? spec.present(doc) : doc);
        }
    }
    const qint64 total =
        database.scalar(u"SELECT COUNT(*) FROM "_s % spec.table % where, spec.scopeBindings).toLongLong();
    return HttpResponse::json(paging->envelope(results, total));
}

QJsonObject ResourceQuery::expand(Database &, const QJsonObject &resource, const QStringList &)
{
    return resource;
}

} // namespace commercedesk::sandbox
