// SPDX-License-Identifier: MIT
#include "api/ProductSearchQuery.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace commercedesk::api {

namespace {

// QUrlQuery keeps '+', '&', '=' and '#' literal unless they are pre-encoded; a search text may hold any of
// them.
QString encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

QUrlQuery ProductSearchQuery::toUrlQuery() const
{
    QUrlQuery query;
    const auto add = [&query](const QString &key, const QString &value) {
        query.addQueryItem(key, encoded(value));
    };
    if (!text.trimmed().isEmpty()) {
        add(u"text."_s + locale, text.trimmed());
        if (fuzzy)
            add(u"fuzzy"_s, u"true"_s);
    }
    for (const QString &filter : filters)
        add(u"filter"_s, filter);
    for (const QString &filter : queryFilters)
        add(u"filter.query"_s, filter);
    for (const QString &facet : facets)
        add(u"facet"_s, facet);
    for (const QString &sort : sorts)
        add(u"sort"_s, sort);
    add(u"limit"_s, QString::number(limit));
    add(u"offset"_s, QString::number(offset));
    add(u"staged"_s, staged ? u"true"_s : u"false"_s);
    if (markMatchingVariants)
        add(u"markMatchingVariants"_s, u"true"_s);
    if (!priceCurrency.isEmpty())
        add(u"priceCurrency"_s, priceCurrency);
    if (!priceCountry.isEmpty())
        add(u"priceCountry"_s, priceCountry);
    if (!priceCustomerGroup.isEmpty())
        add(u"priceCustomerGroup"_s, priceCustomerGroup);
    if (!priceChannel.isEmpty())
        add(u"priceChannel"_s, priceChannel);
    return query;
}

QString ProductSearchQuery::quoteFilterValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', u"\\\\"_s);
    escaped.replace(u'"', u"\\\""_s);
    return u'"' + escaped + u'"';
}

} // namespace commercedesk::api
