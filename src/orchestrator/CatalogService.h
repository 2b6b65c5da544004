// SPDX-License-Identifier: MIT
#pragma once

#include "orchestrator/ServiceContext.h"

namespace commercedesk::orchestrator {

class Exchange;
class RouteTable;

/// Catalog and search, passed through to the published product projections. Only listed query
/// parameters are forwarded; `staged` is never (buyers see published products only). `GET /v1/categories`
/// and `GET /v1/product-types` page through the category tree and the product types (whose attribute
/// definitions carry the labels of enum values) with `limit`, `offset` and `withTotal` only.
class CatalogService
{
public:
    explicit CatalogService(ServiceContext context);

    void registerRoutes(RouteTable &routes);

private:
    void search(Exchange *exchange);
    void product(Exchange *exchange);
    // One page of a public catalog resource at `path` (e.g. "/categories"), no free predicate.
    void pagedList(Exchange *exchange, const QString &path);

    ServiceContext m_context;
};

} // namespace commercedesk::orchestrator
