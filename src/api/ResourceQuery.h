// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace commercedesk::api {

/// Parameters of a query endpoint (`GET /orders`, `/carts`, `/messages`, …; api.yaml)
/// rendered to a query string. Values belong in input variables, never spliced into predicates:
///
///     ResourceQuery().where(u"orderNumber in :nums"_s).variable(u"nums"_s, {u"A"_s, u"B"_s})
///     → where=orderNumber%20in%20%3Anums&var.nums=A&var.nums=B
///
/// Several where() calls are ANDed by the server. Every value is percent-encoded here, so nothing needs
/// escaping by hand. limit is clamped to 0..500 and offset to 0..10000 (the API's bounds).
class ResourceQuery
{
public:
    enum class Direction { Ascending, Descending };

    static constexpr int kMaxLimit = 500;
    static constexpr int kMaxOffset = 10000;

    ResourceQuery &where(const QString &predicate);
    /// `var.<name>=value`; `name` must be an identifier ([A-Za-z_][A-Za-z0-9_]*), else it is ignored and
    /// isValid() turns false. Setting a name again replaces its values.
    ResourceQuery &variable(const QString &name, const QString &value);
    /// A repeated `var.<name>`, which the predicate sees as an array (for `in :name`).
    ResourceQuery &variable(const QString &name, const QStringList &values);
    ResourceQuery &sort(const QString &fieldPath, Direction direction = Direction::Ascending);
    ResourceQuery &limit(int limit);
    ResourceQuery &offset(int offset);
    ResourceQuery &withTotal(bool withTotal);
    ResourceQuery &expand(const QString &path);

    const QStringList &predicates() const { return m_where; }
    std::optional<int> limitValue() const { return m_limit; }
    /// False when a variable name was not an identifier.
    bool isValid() const { return m_valid; }

    QUrlQuery toUrlQuery() const;

    /// The query of one keyset page (docs/fidelity-limits.md): this query's predicates, variables and
    /// expansions, plus `id > "<lastId>"` when given, `sort=id asc`, `limit=pageSize`, `withTotal=false`
    /// and no offset. This query's own sorts, limit, offset and withTotal are dropped.
    ResourceQuery keysetPage(const std::optional<QString> &lastId, int pageSize) const;

    /// `"value"` with backslash and double quote escaped — for the rare literal that cannot be a variable.
    static QString quoted(const QString &value);

    friend bool operator==(const ResourceQuery &, const ResourceQuery &) = default;

private:
    QStringList m_where;
    QList<std::pair<QString, QStringList>> m_variables;
    QStringList m_sorts;
    QStringList m_expands;
    std::optional<int> m_limit;
    std::optional<int> m_offset;
    std::optional<bool> m_withTotal;
    bool m_valid = true;
};

} // namespace commercedesk::api
