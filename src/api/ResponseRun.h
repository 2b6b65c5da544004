// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/HttpRequest.h"
#include "api/Result.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace commercedesk::api {

class Transport;

/// Base of the multi-request flows (conflict retry, idempotent order creation): one outer job, several
/// transport requests one after another, one outcome. Internal to src/api.
///
/// Lives as a child of the outer job, so it dies with it; at most one request is in flight; abort() (wired
/// to the outer job's cancel) cancels it and guarantees `done` is never called. `done` is called at most
/// once with the final raw 2xx response or the error.
class ResponseRun : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Result<HttpResponse> &)>;

    ResponseRun(ApiJob *owner, Transport *transport, Done done);
    ~ResponseRun() override;

    virtual void begin() = 0;
    void abort();

protected:
    using Step = std::function<void(const Result<HttpResponse> &)>;
    /// Sends `request` through the transport (its retry and token policy apply) and hands any outcome —
    /// a 2xx response or an ApiError — to `step`, unless the run was aborted.
    void send(HttpRequest request, Step step);
    void finish(const Result<HttpResponse> &outcome);
    Transport *transport() const { return m_transport; }

private:
    Transport *m_transport;
    Done m_done;
    QPointer<ApiJob> m_inFlight;
};

/// Starts a `Run` (a ResponseRun subclass constructed as Run(owner, transport, args..., done)) under a new
/// Job<T>, whose outcome is `decode` applied to the run's final response.
template<class T, class Run, class... Args>
Job<T> *startRun(Transport *transport, std::function<Result<T>(const HttpResponse &)> decode, Args &&...args)
{
    auto *job = new Job<T>();
    auto *run =
        new Run(job, transport, std::forward<Args>(args)...,
                [job, decode = std::move(decode)](const Result<HttpResponse> &outcome) {
                    job->complete(outcome.ok() ? decode(outcome.value()) : Result<T>(outcome.error()));
                });
    job->setAbortHandler([run] { run->abort(); });
    run->begin();
    return job;
}

} // namespace commercedesk::api
