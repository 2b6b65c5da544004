// SPDX-License-Identifier: MIT
#pragma once

#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

class QThread;

namespace commercedesk::sandbox {

// One SQLite file (QSQLITE) with the sandbox pragmas: WAL journal, synchronous=NORMAL,
// foreign_keys=ON, busy_timeout.
//
// Threading: the thread that calls open() owns the WRITER connection (the only one that writes and
// runs transactions; create, open and destroy the Database there). Any other thread that calls
// connection(), exec() or scalar() gets its own READ connection to the same file, opened on first
// use and kept until the Database is destroyed (WAL: many readers run beside the writer and see
// every committed write; use it from long-lived threads such as HttpServer's workers). Read
// connections must not write or begin transactions. errorString() is per thread.
//
// Time budget: while a Deadline lives on a thread, statements that thread runs on its connections
// are interrupted (SQLITE_INTERRUPT, the statement fails) once the deadline has passed.
class Database
{
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating) the file and applies the pragmas. False + errorString() on failure.
    bool open(const QString &filePath);
    bool isOpen() const;
    QString errorString() const;
    // This thread's connection (see Threading).
    QSqlDatabase connection() const;

    // Runs one statement with positional bindings. False + errorString() on failure.
    bool exec(const QString &sql, const QVariantList &bindings = {});
    // First column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &bindings = {});

    // Transactions do not nest; callers (HttpServer, Seeder) own the outermost one. Writer only.
    bool begin();
    bool commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    // A time budget for the statements of the current thread (RAII, nests: the inner one wins while
    // it lives). ms <= 0: no budget.
    class Deadline
    {
    public:
        explicit Deadline(qint64 ms);
        ~Deadline();
        Deadline(const Deadline &) = delete;
        Deadline &operator=(const Deadline &) = delete;
        // True once the budget is spent (a statement that failed meanwhile was interrupted).
        bool expired() const;

    private:
        qint64 m_previous;
        qint64 m_until;
    };

private:
    void setError(const QString &message) const;
    QSqlDatabase openReader(const QString &name) const;

    QString m_connectionName;
    QString m_filePath;
    QThread *m_owner = nullptr;
    mutable QString m_error; // the writer thread's
    bool m_inTransaction = false;
    mutable QMutex m_readersMutex;
    mutable QStringList m_readers; // names of the read connections
};

} // namespace commercedesk::sandbox
