// SPDX-License-Identifier: MIT
#pragma once

#include "orchestrator/ServiceContext.h"

namespace commercedesk::orchestrator {

class Exchange;
class RouteTable;

/// Catalog and search, passed through to the published product projections. Only listed query
/// parameters are forwarded; `staged` is never (buyers see published products only). `GET /v1/categories`
/// pages through the category tree (`limit`, `offset`, `withTotal` only).
class CatalogService
{
public:
    explicit CatalogService(ServiceContext context);

    void registerRoutes(RouteTable &routes);

private:
    void search(Exchange *exchange);
    void product(Exchange *exchange);
    void categories(Exchange *exchange);

    ServiceContext m_context;
};

} // namespace commercedesk::orchestrator
