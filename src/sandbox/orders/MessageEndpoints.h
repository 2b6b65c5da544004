// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/http/Router.h"

namespace commercedesk::sandbox {

class Database;

// GET /{projectKey}/messages (ResourceQuery: where/sort on type, resource.id, resource.typeId,
// sequenceNumber, createdAt, …) and GET /messages/{id}; scope view_messages. The Database must
// outlive the routes (same thread).
class MessageEndpoints
{
public:
    MessageEndpoints(Database &database);
    void registerRoutes(Router &router);

private:
    HttpResponse query(RequestContext &ctx);
    HttpResponse get(RequestContext &ctx);

    Database &m_database;
};

} // namespace commercedesk::sandbox
