// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/http/Router.h"
#include "sandbox/query/ResourceQuery.h"

namespace commercedesk::sandbox {

class Database;

// Read endpoints of the B2B directory (scopes from ScopeRules):
//   GET /{projectKey}/business-units[/{id}|/key={key}]       (query columns unitType, parentUnit.key)
//   GET /{projectKey}/me/business-units[/{id}|/key={key}]    (only units the token's customer is an
//        associate of, explicitly or inherited through associateMode ExplicitAndFromParent; else 404)
//   GET /{projectKey}/associate-roles[/{id}|/key={key}], /stores[...], /channels[...]
// The Database must outlive the routes (same thread).
class DirectoryEndpoints
{
public:
    DirectoryEndpoints(Database &database);
    void registerRoutes(Router &router);

private:
    struct Resource
    {
        QString table;
        QHash<QString, QString> columns;
        bool mine = false;        // /me/business-units: the token's customer's units
        bool asAssociate = false; // /as-associate/{associateId}/business-units: that associate's units
    };
    HttpResponse query(RequestContext &ctx, const Resource &resource);
    HttpResponse get(RequestContext &ctx, const Resource &resource, bool byKey);
    // The restriction of /me/business-units (or the error when the token is no customer's) and of
    // /as-associate/{associateId}/business-units.
    std::optional<HttpResponse> restrict(const RequestContext &ctx, const Resource &resource,
                                         ResourceQuerySpec &spec) const;

    Database &m_database;
};

} // namespace commercedesk::sandbox
