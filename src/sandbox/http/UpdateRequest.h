// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/http/HttpResponse.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace commercedesk::sandbox {

// The prologue every update endpoint shares: a body {"version", "actions"} against the stored
// resource, checked in this order —
//  - `version` absent or not a non-negative number → 400 InvalidJsonInput with detailedErrorMessage
//    "version: Missing required value";
//  - `version` differs from the stored one → 409 ConcurrentModification {currentVersion};
//  - `actions` not an array → 400 InvalidJsonInput "actions: Missing required value".
// The actions themselves (names, fields) are the resource's business. A value type.
class UpdateRequest
{
public:
    // nullopt + *error when the prologue refuses the body.
    static std::optional<UpdateRequest> read(const QJsonObject &body, const QJsonObject &stored,
                                             HttpResponse *error);

    // 409 ConcurrentModification "Object <id> has a different version than expected…" {currentVersion}.
    static HttpResponse concurrentModification(const QString &id, qint64 expected, qint64 current);
    // 400 InvalidJsonInput "<field>: Missing required value" (what the platform says for a missing field).
    static HttpResponse missingValue(const QString &field);

    // The stored version, which the body matched; the update writes version() + 1.
    qint64 version() const { return m_version; }
    const QJsonArray &actions() const { return m_actions; }

private:
    UpdateRequest(qint64 version, QJsonArray actions)
        : m_version(version)
        , m_actions(std::move(actions))
    {}

    qint64 m_version = 0;
    QJsonArray m_actions;
};

} // namespace commercedesk::sandbox
