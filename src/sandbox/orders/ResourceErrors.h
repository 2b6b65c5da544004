// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/http/HttpResponse.h"

#include <QJsonArray>
#include <QString>

#include <optional>

namespace commercedesk::sandbox {

// The commercetools error responses the orders area answers with (api.yaml ErrorResponse), so
// every endpoint words them the same way. Stateless.
class ResourceErrors
{
public:
    // 409 ConcurrentModification with currentVersion.
    static HttpResponse concurrentModification(const QString &id, qint64 expected, qint64 current);
    // 400 InvalidJsonInput "<field>: Missing required value" (what the platform says for drafts).
    static HttpResponse missingValue(const QString &field);
    // 400 RequiredField {field}.
    static HttpResponse requiredField(const QString &field);
    // 400 InvalidField {field, invalidValue, allowedValues?}.
    static HttpResponse invalidField(const QString &field, const QJsonValue &value,
                                     const QStringList &allowedValues = {});
    // 400 DuplicateField {field, duplicateValue}.
    static HttpResponse duplicateField(const QString &field, const QJsonValue &value);
    // 400 InvalidOperation.
    static HttpResponse invalidOperation(const QString &message);
    // 400 ReferencedResourceNotFound {typeId, id? | key?}.
    static HttpResponse referencedNotFound(const QString &typeId, const QString &id, const QString &key = {});
    // 404 ResourceNotFound "The Resource with ID '<id>' was not found." (or key).
    static HttpResponse notFound(const QString &what, const QString &value);
    // nullopt when `value` is one of `allowed`; else 400 InvalidField with allowedValues.
    static std::optional<HttpResponse> checkEnum(const QString &field, const QJsonValue &value,
                                                 const QStringList &allowed);
    // 400 InvalidInput for an unknown update action.
    static HttpResponse unknownAction(const QString &action);
};

} // namespace commercedesk::sandbox
