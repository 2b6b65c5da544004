// SPDX-License-Identifier: MIT
#include "core/ProductProjection.h"

namespace commercedesk::core {

const ProductVariant *ProductProjection::variant(int variantId) const
{
    if (masterVariant.id == variantId)
        return &masterVariant;
    for (const ProductVariant &v : variants) {
        if (v.id == variantId)
            return &v;
    }
    return nullptr;
}

const ProductVariant *ProductProjection::variantBySku(const QString &sku) const
{
    if (masterVariant.sku == sku)
        return &masterVariant;
    for (const ProductVariant &v : variants) {
        if (v.sku == sku)
            return &v;
    }
    return nullptr;
}

} // namespace commercedesk::core
