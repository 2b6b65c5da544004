// SPDX-License-Identifier: MIT
#pragma once

#include "http/Server.h"
#include "orchestrator/RateLimiter.h"
#include "orchestrator/RouteTable.h"

#include <functional>

namespace commercedesk::orchestrator {

class RevocationList;
class SessionTokenCodec;

/// The orchestrator's HTTP front, on http::Server (src/http). Before a handler runs it enforces, for every
/// route (docs/orchestrator-api.yaml):
///  - what the HTTP front refuses while reading, in the orchestrator's error shape: a body whose
///    Content-Length exceeds `maxBodyBytes` → 413 PayloadTooLarge before the body is read
///    (details.limitBytes); a head over 16 KiB → 414/431, a malformed request → 400 MalformedRequest, a slow
///    client → 408, other methods → 501, … (code: the reason phrase in PascalCase);
///  - unknown path → 404 RouteNotFound; known path, other method → 405 MethodNotAllowed;
///  - session routes: `Authorization: Bearer <access token>` verified (signature, expiry, kind) and not
///    revoked, else 401 InvalidSession; customer routes refuse anonymous sessions with 403 SignInRequired;
///  - a rate limit per session (per peer address on public routes) → 429 RateLimited + Retry-After;
///  - JSON routes: the body must be a JSON object, else 400 MalformedJson;
///  - `X-Correlation-ID`: the caller's (printable, ≤ 128 chars) or a new UUID, on every answer and log line;
///  - a handler that throws → 500 InternalError. Answers are written when the handler's work finishes
///    (see Exchange), so one connection serves one request at a time (HTTP/1.1 without pipelining).
/// Thread: lives and serves in the thread that created it.
class OrchestratorServer final : public http::Server
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>; ///< epoch milliseconds

    /// `routes`, `tokens` and `revocations` must outlive the server.
    OrchestratorServer(const RouteTable &routes, const SessionTokenCodec &tokens,
                       const RevocationList &revocations, qint64 maxBodyBytes, int requestsPerMinute,
                       Clock clock, QObject *parent = nullptr);

protected:
    void serve(http::Request request, const http::Responder &responder) override;
    http::Reply protocolError(const http::ProtocolError &error) const override;

private:
    /// Checks the session and the rate limit; false when the exchange was answered with an error.
    bool admit(const RouteTable::Route &route, const QHostAddress &peer, class Exchange *exchange);

    const RouteTable &m_routes;
    const SessionTokenCodec &m_tokens;
    const RevocationList &m_revocations;
    qint64 m_maxBodyBytes;
    RateLimiter m_limiter;
    Clock m_clock;
};

} // namespace commercedesk::orchestrator
