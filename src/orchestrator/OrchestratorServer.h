// SPDX-License-Identifier: MIT
#pragma once

#include "orchestrator/RateLimiter.h"
#include "orchestrator/RouteTable.h"

#include <QAbstractHttpServer>

#include <functional>

namespace commercedesk::orchestrator {

class RevocationList;
class SessionTokenCodec;

/// The orchestrator's HTTP front. Before a handler runs it enforces, for every route
/// (docs/orchestrator-api.yaml):
///  - body larger than `maxBodyBytes` → 413 PayloadTooLarge; unknown path → 404 RouteNotFound; known path,
///    other method → 405 MethodNotAllowed;
///  - session routes: `Authorization: Bearer <access token>` verified (signature, expiry, kind) and not
///    revoked, else 401 InvalidSession; customer routes refuse anonymous sessions with 403 SignInRequired;
///  - a rate limit per session (per peer address on public routes) → 429 RateLimited + Retry-After;
///  - JSON routes: the body must be a JSON object, else 400 MalformedJson;
///  - `X-Correlation-ID`: the caller's (printable, ≤ 128 chars) or a new UUID, on every answer and log line;
///  - a handler that throws → 500 InternalError. Answers are written when the handler's work finishes
///    (see Exchange), so one connection serves one request at a time (HTTP/1.1 without pipelining).
/// Thread: lives and serves in the thread that created it.
class OrchestratorServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>; ///< epoch milliseconds

    /// `routes`, `tokens` and `revocations` must outlive the server.
    OrchestratorServer(const RouteTable &routes, const SessionTokenCodec &tokens,
                       const RevocationList &revocations, qint64 maxBodyBytes, int requestsPerMinute,
                       Clock clock, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    /// Checks the session and the rate limit; false when the exchange was answered with an error.
    bool admit(const RouteTable::Route &route, QTcpSocket *socket, class Exchange *exchange);

    const RouteTable &m_routes;
    const SessionTokenCodec &m_tokens;
    const RevocationList &m_revocations;
    qint64 m_maxBodyBytes;
    RateLimiter m_limiter;
    Clock m_clock;
};

} // namespace commercedesk::orchestrator
