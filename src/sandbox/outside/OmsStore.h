// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

namespace commercedesk::sandbox {

class Database;

// The OMS's own SQLite file (oms.sqlite in the data dir): the per-order delivery log and fulfilment
// state (one JSON document per order) and the message ids already received (deduplication), so a
// restarted OMS serves the same log, never records a message twice and resumes fulfilment.
// Same thread as its creator (one Qt SQL connection).
class OmsStore
{
public:
    OmsStore();
    ~OmsStore();

    // Opens/creates the file and its tables. False + *error on failure.
    bool open(const QString &filePath, QString *error);

    // Every stored order state (as saved), in insertion order.
    QList<QJsonObject> orders() const;
    QSet<QString> seenMessageIds() const;
    // Stores `state` under `key` (insert or replace) and, when `messageId` is not empty, marks it
    // received — in one transaction. False on SQL failure.
    bool save(const QString &key, const QJsonObject &state, const QString &messageId = {});

private:
    std::unique_ptr<Database> m_db;
};

} // namespace commercedesk::sandbox
