// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace commercedesk::sandbox {

class Database;

// Generic access to one resource table (id, key, version, created_at, last_modified_at, doc + extra
// indexed columns). Lists are served through indexes: sort keys map to columns, never to JSON.
// Same thread as its Database.
class ResourceTable
{
public:
    struct Page
    {
        QList<QJsonObject> results;
        qint64 total = -1; // -1 when not requested
    };

    ResourceTable(Database &database, QString table);

    std::optional<QJsonObject> byId(const QString &id) const;
    std::optional<QJsonObject> byKey(const QString &key) const;
    // `orderBy` is trusted SQL built from allowedSort(); a tie-breaker on id is appended.
    Page list(const QString &orderBy, int limit, int offset, bool withTotal) const;
    // Inserts `doc` (must carry id, version, createdAt, lastModifiedAt, optional key) plus extra columns.
    bool insert(const QJsonObject &doc, const QVariantMap &extraColumns = {});
    // Replaces the row with doc's id when its stored version is `expectedVersion`; writes doc's key,
    // version, lastModifiedAt, doc and `extraColumns`. False when no such row/version (the caller
    // answers 404/409 after checking which) or on SQL error.
    bool update(const QJsonObject &doc, qint64 expectedVersion, const QVariantMap &extraColumns = {});
    // Deletes the row; false when it did not exist.
    bool remove(const QString &id);
    const QString &name() const { return m_table; }
    Database &database() const { return m_database; }

    // Maps a commercetools sort expression ("createdAt desc", "key asc", …) onto a column; empty
    // when the field is not sortable here.
    static QString sortColumn(const QString &expression);

private:
    std::optional<QJsonObject> one(const QString &column, const QString &value) const;

    Database &m_database;
    QString m_table;
};

} // namespace commercedesk::sandbox
