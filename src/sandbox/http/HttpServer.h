// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/http/DeferredReply.h"
#include "sandbox/http/Principal.h"
#include "sandbox/http/Router.h"

#include <QAbstractHttpServer>

#include <functional>
#include <memory>
#include <optional>

namespace commercedesk::sandbox {

class Database;

// The sandbox's HTTP front: owns no routes, dispatches to a Router and enforces the request
// contract for every route before a handler runs:
//  - body larger than MaxBodyBytes → 413; unknown path → 404 ResourceNotFound; known path with the
//    wrong method → 405 MethodNotAllowed (+ Allow header); malformed JSON on a Json route → 400
//    InvalidJsonInput (with detailedErrorMessage); missing/bad/expired bearer → 401 invalid_token;
//    token without a required scope → 403 insufficient_scope; a throwing handler → 500 General.
//  - every response carries X-Correlation-ID (the request's, or a fresh UUID).
//  - `writes` routes run in one database transaction.
// MaxBodyBytes is 1 MiB: far above any sandbox payload (the real API accepts more; its limit is not
// documented in our reference). QtHttpServer 6.4 buffers a request fully before dispatch, so the
// limit bounds what handlers see, not what the socket buffers.
// Routes whose pattern has a {projectKey} parameter serve one project (setProjectKey): another key
// answers 404 ResourceNotFound "The project '<key>' was not found." after the body and token checks,
// before the handler runs — the endpoints never compare the key themselves.
// A front gate (setFrontGate; the sandbox puts its fault injection there, see faults/FaultGate.h) sees
// every request before routing and may answer it itself, now or later.
// Threading: lives in, and serves from, the thread that created it (with the Router and Database).
class HttpServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static constexpr qint64 MaxBodyBytes = 1024 * 1024;

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

    // Runs one request through the routes: body limit, routing, body parsing, authorisation and the
    // handler (in its transaction). No front gate, no contract recording. This thread only.
    HttpResponse dispatch(RequestContext &ctx);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static void readRequest(const QHttpServerRequest &request, QTcpSocket *socket, RequestContext &ctx);
    std::optional<HttpResponse> prepareBody(const RouteOptions &options, RequestContext &ctx) const;
    std::optional<HttpResponse> authorize(const RouteOptions &options, RequestContext &ctx) const;
    HttpResponse invoke(const Router::Route &route, RequestContext &ctx);
    static void write(const QHttpServerRequest &request, QTcpSocket *socket, const HttpResponse &response,
                      const QString &correlationId);

    const Router &m_router;
    Authenticator m_authenticator;
    Database *m_database;
    FrontGate m_frontGate;
    QString m_projectKey;
};

} // namespace commercedesk::sandbox
