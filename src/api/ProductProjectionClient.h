// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/ProductSearchQuery.h"
#include "core/PagedResult.h"
#include "core/ProductProjection.h"

namespace commercedesk::api {

class Transport;

/// The catalog as the storefront sees it: `product-projections` search and look-ups (published data only
/// unless the query says staged). Through an orchestrator: `/v1/products/search` and `/v1/products/{id}`;
/// byKey() then fails with a Configuration error. Jobs follow the ApiJob contract.
class ProductProjectionClient
{
public:
    explicit ProductProjectionClient(Transport *transport);

    Job<core::PagedResult<core::ProductProjection>> *search(const ProductSearchQuery &query);
    Job<core::ProductProjection> *byId(const QString &id, const ProductSearchQuery &priceSelection = {});
    Job<core::ProductProjection> *byKey(const QString &key, const ProductSearchQuery &priceSelection = {});

private:
    Transport *m_transport;
};

} // namespace commercedesk::api
