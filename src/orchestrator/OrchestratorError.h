// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"

#include <QJsonObject>
#include <QString>

namespace commercedesk::orchestrator {

/// The orchestrator's one error shape (docs/orchestrator-api.yaml, `Error`):
/// `{"status":400,"code":"InvalidField","message":"…","correlationId":"…","details":{…}}`.
/// `code` is stable and machine-readable (the app's presenter maps it to words); `message` is English for
/// logs and developers; `details` names the field, the business unit, the current version, … and never
/// holds a secret.
struct OrchestratorError
{
    int status = 500;
    QString code;
    QString message;
    QJsonObject details;

    static OrchestratorError badRequest(QString code, QString message, QJsonObject details = {});
    static OrchestratorError invalidField(const QString &field, const QString &message);
    static OrchestratorError unauthorized(QString message);
    static OrchestratorError notFound(QString message);
    /// A commercetools (or transport) failure as the buyer should see it: permission and business-unit
    /// problems stay 403/404 with their code, a 409 keeps `currentVersion`, an upstream outage becomes
    /// 502/504.
    static OrchestratorError fromApi(const api::ApiError &error);

    QJsonObject toJson(const QString &correlationId) const;
};

} // namespace commercedesk::orchestrator
