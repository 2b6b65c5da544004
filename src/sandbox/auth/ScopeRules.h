// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/http/Router.h"

namespace commercedesk::sandbox {

// THE table of which scopes each API endpoint accepts (any one of them suffices; manage_project
// always does, see Principal::hasScope). Endpoint modules take their RouteOptions from here so the
// whole access policy can be read in ScopeRules.cpp.
class ScopeRules
{
public:
    enum class Endpoint {
        Project,            // GET /{projectKey}
        ProductProjections, // GET /product-projections[/search|/{id}|/key=]
        Categories,         // GET /categories[...]
        TaxCategories,      // GET /tax-categories[...]
    };

    static RouteOptions read(Endpoint endpoint);
    // Scopes that may see staged (unpublished) product data: `staged=true` without one → 403.
    static QStringList stagedProducts();
};

} // namespace commercedesk::sandbox
