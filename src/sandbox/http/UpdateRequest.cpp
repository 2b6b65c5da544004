// SPDX-License-Identifier: MIT
#include "sandbox/http/UpdateRequest.h"

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

std::optional<UpdateRequest> UpdateRequest::read(const QJsonObject &body, const QJsonObject &stored,
                                                 HttpResponse *error)
{
    const QJsonValue version = body.value(u"version"_s);
    if (!version.isDouble() || version.toInteger(-1) < 0) {
        *error = missingValue(u"version"_s);
        return std::nullopt;
    }
    const qint64 current = stored.value(u"version"_s).toInteger();
    if (version.toInteger() != current) {
        *error = concurrentModification(stored.value(u"id"_s).toString(), version.toInteger(), current);
        return std::nullopt;
    }
    const QJsonValue actions = body.value(u"actions"_s);
    if (!actions.isArray()) {
        *error = missingValue(u"actions"_s);
        return std::nullopt;
    }
    return UpdateRequest(current, actions.toArray());
}

HttpResponse UpdateRequest::concurrentModification(const QString &id, qint64 expected, qint64 current)
{
    return HttpResponse::error(
        409, u"ConcurrentModification"_s,
        u"Object %1 has a different version than expected. Expected: %2 - Actual: %3."_s.arg(id)
            .arg(expected)
            .arg(current),
        QJsonObject{{u"currentVersion"_s, current}});
}

HttpResponse UpdateRequest::missingValue(const QString &field)
{
    const QString message = field % u": Missing required value"_s;
    return HttpResponse::error(400, u"InvalidJsonInput"_s, u"Request body does not contain valid JSON."_s,
                               QJsonObject{{u"detailedErrorMessage"_s, message}});
}

} // namespace commercedesk::sandbox
