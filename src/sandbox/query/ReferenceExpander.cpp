// SPDX-License-Identifier: MIT
#include "sandbox/query/ReferenceExpander.h"

#include "sandbox/storage/ResourceTable.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

ReferenceExpander::ReferenceExpander(Database &database)
    : m_database(database)
{}

QString ReferenceExpander::tableFor(const QString &typeId)
{
    static const QHash<QString, QString> tables{{u"payment"_s, u"payments"_s},
                                                {u"cart"_s, u"carts"_s},
                                                {u"order"_s, u"orders"_s},
                                                {u"customer"_s, u"customers"_s},
                                                {u"business-unit"_s, u"business_units"_s},
                                                {u"store"_s, u"stores"_s},
                                                {u"shipping-method"_s, u"shipping_methods"_s},
                                                {u"zone"_s, u"zones"_s},
                                                {u"category"_s, u"categories"_s},
                                                {u"tax-category"_s, u"tax_categories"_s},
                                                {u"channel"_s, u"channels"_s}};
    return tables.value(typeId);
}

QJsonObject ReferenceExpander::expand(const QJsonObject &resource, const QStringList &paths) const
{
    QJsonObject out = resource;
    for (const QString &path : paths) {
        const QStringList segments = path.trimmed().split(u'.');
        if (segments.isEmpty() || segments.contains(QString()))
            continue;
        out = expandAt(out, segments, 0).toObject();
    }
    return out;
}

QJsonValue ReferenceExpander::expandAt(const QJsonValue &value, const QStringList &segments,
                                       qsizetype index) const
{
    if (index == segments.size())
        return value.isObject() ? QJsonValue(resolve(value.toObject())) : value;
    if (!value.isObject())
        return value;
    QString name = segments.at(index);
    const bool each = name.endsWith(u"[*]"_s);
    if (each)
        name.chop(3);
    QJsonObject object = value.toObject();
    const QJsonValue child = object.value(name);
    if (child.isUndefined())
        return value;
    if (child.isArray()) {
        // Only "[*]" walks into arrays, as the platform requires.
        if (!each)
            return value;
        QJsonArray elements = child.toArray();
        for (qsizetype i = 0; i < elements.size(); ++i)
            elements[i] = expandAt(elements.at(i), segments, index + 1);
        object.insert(name, elements);
    } else {
        object.insert(name, expandAt(child, segments, index + 1));
    }
    return object;
}

QJsonObject ReferenceExpander::resolve(const QJsonObject &reference) const
{
    const QString table = tableFor(reference.value(u"typeId"_s).toString());
    if (table.isEmpty())
        return reference;
    ResourceTable resources(m_database, table);
    const QString id = reference.value(u"id"_s).toString();
    const QString key = reference.value(u"key"_s).toString();
    std::optional<QJsonObject> target;
    if (!id.isEmpty())
        target = resources.byId(id);
    else if (!key.isEmpty())
        target = resources.byKey(key);
    if (!target)
        return reference;
    QJsonObject expanded = reference;
    expanded.insert(u"obj"_s, *target);
    return expanded;
}

} // namespace commercedesk::sandbox
