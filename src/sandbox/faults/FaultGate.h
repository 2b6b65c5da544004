// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/http/DeferredReply.h"
#include "sandbox/http/HttpResponse.h"
#include "sandbox/http/RequestContext.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

class QObject;

namespace commercedesk::sandbox {

class FaultInjector;

// Puts a FaultInjector in front of one server's routes — the sandbox API (service "api") or an
// outside service ("tax", "gateway", "oms", "numbers", …) — so both apply faults the same way:
//  - `/_fault` is the admin endpoint (FaultAdmin; see FaultInjector.h for its contract): answered to
//    loopback peers only (others get 403 `Answers::loopbackOnlyCode`) and never faulted;
//  - every other request asks the injector with the gate's service, its path (less
//    `Answers::pathPrefix`) and its method: an outage answers `Answers::outage` at once, a timeout
//    never answers (the connection stays open until the client gives up); otherwise, after the summed
//    latency and from the event loop (never inside the socket's read handler), a reset drops the
//    connection, an error rule answers `Answers::injected`, a garbage rule a 200 with `Answers::garbage`
//    (declared JSON, not JSON), and a request with latency only runs normally;
//  - `Answers::observer` (may be empty) hears every injected error status and every outage 503.
// Threading: use it on the thread of the server it guards; the injector itself is thread-safe.
class FaultGate
{
public:
    // How the guarded server answers, each in the server's own error shape.
    struct Answers
    {
        QString service;
        QString pathPrefix;
        std::function<HttpResponse(int status, const QString &code, const QString &message)> error;
        QString loopbackOnlyCode;
        HttpResponse outage;
        std::function<HttpResponse(const RequestContext &ctx, int status)> injected;
        QByteArray garbage;
        std::function<void(const RequestContext &ctx, int status)> observer;
    };
    // Runs one request normally and answers it through the reply (now or later).
    using Run = std::function<void(RequestContext &ctx, const DeferredReply &reply)>;

    // `faults` may be null: then `/_fault` answers 404 and nothing is faulted.
    FaultGate(std::shared_ptr<FaultInjector> faults, Answers answers);

    // True when the gate took the request (answered now, later through `reply`, or never); false when
    // no fault applies and the caller runs it. Delayed work is bound to `context` (the server) and runs
    // `run` when only latency applied.
    bool intercept(const RequestContext &ctx, const DeferredReply &reply, QObject *context,
                   const Run &run) const;

    const std::shared_ptr<FaultInjector> &faults() const { return m_faults; }

private:
    std::shared_ptr<FaultInjector> m_faults;
    Answers m_answers;
};

} // namespace commercedesk::sandbox
