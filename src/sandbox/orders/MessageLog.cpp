// SPDX-License-Identifier: MIT
#include "sandbox/orders/MessageLog.h"

#include "sandbox/storage/Database.h"
#include "sandbox/storage/JsonValues.h"
#include "sandbox/storage/ResourceTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

bool queueForSubscriptions(Database &database, const QString &resourceTypeId, const QString &type,
                           const QString &messageId, const QDateTime &now)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, doc FROM subscriptions"_s))
        return false;
    QStringList targets;
    while (q.next()) {
        const QJsonObject subscription = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
        if (MessageLog::subscriptionWants(subscription, resourceTypeId, type))
            targets.append(q.value(0).toString());
    }
    for (const QString &subscriptionId : std::as_const(targets)) {
        if (!database.exec(u"INSERT INTO subscription_outbox (subscription_id, message_id, attempts, "
                           u"next_attempt_at) VALUES (?, ?, 0, ?)"_s,
                           {subscriptionId, messageId, now.toMSecsSinceEpoch()})) {
            return false;
        }
    }
    return true;
}

} // namespace

qint64 MessageLog::lastSequenceNumber(Database &database, const QString &resourceId)
{
    return database
        .scalar(u"SELECT COALESCE(MAX(sequence_number), 0) FROM messages WHERE resource_id = ?"_s,
                {resourceId})
        .toLongLong();
}

bool MessageLog::subscriptionWants(const QJsonObject &subscription, const QString &resourceTypeId,
                                   const QString &type)
{
    for (const QJsonValue &entry : subscription.value(u"messages"_s).toArray()) {
        const QJsonObject m = entry.toObject();
        if (m.value(u"resourceTypeId"_s).toString() != resourceTypeId)
            continue;
        const QJsonArray types = m.value(u"types"_s).toArray();
        if (types.isEmpty() || types.contains(QJsonValue(type)))
            return true;
    }
    return false;
}

std::optional<QJsonObject> MessageLog::append(Database &database, const QString &resourceTypeId,
                                              const QJsonObject &resourceAfterChange, const QString &type,
                                              const QJsonObject &payloadFields, const QDateTime &now)
{
    const QString resourceId = resourceAfterChange.value(u"id"_s).toString();
    const qint64 sequence = lastSequenceNumber(database, resourceId) + 1;
    const QString ts = JsonValues::timestamp(now);
    QJsonObject message{{u"id"_s, JsonValues::randomId()},
                        {u"version"_s, 1},
                        {u"sequenceNumber"_s, sequence},
                        {u"resource"_s, JsonValues::reference(resourceTypeId, resourceId)},
                        {u"resourceVersion"_s, resourceAfterChange.value(u"version"_s).toInteger()},
                        {u"type"_s, type},
                        {u"createdAt"_s, ts},
                        {u"lastModifiedAt"_s, ts}};
    QJsonObject identifiers;
    for (const QString &field : {u"orderNumber"_s, u"key"_s}) {
        if (resourceAfterChange.value(field).isString())
            identifiers.insert(field, resourceAfterChange.value(field));
    }
    if (!identifiers.isEmpty())
        message.insert(u"resourceUserProvidedIdentifiers"_s, identifiers);
    for (auto it = payloadFields.begin(); it != payloadFields.end(); ++it)
        message.insert(it.key(), it.value());
    ResourceTable messages(database, u"messages"_s);
    if (!messages.insert(message, {{u"resource_type"_s, resourceTypeId},
                                   {u"resource_id"_s, resourceId},
                                   {u"sequence_number"_s, sequence},
                                   {u"type"_s, type}})) {
        return std::nullopt;
    }
    if (!queueForSubscriptions(database, resourceTypeId, type, message.value(u"id"_s).toString(), now))
        return std::nullopt;
    return message;
}

} // namespace commercedesk::sandbox
