// SPDX-License-Identifier: MIT
#include "sandbox/outside/GatewayStore.h"

#include "sandbox/storage/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

GatewayStore::GatewayStore() = default;
GatewayStore::~GatewayStore() = default;

bool GatewayStore::open(const QString &filePath, QString *error)
{
    auto db = std::make_unique<Database>();
    const bool ok =
        db->open(filePath) &&
        db->exec(u"CREATE TABLE IF NOT EXISTS authorizations (id TEXT PRIMARY KEY, doc TEXT NOT NULL, "
                 u"created_at TEXT NOT NULL)"_s) &&
        db->exec(u"CREATE TABLE IF NOT EXISTS idempotency (key TEXT NOT NULL, operation TEXT NOT NULL, "
                 u"fingerprint TEXT NOT NULL, status INTEGER NOT NULL, body BLOB NOT NULL, "
                 u"created_at TEXT NOT NULL, PRIMARY KEY (key, operation))"_s);
    if (!ok) {
        if (error)
            *error = u"gateway store: "_s % db->errorString();
        return false;
    }
    m_db = std::move(db);
    return true;
}

std::optional<QJsonObject> GatewayStore::authorization(const QString &id) const
{
    const QVariant doc = m_db->scalar(u"SELECT doc FROM authorizations WHERE id = ?"_s, {id});
    if (!doc.isValid())
        return std::nullopt;
    return QJsonDocument::fromJson(doc.toByteArray()).object();
}

std::optional<GatewayStore::Replay> GatewayStore::replay(const QString &key, const QString &operation) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT fingerprint, status, body FROM idempotency WHERE key = ? AND operation = ?"_s);
    q.addBindValue(key);
    q.addBindValue(operation);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Replay{q.value(0).toString(), q.value(1).toInt(), q.value(2).toByteArray()};
}

bool GatewayStore::save(const QJsonObject &authorization, const QString &key, const QString &operation,
                        const Replay &answer, const QString &createdAt)
{
    if (!m_db->begin())
        return false;
    const QByteArray doc = QJsonDocument(authorization).toJson(QJsonDocument::Compact);
    bool ok = m_db->exec(u"INSERT INTO authorizations (id, doc, created_at) VALUES (?, ?, ?) "
                         u"ON CONFLICT(id) DO UPDATE SET doc = excluded.doc"_s,
                         {authorization.value(u"id"_s).toString(), doc, createdAt});
    if (ok && !key.isEmpty()) {
        ok = m_db->exec(u"INSERT INTO idempotency (key, operation, fingerprint, status, body, created_at) "
                        u"VALUES (?, ?, ?, ?, ?, ?)"_s,
                        {key, operation, answer.fingerprint, answer.status, answer.body, createdAt});
    }
    if (!ok) {
        m_db->rollback();
        return false;
    }
    return m_db->commit();
}

bool GatewayStore::import(const QList<QJsonObject> &authorizations, const QString &createdAt)
{
    if (!m_db->begin())
        return false;
    for (const QJsonObject &a : authorizations) {
        if (!m_db->exec(
                u"INSERT OR IGNORE INTO authorizations (id, doc, created_at) VALUES (?, ?, ?)"_s,
                {a.value(u"id"_s).toString(), QJsonDocument(a).toJson(QJsonDocument::Compact), createdAt})) {
            m_db->rollback();
            return false;
        }
    }
    return m_db->commit();
}

} // namespace commercedesk::sandbox
