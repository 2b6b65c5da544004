// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/catalog/PriceSelector.h"
#include "sandbox/http/HttpResponse.h"
#include "sandbox/http/Paging.h"
#include "sandbox/http/RequestContext.h"

#include <optional>

namespace commercedesk::sandbox {

// One `filter`, `filter.query`, `filter.facets` or `facet` expression:
//   path:value[,value…]   values: "text", number, range(a to b)[,(c to d)], subtree("id"), exists, missing
// Supported paths: variants.sku, categories.id (values, subtree), variants.attributes.<name>[.key],
// variants.price.centAmount (values, ranges), id, key.
struct SearchTerm
{
    struct Range
    {
        std::optional<qint64> from; // '*' = open
        std::optional<qint64> to;
    };
    enum class Field { Sku, CategoryId, Attribute, PriceCentAmount, Id, Key };

    Field field = Field::Id;
    QString attribute; // for Field::Attribute
    QStringList values;
    QList<Range> ranges;
    QStringList subtrees;       // category ids
    QString alias;              // facet "… as name"
    bool countProducts = false; // facet "… counting products"
    QString expression;         // the facet expression as sent (the response key when no alias)

    // nullopt + *error when the expression is malformed or the path is not supported.
    static std::optional<SearchTerm> parse(const QString &expression, bool isFacet, QString *error);
};

struct SearchSort
{
    enum class Field { Name, CreatedAt, LastModifiedAt, Id, Price, Score };
    Field field = Field::CreatedAt;
    QString locale;
    bool descending = false;
};

// All parameters of GET/POST /product-projections/search, validated.
struct SearchRequest
{
    QString textLocale;
    QString text;
    bool fuzzy = false;
    bool staged = false;
    Paging paging;
    PriceSelection prices;
    QList<SearchTerm> filter;       // after facets
    QList<SearchTerm> filterQuery;  // before facets
    QList<SearchTerm> filterFacets; // facets only
    QList<SearchTerm> facets;
    QList<SearchSort> sorts;

    // nullopt + *error (400 InvalidInput) on any invalid parameter.
    static std::optional<SearchRequest> parse(const RequestContext &ctx, HttpResponse *error);
};

} // namespace commercedesk::sandbox
