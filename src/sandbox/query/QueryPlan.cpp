// SPDX-License-Identifier: MIT
#include "sandbox/query/QueryPlan.h"

#include "sandbox/query/QuerySort.h"

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

QString joinWhere(const QStringList &parts)
{
    return parts.isEmpty() ? QString() : u" WHERE "_s % parts.join(u" AND "_s);
}

} // namespace

QString QueryPlan::whereSql(bool forPaging) const
{
    QStringList parts;
    for (const Condition &c : conditions)
        parts.append(forPaging && c.walkSortIndex ? c.walkSql : c.sql);
    return joinWhere(parts);
}

QVariantList QueryPlan::bindings() const
{
    QVariantList all;
    for (const Condition &c : conditions)
        all.append(c.bindings);
    return all;
}

QueryPlan::Statement QueryPlan::ordered(const QuerySort &sort) const
{
    return {u"SELECT doc FROM "_s % table % whereSql(true) % u" ORDER BY "_s % sort.orderBy(), bindings()};
}

QueryPlan::Statement QueryPlan::page(const QuerySort &sort, int limit, int offset) const
{
    qsizetype split = -1;
    for (qsizetype i = 0; i < conditions.size() && split < 0 && residual.empty(); ++i) {
        const qsizetype values = conditions.at(i).inValues.size();
        if (!conditions.at(i).inColumn.isEmpty() && values >= 2 && values <= MaxMergedRanges)
            split = i;
    }
    const QString orderBy = sort.orderBy();
    if (split < 0) {
        QVariantList all = bindings();
        all << limit << offset;
        return {u"SELECT doc FROM "_s % table % whereSql(true) % u" ORDER BY "_s % orderBy %
                    u" LIMIT ? OFFSET ?"_s,
                all};
    }
    // One arm per value: `… AND column = ?` in index order, at most offset + limit rows, only the
    // sort columns (the index covers them); the page's docs are read for its rows alone.
    const Condition &in = conditions.at(split);
    const QString columns = sort.columns().join(u", "_s);
    QStringList arms;
    QVariantList all;
    for (const QVariant &value : in.inValues) {
        QStringList parts;
        for (qsizetype i = 0; i < conditions.size(); ++i) {
            if (i == split)
                continue;
            parts.append(conditions.at(i).sql);
            all.append(conditions.at(i).bindings);
        }
        parts.append(u'(' % in.inColumn % u" = ?)"_s);
        all.append(value);
        arms.append(u"SELECT * FROM (SELECT "_s % columns % u" FROM "_s % table % joinWhere(parts) %
                    u" ORDER BY "_s % orderBy % u" LIMIT "_s % QString::number(qint64(offset) + limit) %
                    u')');
    }
    all << limit << offset;
    return {u"SELECT (SELECT doc FROM "_s % table % u" WHERE id = p.id) FROM ("_s %
                arms.join(u" UNION ALL "_s) % u" ORDER BY "_s % orderBy %
                u" LIMIT ? OFFSET ?) AS p ORDER BY "_s % orderBy,
            all};
}

} // namespace commercedesk::sandbox
