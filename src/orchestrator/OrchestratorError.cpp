// SPDX-License-Identifier: MIT
#include "orchestrator/OrchestratorError.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace commercedesk::orchestrator {

OrchestratorError OrchestratorError::badRequest(QString code, QString message, QJsonObject details)
{
    return {400, std::move(code), std::move(message), std::move(details)};
}

OrchestratorError OrchestratorError::invalidField(const QString &field, const QString &message)
{
    return {400, u"InvalidField"_s, message, QJsonObject{{u"field"_s, field}}};
}

OrchestratorError OrchestratorError::unauthorized(QString message)
{
    return {401, u"InvalidSession"_s, std::move(message), {}};
}

OrchestratorError OrchestratorError::notFound(QString message)
{
    return {404, u"NotFound"_s, std::move(message), {}};
}

OrchestratorError OrchestratorError::fromApi(const api::ApiError &error)
{
    using Kind = api::ApiError::Kind;
    QJsonObject details;
    if (!error.correlationId.isEmpty())
        details.insert(u"upstreamCorrelationId"_s, error.correlationId);
    switch (error.kind) {
    case Kind::Timeout:
        return {504, u"UpstreamTimeout"_s, u"commercetools did not answer in time."_s, details};
    case Kind::Http:
        break;
    default:
        return {502, u"UpstreamUnavailable"_s, u"commercetools could not be reached or answered badly."_s,
                details};
    }
    for (auto it = error.details.begin(); it != error.details.end(); ++it) {
        const QJsonValue v = QJsonValue::fromVariant(it.value());
        if (v.isString() || v.isDouble() || v.isBool() || v.isObject() || v.isArray())
            details.insert(it.key(), v);
    }
    if (error.currentVersion)
        details.insert(u"currentVersion"_s, *error.currentVersion);
    const int status = error.httpStatus;
    if (error.code == u"AssociateMissingPermission"_s) {
        return {403, error.code, u"Your role in this business unit does not allow this: "_s % error.message,
                details};
    }
    if (status == 401 || error.code == u"insufficient_scope"_s) {
        // The orchestrator's own client was refused: a deployment problem, not the buyer's.
        return {502, u"UpstreamRefused"_s, u"commercetools refused the orchestrator's API client."_s,
                details};
    }
    if (status == 400 || status == 403 || status == 404 || status == 409)
        return {status, error.code.isEmpty() ? u"InvalidInput"_s : error.code, error.message, details};
    return {502, u"UpstreamUnavailable"_s, u"commercetools answered HTTP %1."_s.arg(status), details};
}

QJsonObject OrchestratorError::toJson(const QString &correlationId) const
{
    QJsonObject body{{u"status"_s, status},
                     {u"code"_s, code},
                     {u"message"_s, message},
                     {u"correlationId"_s, correlationId}};
    if (!details.isEmpty())
        body.insert(u"details"_s, details);
    return body;
}

} // namespace commercedesk::orchestrator
