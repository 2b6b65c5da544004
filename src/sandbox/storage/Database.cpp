// SPDX-License-Identifier: MIT
#include "sandbox/storage/Database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <chrono>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

// How many SQLite VM instructions run between two looks at the deadline (~ tens of microseconds).
constexpr int ProgressInstructions = 1000;

thread_local qint64 t_deadline = 0; // steady-clock ms; 0 = none
thread_local QString t_readerError;
// Identifies a thread for the lifetime of the process (thread ids are reused, this is not).
thread_local const quint64 t_threadSerial = [] {
    static std::atomic<quint64> next{0};
    return ++next;
}();

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

int onProgress(void *)
{
    return t_deadline != 0 && steadyMs() >= t_deadline ? 1 : 0;
}

// Lets Deadline interrupt statements on `db`.
void installBudget(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    if (sqlite3 *h = *static_cast<sqlite3 *const *>(handle.constData()))
        sqlite3_progress_handler(h, ProgressInstructions, &onProgress, nullptr);
}

} // namespace

Database::Deadline::Deadline(qint64 ms)
    : m_previous(t_deadline)
    , m_until(ms > 0 ? steadyMs() + ms : 0)
{
    t_deadline = m_until;
}

Database::Deadline::~Deadline()
{
    t_deadline = m_previous;
}

bool Database::Deadline::expired() const
{
    return m_until != 0 && steadyMs() >= m_until;
}

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
    QMutexLocker lock(&m_readersMutex);
    for (const QString &name : std::as_const(m_readers))
        QSqlDatabase::removeDatabase(name);
}

bool Database::open(const QString &filePath)
{
    m_owner = QThread::currentThread();
    m_filePath = filePath;
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
    installBudget(db);
    const QString mode = scalar(u"PRAGMA journal_mode=WAL"_s).toString();
    if (mode.compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        m_error = u"Could not switch %1 to WAL mode (got '%2')."_s.arg(filePath, mode);
        return false;
    }
    return exec(u"PRAGMA synchronous=NORMAL"_s) && exec(u"PRAGMA foreign_keys=ON"_s);
}

bool Database::isOpen() const
{
    return connection().isOpen();
}

QString Database::errorString() const
{
    return QThread::currentThread() == m_owner || !m_owner ? m_error : t_readerError;
}

void Database::setError(const QString &message) const
{
    if (QThread::currentThread() == m_owner || !m_owner)
        m_error = message;
    else
        t_readerError = message;
}

QSqlDatabase Database::connection() const
{
    if (QThread::currentThread() == m_owner || !m_owner)
        return QSqlDatabase::database(m_connectionName, false);
    const QString name = m_connectionName % u"-reader-"_s % QString::number(t_threadSerial);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    return openReader(name);
}

QSqlDatabase Database::openReader(const QString &name) const
{
    if (!QSqlDatabase::contains(m_connectionName))
        return {};
    QSqlDatabase db = QSqlDatabase::cloneDatabase(m_connectionName, name);
    {
        QMutexLocker lock(&m_readersMutex);
        m_readers.append(name);
    }
    if (!db.open()) {
        t_readerError = db.lastError().text();
        return db;
    }
    installBudget(db);
    QSqlQuery(db).exec(u"PRAGMA foreign_keys=ON"_s);
    return db;
}

bool Database::exec(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery q(connection());
    if (!q.prepare(sql)) {
        setError(q.lastError().text() % u" in: "_s % sql);
        return false;
    }
    for (const QVariant &v : bindings)
        q.addBindValue(v);
    if (!q.exec()) {
        setError(q.lastError().text() % u" in: "_s % sql);
        return false;
    }
    return true;
}

QVariant Database::scalar(const QString &sql, const QVariantList &bindings)
{
    QSqlQuery q(connection());
    if (!q.prepare(sql)) {
        setError(q.lastError().text());
        return {};
    }
    for (const QVariant &v : bindings)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        setError(q.lastError().text());
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
