// SPDX-License-Identifier: MIT
#include "orchestrator/OrchestratorServer.h"

#include "orchestrator/Exchange.h"
#include "orchestrator/OrchestratorLogging.h"
#include "orchestrator/RevocationList.h"
#include "orchestrator/SessionTokenCodec.h"

#include <QHttpServerRequest>
#include <QJsonParseError>
#include <QTcpSocket>
#include <QUuid>

#include <exception>

using namespace Qt::StringLiterals;

namespace commercedesk::orchestrator {

namespace {

QByteArray methodName(const QHttpServerRequest &request)
{
    using M = QHttpServerRequest::Method;
    switch (request.method()) {
    case M::Get:
        return "GET";
    case M::Head:
        return "HEAD";
    case M::Post:
        return "POST";
    case M::Put:
        return "PUT";
    case M::Delete:
        return "DELETE";
    case M::Patch:
        return "PATCH";
    case M::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

QString correlationIdFor(const QHttpServerRequest &request)
{
    const QByteArray given = request.value("X-Correlation-ID").trimmed();
    bool printable = !given.isEmpty() && given.size() <= 128;
    for (char c : given)
        printable = printable && c >= 0x21 && c <= 0x7e;
    return printable ? QString::fromLatin1(given) : QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

OrchestratorServer::OrchestratorServer(const RouteTable &routes, const SessionTokenCodec &tokens,
                                       const RevocationList &revocations, qint64 maxBodyBytes,
                                       int requestsPerMinute, Clock clock, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_routes(routes)
    , m_tokens(tokens)
    , m_revocations(revocations)
    , m_maxBodyBytes(maxBodyBytes)
    , m_limiter(requestsPerMinute)
    , m_clock(std::move(clock))
{}

bool OrchestratorServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const bool close = request.value("Connection").trimmed().toLower() == "close";
    auto *exchange = new Exchange(socket, methodName(request), request.url().path(QUrl::FullyDecoded),
                                  request.query(), request.body(), correlationIdFor(request), close, this);
    exchange->setAuthorization(request.value("Authorization"));
    if (exchange->body().size() > m_maxBodyBytes) {
        exchange->fail({413, u"PayloadTooLarge"_s,
                        u"The request body exceeds the limit of %1 bytes."_s.arg(m_maxBodyBytes),
                        QJsonObject{{u"limitBytes"_s, m_maxBodyBytes}}});
        return true;
    }
    const RouteTable::Match match = m_routes.match(exchange->method(), exchange->path());
    if (!match.route) {
        if (match.pathKnown)
            exchange->fail({405, u"MethodNotAllowed"_s, u"This path does not accept that method."_s, {}});
        else
            exchange->fail({404, u"RouteNotFound"_s, u"There is no such orchestrator endpoint."_s, {}});
        return true;
    }
    exchange->setRoute(match.route->pattern);
    exchange->setParams(match.params);
    if (!admit(*match.route, socket, exchange))
        return true;
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
            return true;
        }
        exchange->setJson(doc.object());
    }
    try {
        match.route->handler(exchange);
    } catch (const std::exception &) {
        exchange->fail({500, u"InternalError"_s, u"The orchestrator failed on this request."_s, {}});
    }
    return true;
}

bool OrchestratorServer::admit(const RouteTable::Route &route, QTcpSocket *socket, Exchange *exchange)
{
    const qint64 nowMs = m_clock();
    QString limitKey = u"peer:"_s % (socket ? socket->peerAddress().toString() : QString());
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

void OrchestratorServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached: handleRequest() answers every request.
    auto *exchange = new Exchange(socket, methodName(request), request.url().path(), {}, {},
                                  correlationIdFor(request), true, this);
    exchange->fail({404, u"RouteNotFound"_s, u"There is no such orchestrator endpoint."_s, {}});
}

} // namespace commercedesk::orchestrator
