// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/ProductSearchQuery.h"
#include "core/Attribute.h"
#include "core/CatalogCategory.h"
#include "core/CatalogPage.h"

namespace commercedesk::api {

class Transport;

/// The storefront's catalog reads that ProductProjectionClient does not decode: a product-projection search
/// WITH its facet results, and the category list (through an orchestrator: `/v1/products/search`,
/// `/v1/categories`), and the product types' enum labels. Jobs follow the ApiJob contract. `transport` must
/// outlive this object and its jobs.
class CatalogSearchClient
{
public:
    explicit CatalogSearchClient(Transport *transport);

    Job<core::CatalogPage> *search(const ProductSearchQuery &query);
    /// All categories (one request, up to 500), sorted by orderHint.
    Job<QList<core::CatalogCategory>> *categories();
    /// The enum values the product types define, with their labels (json::decodeEnumDefinitions; one
    /// request, up to 500 types; through an orchestrator `/v1/product-types`). Needs `view_product_types`.
    Job<QList<core::Attribute>> *enumDefinitions();

private:
    Transport *m_transport;
};

} // namespace commercedesk::api
