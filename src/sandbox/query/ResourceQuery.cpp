// SPDX-License-Identifier: MIT
#include "sandbox/query/ResourceQuery.h"

#include "sandbox/http/Paging.h"
#include "sandbox/query/QueryPlan.h"
#include "sandbox/query/QuerySort.h"
#include "sandbox/query/ReferenceExpander.h"
#include "sandbox/query/SqlWhere.h"
#include "sandbox/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>
#include <vector>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

// `total` is capped here when a `where` is given (as the platform does).
constexpr qint64 TotalCap = 10000;
// The time budget of one query (milliseconds; see ResourceQuery.h).
std::atomic<qint64> g_timeBudgetMs{ResourceQuery::DefaultTimeBudgetMs};
// Rows between two looks at the deadline in the C++ loops.
constexpr int DeadlineStride = 64;

HttpResponse timedOut()
{
    return HttpResponse::error(400, u"QueryTimedOut"_s,
                               u"The query timed out after %1 ms. Narrow the where predicate to indexed "
                               u"fields, or sort on an indexed "
                               u"field."_s.arg(g_timeBudgetMs.load()));
}

// The limits of one `where` (all of its parameters together): see ResourceQuery.h.
struct PredicateSize
{
    int comparisons = 0;
    int values = 0;
    int longestList = 0;
};

void measure(const PredicateNode &node, PredicateSize *size)
{
    using Kind = PredicateNode::Kind;
    if (node.children.empty()) {
        ++size->comparisons;
        if (node.kind == Kind::In || node.kind == Kind::NotIn || node.kind == Kind::ContainsAny ||
            node.kind == Kind::ContainsAll) {
            size->values += int(node.values.size());
            size->longestList = std::max(size->longestList, int(node.values.size()));
        }
    }
    for (const PredicateNode &child : node.children)
        measure(child, size);
}

// A page holds either the stored JSON bytes of its resources (`raw`, straight from SQLite, so a plain list is
// answered without parsing and re-serialising each document) or parsed documents (`docs`, when the page
// had to be sorted in memory).
struct Page
{
    QList<QByteArray> raw;
    QList<QJsonObject> docs;
    qint64 total = -1;
    std::optional<HttpResponse> error;
};

QHash<QString, QJsonValue> variablesOf(const RequestContext &ctx)
{
    QHash<QString, QJsonValue> vars;
    for (const auto &[name, value] : ctx.query) {
        if (!name.startsWith(u"var."_s) || name.size() <= 4)
            continue;
        const QString key = name.mid(4);
        const auto it = vars.find(key);
        if (it == vars.end()) {
            vars.insert(key, value);
        } else {
            QJsonArray list = it->isArray() ? it->toArray() : QJsonArray{*it};
            list.append(value);
            *it = list;
        }
    }
    return vars;
}

bool residualMatches(const QueryPlan &plan, const QJsonObject &doc)
{
    return std::all_of(plan.residual.begin(), plan.residual.end(),
                       [&doc](const PredicateNode &n) { return Predicate::evaluate(n, doc); });
}

std::optional<QSqlQuery> select(Database &database, const QString &sql, const QVariantList &bindings)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return std::nullopt;
    for (const QVariant &b : bindings)
        q.addBindValue(b);
    if (!q.exec())
        return std::nullopt;
    return q;
}

HttpResponse sqlFailure()
{
    return HttpResponse::error(500, u"General"_s, u"The query could not be run."_s);
}

// An exact COUNT(*) walks a whole index (~40 ms at a million orders), so the count of each
// statement is remembered in a connection-local TEMP table, stamped with PRAGMA data_version
// (changes when another connection commits) and total_changes() (changes with every write on this
// connection, +1 for the cache row itself). Any write invalidates; no state lives outside SQLite.
qint64 cachedCount(Database &database, const QString &sql, const QVariantList &bindings)
{
    QString key = sql;
    for (const QVariant &b : bindings)
        key += u'\x1f' % b.toString();
    const auto stamp = [&database](int pendingChanges) -> QString {
        return database.scalar(u"PRAGMA data_version"_s).toString() % u':' %
               QString::number(database.scalar(u"SELECT total_changes()"_s).toLongLong() + pendingChanges);
    };
    if (!database.exec(u"CREATE TEMP TABLE IF NOT EXISTS query_counts (statement TEXT PRIMARY KEY, "
                       u"total INTEGER NOT NULL, stamp TEXT NOT NULL)"_s))
        return database.scalar(sql, bindings).toLongLong();
    const QVariant hit =
        database.scalar(u"SELECT total FROM temp.query_counts WHERE statement = ? AND stamp = ?"_s,
                        QVariantList{key, stamp(0)});
    if (hit.isValid())
        return hit.toLongLong();
    const qint64 total = database.scalar(sql, bindings).toLongLong();
    database.exec(u"INSERT OR REPLACE INTO temp.query_counts (statement, total, stamp) VALUES (?, ?, ?)"_s,
                  QVariantList{key, total, stamp(1)});
    return total;
}

// The resources a side-table membership names, counted up to `cap` on the side table's (value, resource_id)
// index alone (the triggers of storage/Migrations keep it equal to the table's documents).
qint64 membersCount(Database &database, const QueryPlan::Condition &membership, qint64 cap)
{
    const QStringList marks(membership.sideValues.size(), u"?"_s);
    return database
        .scalar(u"SELECT COUNT(*) FROM (SELECT DISTINCT resource_id FROM "_s % membership.sideTable %
                    u" WHERE value IN ("_s % marks.join(u", "_s) % u") LIMIT "_s % QString::number(cap) %
                    u')',
                membership.sideValues)
        .toLongLong();
}

// A side-table membership (`lineItems(variant(sku = …))`) can be paged two ways: look up each member by id
// and sort them (cost ~ members, random reads), or walk the sort's index and test membership (cost ~
// table rows / members × (offset + limit) index steps). With many members the walk wins by far: at
// 1,000,000 orders and a SKU in 16,700 of them, 81 ms against 4.1 s cold (docs/benchmarks.md). The
// members are counted up to a cap through the side table's value index; the table's size comes from
// the cached count. A random lookup is taken as costing about 20 index steps.
void chooseMembershipPlans(Database &database, QueryPlan &plan, const QuerySort &sort, const Paging &paging)
{
    constexpr qint64 MemberCountCap = 20000;
    constexpr qint64 LookupCost = 20;
    if (sort.inMemory())
        return;
    qint64 rows = -1;
    for (QueryPlan::Condition &c : plan.conditions) {
        if (c.sideTable.isEmpty() || c.sideValues.isEmpty())
            continue;
        const qint64 members = c.members = membersCount(database, c, MemberCountCap);
        if (members <= 0)
            continue;
        if (rows < 0)
            rows = cachedCount(database, u"SELECT COUNT(*) FROM "_s % plan.table, {});
        const qint64 walkSteps = rows / members * (qint64(paging.offset) + paging.limit);
        c.walkSortIndex = walkSteps < members * LookupCost;
    }
}

// No residual: the database pages and (cheaply) counts.
Page runIndexed(Database &database, const QueryPlan &plan, const QuerySort &sort, const Paging &paging,
                const Database::Deadline &deadline)
{
    Page page;
    const QueryPlan::Statement statement = plan.page(sort, paging.limit, paging.offset);
    auto q = select(database, statement.sql, statement.bindings);
    if (!q) {
        page.error = deadline.expired() ? timedOut() : sqlFailure();
        return page;
    }
    while (q->next())
        page.raw.append(q->value(0).toByteArray());
    if (deadline.expired()) {
        page.error = timedOut();
        return page;
    }
    if (paging.withTotal) {
        // With a where: a capped count, so a broad predicate never counts a million rows.
        const QString from = u" FROM "_s % plan.table % plan.whereSql();
        const QString sql = plan.hasWhere ? QString(u"SELECT COUNT(*) FROM (SELECT 1"_s % from %
                                                    u" LIMIT "_s % QString::number(TotalCap) % u')')
                                          : QString(u"SELECT COUNT(*)"_s % from);
        const bool onlyMembership =
            plan.conditions.size() == 1 && !plan.conditions.front().sideTable.isEmpty();
        const QueryPlan::Condition &first = plan.conditions.value(0);
        page.total = onlyMembership  ? (first.members >= 0 ? std::min(first.members, TotalCap)
                                                           : membersCount(database, first, TotalCap))
                     : plan.hasWhere ? database.scalar(sql, plan.bindings()).toLongLong()
                                     : cachedCount(database, sql, plan.bindings());
        if (deadline.expired()) // an interrupted count reads as 0
            page.error = timedOut();
    }
    return page;
}

// A residual in SQL order: step the cursor (SQLite reads lazily) until the page is full and,
// with withTotal, until the capped total is known.
Page runFiltered(Database &database, const QueryPlan &plan, const QuerySort &sort, const Paging &paging,
                 const Database::Deadline &deadline)
{
    Page page;
    const QueryPlan::Statement statement = plan.ordered(sort);
    auto q = select(database, statement.sql, statement.bindings);
    if (!q) {
        page.error = deadline.expired() ? timedOut() : sqlFailure();
        return page;
    }
    const qint64 pageEnd = qint64(paging.offset) + paging.limit;
    const qint64 stopAt = paging.withTotal ? std::max(pageEnd, TotalCap) : pageEnd;
    qint64 matched = 0;
    for (qint64 rows = 0; matched < stopAt && q->next(); ++rows) {
        if (rows % DeadlineStride == 0 && deadline.expired())
            break;
        const QByteArray bytes = q->value(0).toByteArray();
        if (!residualMatches(plan, QJsonDocument::fromJson(bytes).object()))
            continue;
        if (matched >= paging.offset && matched < pageEnd)
            page.raw.append(bytes);
        ++matched;
    }
    if (deadline.expired()) {
        page.error = timedOut();
        return page;
    }
    if (paging.withTotal)
        page.total = std::min(matched, TotalCap);
    return page;
}

// A sort on a path without a column: one pass over the matching rows that keeps only the sort keys
// of the best offset + limit rows (a bounded heap, never the documents), then reads the page's
// documents by id. Memory is bounded by the page depth; time by the deadline.
Page runInMemory(Database &database, const QueryPlan &plan, const QuerySort &sort, const Paging &paging,
                 const Database::Deadline &deadline)
{
    Page page;
    auto q = select(database, u"SELECT doc FROM "_s % plan.table % plan.whereSql(), plan.bindings());
    if (!q) {
        page.error = deadline.expired() ? timedOut() : sqlFailure();
        return page;
    }
    const auto less = [&sort](const QJsonArray &a, const QJsonArray &b) { return sort.lessThanKeys(a, b); };
    const size_t keep = size_t(paging.offset) + size_t(paging.limit);
    std::vector<QJsonArray> best; // a max-heap under `less`: front() is the worst kept row
    qint64 matched = 0;
    for (qint64 rows = 0; q->next(); ++rows) {
        if (rows % DeadlineStride == 0 && deadline.expired())
            break;
        const QJsonObject doc = QJsonDocument::fromJson(q->value(0).toByteArray()).object();
        if (!residualMatches(plan, doc))
            continue;
        ++matched;
        QJsonArray keys = sort.keysOf(doc);
        if (best.size() < keep) {
            best.push_back(std::move(keys));
            std::push_heap(best.begin(), best.end(), less);
        } else if (keep > 0 && less(keys, best.front())) {
            std::pop_heap(best.begin(), best.end(), less);
            best.back() = std::move(keys);
            std::push_heap(best.begin(), best.end(), less);
        }
    }
    if (deadline.expired()) {
        page.error = timedOut();
        return page;
    }
    std::sort_heap(best.begin(), best.end(), less);
    QSqlQuery byId(database.connection());
    byId.prepare(u"SELECT doc FROM "_s % plan.table % u" WHERE id = ?"_s);
    for (size_t i = size_t(paging.offset); i < best.size(); ++i) {
        byId.addBindValue(best.at(i).last().toString());
        if (byId.exec() && byId.next())
            page.raw.append(byId.value(0).toByteArray());
    }
    if (paging.withTotal)
        page.total = plan.hasWhere ? std::min<qint64>(matched, TotalCap) : matched;
    return page;
}

} // namespace

std::optional<Predicate> ResourceQuery::where(const RequestContext &ctx, HttpResponse *error)
{
    const QStringList texts = ctx.queryValues(u"where"_s);
    if (texts.isEmpty())
        return std::nullopt;
    const QHash<QString, QJsonValue> vars = variablesOf(ctx);
    QList<Predicate> parts;
    for (const QString &text : texts) {
        QString message;
        auto p = Predicate::parse(text, vars, &message);
        if (!p) {
            *error = HttpResponse::invalidInput(
                u"Malformed parameter: where: Syntax error while parsing 'where'. "_s % message);
            return std::nullopt;
        }
        parts.append(*p);
    }
    Predicate all = Predicate::allOf(parts);
    PredicateSize size;
    measure(all.root(), &size);
    if (size.longestList > MaxListValues || size.values > MaxListValues ||
        size.comparisons > MaxComparisons) {
        *error = HttpResponse::invalidInput(
            u"Malformed parameter: where: the predicate has %1 comparisons and %2 list values (the longest "
            u"list: %3); at most %4 comparisons and %5 list values in all are accepted."_s
                .arg(size.comparisons)
                .arg(size.values)
                .arg(size.longestList)
                .arg(MaxComparisons)
                .arg(MaxListValues));
        return std::nullopt;
    }
    return all;
}

std::optional<HttpResponse> ResourceQuery::prepare(const ResourceQuerySpec &spec, const RequestContext &ctx,
                                                   Prepared *out)
{
    HttpResponse error;
    const auto paging = Paging::parse(ctx, &error);
    if (!paging)
        return error;
    const auto predicate = where(ctx, &error);
    if (!predicate && ctx.hasQuery(u"where"_s))
        return error;
    const QHash<QString, QString> columns = SqlWhere::withSpine(spec.columns);
    QHash<QString, QString> sortColumns = columns;
    sortColumns.removeIf([&spec](const std::pair<const QString &, QString &> &entry) {
        return spec.arrayLengthColumns.contains(entry.second) || entry.second.startsWith(u'@');
    });
    QString sortError;
    const auto sort = QuerySort::parse(ctx.queryValues(u"sort"_s), sortColumns, &sortError);
    if (!sort)
        return HttpResponse::invalidInput(sortError);

    QueryPlan &plan = out->plan;
    plan.table = spec.table;
    plan.hasWhere = predicate.has_value();
    if (!spec.scopeSql.isEmpty())
        plan.conditions.append({u'(' % spec.scopeSql % u')', spec.scopeBindings, {}, {}, {}, {}, {}});
    if (predicate) {
        SqlWhere compiled = SqlWhere::compile(predicate->root(), columns, spec.arrayLengthColumns);
        for (const SqlWhere::Part &part : std::as_const(compiled.parts))
            plan.conditions.append({part.sql, part.bindings, part.inColumn, part.inValues, part.sideTable,
                                    part.sideValues, part.walkSql});
        plan.residual = std::move(compiled.residual);
    }
    out->sort = *sort;
    out->paging = *paging;
    return std::nullopt;
}

QStringList ResourceQuery::explain(Database &database, const ResourceQuerySpec &spec,
                                   const RequestContext &ctx)
{
    Prepared prepared;
    if (const auto error = prepare(spec, ctx, &prepared))
        return {u"error: "_s % QString::fromUtf8(error->body)};
    chooseMembershipPlans(database, prepared.plan, prepared.sort, prepared.paging);
    const QueryPlan &plan = prepared.plan;
    const QueryPlan::Statement statement =
        prepared.sort.inMemory()
            ? QueryPlan::Statement{u"SELECT doc FROM "_s % plan.table % plan.whereSql(), plan.bindings()}
        : plan.residual.empty() ? plan.page(prepared.sort, prepared.paging.limit, prepared.paging.offset)
                                : plan.ordered(prepared.sort);
    auto q = select(database, u"EXPLAIN QUERY PLAN "_s % statement.sql, statement.bindings);
    if (!q)
        return {u"cannot run: "_s % statement.sql};
    QStringList steps;
    while (q->next())
        steps.append(q->value(3).toString());
    return steps;
}

HttpResponse ResourceQuery::run(Database &database, const ResourceQuerySpec &spec, const RequestContext &ctx)
{
    Prepared prepared;
    if (auto error = prepare(spec, ctx, &prepared))
        return *error;
    QueryPlan &plan = prepared.plan;
    const QuerySort *sort = &prepared.sort;
    const Paging *paging = &prepared.paging;
    const Page page = [&]() {
        const Database::Deadline deadline(g_timeBudgetMs.load()); // the page and its count, not expansion
        chooseMembershipPlans(database, plan, *sort, *paging);
        return sort->inMemory()        ? runInMemory(database, plan, *sort, *paging, deadline)
               : plan.residual.empty() ? runIndexed(database, plan, *sort, *paging, deadline)
                                       : runFiltered(database, plan, *sort, *paging, deadline);
    }();
    if (page.error)
        return *page.error;
    const QStringList expansions = ctx.queryValues(u"expand"_s);
    if (expansions.isEmpty() && !spec.present && page.docs.isEmpty()) {
        HttpResponse response;
        response.body = paging->envelope(page.raw, page.total);
        return response;
    }
    QList<QJsonObject> docs = page.docs;
    for (const QByteArray &bytes : page.raw)
        docs.append(QJsonDocument::fromJson(bytes).object());
    const ReferenceExpander expander(database);
    QJsonArray results;
    for (const QJsonObject &doc : std::as_const(docs)) {
        const QJsonObject expanded = expansions.isEmpty() ? doc : expander.expand(doc, expansions);
        results.append(spec.present ? spec.present(expanded) : expanded);
    }
    return HttpResponse::json(paging->envelope(results, page.total));
}

void ResourceQuery::setTimeBudgetMs(qint64 ms)
{
    g_timeBudgetMs = ms;
}

qint64 ResourceQuery::timeBudgetMs()
{
    return g_timeBudgetMs.load();
}

QJsonObject ResourceQuery::expand(Database &database, const QJsonObject &resource, const QStringList &paths)
{
    return paths.isEmpty() ? resource : ReferenceExpander(database).expand(resource, paths);
}

QJsonObject ResourceQuery::expand(Database &database, const QJsonObject &resource, const RequestContext &ctx)
{
    return expand(database, resource, ctx.queryValues(u"expand"_s));
}

} // namespace commercedesk::sandbox
