// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/http/HttpMethod.h"
#include "sandbox/http/HttpResponse.h"
#include "sandbox/http/RequestContext.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace commercedesk::sandbox {

using RouteHandler = std::function<HttpResponse(RequestContext &)>;

// How a route wants its body and caller treated; HttpServer enforces all of it before the handler
// runs, so handlers only see well-formed, authorised requests.
struct RouteOptions
{
    enum class Body { None, Json, Form };
    // Empty = public (the handler authenticates itself, e.g. HTTP Basic on /oauth). Otherwise a
    // bearer token is required and it must hold at least one of these scopes for the path's project
    // (see auth/ScopeRules for the table).
    QStringList anyScope;
    bool requiresToken = false;
    Body body = Body::None;
    // Runs inside one database transaction, committed when the handler answers 2xx, else rolled back.
    bool writes = false;
    // The handler only reads: it uses the Database through Database::connection() (a per-thread read
    // connection off the server's thread), the RequestContext and immutable state, never a member that
    // changes. HttpServer may then run it on a read worker so that a slow query delays no other
    // request (issue #21). Never together with `writes`.
    bool concurrentRead = false;
};

// `options` marked as a concurrent read (see RouteOptions::concurrentRead).
inline RouteOptions concurrentRead(RouteOptions options)
{
    options.concurrentRead = true;
    return options;
}

// The route table. Patterns are '/'-separated segments: literals ("product-projections"),
// parameters ("{id}") and prefixed parameters ("key={key}", "order-number={orderNumber}").
// Matching prefers literal segments over prefixed parameters over bare parameters, so
// ".../key={key}" wins over ".../{id}". Not thread-safe; fill it before the server starts.
class Router
{
public:
    void add(HttpMethod method, const QString &pattern, RouteHandler handler, RouteOptions options = {});

    struct Route
    {
        HttpMethod method;
        QString pattern;
        RouteHandler handler;
        RouteOptions options;
    };

    struct Match
    {
        enum class Kind { Found, NotFound, MethodNotAllowed };
        Kind kind = Kind::NotFound;
        const Route *route = nullptr;
        QHash<QString, QString> params;
        QList<HttpMethod> allowed; // for MethodNotAllowed
    };

    // HEAD falls back to the GET route of the same path.
    Match match(HttpMethod method, const QString &path) const;
    // Every route in the order added (read-only; the contract tests compare it with the specification).
    QList<Route> routes() const;

private:
    struct Segment
    {
        QString literal; // the whole literal, or the prefix before '{' for a parameter
        QString param;   // empty for a literal segment
    };
    struct Entry
    {
        Route route;
        QList<Segment> segments;
    };
    static int score(const QList<Segment> &segments, const QStringList &parts,
                     QHash<QString, QString> *params);

    QList<Entry> m_entries;
};

} // namespace commercedesk::sandbox
