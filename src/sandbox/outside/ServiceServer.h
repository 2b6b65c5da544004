// SPDX-License-Identifier: MIT
#pragma once

#include "http/Server.h"
#include "sandbox/faults/FaultGate.h"
#include "sandbox/http/DeferredReply.h"
#include "sandbox/http/Router.h"

#include <QHostAddress>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpServer;

namespace commercedesk::sandbox {

class FaultInjector;

// A small JSON-over-HTTP service on one listener (the outside systems: tax, gateway, OMS).
// Routing reuses sandbox/http/Router; unlike the sandbox HttpServer it has no auth, no database
// transactions and may answer later (asyncRoute + DeferredReply).
// Faults: a FaultGate (faults/FaultGate.h) stands before the routes with the service's name, as before
// the sandbox's own API: /_fault (loopback only; 403 forbidden otherwise), and what the FaultInjector
// decides — an error rule answers 4xx/5xx `injected_fault`, an outage 503 `service_unavailable`,
// garbage a 200 `{"actions": [ <<injected garbage>>`; both reach the fault observer.
// Error bodies carry both shapes: {"error":{"code","message",…},"statusCode","message","errors":[…]}
// so gateway-style and commercetools-style clients both find their fields; so are the refusals of the HTTP
// front it stands on (http::Server: body over MaxBodyBytes by its Content-Length → 413 before the body is
// read, head over 16 KiB, slow clients, …; code = the reason phrase in snake case, e.g. payload_too_large).
// Threading: lives in, and serves from, the thread that created it.
class ServiceServer final : public http::Server
{
    Q_OBJECT

public:
    static constexpr qint64 MaxBodyBytes = 1024 * 1024;
    using AsyncHandler = std::function<void(RequestContext &, const DeferredReply &)>;

    // `faults` may be null (no fault injection).
    ServiceServer(QString serviceName, std::shared_ptr<FaultInjector> faults, QObject *parent = nullptr);

    // Register before listen(). `json`: the body must be a JSON object (400 invalid_json otherwise).
    void route(HttpMethod method, const QString &pattern, RouteHandler handler, bool json = false);
    void asyncRoute(HttpMethod method, const QString &pattern, AsyncHandler handler, bool json = false);

    // Listens on address:port (0 = any). False + *error on failure.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_port; }
    // http://127.0.0.1:PORT (valid after listen()).
    QUrl url() const;
    const QString &serviceName() const { return m_service; }
    // Called (on this thread) for each request that an injected fault answered with an error status
    // or an outage 503, before the answer is written — e.g. so the OMS can log failed deliveries.
    void setFaultObserver(std::function<void(const RequestContext &, int status)> observer)
    {
        m_faultObserver = std::move(observer);
    }

    // {"error":{"code","message",…extra},"statusCode","message","errors":[{"code","message",…extra}]}
    static HttpResponse error(int status, const QString &code, const QString &message,
                              const QJsonObject &extra = {});

protected:
    void serve(http::Request request, const http::Responder &responder) override;
    http::Reply protocolError(const http::ProtocolError &error) const override;

private:
    FaultGate::Answers faultAnswers();
    void process(RequestContext &ctx, const DeferredReply &reply);

    QString m_service;
    Router m_router;
    std::function<void(const RequestContext &, int status)> m_faultObserver;
    FaultGate m_gate;                 // after m_service: built from it
    DeferredReply m_current;          // the reply of the request being dispatched (for async routes)
    QTcpServer *m_listener = nullptr; // child
    quint16 m_port = 0;
    QHostAddress m_address;
};

} // namespace commercedesk::sandbox
