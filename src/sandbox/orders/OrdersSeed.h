// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace commercedesk::sandbox {

class Database;

// Demo data of the orders area, seeded once with the demo project: the channel "oms" (the order
// management system's sync channel, see OrderColumns oms_synced) and the stores "webshop" (B2C)
// and "b2b-portal". Rows that already exist (same key) are left alone, so another area seeding the
// same channel does not clash with this one. Ids derive from keys (JsonValues::seededId).
class OrdersSeed
{
public:
    explicit OrdersSeed(QDateTime now);

    QList<QJsonObject> channels() const;
    QList<QJsonObject> stores() const;
    // Inserts what is missing; false (Database::errorString()) on an SQL error.
    bool seed(Database &database) const;

private:
    QJsonObject resource(const QString &typeId, const QString &key) const;

    QDateTime m_now;
};

} // namespace commercedesk::sandbox
