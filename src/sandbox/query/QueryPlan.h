// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/query/PredicateNode.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <vector>

namespace commercedesk::sandbox {

class QuerySort;

// The SQL side of one resource query (ResourceQuery): the table, the ANDed SQL conditions (the
// endpoint's scope first, then the compiled conjuncts of the `where`) and the residual conjuncts
// that are evaluated on each row's JSON. Builds the statements ResourceQuery runs.
struct QueryPlan
{
    // At most this many values of an `in (…)` are answered by one index range each (merged); a longer
    // list is one statement (an index lookup per value plus a sort of the matches).
    static constexpr int MaxMergedRanges = 8;

    struct Condition
    {
        QString sql;
        QVariantList bindings;
        QString inColumn; // set for `column in (…)` on a plain column (see SqlWhere::Part)
        QVariantList inValues;
        QString sideTable; // set for a side-table membership `id IN (…)` (see SqlWhere::Part)
        QVariantList sideValues;
        QString walkSql; // its `+id IN (…)` form (SqlWhere::Part::walkSql)
        // Page by walking the sort's index and testing membership (`+id IN (…)` keeps SQLite off the
        // id index) instead of looking up every member by id and sorting them: right when the members
        // are many (ResourceQuery decides from their count). Counts always use the plain form.
        bool walkSortIndex = false;
        qint64 members = -1; // the side-table membership's resources up to a cap, once counted (else -1)
    };
    struct Statement
    {
        QString sql;
        QVariantList bindings;
    };

    QString table;
    QList<Condition> conditions;
    std::vector<PredicateNode> residual;
    bool hasWhere = false;

    // " WHERE a AND b" (or empty) with its bindings; `forPaging` applies Condition::walkSortIndex.
    QString whereSql(bool forPaging = false) const;
    QVariantList bindings() const;

    // One page of `doc`s in `sort` order (no residual). With a small `in` on a plain column and a
    // sort, one range per value is read in index order up to offset + limit rows and the ranges are
    // merged: `orderState in ("Confirmed", "Complete")` newest first reads at most
    // 2 × (offset + limit) index entries instead of sorting every match.
    Statement page(const QuerySort &sort, int limit, int offset) const;
    // Every matching `doc` in `sort` order (residual filtering and paging happen in C++).
    Statement ordered(const QuerySort &sort) const;
};

} // namespace commercedesk::sandbox
