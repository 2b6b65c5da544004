// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace commercedesk::api {

/// Parameters of `GET /product-projections/search` (api.yaml), rendered to a query string.
/// Values are passed as given; the caller supplies filter expressions in the commercetools filter syntax, and
/// quoteFilterValue() makes a string value safe to put inside one.
struct ProductSearchQuery
{
    QString text;                          ///< full text; empty = no text search
    QString locale = QStringLiteral("en"); ///< the locale the text is searched in (text.{locale})
    bool fuzzy = false;
    QStringList filters;      ///< `filter` — after facets
    QStringList queryFilters; ///< `filter.query` — before facets
    QStringList facets;       ///< `facet`
    QStringList sorts;        ///< e.g. "name.en asc"; with text and no sort the server sorts by relevance
    int limit = 20;           ///< 0..500
    int offset = 0;           ///< 0..10000
    bool staged = false;
    bool markMatchingVariants = false;
    // Price selection: fills variant.price / scopedPrice for the buyer's context.
    QString priceCurrency;
    QString priceCountry;
    QString priceCustomerGroup;
    QString priceChannel;

    QUrlQuery toUrlQuery() const;

    /// `"value"` with backslash and quote escaped, for use inside filter expressions.
    static QString quoteFilterValue(const QString &value);

    friend bool operator==(const ProductSearchQuery &, const ProductSearchQuery &) = default;
};

} // namespace commercedesk::api
