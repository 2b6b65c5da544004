// SPDX-License-Identifier: MIT
#include "sandbox/outside/OmsStore.h"

#include "sandbox/storage/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

OmsStore::OmsStore() = default;
OmsStore::~OmsStore() = default;

bool OmsStore::open(const QString &filePath, QString *error)
{
    auto db = std::make_unique<Database>();
    const bool ok =
        db->open(filePath) &&
        db->exec(u"CREATE TABLE IF NOT EXISTS orders (key TEXT PRIMARY KEY, doc TEXT NOT NULL)"_s) &&
        db->exec(u"CREATE TABLE IF NOT EXISTS received_messages (message_id TEXT PRIMARY KEY)"_s);
    if (!ok) {
        if (error)
            *error = u"oms store: "_s % db->errorString();
        return false;
    }
    m_db = std::move(db);
    return true;
}

QList<QJsonObject> OmsStore::orders() const
{
    QList<QJsonObject> result;
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (q.exec(u"SELECT doc FROM orders ORDER BY rowid"_s)) {
        while (q.next())
            result.append(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    }
    return result;
}

QSet<QString> OmsStore::seenMessageIds() const
{
    QSet<QString> ids;
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (q.exec(u"SELECT message_id FROM received_messages"_s)) {
        while (q.next())
            ids.insert(q.value(0).toString());
    }
    return ids;
}

bool OmsStore::save(const QString &key, const QJsonObject &state, const QString &messageId)
{
    if (!m_db->begin())
        return false;
    bool ok = m_db->exec(u"INSERT INTO orders (key, doc) VALUES (?, ?) "
                         u"ON CONFLICT(key) DO UPDATE SET doc = excluded.doc"_s,
                         {key, QJsonDocument(state).toJson(QJsonDocument::Compact)});
    if (ok && !messageId.isEmpty())
        ok = m_db->exec(u"INSERT OR IGNORE INTO received_messages (message_id) VALUES (?)"_s, {messageId});
    if (!ok) {
        m_db->rollback();
        return false;
    }
    return m_db->commit();
}

} // namespace commercedesk::sandbox
