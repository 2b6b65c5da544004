// SPDX-License-Identifier: MIT
#include "sandbox/storage/ResourceTable.h"

#include "sandbox/storage/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

ResourceTable::ResourceTable(Database &database, QString table)
    : m_database(database)
    , m_table(std::move(table))
{}

std::optional<QJsonObject> ResourceTable::one(const QString &column, const QString &value) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT doc FROM "_s % m_table % u" WHERE "_s % column % u" = ?"_s);
    q.addBindValue(value);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return QJsonDocument::fromJson(q.value(0).toByteArray()).object();
}

std::optional<QJsonObject> ResourceTable::byId(const QString &id) const
{
    return one(u"id"_s, id);
}

std::optional<QJsonObject> ResourceTable::byKey(const QString &key) const
{
    return one(u"key"_s, key);
}

ResourceTable::Page ResourceTable::list(const QString &orderBy, int limit, int offset, bool withTotal) const
{
    Page page;
    QSqlQuery q(m_database.connection());
    const QString order = orderBy.isEmpty() ? u"id ASC"_s : orderBy % u", id ASC"_s;
    q.prepare(u"SELECT doc FROM "_s % m_table % u" ORDER BY "_s % order % u" LIMIT ? OFFSET ?"_s);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (q.exec()) {
        while (q.next())
            page.results.append(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    }
    if (withTotal)
        page.total = m_database.scalar(u"SELECT COUNT(*) FROM "_s % m_table).toLongLong();
    return page;
}

bool ResourceTable::insert(const QJsonObject &doc, const QVariantMap &extraColumns)
{
    QString columns = u"id, key, version, created_at, last_modified_at, doc"_s;
    QString marks = u"?, ?, ?, ?, ?, ?"_s;
    const QString key = doc.value(u"key"_s).toString();
    QVariantList binds{doc.value(u"id"_s).toString(),
                       key.isEmpty() ? QVariant() : QVariant(key),
                       doc.value(u"version"_s).toInteger(),
                       doc.value(u"createdAt"_s).toString(),
                       doc.value(u"lastModifiedAt"_s).toString(),
                       QJsonDocument(doc).toJson(QJsonDocument::Compact)};
    for (auto it = extraColumns.begin(); it != extraColumns.end(); ++it) {
        columns += u", "_s % it.key();
        marks += u", ?"_s;
        binds.append(it.value());
    }
    return m_database.exec(u"INSERT INTO "_s % m_table % u" ("_s % columns % u") VALUES ("_s % marks % u")"_s,
                           binds);
}

bool ResourceTable::update(const QJsonObject &doc, qint64 expectedVersion, const QVariantMap &extraColumns)
{
    const QString key = doc.value(u"key"_s).toString();
    QString assignments = u"key = ?, version = ?, last_modified_at = ?, doc = ?"_s;
    QVariantList binds{key.isEmpty() ? QVariant() : QVariant(key), doc.value(u"version"_s).toInteger(),
                       doc.value(u"lastModifiedAt"_s).toString(),
                       QJsonDocument(doc).toJson(QJsonDocument::Compact)};
    for (auto it = extraColumns.begin(); it != extraColumns.end(); ++it) {
        assignments += u", "_s % it.key() % u" = ?"_s;
        binds.append(it.value());
    }
    binds << doc.value(u"id"_s).toString() << expectedVersion;
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE "_s % m_table % u" SET "_s % assignments % u" WHERE id = ? AND version = ?"_s);
    for (const QVariant &bind : std::as_const(binds))
        q.addBindValue(bind);
    return q.exec() && q.numRowsAffected() == 1;
}

bool ResourceTable::remove(const QString &id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"DELETE FROM "_s % m_table % u" WHERE id = ?"_s);
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

QString ResourceTable::sortColumn(const QString &expression)
{
    const QStringList parts = expression.simplified().split(u' ');
    if (parts.isEmpty() || parts.size() > 2)
        return {};
    static const QHash<QString, QString> columns{{u"createdAt"_s, u"created_at"_s},
                                                 {u"lastModifiedAt"_s, u"last_modified_at"_s},
                                                 {u"id"_s, u"id"_s},
                                                 {u"key"_s, u"key"_s},
                                                 {u"version"_s, u"version"_s}};
    const QString column = columns.value(parts.at(0));
    if (column.isEmpty())
        return {};
    const QString direction = parts.size() == 2 ? parts.at(1).toLower() : u"asc"_s;
    if (direction != u"asc"_s && direction != u"desc"_s)
        return {};
    return column % u' ' % direction.toUpper();
}

} // namespace commercedesk::sandbox
