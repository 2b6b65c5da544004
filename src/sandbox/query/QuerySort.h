// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace commercedesk::sandbox {

// The repeated `sort` parameters of a query ("createdAt desc", "totalPrice.centAmount asc", …).
// Keys on mapped paths become SQL ORDER BY terms; `id ASC` is always appended as the tie-breaker
// (unless id is already sorted on). When any key is on an unmapped path the query must sort in
// memory with lessThan() (missing values sort first, as NULLs do in SQL).
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
    // "created_at DESC, id ASC" (only meaningful when !inMemory()).
    QString orderBy() const;
    // Strict weak ordering of two docs by the keys, then id ascending.
    bool lessThan(const QJsonObject &a, const QJsonObject &b) const;

private:
    QList<Key> m_keys;
    bool m_inMemory = false;
};

} // namespace commercedesk::sandbox
