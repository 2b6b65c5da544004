// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/http/HttpResponse.h"
#include "sandbox/http/Paging.h"
#include "sandbox/http/RequestContext.h"
#include "sandbox/query/Predicate.h"
#include "sandbox/query/QueryPlan.h"
#include "sandbox/query/QuerySort.h"
#include "sandbox/storage/Database.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <optional>

namespace commercedesk::sandbox {

class Database;

// What one query endpoint (GET /{projectKey}/orders, /carts, /me/orders, /messages, …) serves.
struct ResourceQuerySpec
{
    // SQL table (see storage/Migrations); rows carry id, key, version, created_at, last_modified_at,
    // the spec's `columns` and doc (the resource's JSON).
    QString table;
    // Predicate / sort paths that map onto indexed SQL columns, e.g. {"orderState","order_state"},
    // {"totalPrice.centAmount","total_cent"}. id, key, version, createdAt and lastModifiedAt are
    // always mapped. A predicate or sort on any other path is still answered (evaluated on the
    // JSON), only without an index. A column written "@table" is a side table of a multi-valued
    // path (see SqlWhere): filters only, never a sort.
    QHash<QString, QString> columns;
    // The columns of `columns` that hold the length of the array at their path (see SqlWhere),
    // e.g. {"sync_info_count"} for "syncInfo": they answer `is empty` / `is not empty` only, and
    // a sort on their path is a sort on the JSON.
    QSet<QString> arrayLengthColumns;
    // A fixed restriction ANDed to every query (the /me or as-associate scope), e.g.
    // "customer_id = ?" with its bindings. Empty = the whole table.
    QString scopeSql;
    QVariantList scopeBindings;
    // Applied to every result before it is returned (e.g. expansion is done by the query itself;
    // this is for view shaping). May be empty.
    std::function<QJsonObject(const QJsonObject &)> present;
};

// The commercetools query parameters for one request: repeated `where` (ANDed), `var.<name>`
// input variables, repeated `sort` (nested paths, asc|desc), `limit` 0..500 (default 20),
// `offset` 0..10000, `withTotal` (default true; `total` capped at 10000 when a `where` is given,
// as the platform does), and repeated `expand`.
// Errors are commercetools responses: a malformed predicate → 400 InvalidInput naming the position;
// an unknown variable → 400 InvalidInput; out-of-range paging → 400 InvalidInput.
// Bounded work (docs/fidelity-limits.md): a `where` (all its parameters together) may hold at most
// MaxComparisons comparisons (each leaf: =, in, is defined, …) and MaxListValues values in its lists,
// else 400 InvalidInput; a query that runs longer than timeBudgetMs() (SQL interrupted through
// Database::Deadline, JSON filtering and in-memory sorting checked as they go) answers 400
// QueryTimedOut (api.yaml QueryTimedOutError) instead of holding a thread for seconds. A sort on a path
// without a column keeps only the sort keys of offset + limit rows in memory, never the documents.
class ResourceQuery
{
public:
    static constexpr int MaxComparisons = 100;
    static constexpr int MaxListValues = 500;
    static constexpr qint64 DefaultTimeBudgetMs = 3000;

    // The time budget of every query in this process (thread-safe); <= 0: none.
    static void setTimeBudgetMs(qint64 ms);
    static qint64 timeBudgetMs();

    // Runs the query and answers the PagedQueryResponse (or the error).
    static HttpResponse run(Database &database, const ResourceQuerySpec &spec, const RequestContext &ctx);
    // EXPLAIN QUERY PLAN of the statement run() would page with (one detail string per step), or one
    // "error: …" entry; for tests that prove index use.
    static QStringList explain(Database &database, const ResourceQuerySpec &spec, const RequestContext &ctx);

    // Replaces references named by the request's `expand` parameters (e.g. "paymentInfo.payments[*]",
    // "businessUnit", "cart", "customer") with {typeId, id, obj}. Unknown or unresolvable paths are
    // left as they are, as the platform does.
    static QJsonObject expand(Database &database, const QJsonObject &resource, const QStringList &paths);
    // The same with the request's repeated `expand` parameters (for single-resource GETs/updates).
    static QJsonObject expand(Database &database, const QJsonObject &resource, const RequestContext &ctx);

    // The request's `where` parameters (ANDed) with its `var.<name>` variables (a repeated var is a
    // list). nullopt with no error when there is no `where`; nullopt + *error (400 InvalidInput
    // "Malformed parameter: where: Syntax error while parsing 'where'. … at position N") when one
    // is malformed. For endpoints that filter JSON themselves (e.g. product projections).
    static std::optional<Predicate> where(const RequestContext &ctx, HttpResponse *error);

private:
    struct Prepared
    {
        QueryPlan plan;
        QuerySort sort;
        Paging paging;
    };
    static std::optional<HttpResponse> prepare(const ResourceQuerySpec &spec, const RequestContext &ctx,
                                               Prepared *out);
};

} // namespace commercedesk::sandbox
