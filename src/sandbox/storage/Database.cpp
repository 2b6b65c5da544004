// SPDX-License-Identifier: MIT
#include "sandbox/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

Database::Database()
    : m_connectionName(u"commercedesk-sandbox-"_s % QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::open(const QString &filePath)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!db.isValid()) {
        m_error = u"The QSQLITE driver is not available."_s;
        return false;
    }
    db.setDatabaseName(filePath);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        m_error = db.lastError().text();
        return false;
    }
    const QString mode = scalar(u"PRAGMA journal_mode=WAL"_s).toString();
    if (mode.compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        m_error = u"Could not switch %1 to WAL mode (got '%2')."_s.arg(filePath, mode);
        return false;
    }
    return exec(u"PRAGMA synchronous=NORMAL"_s) && exec(u"PRAGMA foreign_keys=ON"_s);
}

bool Database::isOpen() const
{
    return QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::exec(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery q(connection());
    if (!q.prepare(sql)) {
        m_error = q.lastError().text() % u" in: "_s % sql;
        return false;
    }
    for (const QVariant &v : bindings)
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text() % u" in: "_s % sql;
        return false;
    }
    return true;
}

QVariant Database::scalar(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery q(connection());
    if (!q.prepare(sql)) {
        m_error = q.lastError().text();
        return {};
    }
    for (const QVariant &v : bindings)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        m_error = q.lastError().text();
        return {};
    }
    return q.value(0);
}

bool Database::begin()
{
    if (m_inTransaction)
        return false;
    m_inTransaction = connection().transaction();
    return m_inTransaction;
}

bool Database::commit()
{
    if (!m_inTransaction)
        return false;
    m_inTransaction = false;
    if (connection().commit())
        return true;
    m_error = connection().lastError().text();
    connection().rollback();
    return false;
}

void Database::rollback()
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    connection().rollback();
}

} // namespace commercedesk::sandbox
