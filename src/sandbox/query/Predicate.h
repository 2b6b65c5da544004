// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/query/PredicateNode.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace commercedesk::sandbox {

// A parsed commercetools query predicate (the `where` parameter of api.yaml), e.g.
//   orderState = "Open" and totalPrice(centAmount > 10000)
//   lineItems(variant(sku in ("A", "B"))) or not(customerEmail is defined)
//   orderNumber in :nums          (variables: {"nums": ["A-1","A-2"]})
// Grammar: comparisons = != <> < <= > >=, in (…), not in (…), contains any (…), contains all (…),
// is [not] defined, is [not] empty, and / or (and binds tighter), not(…), parentheses, nested
// paths a.b.c or a(b(c = 1)); string ("…" with \" \\ \n \t \uXXXX escapes), number, true/false
// literals; `:name` input variables. Keywords are case-insensitive.
// Semantics (as the platform's document store): a path that crosses an array matches when ANY
// element matches; a comparison with a missing field is false, except `!=` and `not in`, which are
// the negations of `=` and `in` (so they match a missing field). A string compared with a number
// or boolean is converted when it parses as one (variables from the URL are strings).
// Value type, cheap to copy, immutable, thread-safe to share.
class Predicate
{
public:
    // Parses `text`. `variables` maps names (without the leading ':' or "var.") to values; a
    // QJsonArray value is a list (for in / contains). On failure returns nullopt and sets *error
    // (when given) to a message with the 1-based character position, e.g.
    // "Unexpected token 'xyz' at position 12 (expected an operator)." or
    // "Unknown input variable ':nums' at position 15.".
    static std::optional<Predicate> parse(const QString &text, const QHash<QString, QJsonValue> &variables,
                                          QString *error);
    // All of `parts` (an empty list matches everything).
    static Predicate allOf(const QList<Predicate> &parts);

    bool matches(const QJsonObject &resource) const;
    // The syntax tree (for compiling to SQL).
    const PredicateNode &root() const { return *m_root; }
    // Evaluates one node against an object (the scope it applies to).
    static bool evaluate(const PredicateNode &node, const QJsonObject &scope);

private:
    explicit Predicate(std::shared_ptr<const PredicateNode> root);

    std::shared_ptr<const PredicateNode> m_root;
};

} // namespace commercedesk::sandbox
