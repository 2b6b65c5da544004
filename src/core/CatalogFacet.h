// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace commercedesk::core {

/// One facet of a search answer: the terms of an attribute (most frequent first, as the server orders
/// them) or the buckets of a price range facet (in the order requested). `count` is the number of products
/// when the facet was requested "counting products" (CatalogQuery does), else of variants/prices.
struct CatalogFacet
{
    enum class Kind { Terms, Range };

    struct Bucket
    {
        QString term;               ///< Terms: the attribute value; Range: empty
        std::optional<qint64> from; ///< Range: minor units, inclusive (nullopt = open)
        std::optional<qint64> to;   ///< Range: minor units, exclusive (nullopt = open)
        qint64 count = 0;
        friend bool operator==(const Bucket &, const Bucket &) = default;
    };

    QString name; ///< the facet's alias, e.g. "color" or "price"
    Kind kind = Kind::Terms;
    QList<Bucket> buckets;

    friend bool operator==(const CatalogFacet &, const CatalogFacet &) = default;
};

} // namespace commercedesk::core
