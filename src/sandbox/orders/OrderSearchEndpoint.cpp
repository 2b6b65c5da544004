// SPDX-License-Identifier: MIT
#include "sandbox/orders/OrderSearchEndpoint.h"

#include "sandbox/auth/ScopeRules.h"
#include "sandbox/orders/OrderSearchQuery.h"
#include "sandbox/orders/ResourceErrors.h"
#include "sandbox/storage/Database.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

OrderSearchEndpoint::OrderSearchEndpoint(Database &database)
    : m_database(database)
{}

void OrderSearchEndpoint::registerRoutes(Router &router)
{
    RouteOptions read = ScopeRules::read(ScopeRules::Endpoint::Orders);
    const QString path = u"/{projectKey}/orders/search"_s;
    router.add(
        HttpMethod::Head, path, [](RequestContext &) { return HttpResponse::bytes({}, "application/json"); },
        read);
    read.body = RouteOptions::Body::Json;
    router.add(
        HttpMethod::Post, path, [this](RequestContext &c) { return search(c); }, read);
}

HttpResponse OrderSearchEndpoint::search(RequestContext &ctx)
{
    if (!ctx.json.isObject())
        return HttpResponse::invalidInput(u"The order search request must be a JSON object."_s);
    QString error;
    const std::optional<OrderSearchQuery> query = OrderSearchQuery::compile(ctx.json.object(), &error);
    if (!query)
        return HttpResponse::invalidInput(error);

    QSqlQuery count(m_database.connection());
    count.prepare(query->countSql());
    for (const QVariant &v : query->bindings())
        count.addBindValue(v);
    QSqlQuery page(m_database.connection());
    page.prepare(query->pageSql());
    for (const QVariant &v : query->bindings())
        page.addBindValue(v);
    if (!count.exec() || !count.next() || !page.exec())
        return HttpResponse::error(500, u"General"_s, u"The order search failed."_s);
    QJsonArray hits;
    while (page.next())
        hits.append(
            QJsonObject{{u"id"_s, page.value(0).toString()}, {u"version"_s, page.value(1).toLongLong()}});
    return HttpResponse::json(QJsonObject{{u"total"_s, count.value(0).toLongLong()},
                                          {u"offset"_s, query->offset()},
                                          {u"limit"_s, query->limit()},
                                          {u"hits"_s, hits}});
}

} // namespace commercedesk::sandbox
