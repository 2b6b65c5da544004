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

    // `columns`: path ("totalPrice.centAmount") → column; spine columns are added by withSpine().
    // `arrayLengthColumns`: the columns of `columns` that hold an array's length (see above).
    static SqlWhere compile(const PredicateNode &root, const QHash<QString, QString> &columns,
                            const QSet<QString> &arrayLengthColumns = {});
    // `columns` plus id, key, version, createdAt, lastModifiedAt.
    static QHash<QString, QString> withSpine(const QHash<QString, QString> &columns);
};

} // namespace commercedesk::sandbox
