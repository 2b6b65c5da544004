// SPDX-License-Identifier: MIT
#include "sandbox/catalog/CatalogEndpoints.h"

#include "sandbox/auth/ScopeRules.h"
#include "sandbox/catalog/ProductProjector.h"
#include "sandbox/catalog/ProductSearch.h"
#include "sandbox/catalog/SearchRequest.h"
#include "sandbox/query/ResourceQuery.h"
#include "sandbox/seed/PngImage.h"
#include "sandbox/storage/Database.h"
#include "sandbox/storage/ResourceTable.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

#include <limits>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

CatalogEndpoints::CatalogEndpoints(Database &database, QString projectKey)
    : m_database(database)
    , m_projectKey(std::move(projectKey))
{}

void CatalogEndpoints::registerRoutes(Router &router)
{
    using E = ScopeRules::Endpoint;
    const RouteOptions products = ScopeRules::read(E::ProductProjections);
    RouteOptions productsForm = products;
    productsForm.body = RouteOptions::Body::Form;
    router.add(
        HttpMethod::Get, u"/{projectKey}"_s, [this](RequestContext &c) { return project(c); },
        ScopeRules::read(E::Project));
    router.add(
        HttpMethod::Get, u"/{projectKey}/product-projections"_s,
        [this](RequestContext &c) { return search(c, false); }, products);
    router.add(
        HttpMethod::Get, u"/{projectKey}/product-projections/search"_s,
        [this](RequestContext &c) { return search(c, true); }, products);
    router.add(
        HttpMethod::Post, u"/{projectKey}/product-projections/search"_s,
        [this](RequestContext &c) { return search(c, true); }, productsForm);
    router.add(
        HttpMethod::Get, u"/{projectKey}/product-projections/{id}"_s,
        [this](RequestContext &c) { return projection(c, false); }, products);
    router.add(
        HttpMethod::Get, u"/{projectKey}/product-projections/key={key}"_s,
        [this](RequestContext &c) { return projection(c, true); }, products);
    const struct
    {
        QString path, table, typeName;
        E endpoint;
    } resources[] = {{u"categories"_s, u"categories"_s, u"Category"_s, E::Categories},
                     {u"tax-categories"_s, u"tax_categories"_s, u"TaxCategory"_s, E::TaxCategories}};
    for (const auto &r : resources) {
        const QString base = u"/{projectKey}/"_s % r.path;
        const QString table = r.table, typeName = r.typeName;
        router.add(
            HttpMethod::Get, base, [this, table](RequestContext &c) { return resourceList(c, table); },
            ScopeRules::read(r.endpoint));
        router.add(
            HttpMethod::Get, base % u"/{id}"_s,
            [this, table, typeName](RequestContext &c) { return resourceOne(c, table, typeName, false); },
            ScopeRules::read(r.endpoint));
        router.add(
            HttpMethod::Get, base % u"/key={key}"_s,
            [this, table, typeName](RequestContext &c) { return resourceOne(c, table, typeName, true); },
            ScopeRules::read(r.endpoint));
    }
    router.add(HttpMethod::Get, u"/images/{file}"_s, [this](RequestContext &c) { return image(c); });
}

std::optional<HttpResponse> CatalogEndpoints::checkRequest(const RequestContext &ctx, bool staged) const
{
    if (staged && ctx.principal && !ctx.principal->hasAnyScope(ScopeRules::stagedProducts(), m_projectKey)) {
        return HttpResponse::insufficientScope(
            u"Insufficient scope. One of the following scopes is missing: view_products:%1"_s.arg(
                m_projectKey));
    }
    return std::nullopt;
}

HttpResponse CatalogEndpoints::project(RequestContext &)
{
    const QVariant doc = m_database.scalar(u"SELECT doc FROM project WHERE key = ?"_s, {m_projectKey});
    return HttpResponse::json(QJsonDocument::fromJson(doc.toByteArray()).object());
}

QJsonArray CatalogEndpoints::loadProjections(const QStringList &ids, const SearchRequest &request,
                                             const RequestContext &ctx, bool scopedPrices) const
{
    QHash<QString, QJsonObject> byId;
    if (!ids.isEmpty()) {
        QStringList marks;
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        for (qsizetype i = 0; i < ids.size(); ++i)
            marks.append(u"?"_s);
        q.prepare(u"SELECT id, doc FROM products WHERE id IN ("_s % marks.join(u',') % u')');
        for (const QString &id : ids)
            q.addBindValue(id);
        if (q.exec()) {
            while (q.next())
                byId.insert(q.value(0).toString(),
                            QJsonDocument::fromJson(q.value(1).toByteArray()).object());
        }
    }
    ProductProjector::Options options;
    options.staged = request.staged;
    options.selection = request.prices;
    options.withScopedPrice = scopedPrices && request.prices.isActive();
    options.baseUrl = ctx.baseUrl;
    QJsonArray results;
    for (const QString &id : ids) {
        if (byId.contains(id))
            results.append(ProductProjector::project(byId.value(id), options));
    }
    return results;
}

HttpResponse CatalogEndpoints::search(RequestContext &ctx, bool scopedPrices)
{
    HttpResponse error;
    auto request = SearchRequest::parse(ctx, &error);
    if (!request)
        return error;
    if (auto failure = checkRequest(ctx, request->staged))
        return *failure;
    request->prices.at = QDateTime::currentDateTimeUtc();
    const auto where = ResourceQuery::where(ctx, &error);
    if (ctx.hasQuery(u"where"_s) && (!where || scopedPrices)) {
        return where ? HttpResponse::invalidInput(u"Search takes 'filter', not 'where'."_s) : error;
    }
    const Paging wanted = request->paging;
    if (where) { // the predicate applies to projections: filter every match, then page
        request->paging.limit = std::numeric_limits<int>::max();
        request->paging.offset = 0;
    }
    ProductSearch::Result found = ProductSearch(m_database).run(*request);
    if (!found.error.isEmpty())
        return HttpResponse::invalidInput(u"The search could not be run: %1"_s.arg(found.error));
    QJsonArray projections = loadProjections(found.ids, *request, ctx, scopedPrices);
    if (where) {
        QJsonArray matching;
        for (const QJsonValue &p : std::as_const(projections)) {
            if (where->matches(p.toObject()))
                matching.append(p);
        }
        found.total = std::min<qint64>(matching.size(), 10000);
        projections = QJsonArray();
        for (qsizetype i = wanted.offset; i < matching.size() && i < qsizetype(wanted.offset) + wanted.limit;
             ++i)
            projections.append(matching.at(i));
        request->paging = wanted;
    }
    QJsonObject body = request->paging.envelope(projections, found.total);
    if (scopedPrices)
        body.insert(u"facets"_s, found.facets);
    return HttpResponse::json(body);
}

HttpResponse CatalogEndpoints::projection(RequestContext &ctx, bool byKey)
{
    HttpResponse error;
    auto request = SearchRequest::parse(ctx, &error);
    if (!request)
        return error;
    if (auto failure = checkRequest(ctx, request->staged))
        return *failure;
    request->prices.at = QDateTime::currentDateTimeUtc();
    const QString value = byKey ? ctx.param(u"key"_s) : ctx.param(u"id"_s);
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT id FROM products WHERE "_s % (byKey ? u"key"_s : u"id"_s) % u" = ?"_s %
              (request->staged ? QString() : u" AND published = 1"_s));
    q.addBindValue(value);
    if (!q.exec() || !q.next()) {
        return HttpResponse::notFound(byKey ? u"The Resource with key '%1' was not found."_s.arg(value)
                                            : u"The Resource with ID '%1' was not found."_s.arg(value));
    }
    const QJsonArray one = loadProjections({q.value(0).toString()}, *request, ctx, false);
    return HttpResponse::json(one.at(0).toObject());
}

HttpResponse CatalogEndpoints::resourceList(RequestContext &ctx, const QString &table)
{
    if (auto failure = checkRequest(ctx, false))
        return *failure;
    ResourceQuerySpec spec;
    spec.table = table;
    return ResourceQuery::run(m_database, spec, ctx);
}

HttpResponse CatalogEndpoints::resourceOne(RequestContext &ctx, const QString &table, const QString &typeName,
                                           bool byKey)
{
    if (auto failure = checkRequest(ctx, false))
        return *failure;
    ResourceTable resources(m_database, table);
    const QString value = byKey ? ctx.param(u"key"_s) : ctx.param(u"id"_s);
    const auto doc = byKey ? resources.byKey(value) : resources.byId(value);
    if (!doc) {
        return HttpResponse::notFound(
            u"The %1 with %2 '%3' was not found."_s.arg(typeName, byKey ? u"key"_s : u"ID"_s, value));
    }
    return HttpResponse::json(ResourceQuery::expand(m_database, *doc, ctx));
}

HttpResponse CatalogEndpoints::image(RequestContext &ctx)
{
    static const QRegularExpression name(u"^([a-z0-9][a-z0-9\\-]{0,120})\\.png$"_s);
    const auto m = name.match(ctx.param(u"file"_s));
    if (!m.hasMatch())
        return HttpResponse::notFound(u"The image '%1' was not found."_s.arg(ctx.param(u"file"_s)));
    HttpResponse r = HttpResponse::bytes(PngImage::productImage(m.captured(1)), "image/png");
    r.addHeader("Cache-Control", "public, max-age=86400");
    return r;
}

} // namespace commercedesk::sandbox
