// SPDX-License-Identifier: MIT
#pragma once

#include "api/Result.h"

#include <QJsonObject>
#include <QObject>
#include <QUrlQuery>

#include <functional>

namespace commercedesk::api {
class Transport;
}

namespace commercedesk::orchestrator {

/// commercetools as the orchestrator sees it: JSON in, JSON out, through the client library's Transport
/// (token, retries of idempotent requests, correlation ids, timeouts — docs/architecture.md rule 4). The
/// orchestrator passes commercetools' resource shapes through to the app, so it reads and writes JSON
/// objects rather than the client's typed values. Handlers run once, in `context`'s thread, unless
/// `context` is gone. `transport` must outlive this object.
class Upstream
{
public:
    using Handler = std::function<void(const api::Result<QJsonObject> &)>;

    explicit Upstream(api::Transport *transport);

    const QString &projectKey() const;
    void get(const QString &path, const QUrlQuery &query, QObject *context, Handler handler);
    /// A POST; `idempotent` lets the transport retry it after a transient failure (updates with a version
    /// are: a replay fails with 409 instead of applying twice).
    void post(const QString &path, const QJsonObject &body, bool idempotent, QObject *context,
              Handler handler);

private:
    api::Transport *m_transport;
};

} // namespace commercedesk::orchestrator
