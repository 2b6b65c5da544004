// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/http/Principal.h"
#include "sandbox/http/Router.h"

#include <QAbstractHttpServer>

#include <functional>
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

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpResponse dispatch(const QHttpServerRequest &request, QTcpSocket *socket, RequestContext &ctx);
    std::optional<HttpResponse> prepareBody(const RouteOptions &options, RequestContext &ctx) const;
    std::optional<HttpResponse> authorize(const RouteOptions &options, RequestContext &ctx) const;
    HttpResponse invoke(const Router::Route &route, RequestContext &ctx);
    static void write(const QHttpServerRequest &request, QTcpSocket *socket, const HttpResponse &response,
                      const QString &correlationId);

    const Router &m_router;
    Authenticator m_authenticator;
    Database *m_database;
};

} // namespace commercedesk::sandbox
