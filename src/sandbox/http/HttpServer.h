// SPDX-License-Identifier: MIT
#pragma once

#include "http/Server.h"
#include "sandbox/http/DeferredReply.h"
#include "sandbox/http/Principal.h"
#include "sandbox/http/Router.h"

#include <functional>
#include <memory>
#include <optional>

namespace commercedesk::sandbox {

class Database;
class ReadWorkers;

// The sandbox's HTTP front: owns no routes, dispatches to a Router and enforces the request
// contract for every route before a handler runs:
//  - body larger than MaxBodyBytes → 413; unknown path → 404 ResourceNotFound; known path with the
//    wrong method → 405 MethodNotAllowed (+ Allow header); malformed JSON on a Json route → 400
//    InvalidJsonInput (with detailedErrorMessage); missing/bad/expired bearer → 401 invalid_token;
//    token without a required scope → 403 insufficient_scope; a throwing handler → 500 General.
//  - every response carries X-Correlation-ID (the request's, or a fresh UUID).
//  - `writes` routes run in one database transaction.
// It stands on http::Server (src/http) with apiLimits(): what the front refuses before routing (a body over
// MaxBodyBytes by its Content-Length, a head over 64 KiB, a stalled client, …) is answered in the
// commercetools error shape too (InvalidInput for 4xx, General for 5xx). MaxBodyBytes is 1 MiB: far above
// any sandbox payload (the platform does not document a body limit in api.yaml). The head limit is above
// the 8192 URL characters api.yaml documents, so over-long `where` predicates reach the query layer's own
// limits and their explanatory 400.
// Routes whose pattern has a {projectKey} parameter serve one project (setProjectKey): another key
// answers 404 ResourceNotFound "The project '<key>' was not found." after the body and token checks,
// before the handler runs — the endpoints never compare the key themselves.
// A front gate (setFrontGate; the sandbox puts its fault injection there, see faults/FaultGate.h) sees
// every request before routing and may answer it itself, now or later.
// Concurrent reads (setReadWorkers): a route marked RouteOptions::concurrentRead runs its handler on one of
// the server's read workers after routing, body parsing and authorisation on the server's thread; its
// answer is sent back from the server's thread. Everything else (writes in particular) stays serialized
// on the server's thread, so a slow query never delays a write, a by-id read or another client.
// Threading: lives in, and serves from, the thread that created it (with the Router and Database); the
// destructor waits for running read workers.
class HttpServer final : public http::Server
{
    Q_OBJECT

public:
    static constexpr qint64 MaxBodyBytes = 1024 * 1024;
    // The sandbox API's front limits (docs/security.md).
    static http::Limits apiLimits();

    // Returns the principal of a valid, unexpired access token, or nullopt.
    using Authenticator = std::function<std::optional<Principal>(const QString &token)>;

    // `router` and `database` must outlive the server; `database` may be null (no transactions).
    HttpServer(const Router &router, Authenticator authenticator, Database *database,
               QObject *parent = nullptr);

    // The project the {projectKey} routes serve (empty: any key reaches the handlers). Set before serving.
    void setProjectKey(const QString &projectKey) { m_projectKey = projectKey; }

    // Returns true when it answers the request itself through the reply (now, later or never), false
    // to let the request run normally.
    using FrontGate = std::function<bool(const RequestContext &ctx, const DeferredReply &reply)>;
    // Installs the gate (empty: none). Set before the server serves.
    void setFrontGate(FrontGate gate) { m_frontGate = std::move(gate); }
    // Runs concurrent-read routes on `count` worker threads (0: on the server's thread, the default).
    // Set before serving.
    void setReadWorkers(int count);

    // Runs one request through the routes: body limit, routing, body parsing, authorisation and the
    // handler (in its transaction), all on this thread. No front gate, no contract recording. This thread
    // only.
    HttpResponse dispatch(RequestContext &ctx);
    ~HttpServer() override;

protected:
    void serve(http::Request request, const http::Responder &responder) override;
    http::Reply protocolError(const http::ProtocolError &error) const override;

private:
    // The route to run for `ctx`, or the answer that refused it before any handler.
    struct Resolution
    {
        const Router::Route *route = nullptr;
        HttpResponse refusal;
    };
    Resolution resolve(RequestContext &ctx);
    void runConcurrently(const Router::Route &route, RequestContext ctx, const DeferredReply &reply);
    void finish(const RequestContext &ctx, const HttpResponse &response, const DeferredReply &reply,
                qint64 elapsedMs);
    static void readRequest(http::Request &request, RequestContext &ctx);
    std::optional<HttpResponse> prepareBody(const RouteOptions &options, RequestContext &ctx) const;
    std::optional<HttpResponse> authorize(const RouteOptions &options, RequestContext &ctx) const;
    HttpResponse invoke(const Router::Route &route, RequestContext &ctx);

    const Router &m_router;
    Authenticator m_authenticator;
    Database *m_database;
    FrontGate m_frontGate;
    QString m_projectKey;
    ReadWorkers *m_readWorkers = nullptr; // child; null: no read workers
};

} // namespace commercedesk::sandbox
