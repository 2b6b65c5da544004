// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/http/Principal.h"
#include "sandbox/http/Router.h"

#include <QAbstractHttpServer>

#include <functional>
#include <memory>
#include <optional>

namespace commercedesk::sandbox {

class Database;
class FaultInjector;

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
// Fault injection (setFaults): `/_fault` is answered by FaultAdmin (loopback peers only, default
// service "api", never faulted); every other request first asks the FaultInjector for service "api"
// with its path relative to /{projectKey} and its method: latency delays the whole request (it is
// dispatched later), error:409 answers ConcurrentModification with the resource's currentVersion (read
// with a GET of the same path), other errors the commercetools shape, reset drops the connection,
// timeout never answers, outage answers 503 ServiceUnavailable, garbage a 200 that is not JSON.
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

    // Turns fault injection on (null: off). `projectKey` is stripped from paths before rules match.
    void setFaults(std::shared_ptr<FaultInjector> faults, const QString &projectKey);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static void readRequest(const QHttpServerRequest &request, QTcpSocket *socket, RequestContext &ctx);
    HttpResponse dispatch(RequestContext &ctx);
    // Answers `/_fault` or applies the faults that match; false when the request runs normally.
    bool handleFaults(const QHttpServerRequest &request, QTcpSocket *socket, RequestContext &ctx);
    HttpResponse injectedError(RequestContext ctx, int status);
    std::optional<HttpResponse> prepareBody(const RouteOptions &options, RequestContext &ctx) const;
    std::optional<HttpResponse> authorize(const RouteOptions &options, RequestContext &ctx) const;
    HttpResponse invoke(const Router::Route &route, RequestContext &ctx);
    static void write(const QHttpServerRequest &request, QTcpSocket *socket, const HttpResponse &response,
                      const QString &correlationId);

    const Router &m_router;
    Authenticator m_authenticator;
    Database *m_database;
    std::shared_ptr<FaultInjector> m_faults;
    QString m_projectPrefix; // "/{projectKey}"
};

} // namespace commercedesk::sandbox
