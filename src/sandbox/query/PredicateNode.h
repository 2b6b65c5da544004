// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QStringList>

#include <vector>

namespace commercedesk::sandbox {

// One node of a parsed commercetools query predicate (see Predicate). Plain value type; the tree
// is immutable once Predicate::parse returns it.
struct PredicateNode
{
    enum class Kind {
        And,         // children: 2 or more, all must match
        Or,          // children: 2 or more, one must match
        Not,         // children: exactly 1
        Scope,       // path(child): children: exactly 1, evaluated on the object(s) at `path`
        Compare,     // path op values[0]
        In,          // path in (values)
        NotIn,       // path not in (values)
        ContainsAny, // path contains any (values)
        ContainsAll, // path contains all (values)
        Defined,     // path is defined
        NotDefined,  // path is not defined
        Empty,       // path is empty (an empty array)
        NotEmpty,    // path is not empty (a non-empty array)
    };
    enum class Op { Eq, Ne, Lt, Le, Gt, Ge };

    Kind kind = Kind::And;
    Op op = Op::Eq;
    QStringList path;                    // Scope and leaves: relative to the enclosing scope
    QJsonArray values;                   // literals (variables already substituted)
    std::vector<PredicateNode> children; // And/Or/Not/Scope
};

} // namespace commercedesk::sandbox
