// SPDX-License-Identifier: MIT
#pragma once

#include "api/JsonBody.h"
#include "api/ResponseRun.h"
#include "api/UpdateAction.h"

namespace commercedesk::api {

/// The update helper (api.yaml ConcurrentModificationError): POSTs `{version, actions}` to a resource path
/// and, on 409 ConcurrentModification,
/// - when the caller marked EVERY action safe to repeat: re-reads the resource (GET on the same path), takes
///   its current version and sends the same actions again — at most `maxConflictRetries` times, after which
///   the last 409 is returned;
/// - otherwise returns the 409 ApiError (with currentVersion) at once, so the caller can look at the new
///   state and decide.
/// The versioned POST is sent as idempotent (a replay after an unseen success only produces a 409), so the
/// transport may retry it after a transient failure. Internal class; callers use updateResource().
class ResourceUpdate final : public ResponseRun
{
    Q_OBJECT

public:
    ResourceUpdate(ApiJob *owner, Transport *transport, QString path, qint64 version,
                   QList<QJsonObject> actions, bool safeToRepeat, int maxConflictRetries, Done done);

    void begin() override;

private:
    void post(qint64 version);
    void reread();

    QString m_path;
    qint64 m_version;
    QList<QJsonObject> m_actions;
    bool m_safeToRepeat;
    int m_retriesLeft;
};

inline constexpr int kDefaultConflictRetries = 3;

/// Applies `actions` to the resource at `path` (e.g. "/carts/{id}", "/me/carts/{id}") at `version` and
/// decodes the updated resource with `decode` (a json:: decoder). See ResourceUpdate for the 409 policy.
template<class T, class Resource, class Decoder>
Job<T> *updateResource(Transport *transport, const QString &path, qint64 version,
                       const QList<UpdateAction<Resource>> &actions, Decoder decode,
                       int maxConflictRetries = kDefaultConflictRetries)
{
    return startRun<T, ResourceUpdate>(
        transport, [decode](const HttpResponse &response) { return decodeBody<T>(response, decode); },
        QString(path), qint64(version), wireActions(actions), allSafeToRepeat(actions),
        int(maxConflictRetries));
}

} // namespace commercedesk::api
