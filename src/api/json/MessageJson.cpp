// SPDX-License-Identifier: MIT
#include "api/json/MessageJson.h"

#include "api/json/CommonJson.h"
#include "api/json/PageJson.h"

#include <array>

namespace commercedesk::api::json {

namespace {

constexpr std::array<QStringView, 8> TypedMessageFields{u"id",        u"version",         u"sequenceNumber",
                                                        u"resource",  u"resourceVersion", u"type",
                                                        u"createdAt", u"lastModifiedAt"};

} // namespace

std::optional<core::Message> readMessage(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::Message message;
    message.id = r.string(u"id");
    message.version = r.integer(u"version");
    message.sequenceNumber = r.integer(u"sequenceNumber");
    message.resource = r.required(u"resource", readReference);
    message.resourceVersion = r.integer(u"resourceVersion");
    message.type = r.string(u"type");
    message.createdAt = r.timestamp(u"createdAt");
    message.lastModifiedAt = r.timestamp(u"lastModifiedAt");
    QJsonObject rest = cursor.value().toObject();
    for (QStringView key : TypedMessageFields)
        rest.remove(key);
    message.payload = rest.toVariantMap();
    return r.finish(std::move(message));
}

std::optional<core::Message> decodeMessage(const QJsonValue &value, JsonError *error)
{
    return decodeRoot(value, error, readMessage);
}

std::optional<core::PagedResult<core::Message>> decodeMessagePage(const QJsonValue &value, JsonError *error)
{
    return decodeRoot(value, error, [](const JsonCursor &c) { return readPage(c, readMessage); });
}

QJsonObject encodeMessage(const core::Message &message)
{
    JsonWriter w;
    w.set(u"id", message.id);
    w.set(u"version", message.version);
    w.set(u"sequenceNumber", message.sequenceNumber);
    w.set(u"resource", encodeReference(message.resource));
    w.set(u"resourceVersion", message.resourceVersion);
    w.set(u"type", message.type);
    w.set(u"createdAt", message.createdAt);
    w.set(u"lastModifiedAt", message.lastModifiedAt);
    w.merge(QJsonObject::fromVariantMap(message.payload));
    return w.take();
}

} // namespace commercedesk::api::json
