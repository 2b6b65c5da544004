// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/query/PredicateNode.h"

#include <QHash>
#include <QString>
#include <QVariantList>

#include <vector>

namespace commercedesk::sandbox {

// Splits a predicate into the part SQL can answer through indexed columns and the residual that
// must be evaluated on the JSON. The conjuncts of the top-level AND whose paths all map to columns
// and whose operators are = != < <= > >= in, not in, is (not) defined (also or / not( ) of such)
// become SQL with positional bindings; the SQL has exactly the Predicate semantics (a missing
// field fails a comparison, `!=` / `not in` match it), so result = SQL rows ∩ residual matches.
class SqlWhere
{
public:
    QString sql;                         // empty = no SQL restriction
    QVariantList bindings;               // for the '?' in `sql`, in order
    std::vector<PredicateNode> residual; // conjuncts to evaluate on each row's doc

    // `columns`: path ("totalPrice.centAmount") → column; spine columns are added by withSpine().
    static SqlWhere compile(const PredicateNode &root, const QHash<QString, QString> &columns);
    // `columns` plus id, key, version, createdAt, lastModifiedAt.
    static QHash<QString, QString> withSpine(const QHash<QString, QString> &columns);
};

} // namespace commercedesk::sandbox
