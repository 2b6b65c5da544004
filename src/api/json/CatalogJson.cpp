// SPDX-License-Identifier: MIT
#include "api/json/CatalogJson.h"

#include "api/json/ProductJson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace commercedesk::api::json {

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

core::CatalogFacet decodeFacet(const QString &name, const QJsonObject &object)
{
    core::CatalogFacet facet;
    facet.name = name;
    if (object.value(u"type"_s).toString() == u"range"_s) {
        facet.kind = core::CatalogFacet::Kind::Range;
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

} // namespace

std::optional<core::CatalogPage> decodeCatalogPage(const QJsonValue &value, JsonError *error)
{
    auto page = decodeProductProjectionPage(value, error);
    if (!page)
        return std::nullopt;
    core::CatalogPage out;
    out.page = std::move(*page);
    const QJsonObject facets = value.toObject().value(u"facets"_s).toObject();
    for (auto it = facets.begin(); it != facets.end(); ++it)
        out.facets.append(decodeFacet(it.key(), it.value().toObject()));
    return out;
}

std::optional<QList<core::CatalogCategory>> decodeCategories(const QJsonValue &value, JsonError *error)
{
    if (!value.toObject().value(u"results"_s).isArray()) {
        if (error)
            *error = {u"results"_s, u"expected array"_s};
        return std::nullopt;
    }
    QList<core::CatalogCategory> out;
    for (const QJsonValue &entry : value.toObject().value(u"results"_s).toArray()) {
        const QJsonObject object = entry.toObject();
        core::CatalogCategory category;
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
    std::stable_sort(out.begin(), out.end(),
                     [](const core::CatalogCategory &a, const core::CatalogCategory &b) {
                         return a.orderHint < b.orderHint;
                     });
    return out;
}

std::optional<QList<core::Attribute>> decodeEnumDefinitions(const QJsonValue &value, JsonError *error)
{
    if (!value.toObject().value(u"results"_s).isArray()) {
        if (error)
            *error = {u"results"_s, u"expected array"_s};
        return std::nullopt;
    }
    QList<core::Attribute> out;
    for (const QJsonValue &type : value.toObject().value(u"results"_s).toArray()) {
        for (const QJsonValue &definition : type.toObject().value(u"attributes"_s).toArray()) {
            QJsonObject kind = definition.toObject().value(u"type"_s).toObject();
            if (kind.value(u"name"_s).toString() == u"set"_s)
                kind = kind.value(u"elementType"_s).toObject();
            const QString name = kind.value(u"name"_s).toString();
            if (name != u"enum"_s && name != u"lenum"_s)
                continue;
            out.append({definition.toObject().value(u"name"_s).toString(),
                        kind.value(u"values"_s).toArray().toVariantList()});
        }
    }
    return out;
}

} // namespace commercedesk::api::json
