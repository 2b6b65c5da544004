// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace commercedesk::sandbox {

// One SQLite connection (QSQLITE) with the sandbox pragmas: WAL journal, synchronous=NORMAL,
// foreign_keys=ON, busy_timeout. Each instance registers its own uniquely named Qt connection and
// removes it on destruction.
// Threading: a Database must be created, used and destroyed in ONE thread (Qt SQL connections are
// thread-bound); Sandbox keeps it on the thread it lives in.
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
    QString errorString() const { return m_error; }
    QSqlDatabase connection() const;

    // Runs one statement with positional bindings. False + errorString() on failure.
    bool exec(const QString &sql, const QVariantList &bindings = {});
    // First column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &bindings = {});

    // Transactions do not nest; callers (HttpServer, Seeder) own the outermost one.
    bool begin();
    bool commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

private:
    QString m_connectionName;
    QString m_error;
    bool m_inTransaction = false;
};

} // namespace commercedesk::sandbox
