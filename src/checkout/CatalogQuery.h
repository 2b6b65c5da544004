// SPDX-License-Identifier: MIT
#pragma once

#include "api/ProductSearchQuery.h"
#include "checkout/BuyerContext.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace commercedesk::checkout {

/// What the buyer asked the catalog for: text, category, chosen facet values, price ranges and sort order.
/// A plain value; toSearchQuery() renders one page of it as a product-projection search.
///
/// Rendering rules (all selections go to `filter.query`, so the result AND the facet counts follow them):
/// - category: `categories.id: subtree("id")` (the category and everything below it);
/// - attribute values: one `<attributePath>:"a","b"` per attribute — OR within an attribute, AND across
///   attributes; an enum attribute is filtered and faceted by its keys (`variants.attributes.color.key`), as
///   commercetools' product projection search requires for (localized) enums, the rest by value;
/// - price ranges: one `variants.price.centAmount:range (a to b),(c to *)` (OR between ranges);
/// - facets requested: one terms facet per entry of facetAttributes(), returned under the attribute's name,
///   and one range facet over priceBands() under priceFacetName(); all "counting products";
/// - sort: Relevance sends no sort when there is text (server relevance) and `createdAt asc` without;
///   every other sort appends `id asc` as a tie-breaker so offset paging never repeats or skips a product.
struct CatalogQuery
{
    enum class Sort { Relevance, Name, PriceAscending, PriceDescending, Newest };

    struct PriceRange
    {
        std::optional<qint64> from; ///< minor units, inclusive; nullopt = open
        std::optional<qint64> to;   ///< minor units, exclusive; nullopt = open
        friend bool operator==(const PriceRange &, const PriceRange &) = default;
    };

    QString text;
    QString categoryId;
    QMap<QString, QStringList> attributeValues; ///< attribute name → chosen values
    QList<PriceRange> priceRanges;
    Sort sort = Sort::Relevance;

    /// The attributes offered as facets, in display order.
    static QStringList facetAttributes();
    /// The search path of an attribute's values: `variants.attributes.<name>.key` for the enum attributes
    /// (line, color, material), `variants.attributes.<name>` otherwise.
    static QString attributePath(const QString &attribute);
    /// The price buckets of the price facet (minor units; the last one is open-ended).
    static QList<PriceRange> priceBands();
    /// The facet name (alias) the price facet is returned under.
    static QString priceFacetName();
    /// The range expression for a bucket, e.g. "(1000 to 2500)" or "(25000 to *)".
    static QString rangeExpression(const PriceRange &range);

    /// Toggles `value` of `attribute` (adds it when absent, removes it when present).
    void toggleAttributeValue(const QString &attribute, const QString &value);
    void togglePriceRange(const PriceRange &range);
    bool hasSelections() const { return !attributeValues.isEmpty() || !priceRanges.isEmpty(); }
    void clearSelections();

    api::ProductSearchQuery toSearchQuery(const BuyerContext &context, int offset, int limit) const;

    friend bool operator==(const CatalogQuery &, const CatalogQuery &) = default;
};

} // namespace commercedesk::checkout
