// SPDX-License-Identifier: MIT
#include "api/json/ErrorJson.h"

#include "api/json/JsonReader.h"
#include "api/json/JsonWriter.h"

using namespace Qt::StringLiterals;

namespace commercedesk::api::json {

namespace {

std::optional<int> readStatusCode(const JsonCursor &cursor)
{
    const std::optional<qint64> status = cursor.integer();
    if (!status)
        return std::nullopt;
    if (*status < 0 || *status > 999) {
        cursor.fail(u"HTTP status out of range"_s);
        return std::nullopt;
    }
    return int(*status);
}

} // namespace

std::optional<core::ErrorObject> readErrorObject(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::ErrorObject object;
    object.code = r.string(u"code");
    object.message = r.string(u"message");
    QJsonObject rest = cursor.value().toObject();
    rest.remove(u"code");
    rest.remove(u"message");
    object.extra = rest.toVariantMap();
    return r.finish(std::move(object));
}

std::optional<core::ErrorObject> decodeErrorObject(const QJsonValue &value, JsonError *error)
{
    return decodeRoot(value, error, readErrorObject);
}

QJsonObject encodeErrorObject(const core::ErrorObject &object)
{
    JsonWriter w;
    w.set(u"code", object.code);
    w.set(u"message", object.message);
    w.merge(QJsonObject::fromVariantMap(object.extra));
    return w.take();
}

std::optional<core::ErrorBody> readErrorBody(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::ErrorBody body;
    body.statusCode = r.required(u"statusCode", readStatusCode);
    body.message = r.string(u"message");
    body.errors = r.list(u"errors", readErrorObject);
    body.error = r.optionalString(u"error");
    body.errorDescription = r.optionalString(u"error_description");
    return r.finish(std::move(body));
}

std::optional<core::ErrorBody> decodeErrorBody(const QJsonValue &value, JsonError *error)
{
    return decodeRoot(value, error, readErrorBody);
}

QJsonObject encodeErrorBody(const core::ErrorBody &body)
{
    JsonWriter w;
    w.set(u"statusCode", body.statusCode);
    w.set(u"message", body.message);
    w.setList(u"errors", body.errors, encodeErrorObject);
    w.setOptional(u"error", body.error);
    w.setOptional(u"error_description", body.errorDescription);
    return w.take();
}

} // namespace commercedesk::api::json
