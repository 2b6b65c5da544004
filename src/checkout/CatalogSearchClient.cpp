// SPDX-License-Identifier: MIT
#include "checkout/CatalogSearchClient.h"

#include "api/JsonBody.h"
#include "api/Transport.h"
#include "api/json/ProductJson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace commercedesk::checkout {

namespace {

std::optional<qint64> rangeBound(const QJsonObject &range, const QString &key)
{
    const QString text = range.value(key + u"Str"_s).toString();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

qint64 bucketCount(const QJsonObject &bucket)
{
    const QJsonValue products = bucket.value(u"productCount"_s);
    return qint64(products.isUndefined() ? bucket.value(u"count"_s).toDouble() : products.toDouble());
}

CatalogFacet decodeFacet(const QString &name, const QJsonObject &object)
{
    CatalogFacet facet;
    facet.name = name;
    if (object.value(u"type"_s).toString() == u"range"_s) {
        facet.kind = CatalogFacet::Kind::Range;
        for (const QJsonValue &value : object.value(u"ranges"_s).toArray()) {
            const QJsonObject range = value.toObject();
            facet.buckets.append(
                {QString(), rangeBound(range, u"from"_s), rangeBound(range, u"to"_s), bucketCount(range)});
        }
        return facet;
    }
    for (const QJsonValue &value : object.value(u"terms"_s).toArray()) {
        const QJsonObject term = value.toObject();
        const QJsonValue raw = term.value(u"term"_s);
        const QString text = raw.isString() ? raw.toString() : QString::number(raw.toDouble());
        facet.buckets.append({text, std::nullopt, std::nullopt, bucketCount(term)});
    }
    return facet;
}

std::optional<CatalogPage> decodeCatalogPage(const QJsonValue &value, api::json::JsonError *error)
{
    auto page = api::json::decodeProductProjectionPage(value, error);
    if (!page)
        return std::nullopt;
    CatalogPage out;
    out.page = std::move(*page);
    const QJsonObject facets = value.toObject().value(u"facets"_s).toObject();
    for (auto it = facets.begin(); it != facets.end(); ++it)
        out.facets.append(decodeFacet(it.key(), it.value().toObject()));
    return out;
}

std::optional<QList<CatalogCategory>> decodeCategories(const QJsonValue &value, api::json::JsonError *error)
{
    if (!value.toObject().value(u"results"_s).isArray()) {
        if (error)
            *error = {u"results"_s, u"expected array"_s};
        return std::nullopt;
    }
    QList<CatalogCategory> out;
    for (const QJsonValue &entry : value.toObject().value(u"results"_s).toArray()) {
        const QJsonObject object = entry.toObject();
        CatalogCategory category;
        category.id = object.value(u"id"_s).toString();
        category.key = object.value(u"key"_s).toString();
        const QJsonObject names = object.value(u"name"_s).toObject();
        for (auto it = names.begin(); it != names.end(); ++it)
            category.name.insert(it.key(), it.value().toString());
        category.parentId = object.value(u"parent"_s).toObject().value(u"id"_s).toString();
        category.orderHint = object.value(u"orderHint"_s).toString();
        if (category.id.isEmpty()) {
            if (error)
                *error = {u"results[].id"_s, u"missing required field"_s};
            return std::nullopt;
        }
        out.append(category);
    }
    std::stable_sort(out.begin(), out.end(), [](const CatalogCategory &a, const CatalogCategory &b) {
        return a.orderHint < b.orderHint;
    });
    return out;
}

} // namespace

CatalogSearchClient::CatalogSearchClient(api::Transport *transport)
    : m_transport(transport)
{}

api::Job<CatalogPage> *CatalogSearchClient::search(const api::ProductSearchQuery &query)
{
    return m_transport->send<CatalogPage>(
        api::HttpRequest::get(u"/product-projections/search"_s, query.toUrlQuery()),
        [](const api::HttpResponse &response) {
            return api::decodeBody<CatalogPage>(response, &decodeCatalogPage);
        });
}

api::Job<QList<CatalogCategory>> *CatalogSearchClient::categories()
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, u"500"_s);
    return m_transport->send<QList<CatalogCategory>>(
        api::HttpRequest::get(u"/categories"_s, query), [](const api::HttpResponse &response) {
            return api::decodeBody<QList<CatalogCategory>>(response, &decodeCategories);
        });
}

} // namespace commercedesk::checkout
