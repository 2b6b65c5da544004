// SPDX-License-Identifier: MIT
#include "checkout/CatalogQuery.h"

using namespace Qt::StringLiterals;

namespace commercedesk::checkout {

namespace {

QString bound(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : u"*"_s;
}

} // namespace

QStringList CatalogQuery::facetAttributes()
{
    return {u"line"_s, u"color"_s, u"material"_s, u"size"_s};
}

QString CatalogQuery::attributePath(const QString &attribute)
{
    // The demo product types' localized enums (sandbox seed); a real project's types follow the same names.
    static const QStringList enums{u"line"_s, u"color"_s, u"material"_s};
    return u"variants.attributes."_s + attribute + (enums.contains(attribute) ? u".key"_s : QString());
}

QList<CatalogQuery::PriceRange> CatalogQuery::priceBands()
{
    return {{std::nullopt, 1000}, {1000, 2500},   {2500, 5000},
            {5000, 10000},        {10000, 25000}, {25000, std::nullopt}};
}

QString CatalogQuery::priceFacetName()
{
    return u"price"_s;
}

QString CatalogQuery::rangeExpression(const PriceRange &range)
{
    return u'(' + bound(range.from) + u" to "_s + bound(range.to) + u')';
}

void CatalogQuery::toggleAttributeValue(const QString &attribute, const QString &value)
{
    QStringList &values = attributeValues[attribute];
    if (!values.removeOne(value))
        values.append(value);
    if (values.isEmpty())
        attributeValues.remove(attribute);
}

void CatalogQuery::togglePriceRange(const PriceRange &range)
{
    if (!priceRanges.removeOne(range))
        priceRanges.append(range);
}

void CatalogQuery::clearSelections()
{
    attributeValues.clear();
    priceRanges.clear();
}

api::ProductSearchQuery CatalogQuery::toSearchQuery(const BuyerContext &context, int offset, int limit) const
{
    api::ProductSearchQuery query;
    query.text = text;
    query.locale = context.locale;
    query.offset = offset;
    query.limit = limit;
    context.applyPriceSelection(query);

    if (!categoryId.isEmpty())
        query.queryFilters << u"categories.id: subtree("_s +
                                  api::ProductSearchQuery::quoteFilterValue(categoryId) + u')';
    for (auto it = attributeValues.cbegin(); it != attributeValues.cend(); ++it) {
        QStringList quoted;
        for (const QString &value : it.value())
            quoted << api::ProductSearchQuery::quoteFilterValue(value);
        query.queryFilters << attributePath(it.key()) + u':' + quoted.join(u',');
    }
    if (!priceRanges.isEmpty()) {
        QStringList ranges;
        for (const PriceRange &range : priceRanges)
            ranges << rangeExpression(range);
        query.queryFilters << u"variants.price.centAmount:range "_s + ranges.join(u',');
    }

    for (const QString &attribute : facetAttributes())
        query.facets << attributePath(attribute) + u" as "_s + attribute + u" counting products"_s;
    QStringList bands;
    for (const PriceRange &range : priceBands())
        bands << rangeExpression(range);
    query.facets << u"variants.price.centAmount:range "_s + bands.join(u',') + u" as "_s + priceFacetName() +
                        u" counting products"_s;

    switch (sort) {
    case Sort::Relevance:
        if (text.isEmpty()) // browsing without a search: alphabetical, as a catalog reads
            query.sorts << u"name."_s + context.locale + u" asc"_s;
        break;
    case Sort::Name:
        query.sorts << u"name."_s + context.locale + u" asc"_s;
        break;
    case Sort::PriceAscending:
        query.sorts << u"price asc"_s;
        break;
    case Sort::PriceDescending:
        query.sorts << u"price desc"_s;
        break;
    case Sort::Newest:
        query.sorts << u"createdAt desc"_s;
        break;
    }
    if (!query.sorts.isEmpty())
        query.sorts << u"id asc"_s;
    return query;
}

} // namespace commercedesk::checkout
