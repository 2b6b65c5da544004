// SPDX-License-Identifier: MIT
#pragma once

#include "core/CatalogFacet.h"
#include "core/PagedResult.h"
#include "core/ProductProjection.h"

namespace commercedesk::core {

/// One page of a catalog search: the products and the facets computed over the whole result.
struct CatalogPage
{
    core::PagedResult<core::ProductProjection> page;
    QList<CatalogFacet> facets;
};

} // namespace commercedesk::core
