// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/http/Router.h"

#include <QJsonArray>
#include <QStringList>

namespace commercedesk::sandbox {

class Database;
struct SearchRequest;

// Read endpoints of the catalog and project (scopes from ScopeRules):
//   GET /{projectKey}
//   GET /{projectKey}/product-projections[?limit,offset,sort,staged,price*]
//   GET|POST /{projectKey}/product-projections/search   (POST: form-encoded parameters)
//   GET /{projectKey}/product-projections/{id} | /key={key}
//   GET /{projectKey}/categories[/{id}|/key={key}], /{projectKey}/tax-categories[/{id}|/key={key}]
//   GET /images/{file}   (public; generated product images)
// `where` predicates are not implemented yet: a request with `where` gets 400 InvalidInput rather
// than silently unfiltered results. The Database must outlive the routes (same thread).
class CatalogEndpoints
{
public:
    CatalogEndpoints(Database &database, QString projectKey);
    void registerRoutes(Router &router);

private:
    HttpResponse project(RequestContext &ctx);
    HttpResponse search(RequestContext &ctx, bool scopedPrices);
    HttpResponse projection(RequestContext &ctx, bool byKey);
    HttpResponse resourceList(RequestContext &ctx, const QString &table);
    HttpResponse resourceOne(RequestContext &ctx, const QString &table, const QString &typeName, bool byKey);
    HttpResponse image(RequestContext &ctx);

    // 404 for a foreign project key, 400 for `where`, 403 for staged without view_products.
    std::optional<HttpResponse> checkRequest(const RequestContext &ctx, bool staged) const;
    QJsonArray loadProjections(const QStringList &ids, const SearchRequest &request,
                               const RequestContext &ctx, bool scopedPrices) const;

    Database &m_database;
    QString m_projectKey;
};

} // namespace commercedesk::sandbox
