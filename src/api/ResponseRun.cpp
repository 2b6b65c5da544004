// SPDX-License-Identifier: MIT
#include "api/ResponseRun.h"

#include "api/Transport.h"

namespace commercedesk::api {

ResponseRun::ResponseRun(ApiJob *owner, Transport *transport, Done done)
    : QObject(owner)
    , m_transport(transport)
    , m_done(std::move(done))
{}

ResponseRun::~ResponseRun() = default;

void ResponseRun::abort()
{
    m_done = {};
    if (m_inFlight)
        m_inFlight->cancel();
}

void ResponseRun::send(HttpRequest request, Step step)
{
    auto *job = m_transport->send<HttpResponse>(
        std::move(request), [](const HttpResponse &response) { return Result<HttpResponse>(response); });
    m_inFlight = job;
    job->onFinished(this, [this, step = std::move(step)](const Result<HttpResponse> &outcome) {
        m_inFlight.clear();
        if (m_done)
            step(outcome);
    });
}

void ResponseRun::finish(const Result<HttpResponse> &outcome)
{
    if (auto done = std::exchange(m_done, {}))
        done(outcome);
}

} // namespace commercedesk::api
