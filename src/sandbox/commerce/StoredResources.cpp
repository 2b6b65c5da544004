// SPDX-License-Identifier: MIT
#include "sandbox/commerce/StoredResources.h"

#include "sandbox/http/UpdateRequest.h"
#include "sandbox/storage/Database.h"
#include "sandbox/storage/JsonValues.h"
#include "sandbox/storage/ResourceTable.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

StoredResources::StoredResources(Database &database, QString table, QString typeName)
    : m_database(database)
    , m_table(std::move(table))
    , m_typeName(std::move(typeName))
{}

HttpResponse StoredResources::create(QJsonObject doc, const QDateTime &now, const Columns &columns) const
{
    const QString ts = JsonValues::timestamp(now);
    doc.insert(u"id"_s, JsonValues::randomId());
    doc.insert(u"version"_s, 1);
    doc.insert(u"createdAt"_s, ts);
    doc.insert(u"lastModifiedAt"_s, ts);
    if (doc.contains(u"key"_s) &&
        m_database
            .scalar(u"SELECT 1 FROM "_s % m_table % u" WHERE key = ?"_s, {doc.value(u"key"_s).toString()})
            .isValid()) {
        return CommerceErrors::duplicateField(u"key"_s, doc.value(u"key"_s));
    }
    if (!ResourceTable(m_database, m_table).insert(doc, columns ? columns(doc) : QVariantMap()))
        return HttpResponse::error(500, u"General"_s, u"The %1 could not be stored."_s.arg(m_typeName));
    return HttpResponse::json(doc, 201);
}

std::optional<QJsonObject> StoredResources::load(const RequestContext &ctx, bool byKey,
                                                 const Visible &visible, HttpResponse *error) const
{
    ResourceTable table(m_database, m_table);
    const QString value = byKey ? ctx.param(u"key"_s) : ctx.param(u"id"_s);
    auto doc = byKey ? table.byKey(value) : table.byId(value);
    if (!doc || (visible && !visible(*doc))) {
        *error = CommerceErrors::notFound(m_typeName, value, byKey);
        return std::nullopt;
    }
    return doc;
}

HttpResponse StoredResources::get(const RequestContext &ctx, bool byKey, const Visible &visible) const
{
    HttpResponse error;
    const auto doc = load(ctx, byKey, visible, &error);
    return doc ? HttpResponse::json(*doc) : error;
}

HttpResponse StoredResources::update(const RequestContext &ctx, bool byKey, const QDateTime &now,
                                     const ApplyAction &apply, const Visible &visible,
                                     const Columns &columns) const
{
    HttpResponse error;
    auto doc = load(ctx, byKey, visible, &error);
    if (!doc)
        return error;
    const auto update = UpdateRequest::read(ctx.json.object(), *doc, &error);
    if (!update)
        return error;
    const qint64 current = update->version();
    const QJsonObject before = *doc;
    for (const QJsonValue &v : update->actions()) {
        if (!v.toObject().value(u"action"_s).isString())
            return HttpResponse::invalidInput(
                u"Every update action must be an object with an 'action' name."_s);
        if (auto failed = apply(*doc, v.toObject()))
            return *failed;
    }
    if (*doc == before)
        return HttpResponse::json(*doc);
    doc->insert(u"version"_s, current + 1);
    doc->insert(u"lastModifiedAt"_s, JsonValues::timestamp(now));
    const QString key = doc->value(u"key"_s).toString();
    if (!key.isEmpty() && m_database
                              .scalar(u"SELECT 1 FROM "_s % m_table % u" WHERE key = ? AND id <> ?"_s,
                                      {key, doc->value(u"id"_s).toString()})
                              .isValid()) {
        return CommerceErrors::duplicateField(u"key"_s, key);
    }
    if (!ResourceTable(m_database, m_table).update(*doc, current, columns ? columns(*doc) : QVariantMap()))
        return HttpResponse::error(500, u"General"_s, u"The %1 could not be stored."_s.arg(m_typeName));
    return HttpResponse::json(*doc);
}

HttpResponse StoredResources::remove(const RequestContext &ctx, bool byKey, const Visible &visible) const
{
    HttpResponse error;
    const auto doc = load(ctx, byKey, visible, &error);
    if (!doc)
        return error;
    bool ok = false;
    const qint64 version = ctx.queryValue(u"version"_s).toLongLong(&ok);
    if (!ok)
        return CommerceErrors::requiredField(u"version"_s);
    const qint64 current = doc->value(u"version"_s).toInteger();
    if (version != current)
        return CommerceErrors::concurrentModification(doc->value(u"id"_s).toString(), version, current);
    if (!ResourceTable(m_database, m_table).remove(doc->value(u"id"_s).toString()))
        return HttpResponse::error(500, u"General"_s, u"The %1 could not be deleted."_s.arg(m_typeName));
    return HttpResponse::json(*doc);
}

} // namespace commercedesk::sandbox
