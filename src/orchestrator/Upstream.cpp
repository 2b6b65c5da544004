// SPDX-License-Identifier: MIT
#include "orchestrator/Upstream.h"

#include "api/HttpRequest.h"
#include "api/Transport.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace commercedesk::orchestrator {

namespace {

api::Result<QJsonObject> decodeObject(const api::HttpResponse &response)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        api::ApiError error;
        error.kind = api::ApiError::Kind::MalformedJson;
        error.httpStatus = response.status;
        error.message = u"commercetools answered with something that is not a JSON object."_s;
        error.correlationId = response.correlationId;
        return error;
    }
    return doc.object();
}

} // namespace

Upstream::Upstream(api::Transport *transport)
    : m_transport(transport)
{}

const QString &Upstream::projectKey() const
{
    return m_transport->config().projectKey;
}

void Upstream::get(const QString &path, const QUrlQuery &query, QObject *context, Handler handler)
{
    auto *job = m_transport->send<QJsonObject>(api::HttpRequest::get(path, query), decodeObject);
    job->onFinished(context, std::move(handler));
}

void Upstream::post(const QString &path, const QJsonObject &body, bool idempotent, QObject *context,
                    Handler handler)
{
    auto *job = m_transport->send<QJsonObject>(
        api::HttpRequest::post(path, QJsonDocument(body).toJson(QJsonDocument::Compact), idempotent),
        decodeObject);
    job->onFinished(context, std::move(handler));
}

} // namespace commercedesk::orchestrator
