// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace commercedesk::sandbox {

// The repeated `sort` parameters of a query ("createdAt desc", "totalPrice.centAmount asc", …).
// Keys on mapped paths become SQL ORDER BY terms; `id` is always appended as the tie-breaker (unless
// id is already sorted on), in the FIRST key's direction: "createdAt desc" orders by
// "created_at DESC, id DESC", which walks the (created_at, id) index backwards instead of sorting
// every matching row in a temporary b-tree (and matches the keyset predicates of the apps, whose
// id comparison follows the main key). Without keys: id ascending. When any key is on an unmapped
// path the query must sort in memory with lessThan() (missing values sort first, as NULLs do in SQL).
class QuerySort
{
public:
    struct Key
    {
        QStringList path;
        bool descending = false;
        QString column; // empty = not mapped
    };

    // nullopt + *error (message for 400 InvalidInput) for a malformed expression.
    static std::optional<QuerySort> parse(const QStringList &expressions,
                                          const QHash<QString, QString> &columns, QString *error);

    bool inMemory() const { return m_inMemory; }
    // "created_at DESC, id DESC" (only meaningful when !inMemory()).
    QString orderBy() const;
    // The distinct columns orderBy() names, id included (only meaningful when !inMemory()).
    QStringList columns() const;
    // True when the first key sorts descending (and so does the id tie-breaker).
    bool tieBreakerDescending() const { return !m_keys.isEmpty() && m_keys.first().descending; }
    // Strict weak ordering of two docs by the keys, then id (in the first key's direction).
    bool lessThan(const QJsonObject &a, const QJsonObject &b) const;
    // The values lessThan() compares ([key values…, id]), so a sort can keep them instead of the docs.
    QJsonArray keysOf(const QJsonObject &doc) const;
    bool lessThanKeys(const QJsonArray &a, const QJsonArray &b) const;

private:
    QList<Key> m_keys;
    bool m_inMemory = false;
};

} // namespace commercedesk::sandbox
