// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/query/PredicateNode.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QVariantList>

#include <vector>

namespace commercedesk::sandbox {

// Splits a predicate into the part SQL can answer through indexed columns and the residual that
// must be evaluated on the JSON. The conjuncts of the top-level AND whose paths all map to columns
// and whose operators are = != < <= > >= in, not in, is (not) defined (also or / not( ) of such)
// become SQL with positional bindings; the SQL has exactly the Predicate semantics (a missing
// field fails a comparison, `!=` / `not in` match it), so result = SQL rows ∩ residual matches.
//
// Keyset seeks: `a < v or (a = v and b < w)` (either order, also > / >= / <= on b, inside scopes
// such as totalPrice(centAmount …)) on two columns compiles to the row-value comparison
// `(a, b) < (v, w)`, which SQLite answers as ONE range of the (a, b) index, so a page costs the same
// at any depth instead of walking the index from its start.
//
// Side tables: a column written "@table" (e.g. "lineItems.variant.sku" → "@order_line_skus") is a
// multi-valued path kept in `table (resource_id, value)` (storage/Migrations fills it by trigger). Only
// `=` and `in` on it compile, to `id IN (SELECT resource_id FROM table WHERE value …)` ("any element
// matches"), and only where no and / not inside an array scope ties several fields to ONE element.
//
// Array length columns: a column named in `arrayLengthColumns` holds the number of elements of the
// array at its path (e.g. "syncInfo" → sync_info_count), never NULL. On such a column only
// `is empty` (column = 0) and `is not empty` (column > 0) compile, also inside or / not( ); every
// other operator on its path stays residual (the column is not the array). `is empty` / `is not
// empty` on any other path stay residual too. The resource must always carry that array (as an
// Order always carries syncInfo): for a missing field the JSON semantics make both false, while
// the column would say 0.
class SqlWhere
{
public:
    QString sql;                         // empty = no SQL restriction
    QVariantList bindings;               // for the '?' in `sql`, in order
    std::vector<PredicateNode> residual; // conjuncts to evaluate on each row's doc

    // One compiled top-level conjunct; `sql` is the AND of all of them.
    struct Part
    {
        QString sql;
        QVariantList bindings;
        // Set when the conjunct is `column in (…)` on a plain column (distinct values), so a sorted
        // query can run one index range per value and merge them (ResourceQuery).
        QString inColumn;
        QVariantList inValues;
        // Set when the conjunct is the side-table membership `id IN (SELECT resource_id FROM sideTable
        // WHERE value = / IN …)` with these values, so ResourceQuery can choose how to page it;
        // `walkSql` is the same condition as `+id IN (…)`, which keeps SQLite off the id index.
        QString sideTable;
        QVariantList sideValues;
        QString walkSql;
    };
    QList<Part> parts;

    // `columns`: path ("totalPrice.centAmount") → column; spine columns are added by withSpine().
    // `arrayLengthColumns`: the columns of `columns` that hold an array's length (see above).
    static SqlWhere compile(const PredicateNode &root, const QHash<QString, QString> &columns,
                            const QSet<QString> &arrayLengthColumns = {});
    // `columns` plus id, key, version, createdAt, lastModifiedAt.
    static QHash<QString, QString> withSpine(const QHash<QString, QString> &columns);
};

} // namespace commercedesk::sandbox
