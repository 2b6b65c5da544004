// SPDX-License-Identifier: MIT
#include "sandbox/query/SqlWhere.h"

#include <QJsonArray>

#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

using Kind = PredicateNode::Kind;
using Op = PredicateNode::Op;

void flattenAnd(const PredicateNode &node, std::vector<const PredicateNode *> *out)
{
    if (node.kind == Kind::And) {
        for (const PredicateNode &child : node.children)
            flattenAnd(child, out);
    } else {
        out->push_back(&node);
    }
}

QVariant bindValue(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    if (v.isDouble()) {
        const qint64 i = v.toInteger(std::numeric_limits<qint64>::min());
        return i != std::numeric_limits<qint64>::min() ? QVariant(i) : QVariant(v.toDouble());
    }
    return v.toString();
}

QString placeholders(const QJsonArray &values, QVariantList *bindings)
{
    QStringList marks;
    for (const QJsonValue &v : values) {
        marks.append(u"?"_s);
        bindings->append(bindValue(v));
    }
    return marks.join(u", "_s);
}

class Compiler
{
public:
    Compiler(const QHash<QString, QString> &columns, const QSet<QString> &arrayLengthColumns)
        : m_columns(columns)
        , m_arrayLengthColumns(arrayLengthColumns)
    {}

    std::optional<QString> compile(const PredicateNode &node, const QStringList &prefix,
                                   QVariantList *bindings)
    {
        switch (node.kind) {
        case Kind::And:
        case Kind::Or: {
            QStringList parts;
            for (const PredicateNode &child : node.children) {
                auto part = compile(child, prefix, bindings);
                if (!part)
                    return std::nullopt;
                parts.append(u'(' % *part % u')');
            }
            return parts.join(node.kind == Kind::And ? u" AND "_s : u" OR "_s);
        }
        case Kind::Not: {
            auto inner = compile(node.children.front(), prefix, bindings);
            if (!inner)
                return std::nullopt;
            return u"("_s % *inner % u") IS NOT 1"_s; // NULL (missing field) counts as false
        }
        case Kind::Scope:
            return compile(node.children.front(), prefix + node.path, bindings);
        default: {
            const QString column = m_columns.value((prefix + node.path).join(u'.'));
            return m_arrayLengthColumns.contains(column) ? arrayLength(node, column)
                                                         : leaf(node, column, bindings);
        }
        }
    }

private:
    // `column` holds the length of the array at the node's path (never NULL).
    static std::optional<QString> arrayLength(const PredicateNode &node, const QString &column)
    {
        switch (node.kind) {
        case Kind::Empty:
            return column % u" = 0"_s;
        case Kind::NotEmpty:
            return column % u" > 0"_s;
        default:
            return std::nullopt; // the column is the length, not the array
        }
    }

    static std::optional<QString> leaf(const PredicateNode &node, const QString &column,
                                       QVariantList *bindings)
    {
        if (column.isEmpty())
            return std::nullopt;
        switch (node.kind) {
        case Kind::Compare: {
            static const QHash<int, QString> ops{{int(Op::Eq), u" = ?"_s}, {int(Op::Ne), u" IS NOT ?"_s},
                                                 {int(Op::Lt), u" < ?"_s}, {int(Op::Le), u" <= ?"_s},
                                                 {int(Op::Gt), u" > ?"_s}, {int(Op::Ge), u" >= ?"_s}};
            bindings->append(bindValue(node.values.at(0)));
            return column % ops.value(int(node.op));
        }
        case Kind::In:
            if (node.values.isEmpty())
                return u"0"_s;
            return column % u" IN ("_s % placeholders(node.values, bindings) % u')';
        case Kind::NotIn:
            if (node.values.isEmpty())
                return u"1"_s;
            return column % u" IS NULL OR "_s % column % u" NOT IN ("_s %
                   placeholders(node.values, bindings) % u')';
        case Kind::Defined:
            return column % u" IS NOT NULL"_s;
        case Kind::NotDefined:
            return column % u" IS NULL"_s;
        default:
            return std::nullopt; // contains / is empty: only array length columns answer them
        }
    }

    const QHash<QString, QString> &m_columns;
    const QSet<QString> &m_arrayLengthColumns;
};

} // namespace

SqlWhere SqlWhere::compile(const PredicateNode &root, const QHash<QString, QString> &columns,
                           const QSet<QString> &arrayLengthColumns)
{
    SqlWhere out;
    std::vector<const PredicateNode *> conjuncts;
    flattenAnd(root, &conjuncts);
    Compiler compiler(columns, arrayLengthColumns);
    QStringList parts;
    for (const PredicateNode *node : conjuncts) {
        QVariantList bindings;
        if (auto sql = compiler.compile(*node, {}, &bindings)) {
            parts.append(u'(' % *sql % u')');
            out.bindings.append(bindings);
        } else {
            out.residual.push_back(*node);
        }
    }
    out.sql = parts.join(u" AND "_s);
    return out;
}

QHash<QString, QString> SqlWhere::withSpine(const QHash<QString, QString> &columns)
{
    QHash<QString, QString> all = columns;
    all.insert(u"id"_s, u"id"_s);
    all.insert(u"key"_s, u"key"_s);
    all.insert(u"version"_s, u"version"_s);
    all.insert(u"createdAt"_s, u"created_at"_s);
    all.insert(u"lastModifiedAt"_s, u"last_modified_at"_s);
    return all;
}

} // namespace commercedesk::sandbox
