// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace commercedesk::sandbox {

class Database;

// Writes commercetools Messages (table `messages`) and queues them for subscriptions (table
// `subscription_outbox`). Runs inside the caller's transaction: if the caller rolls back, neither
// the message nor its outbox rows exist. Stateless; same thread as the Database.
class MessageLog
{
public:
    // A message an update will write once the resource is stored (type + payload fields).
    struct Pending
    {
        QString type;
        QJsonObject payload;
    };

    // Writes one Message: id, version 1, sequenceNumber (previous for this resource + 1), resource
    // reference, resourceVersion, resourceUserProvidedIdentifiers (orderNumber / key when present),
    // type, createdAt, lastModifiedAt, plus `payloadFields`. Then one subscription_outbox row per
    // subscription whose `messages[]` has an entry for `resourceTypeId` whose `types` is empty or
    // names `type` (next_attempt_at = now). nullopt when the database refused a write.
    static std::optional<QJsonObject> append(Database &database, const QString &resourceTypeId,
                                             const QJsonObject &resourceAfterChange, const QString &type,
                                             const QJsonObject &payloadFields, const QDateTime &now);
    // The highest sequenceNumber written for the resource (0 when none).
    static qint64 lastSequenceNumber(Database &database, const QString &resourceId);
    // True when the subscription's `messages[]` asks for (resourceTypeId, type).
    static bool subscriptionWants(const QJsonObject &subscription, const QString &resourceTypeId,
                                  const QString &type);
};

} // namespace commercedesk::sandbox
