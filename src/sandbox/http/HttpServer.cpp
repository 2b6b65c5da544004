// SPDX-License-Identifier: MIT
#include "sandbox/http/HttpServer.h"

#include "sandbox/http/ContractRecorder.h"
#include "sandbox/http/ReadWorkers.h"
#include "sandbox/http/RequestIdentity.h"
#include "sandbox/storage/Database.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUuid>

#include <exception>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

Q_LOGGING_CATEGORY(lcHttp, "commercedesk.sandbox.http", QtInfoMsg)

QString baseUrlFor(const http::Request &request)
{
    static const QRegularExpression hostPattern(
        u"^[A-Za-z0-9.\\-]+(:[0-9]{1,5})?$|^\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?$"_s);
    const QString host = QString::fromLatin1(request.header("Host"));
    if (hostPattern.match(host).hasMatch())
        return u"http://"_s % host;
    QString addr = request.localAddress.toString();
    if (request.localAddress.protocol() == QAbstractSocket::IPv6Protocol)
        addr = u'[' % addr % u']';
    return u"http://"_s % addr % u':' % QString::number(request.localPort);
}

bool isFormContent(const QByteArray &contentType)
{
    return contentType.trimmed().toLower().startsWith("application/x-www-form-urlencoded");
}

} // namespace

http::Limits HttpServer::apiLimits()
{
    http::Limits limits;
    limits.maxBodyBytes = MaxBodyBytes;
    // api.yaml documents 8192 characters for a URL; the head admits more so that a long `where` still
    // reaches the predicate limits and gets their 400 InvalidInput with the reason (issue 22).
    limits.maxHeaderBytes = 64 * 1024;
    return limits;
}

HttpServer::HttpServer(const Router &router, Authenticator authenticator, Database *database, QObject *parent)
    : http::Server(parent)
    , m_router(router)
    , m_authenticator(std::move(authenticator))
    , m_database(database)
{
    setLimits(apiLimits());
}

HttpServer::~HttpServer()
{
    // First, while the routes and the database are whole: queued reads never start, running ones finish
    // (their answers are dropped with the workers).
    delete m_readWorkers;
}

void HttpServer::setReadWorkers(int count)
{
    if (count <= 0 || m_readWorkers)
        return;
    m_readWorkers = new ReadWorkers(count, this);
}

void HttpServer::serve(http::Request request, const http::Responder &responder)
{
    QElapsedTimer timer;
    timer.start();
    RequestContext ctx;
    ctx.correlationId = correlationIdFor(request);
    readRequest(request, ctx);
    const DeferredReply reply(responder, ctx.correlationId);
    if (m_frontGate && m_frontGate(ctx, reply))
        return;
    const Resolution resolution = resolve(ctx);
    if (resolution.route && resolution.route->options.concurrentRead && m_readWorkers) {
        runConcurrently(*resolution.route, std::move(ctx), reply);
        return;
    }
    const HttpResponse response = resolution.route ? invoke(*resolution.route, ctx) : resolution.refusal;
    finish(ctx, response, reply, timer.elapsed());
}

void HttpServer::runConcurrently(const Router::Route &route, RequestContext ctx, const DeferredReply &reply)
{
    auto request = std::make_shared<RequestContext>(std::move(ctx));
    QElapsedTimer timer;
    timer.start();
    const Router::Route *target = &route; // the Router outlives this server, and so its routes
    // The worker gets the route and the request, nothing else; the reply stays on this thread.
    m_readWorkers->run(
        [target, request] {
            try {
                return target->handler(*request);
            } catch (const std::exception &e) {
                qCWarning(lcHttp) << "handler failed:" << e.what();
                return HttpResponse::error(500, u"General"_s, u"Internal error in the sandbox."_s);
            }
        },
        [this, request, reply, timer](const HttpResponse &response) {
            finish(*request, response, reply, timer.elapsed());
        });
}

void HttpServer::finish(const RequestContext &ctx, const HttpResponse &response, const DeferredReply &reply,
                        qint64 elapsedMs)
{
    ContractRecorder::record(m_router, ctx, response); // contract log (tests/contract); no-op unless enabled
    reply.send(response);
    qCDebug(lcHttp).noquote() << methodName(ctx.method) << ctx.path << response.status << elapsedMs << "ms"
                              << ctx.correlationId;
}

http::Reply HttpServer::protocolError(const http::ProtocolError &error) const
{
    const HttpResponse response = HttpResponse::error(
        error.status, error.status >= 500 ? u"General"_s : u"InvalidInput"_s, error.message);
    return DeferredReply::toReply(response, QUuid::createUuid().toString(QUuid::WithoutBraces));
}

void HttpServer::readRequest(http::Request &request, RequestContext &ctx)
{
    ctx.method = methodOf(request);
    ctx.path = request.decodedPath();
    ctx.baseUrl = baseUrlFor(request);
    ctx.loopbackPeer = request.peerAddress.isLoopback();
    ctx.query = parseFormEncoded(request.query);
    ctx.headers = std::move(request.headers);
    ctx.body = std::move(request.body);
}

HttpResponse HttpServer::dispatch(RequestContext &ctx)
{
    const Resolution resolution = resolve(ctx);
    return resolution.route ? invoke(*resolution.route, ctx) : resolution.refusal;
}

HttpServer::Resolution HttpServer::resolve(RequestContext &ctx)
{
    const auto refuse = [](HttpResponse response) { return Resolution{nullptr, std::move(response)}; };
    if (ctx.body.size() > MaxBodyBytes) {
        return refuse(HttpResponse::error(
            413, u"InvalidInput"_s, u"The request body exceeds the limit of %1 bytes."_s.arg(MaxBodyBytes)));
    }
    const Router::Match match = m_router.match(ctx.method, ctx.path);
    if (match.kind == Router::Match::Kind::NotFound)
        return refuse(HttpResponse::notFound(u"The resource '%1' was not found."_s.arg(ctx.path)));
    if (match.kind == Router::Match::Kind::MethodNotAllowed) {
        QStringList names;
        for (HttpMethod m : match.allowed)
            names.append(methodName(m));
        HttpResponse r = HttpResponse::error(405, u"MethodNotAllowed"_s,
                                             u"Method %1 is not allowed on '%2'. Allowed: %3."_s.arg(
                                                 methodName(ctx.method), ctx.path, names.join(u", "_s)));
        r.addHeader("Allow", names.join(u", "_s).toLatin1());
        return refuse(std::move(r));
    }
    ctx.pathParams = match.params;
    const RouteOptions &options = match.route->options;
    if (auto failure = prepareBody(options, ctx))
        return refuse(std::move(*failure));
    if (auto failure = authorize(options, ctx))
        return refuse(std::move(*failure));
    if (!m_projectKey.isEmpty() && ctx.pathParams.contains(u"projectKey"_s) &&
        ctx.projectKey() != m_projectKey)
        return refuse(HttpResponse::notFound(u"The project '%1' was not found."_s.arg(ctx.projectKey())));
    return Resolution{match.route, {}};
}

std::optional<HttpResponse> HttpServer::prepareBody(const RouteOptions &options, RequestContext &ctx) const
{
    if (options.body == RouteOptions::Body::Form) {
        if (!ctx.body.isEmpty() && isFormContent(ctx.header("Content-Type"))) {
            ctx.form = parseFormEncoded(ctx.body);
            ctx.query.append(ctx.form);
        }
        return std::nullopt;
    }
    if (options.body != RouteOptions::Body::Json)
        return std::nullopt;
    QJsonParseError error{};
    ctx.json = QJsonDocument::fromJson(ctx.body, &error);
    if (error.error == QJsonParseError::NoError && ctx.json.isObject())
        return std::nullopt;
    const QString detail = ctx.body.trimmed().isEmpty()
                               ? u"The request body is empty; a JSON object is expected."_s
                           : error.error != QJsonParseError::NoError
                               ? u"%1 at offset %2."_s.arg(error.errorString()).arg(error.offset)
                               : u"A JSON object is expected."_s;
    return HttpResponse::error(400, u"InvalidJsonInput"_s, u"Request body does not contain valid JSON."_s,
                               QJsonObject{{u"detailedErrorMessage"_s, detail}});
}

std::optional<HttpResponse> HttpServer::authorize(const RouteOptions &options, RequestContext &ctx) const
{
    if (!options.requiresToken)
        return std::nullopt;
    const QByteArray auth = ctx.header("Authorization").trimmed();
    const QByteArray prefix = "bearer ";
    std::optional<Principal> principal;
    if (auth.size() > prefix.size() && auth.left(prefix.size()).toLower() == prefix && m_authenticator)
        principal = m_authenticator(QString::fromLatin1(auth.mid(prefix.size()).trimmed()));
    if (!principal)
        return HttpResponse::authError(401, u"invalid_token"_s, u"invalid_token"_s);
    ctx.principal = principal;
    if (!options.anyScope.isEmpty() && !principal->hasAnyScope(options.anyScope, ctx.projectKey())) {
        QStringList wanted;
        for (const QString &s : options.anyScope)
            wanted.append(s % u':' % ctx.projectKey());
        return HttpResponse::insufficientScope(
            u"Insufficient scope. One of the following scopes is missing: %1"_s.arg(wanted.join(u", "_s)));
    }
    return std::nullopt;
}

HttpResponse HttpServer::invoke(const Router::Route &route, RequestContext &ctx)
{
    const bool transactional = route.options.writes && m_database;
    if (transactional && !m_database->begin())
        return HttpResponse::error(503, u"General"_s, u"The sandbox database is busy."_s);
    HttpResponse response;
    try {
        response = route.handler(ctx);
    } catch (const std::exception &e) {
        qCWarning(lcHttp) << "handler failed:" << e.what();
        response = HttpResponse::error(500, u"General"_s, u"Internal error in the sandbox."_s);
    }
    if (transactional) {
        if (response.isSuccess()) {
            if (!m_database->commit())
                response = HttpResponse::error(500, u"General"_s, u"Could not store the change."_s);
        } else {
            m_database->rollback();
        }
    }
    return response;
}

} // namespace commercedesk::sandbox
