// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/ProductSearchQuery.h"
#include "checkout/CatalogCategory.h"
#include "checkout/CatalogPage.h"

namespace commercedesk::api {
class Transport;
}

namespace commercedesk::checkout {

/// The storefront's catalog reads that the api layer's ProductProjectionClient does not decode: a
/// product-projection search WITH its facet results, and the category list. Jobs follow the ApiJob contract.
/// `transport` must outlive this object and its jobs.
class CatalogSearchClient
{
public:
    explicit CatalogSearchClient(api::Transport *transport);

    api::Job<CatalogPage> *search(const api::ProductSearchQuery &query);
    /// All categories (one request, up to 500), sorted by orderHint.
    api::Job<QList<CatalogCategory>> *categories();

private:
    api::Transport *m_transport;
};

} // namespace commercedesk::checkout
