// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace commercedesk::sandbox {

class Database;

// One schema step: brings the database from version-1 to `version`.
struct Migration
{
    int version;
    QString description;
    std::function<bool(Database &)> apply;
};

// Ordered schema migrations recorded in `schema_migrations(version, description, applied_at)`.
// Each pending step runs in its own transaction; a failed step is rolled back and stops the chain,
// so a database is always at a recorded version. Steps already recorded never run again.
class Migrations
{
public:
    // The sandbox schema, oldest first. Append new steps; never edit a released one.
    static QList<Migration> standard();
    static int latestVersion();

    // 0 for a fresh database.
    static int currentVersion(Database &db);
    // Applies the pending steps of `steps` (sorted by version). False + *error on failure; a
    // database newer than the newest step is an error too (the sandbox is older than its data).
    static bool apply(Database &db, const QList<Migration> &steps, const QDateTime &now, QString *error);
};

} // namespace commercedesk::sandbox
