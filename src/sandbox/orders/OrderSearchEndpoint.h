// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/http/Router.h"

namespace commercedesk::sandbox {

class Database;

// Search Orders (official api.yaml, /{projectKey}/orders/search; scope view_orders or manage_orders):
//   POST answers OrderPagedSearchResponse {total, offset, limit, hits: [{id, version}]} for an
//        OrderSearchRequest (see OrderSearchQuery for what is supported); a request it cannot serve is
//        400 InvalidInput naming the offending part.
//   HEAD answers 200: the sandbox's order index always exists (migration 7 keeps it current with
//        triggers, so every order — placed, imported, generated or updated — is searchable at once).
// The Database must outlive the routes (same thread).
class OrderSearchEndpoint
{
public:
    OrderSearchEndpoint(Database &database);
    void registerRoutes(Router &router);

private:
    HttpResponse search(RequestContext &ctx);

    Database &m_database;
};

} // namespace commercedesk::sandbox
