// SPDX-License-Identifier: MIT
#pragma once

#include "core/LocalizedString.h"
#include "core/ProductVariant.h"
#include "core/Reference.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace commercedesk::core {

// A product as the storefront sees it (current or staged projection). searchKeywords, metaTitle
// and product-level attributes are not modelled.
struct ProductProjection
{
    QString id;
    qint64 version = 0;
    std::optional<QString> key;
    Reference productType; // typeId "product-type"
    LocalizedString name;
    std::optional<LocalizedString> description;
    LocalizedString slug;
    QList<Reference> categories; // typeId "category"
    std::optional<Reference> taxCategory;
    ProductVariant masterVariant;
    QList<ProductVariant> variants; // without the master variant
    std::optional<bool> published;
    std::optional<bool> hasStagedChanges;
    QDateTime createdAt;
    QDateTime lastModifiedAt;

    // masterVariant followed by variants.
    QList<ProductVariant> allVariants() const
    {
        QList<ProductVariant> all;
        all.reserve(variants.size() + 1);
        all.append(masterVariant);
        all.append(variants);
        return all;
    }
    // The variant with that id / sku (master first), or nullptr; valid while this projection lives unchanged.
    const ProductVariant *variant(int variantId) const;
    const ProductVariant *variantBySku(const QString &sku) const;

    friend bool operator==(const ProductProjection &, const ProductProjection &) = default;
};

} // namespace commercedesk::core
