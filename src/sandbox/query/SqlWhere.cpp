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
                                   QVariantList *bindings, bool tiedToOneElement = false)
    {
        switch (node.kind) {
        case Kind::And:
        case Kind::Or: {
            if (auto rowValue = seek(node, prefix, bindings))
                return rowValue;
            // Inside a scope, `and` asks for one element that satisfies every part.
            const bool tied = tiedToOneElement || (node.kind == Kind::And && !prefix.isEmpty());
            QStringList parts;
            for (const PredicateNode &child : node.children) {
                auto part = compile(child, prefix, bindings, tied);
                if (!part)
                    return std::nullopt;
                parts.append(u'(' % *part % u')');
            }
            return parts.join(node.kind == Kind::And ? u" AND "_s : u" OR "_s);
        }
        case Kind::Not: {
            auto inner =
                compile(node.children.front(), prefix, bindings, tiedToOneElement || !prefix.isEmpty());
            if (!inner)
                return std::nullopt;
            return u"("_s % *inner % u") IS NOT 1"_s; // NULL (missing field) counts as false
        }
        case Kind::Scope:
            return compile(node.children.front(), prefix + node.path, bindings, tiedToOneElement);
        default: {
            const QString column = m_columns.value((prefix + node.path).join(u'.'));
            if (column.startsWith(u'@'))
                return tiedToOneElement ? std::nullopt : sideTable(node, column.mid(1), bindings);
            return m_arrayLengthColumns.contains(column) ? arrayLength(node, column)
                                                         : leaf(node, column, bindings);
        }
        }
    }

    // The plain column of a leaf (through single-child scopes); empty when it has none.
    QString plainColumn(const PredicateNode *node, QStringList prefix, const PredicateNode **leafOut) const
    {
        while (node->kind == Kind::Scope) {
            prefix += node->path;
            node = &node->children.front();
        }
        *leafOut = node;
        const QString column = m_columns.value((prefix + node->path).join(u'.'));
        return column.startsWith(u'@') || m_arrayLengthColumns.contains(column) ? QString() : column;
    }

private:
    // `a < v or (a = v and b < w)` → `(a, b) < (?, ?)` (see the header); nullopt for anything else.
    std::optional<QString> seek(const PredicateNode &node, const QStringList &prefix,
                                QVariantList *bindings) const
    {
        if (node.kind != Kind::Or || node.children.size() != 2)
            return std::nullopt;
        for (int first = 0; first < 2; ++first) {
            const PredicateNode &range = node.children.at(first);
            const PredicateNode &tie = node.children.at(1 - first);
            if (tie.kind != Kind::And || tie.children.size() != 2)
                continue;
            const PredicateNode *r = nullptr;
            const QString a = plainColumn(&range, prefix, &r);
            if (a.isEmpty() || r->kind != Kind::Compare || (r->op != Op::Lt && r->op != Op::Gt))
                continue;
            for (int eqIndex = 0; eqIndex < 2; ++eqIndex) {
                const PredicateNode *eq = nullptr;
                const PredicateNode *next = nullptr;
                const QString eqColumn = plainColumn(&tie.children.at(eqIndex), prefix, &eq);
                const QString b = plainColumn(&tie.children.at(1 - eqIndex), prefix, &next);
                if (eqColumn != a || b.isEmpty() || b == a || eq->kind != Kind::Compare || eq->op != Op::Eq ||
                    eq->values.at(0) != r->values.at(0) || next->kind != Kind::Compare)
                    continue;
                const bool less = r->op == Op::Lt;
                QString op;
                if (next->op == (less ? Op::Lt : Op::Gt))
                    op = less ? u"<"_s : u">"_s;
                else if (next->op == (less ? Op::Le : Op::Ge))
                    op = less ? u"<="_s : u">="_s;
                else
                    continue;
                bindings->append(bindValue(r->values.at(0)));
                bindings->append(bindValue(next->values.at(0)));
                return u"("_s % a % u", "_s % b % u") "_s % op % u" (?, ?)"_s;
            }
        }
        return std::nullopt;
    }

    static std::optional<QString> sideTable(const PredicateNode &node, const QString &table,
                                            QVariantList *bindings)
    {
        const QString select = u"id IN (SELECT resource_id FROM "_s % table % u" WHERE value"_s;
        if (node.kind == Kind::Compare && node.op == Op::Eq) {
            bindings->append(bindValue(node.values.at(0)));
            return select % u" = ?)"_s;
        }
        if (node.kind == Kind::In && !node.values.isEmpty())
            return select % u" IN ("_s % placeholders(node.values, bindings) % u"))"_s;
        return std::nullopt;
    }

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
            Part part{u'(' % *sql % u')', bindings, {}, {}, {}, {}, {}};
            const PredicateNode *leaf = nullptr;
            const QString column = compiler.plainColumn(node, {}, &leaf);
            if (!column.isEmpty() && leaf->kind == Kind::In) {
                part.inColumn = column;
                for (const QJsonValue &v : leaf->values) {
                    if (!part.inValues.contains(bindValue(v)))
                        part.inValues.append(bindValue(v));
                }
            }
            static const QString membership = u"id IN (SELECT resource_id FROM "_s;
            if (sql->startsWith(membership)) { // exactly one side-table membership (see sideTable())
                const qsizetype end = sql->indexOf(u' ', membership.size());
                part.sideTable = sql->mid(membership.size(), end - membership.size());
                part.sideValues = bindings;
                part.walkSql = u"(+"_s % *sql % u')';
            }
            out.parts.append(part);
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
