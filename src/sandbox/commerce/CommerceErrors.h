// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/http/HttpResponse.h"

#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace commercedesk::sandbox {

// nullopt = the step succeeded; otherwise the commercetools error response to send.
using ActionResult = std::optional<HttpResponse>;

// The commercetools error bodies the commerce endpoints answer with (api.yaml ErrorResponse).
// Stateless.
class CommerceErrors
{
public:
    // 400 InvalidField {field, invalidValue, allowedValues?}.
    static HttpResponse invalidField(const QString &field, const QJsonValue &value,
                                     const QStringList &allowed = {});
    // 400 RequiredField {field}.
    static HttpResponse requiredField(const QString &field);
    static HttpResponse invalidOperation(const QString &message);
    // 400 DuplicateField {field, duplicateValue}.
    static HttpResponse duplicateField(const QString &field, const QJsonValue &value);
    // 400 ReferencedResourceNotFound {typeId, id|key}.
    static HttpResponse referencedNotFound(const QString &typeId, const QString &value, bool byKey);
    // 409 ConcurrentModification {currentVersion}.
    static HttpResponse concurrentModification(const QString &id, qint64 expected, qint64 current);
    static HttpResponse unknownAction(const QString &action);
    // 404 ResourceNotFound for a typed resource.
    static HttpResponse notFound(const QString &typeName, const QString &value, bool byKey);

    // Validates an enum value (absent = fine). Sets *error and returns false otherwise.
    static bool checkEnum(const QJsonObject &object, const QString &field, const QStringList &allowed,
                          HttpResponse *error);
};

} // namespace commercedesk::sandbox
