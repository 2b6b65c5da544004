// SPDX-License-Identifier: MIT
#include "sandbox/query/Predicate.h"

#include "sandbox/query/PredicateParser.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

using Kind = PredicateNode::Kind;
using Op = PredicateNode::Op;

// Every value at `path` below `value`; arrays met on the way are crossed element by element. The
// value at the end of the path is kept as it is (an array stays an array).
void resolve(const QJsonValue &value, const QStringList &path, qsizetype index, QList<QJsonValue> *out)
{
    if (index == path.size()) {
        out->append(value);
        return;
    }
    if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            resolve(element, path, index, out);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonValue child = value.toObject().value(path.at(index));
    if (!child.isUndefined())
        resolve(child, path, index + 1, out);
}

// The resolved values with arrays flattened to their elements.
QList<QJsonValue> scalars(const QList<QJsonValue> &values)
{
    QList<QJsonValue> out;
    for (const QJsonValue &v : values) {
        if (v.isArray()) {
            for (const QJsonValue &element : v.toArray())
                out.append(element);
        } else if (!v.isNull()) {
            out.append(v);
        }
    }
    return out;
}

// Converts a string to the type of `like` when it parses as one (URL variables are strings).
QJsonValue coerce(const QJsonValue &value, const QJsonValue &like)
{
    if (!value.isString() || like.isString())
        return value;
    const QString text = value.toString();
    if (like.isDouble()) {
        bool ok = false;
        const double d = text.toDouble(&ok);
        return ok ? QJsonValue(d) : value;
    }
    if (like.isBool() && (text == u"true"_s || text == u"false"_s))
        return text == u"true"_s;
    return value;
}

// -1 / 0 / 1, or nullopt when the two values are not comparable.
std::optional<int> compare(const QJsonValue &field, const QJsonValue &literal)
{
    const QJsonValue a = coerce(field, literal);
    const QJsonValue b = coerce(literal, field);
    if (a.isDouble() && b.isDouble()) {
        constexpr qint64 NotInteger = std::numeric_limits<qint64>::min();
        const qint64 x = a.toInteger(NotInteger);
        const qint64 y = b.toInteger(NotInteger);
        if (x != NotInteger && y != NotInteger)
            return x < y ? -1 : (x > y ? 1 : 0);
        const double dx = a.toDouble();
        const double dy = b.toDouble();
        return dx < dy ? -1 : (dx > dy ? 1 : 0);
    }
    if (a.isString() && b.isString()) {
        const int c = a.toString().compare(b.toString());
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    if (a.isBool() && b.isBool())
        return int(a.toBool()) - int(b.toBool());
    return std::nullopt;
}

bool satisfies(const QJsonValue &field, Op op, const QJsonValue &literal)
{
    const auto c = compare(field, literal);
    if (!c)
        return false;
    switch (op) {
    case Op::Eq:
    case Op::Ne: // evaluated as not(=) by the caller
        return *c == 0;
    case Op::Lt:
        return *c < 0;
    case Op::Le:
        return *c <= 0;
    case Op::Gt:
        return *c > 0;
    case Op::Ge:
        return *c >= 0;
    }
    return false;
}

bool anyIn(const QList<QJsonValue> &fields, const QJsonArray &list)
{
    return std::any_of(fields.begin(), fields.end(), [&list](const QJsonValue &f) {
        return std::any_of(list.begin(), list.end(),
                           [&f](const QJsonValue &v) { return satisfies(f, Op::Eq, v); });
    });
}

bool evaluateLeaf(const PredicateNode &node, const QJsonObject &scope)
{
    QList<QJsonValue> resolved;
    resolve(scope, node.path, 0, &resolved);
    switch (node.kind) {
    case Kind::Compare: {
        const QList<QJsonValue> fields = scalars(resolved);
        const Op op = node.op == Op::Ne ? Op::Eq : node.op;
        const bool any = std::any_of(fields.begin(), fields.end(), [&](const QJsonValue &f) {
            return satisfies(f, op, node.values.at(0));
        });
        return node.op == Op::Ne ? !any : any;
    }
    case Kind::In:
    case Kind::ContainsAny:
        return anyIn(scalars(resolved), node.values);
    case Kind::NotIn:
        return !anyIn(scalars(resolved), node.values);
    case Kind::ContainsAll: {
        const QList<QJsonValue> fields = scalars(resolved);
        return std::all_of(node.values.begin(), node.values.end(),
                           [&fields](const QJsonValue &v) { return anyIn(fields, QJsonArray{v}); });
    }
    case Kind::Defined:
    case Kind::NotDefined: {
        const bool defined = std::any_of(resolved.begin(), resolved.end(),
                                         [](const QJsonValue &v) { return !v.isNull() && !v.isUndefined(); });
        return (node.kind == Kind::Defined) == defined;
    }
    case Kind::Empty:
        return std::any_of(resolved.begin(), resolved.end(),
                           [](const QJsonValue &v) { return v.isArray() && v.toArray().isEmpty(); });
    case Kind::NotEmpty:
        return std::any_of(resolved.begin(), resolved.end(),
                           [](const QJsonValue &v) { return v.isArray() && !v.toArray().isEmpty(); });
    default:
        return false;
    }
}

} // namespace

Predicate::Predicate(std::shared_ptr<const PredicateNode> root)
    : m_root(std::move(root))
{}

std::optional<Predicate> Predicate::parse(const QString &text, const QHash<QString, QJsonValue> &variables,
                                          QString *error)
{
    PredicateParser parser(text, variables);
    auto root = parser.parse();
    if (!root) {
        if (error)
            *error = parser.error();
        return std::nullopt;
    }
    return Predicate(std::make_shared<const PredicateNode>(std::move(*root)));
}

Predicate Predicate::allOf(const QList<Predicate> &parts)
{
    if (parts.size() == 1)
        return parts.first();
    PredicateNode node;
    node.kind = Kind::And;
    for (const Predicate &p : parts)
        node.children.push_back(p.root());
    return Predicate(std::make_shared<const PredicateNode>(std::move(node)));
}

bool Predicate::matches(const QJsonObject &resource) const
{
    return evaluate(*m_root, resource);
}

bool Predicate::evaluate(const PredicateNode &node, const QJsonObject &scope)
{
    switch (node.kind) {
    case Kind::And:
        return std::all_of(node.children.begin(), node.children.end(),
                           [&scope](const PredicateNode &c) { return evaluate(c, scope); });
    case Kind::Or:
        return std::any_of(node.children.begin(), node.children.end(),
                           [&scope](const PredicateNode &c) { return evaluate(c, scope); });
    case Kind::Not:
        return !evaluate(node.children.front(), scope);
    case Kind::Scope: {
        QList<QJsonValue> resolved;
        resolve(scope, node.path, 0, &resolved);
        for (const QJsonValue &v : resolved) {
            const QJsonArray elements = v.isArray() ? v.toArray() : QJsonArray{v};
            for (const QJsonValue &element : elements) {
                if (element.isObject() && evaluate(node.children.front(), element.toObject()))
                    return true;
            }
        }
        return false;
    }
    default:
        return evaluateLeaf(node, scope);
    }
}

} // namespace commercedesk::sandbox
