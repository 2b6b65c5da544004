// SPDX-License-Identifier: MIT
#include "sandbox/outside/ServiceServer.h"

#include "sandbox/http/RequestIdentity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTimer>
#include <QUuid>

#include <exception>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

Q_LOGGING_CATEGORY(lcService, "commercedesk.sandbox.outside", QtInfoMsg)

// What a "garbage" fault answers: declared JSON, but not JSON.
const QByteArray GarbageBody = "{\"actions\": [ <<injected garbage>>";

} // namespace

FaultGate::Answers ServiceServer::faultAnswers()
{
    FaultGate::Answers a;
    a.service = m_service;
    a.error = [](int status, const QString &code, const QString &message) {
        return error(status, code, message);
    };
    a.loopbackOnlyCode = u"forbidden"_s;
    a.outage = error(503, u"service_unavailable"_s, u"The %1 service is down (outage)."_s.arg(m_service));
    a.injected = [service = m_service](const RequestContext &, int status) {
        return error(status, u"injected_fault"_s,
                     u"Injected fault: %1 answers %2."_s.arg(service).arg(status));
    };
    a.garbage = GarbageBody;
    a.observer = [this](const RequestContext &ctx, int status) {
        if (m_faultObserver)
            m_faultObserver(ctx, status);
    };
    return a;
}

ServiceServer::ServiceServer(QString serviceName, std::shared_ptr<FaultInjector> faults, QObject *parent)
    : http::Server(parent)
    , m_service(std::move(serviceName))
    , m_gate(std::move(faults), faultAnswers())
{
    http::Limits limits;
    limits.maxBodyBytes = MaxBodyBytes;
    setLimits(limits);
}

void ServiceServer::route(HttpMethod method, const QString &pattern, RouteHandler handler, bool json)
{
    RouteOptions options;
    options.body = json ? RouteOptions::Body::Json : RouteOptions::Body::None;
    m_router.add(method, pattern, std::move(handler), options);
}

void ServiceServer::asyncRoute(HttpMethod method, const QString &pattern, AsyncHandler handler, bool json)
{
    route(
        method, pattern,
        [this, handler = std::move(handler)](RequestContext &ctx) {
            handler(ctx, m_current);
            HttpResponse deferred;
            deferred.status = 0; // answered through the DeferredReply
            return deferred;
        },
        json);
}

bool ServiceServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_listener)
        return true;
    m_listener = new QTcpServer(this);
    if (!m_listener->listen(address, port)) {
        if (error) {
            *error = u"%1: cannot listen on %2:%3: %4"_s.arg(m_service, address.toString())
                         .arg(port)
                         .arg(m_listener->errorString());
        }
        delete m_listener;
        m_listener = nullptr;
        return false;
    }
    bind(m_listener);
    m_port = m_listener->serverPort();
    m_address = address;
    return true;
}

QUrl ServiceServer::url() const
{
    QString host = m_address.toString();
    if (m_address.isNull() || m_address == QHostAddress::Any || m_address == QHostAddress::AnyIPv4)
        host = u"127.0.0.1"_s;
    else if (m_address.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' % host % u']';
    return QUrl(u"http://"_s % host % u':' % QString::number(m_port));
}

HttpResponse ServiceServer::error(int status, const QString &code, const QString &message,
                                  const QJsonObject &extra)
{
    QJsonObject err{{u"code"_s, code}, {u"message"_s, message}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        err.insert(it.key(), it.value());
    return HttpResponse::json(QJsonObject{{u"error"_s, err},
                                          {u"statusCode"_s, status},
                                          {u"message"_s, message},
                                          {u"errors"_s, QJsonArray{err}}},
                              status);
}

void ServiceServer::serve(http::Request request, const http::Responder &responder)
{
    RequestContext ctx;
    ctx.correlationId = correlationIdFor(request);
    ctx.method = methodOf(request);
    ctx.path = request.decodedPath();
    ctx.query = parseFormEncoded(request.query);
    ctx.baseUrl = url().toString();
    ctx.loopbackPeer = request.peerAddress.isLoopback();
    ctx.headers = std::move(request.headers);
    ctx.body = std::move(request.body);
    const DeferredReply reply(responder, ctx.correlationId);
    const auto run = [this](RequestContext &c, const DeferredReply &r) { process(c, r); };
    if (m_gate.intercept(ctx, reply, this, run))
        return;
    // Run from the event loop, never from inside the socket's read handler.
    QTimer::singleShot(0, this, [this, ctx, reply]() mutable {
        if (reply.isPending())
            process(ctx, reply);
    });
}

http::Reply ServiceServer::protocolError(const http::ProtocolError &failure) const
{
    const QString code =
        QString::fromLatin1(http::reasonPhrase(failure.status)).toLower().replace(u' ', u'_');
    return DeferredReply::toReply(error(failure.status, code, failure.message),
                                  QUuid::createUuid().toString(QUuid::WithoutBraces));
}

void ServiceServer::process(RequestContext &ctx, const DeferredReply &reply)
{
    if (ctx.body.size() > MaxBodyBytes) {
        reply.send(error(413, u"too_large"_s, u"The request body is too large."_s));
        return;
    }
    const Router::Match match = m_router.match(ctx.method, ctx.path);
    if (match.kind == Router::Match::Kind::NotFound) {
        reply.send(error(404, u"not_found"_s, u"No route for '%1'."_s.arg(ctx.path)));
        return;
    }
    if (match.kind == Router::Match::Kind::MethodNotAllowed) {
        reply.send(error(405, u"method_not_allowed"_s, u"Method not allowed on '%1'."_s.arg(ctx.path)));
        return;
    }
    ctx.pathParams = match.params;
    if (match.route->options.body == RouteOptions::Body::Json) {
        QJsonParseError parseError{};
        ctx.json = QJsonDocument::fromJson(ctx.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !ctx.json.isObject()) {
            reply.send(error(400, u"invalid_json"_s, u"The request body must be a JSON object."_s));
            return;
        }
    }
    m_current = reply;
    HttpResponse response;
    try {
        response = match.route->handler(ctx);
    } catch (const std::exception &e) {
        qCWarning(lcService) << m_service << "handler failed:" << e.what();
        response = error(500, u"internal_error"_s, u"Internal error."_s);
    }
    m_current = DeferredReply();
    if (response.status != 0)
        reply.send(response);
}

} // namespace commercedesk::sandbox
