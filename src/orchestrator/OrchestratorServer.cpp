// SPDX-License-Identifier: MIT
#include "orchestrator/OrchestratorServer.h"

#include "orchestrator/Exchange.h"
#include "orchestrator/OrchestratorLogging.h"
#include "orchestrator/RevocationList.h"
#include "orchestrator/SessionTokenCodec.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QUuid>

#include <exception>

using namespace Qt::StringLiterals;

namespace commercedesk::orchestrator {

namespace {

QString correlationIdFor(const http::Request &request)
{
    const QByteArray given = request.header("X-Correlation-ID").trimmed();
    bool printable = !given.isEmpty() && given.size() <= 128;
    for (char c : given)
        printable = printable && c >= 0x21 && c <= 0x7e;
    return printable ? QString::fromLatin1(given) : QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

OrchestratorServer::OrchestratorServer(const RouteTable &routes, const SessionTokenCodec &tokens,
                                       const RevocationList &revocations, qint64 maxBodyBytes,
                                       int requestsPerMinute, Clock clock, QObject *parent)
    : http::Server(parent)
    , m_routes(routes)
    , m_tokens(tokens)
    , m_revocations(revocations)
    , m_maxBodyBytes(maxBodyBytes)
    , m_limiter(requestsPerMinute)
    , m_clock(std::move(clock))
{
    http::Limits limits;
    limits.maxBodyBytes = maxBodyBytes;
    setLimits(limits);
}

void OrchestratorServer::serve(http::Request request, const http::Responder &responder)
{
    auto *exchange = new Exchange(responder, request.method, request.decodedPath(),
                                  QUrlQuery(QString::fromLatin1(request.query)), std::move(request.body),
                                  correlationIdFor(request), this);
    exchange->setAuthorization(request.header("Authorization"));
    const RouteTable::Match match = m_routes.match(exchange->method(), exchange->path());
    if (!match.route) {
        if (match.pathKnown)
            exchange->fail({405, u"MethodNotAllowed"_s, u"This path does not accept that method."_s, {}});
        else
            exchange->fail({404, u"RouteNotFound"_s, u"There is no such orchestrator endpoint."_s, {}});
        return;
    }
    exchange->setRoute(match.route->pattern);
    exchange->setParams(match.params);
    if (!admit(*match.route, request.peerAddress, exchange))
        return;
    if (match.route->jsonBody) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(exchange->body(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            exchange->fail(OrchestratorError::badRequest(
                u"MalformedJson"_s,
                parseError.error != QJsonParseError::NoError
                    ? u"The body is not valid JSON: %1 at offset %2."_s.arg(parseError.errorString())
                          .arg(parseError.offset)
                    : u"The body must be a JSON object."_s));
            return;
        }
        exchange->setJson(doc.object());
    }
    try {
        match.route->handler(exchange);
    } catch (const std::exception &) {
        exchange->fail({500, u"InternalError"_s, u"The orchestrator failed on this request."_s, {}});
    }
}

bool OrchestratorServer::admit(const RouteTable::Route &route, const QHostAddress &peer, Exchange *exchange)
{
    const qint64 nowMs = m_clock();
    QString limitKey = u"peer:"_s % peer.toString();
    if (route.access != RouteTable::Access::Public) {
        const QByteArray header = exchange->authorization().trimmed();
        const QByteArray token = header.startsWith("Bearer ") ? header.mid(7).trimmed() : QByteArray();
        const auto claims = m_tokens.verify(token, SessionClaims::Kind::Access, nowMs / 1000);
        if (!claims || m_revocations.isRevoked(claims->sessionId)) {
            exchange->fail(OrchestratorError::unauthorized(
                token.isEmpty() ? u"This endpoint needs an orchestrator session (Authorization: Bearer)."_s
                                : u"The session token is invalid, expired or signed out."_s));
            return false;
        }
        if (route.access == RouteTable::Access::Customer && !claims->isCustomer()) {
            exchange->fail({403, u"SignInRequired"_s, u"Sign in to do this."_s, {}});
            return false;
        }
        limitKey = u"session:"_s % claims->sessionId;
        exchange->setSession(*claims);
    }
    int retryAfter = 1;
    if (!m_limiter.allow(limitKey, nowMs, &retryAfter)) {
        exchange->fail({429, u"RateLimited"_s, u"Too many requests for this session; retry later."_s,
                        QJsonObject{{u"retryAfterSeconds"_s, retryAfter}}},
                       {{"Retry-After", QByteArray::number(retryAfter)}});
        return false;
    }
    return true;
}

http::Reply OrchestratorServer::protocolError(const http::ProtocolError &error) const
{
    QString code;
    for (const QByteArray &word : http::reasonPhrase(error.status).split(' '))
        code += QString::fromLatin1(word.left(1).toUpper() + word.mid(1));
    if (error.status == 400)
        code = u"MalformedRequest"_s;
    const QJsonObject details =
        error.status == 413 ? QJsonObject{{u"limitBytes"_s, m_maxBodyBytes}} : QJsonObject{};
    const QString correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const OrchestratorError failure{error.status, code, error.message, details};
    http::Reply reply{error.status,
                      "application/json",
                      QJsonDocument(failure.toJson(correlationId)).toJson(QJsonDocument::Compact),
                      {}};
    reply.headers.append(qMakePair(QByteArray("X-Correlation-ID"), QByteArray(correlationId.toLatin1())));
    reply.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-store")));
    return reply;
}

} // namespace commercedesk::orchestrator
