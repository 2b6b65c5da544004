// SPDX-License-Identifier: MIT
#include "sandbox/commerce/CommerceErrors.h"

#include "sandbox/http/UpdateRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

QString render(const QJsonValue &value)
{
    if (value.isString())
        return u'"' % value.toString() % u'"';
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble())
        return QString::number(value.toDouble());
    return u"null"_s;
}

} // namespace

HttpResponse CommerceErrors::invalidField(const QString &field, const QJsonValue &value,
                                          const QStringList &allowed)
{
    QJsonObject extra{{u"field"_s, field}, {u"invalidValue"_s, value}};
    QString message = u"The value '%1' is not valid for field '%2'."_s.arg(render(value), field);
    if (!allowed.isEmpty()) {
        extra.insert(u"allowedValues"_s, QJsonArray::fromStringList(allowed));
        message += u" Allowed values are: "_s % allowed.join(u", "_s) % u'.';
    }
    return HttpResponse::error(400, u"InvalidField"_s, message, extra);
}

HttpResponse CommerceErrors::requiredField(const QString &field)
{
    return HttpResponse::error(400, u"RequiredField"_s, u"A value is required for field '%1'."_s.arg(field),
                               QJsonObject{{u"field"_s, field}});
}

HttpResponse CommerceErrors::invalidOperation(const QString &message)
{
    return HttpResponse::error(400, u"InvalidOperation"_s, message);
}

HttpResponse CommerceErrors::duplicateField(const QString &field, const QJsonValue &value)
{
    return HttpResponse::error(400, u"DuplicateField"_s,
                               u"A duplicate value '%1' exists for field '%2'."_s.arg(render(value), field),
                               QJsonObject{{u"field"_s, field}, {u"duplicateValue"_s, value}});
}

HttpResponse CommerceErrors::referencedNotFound(const QString &typeId, const QString &value, bool byKey)
{
    return HttpResponse::error(
        400, u"ReferencedResourceNotFound"_s,
        u"The referenced object of type '%1' %2 '%3' was not found. It either doesn't exist, or it can't "
        u"be accessed from this endpoint."_s.arg(typeId, byKey ? u"with key"_s : u"with identifier"_s, value),
        QJsonObject{{u"typeId"_s, typeId}, {byKey ? u"key"_s : u"id"_s, value}});
}

HttpResponse CommerceErrors::concurrentModification(const QString &id, qint64 expected, qint64 current)
{
    return UpdateRequest::concurrentModification(id, expected, current);
}

HttpResponse CommerceErrors::unknownAction(const QString &action)
{
    return HttpResponse::invalidInput(
        u"Request body does not contain valid JSON: unknown update action '%1'."_s.arg(action));
}

HttpResponse CommerceErrors::notFound(const QString &typeName, const QString &value, bool byKey)
{
    return HttpResponse::notFound(
        u"The %1 with %2 '%3' was not found."_s.arg(typeName, byKey ? u"key"_s : u"ID"_s, value));
}

bool CommerceErrors::checkEnum(const QJsonObject &object, const QString &field, const QStringList &allowed,
                               HttpResponse *error)
{
    if (!object.contains(field))
        return true;
    const QJsonValue v = object.value(field);
    if (v.isString() && allowed.contains(v.toString()))
        return true;
    *error = invalidField(field, v, allowed);
    return false;
}

} // namespace commercedesk::sandbox
