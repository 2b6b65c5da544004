// SPDX-License-Identifier: MIT
#include "sandbox/auth/ScopeRules.h"

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

RouteOptions bearer(QStringList scopes)
{
    RouteOptions o;
    o.requiresToken = true;
    o.anyScope = std::move(scopes);
    return o;
}

} // namespace

RouteOptions ScopeRules::read(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::Project:
        return bearer({u"view_project_settings"_s, u"manage_project_settings"_s});
    case Endpoint::ProductProjections:
        return bearer({u"view_products"_s, u"view_published_products"_s, u"manage_products"_s});
    case Endpoint::Categories:
        return bearer({u"view_categories"_s, u"manage_categories"_s, u"view_products"_s,
                       u"view_published_products"_s, u"manage_products"_s});
    case Endpoint::TaxCategories:
        return bearer({u"view_tax_categories"_s, u"manage_tax_categories"_s, u"view_products"_s,
                       u"view_published_products"_s});
    }
    return bearer({u"manage_project"_s});
}

QStringList ScopeRules::stagedProducts()
{
    return {u"view_products"_s, u"manage_products"_s};
}

} // namespace commercedesk::sandbox
