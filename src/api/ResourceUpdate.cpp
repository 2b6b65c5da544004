// SPDX-License-Identifier: MIT
#include "api/ResourceUpdate.h"

#include "api/Logging.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace commercedesk::api {

ResourceUpdate::ResourceUpdate(ApiJob *owner, Transport *transport, QString path, qint64 version,
                               QList<QJsonObject> actions, bool safeToRepeat, int maxConflictRetries,
                               Done done)
    : ResponseRun(owner, transport, std::move(done))
    , m_path(std::move(path))
    , m_version(version)
    , m_actions(std::move(actions))
    , m_safeToRepeat(safeToRepeat)
    , m_retriesLeft(maxConflictRetries)
{}

void ResourceUpdate::begin()
{
    post(m_version);
}

void ResourceUpdate::post(qint64 version)
{
    send(HttpRequest::post(m_path, encodeUpdateBody(version, m_actions), true),
         [this](const Result<HttpResponse> &outcome) {
             if (outcome.ok() || !outcome.error().isConcurrentModification() || !m_safeToRepeat ||
                 m_retriesLeft <= 0) {
                 finish(outcome);
                 return;
             }
             --m_retriesLeft;
             qCInfo(lcHttp).noquote() << "re-applying" << m_actions.size() << "update actions on" << m_path
                                      << "after a concurrent modification";
             reread();
         });
}

void ResourceUpdate::reread()
{
    send(HttpRequest::get(m_path), [this](const Result<HttpResponse> &outcome) {
        if (!outcome.ok()) {
            finish(outcome);
            return;
        }
        const Result<QJsonValue> parsed = parseJsonBody(outcome.value());
        if (!parsed.ok()) {
            finish(parsed.error());
            return;
        }
        const QJsonValue version = parsed.value().toObject().value("version"_L1);
        if (!version.isDouble()) {
            json::JsonError problem{u"version"_s, u"expected integer"_s};
            finish(unexpectedShape(outcome.value(), problem));
            return;
        }
        post(version.toInteger());
    });
}

} // namespace commercedesk::api
