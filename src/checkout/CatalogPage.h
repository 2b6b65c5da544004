// SPDX-License-Identifier: MIT
#pragma once

#include "checkout/CatalogFacet.h"
#include "core/PagedResult.h"
#include "core/ProductProjection.h"

namespace commercedesk::checkout {

/// One page of a catalog search: the products and the facets computed over the whole result.
struct CatalogPage
{
    core::PagedResult<core::ProductProjection> page;
    QList<CatalogFacet> facets;
};

} // namespace commercedesk::checkout
