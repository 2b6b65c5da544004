// SPDX-License-Identifier: MIT
#include "sandbox/orders/ResourceErrors.h"

#include "sandbox/http/UpdateRequest.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

HttpResponse ResourceErrors::concurrentModification(const QString &id, qint64 expected, qint64 current)
{
    return UpdateRequest::concurrentModification(id, expected, current);
}

HttpResponse ResourceErrors::missingValue(const QString &field)
{
    return UpdateRequest::missingValue(field);
}

HttpResponse ResourceErrors::requiredField(const QString &field)
{
    return HttpResponse::error(400, u"RequiredField"_s, u"A value is required for field %1."_s.arg(field),
                               QJsonObject{{u"field"_s, field}});
}

HttpResponse ResourceErrors::invalidField(const QString &field, const QJsonValue &value,
                                          const QStringList &allowedValues)
{
    QJsonObject extra{{u"field"_s, field}, {u"invalidValue"_s, value}};
    QString message = u"The value %1 is not valid for field %2."_s.arg(
        value.isString() ? u'\'' % value.toString() % u'\'' : QString::number(value.toDouble()), field);
    if (!allowedValues.isEmpty()) {
        extra.insert(u"allowedValues"_s, QJsonArray::fromStringList(allowedValues));
        message += u" Allowed values are: "_s % allowedValues.join(u", "_s) % u'.';
    }
    return HttpResponse::error(400, u"InvalidField"_s, message, extra);
}

HttpResponse ResourceErrors::duplicateField(const QString &field, const QJsonValue &value)
{
    return HttpResponse::error(
        400, u"DuplicateField"_s,
        u"A duplicate value '%1' exists for field '%2'."_s.arg(value.toVariant().toString(), field),
        QJsonObject{{u"field"_s, field}, {u"duplicateValue"_s, value}});
}

HttpResponse ResourceErrors::invalidOperation(const QString &message)
{
    return HttpResponse::error(400, u"InvalidOperation"_s, message);
}

HttpResponse ResourceErrors::referencedNotFound(const QString &typeId, const QString &id, const QString &key)
{
    QJsonObject extra{{u"typeId"_s, typeId}};
    QString message;
    if (!id.isEmpty()) {
        extra.insert(u"id"_s, id);
        message = u"The referenced object of type '%1' with id '%2' was not found."_s.arg(typeId, id);
    } else {
        extra.insert(u"key"_s, key);
        message = u"The referenced object of type '%1' with key '%2' was not found."_s.arg(typeId, key);
    }
    return HttpResponse::error(400, u"ReferencedResourceNotFound"_s, message, extra);
}

HttpResponse ResourceErrors::notFound(const QString &what, const QString &value)
{
    return HttpResponse::notFound(u"The Resource with %1 '%2' was not found."_s.arg(what, value));
}

std::optional<HttpResponse> ResourceErrors::checkEnum(const QString &field, const QJsonValue &value,
                                                      const QStringList &allowed)
{
    if (value.isString() && allowed.contains(value.toString()))
        return std::nullopt;
    return invalidField(field, value, allowed);
}

HttpResponse ResourceErrors::unknownAction(const QString &action)
{
    return HttpResponse::error(400, u"InvalidInput"_s,
                               u"Unknown or unsupported update action '%1'."_s.arg(action),
                               QJsonObject{{u"action"_s, action}});
}

} // namespace commercedesk::sandbox
