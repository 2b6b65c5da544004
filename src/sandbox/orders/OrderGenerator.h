// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

namespace commercedesk::sandbox {

class Database;

// Bulk-generates realistic orders straight into the `orders` table (benchmarks, demos, tests):
// created over the 18 months before `now` (oldest first), B2C (webshop store, customer e-mails,
// DE/FR/NL/GB/US with EUR/GBP/USD) and B2B (the demo company and its division, purchase-order
// numbers, b2b-portal store, customer-group prices), 1–6 line items of the seeded published products
// with the price selection, Platform tax (the products' tax categories per country; gross prices
// outside the US) and shipping, so totals and taxedPrice add up; order/payment/shipment states
// that fit the order's age; syncInfo with the "oms" channel for orders older than an hour.
// Order numbers are "G<number>" continuing after the table's highest rowid, so repeated runs never
// collide. No messages are written for generated orders.
// Writes in transactions of `BatchSize` rows with one prepared statement; the caller must not hold
// a transaction. Same `seed` + same catalog + same `now` → the same orders.
// Threading: blocks the calling thread (the Database's) until done; inside, one short-lived worker
// thread makes the documents while the calling thread inserts them (the worker never touches the
// database). While it runs, the connection uses synchronous=OFF and a 64 MiB page cache; both are
// restored before it returns.
// When the generated orders happened: `spanDays` before `now` (oldest first), and orders younger than
// `unsyncedHours` have not reached the OMS yet (no syncInfo), the rest have.
struct GeneratorShape
{
    int spanDays = 548; // 18 months: the benchmark and paging stores
    int unsyncedHours = 1;
    // The demo store of a first start: six weeks, so every order state occurs, and the last day and
    // a half still waits for the OMS.
    static GeneratorShape demoStore() { return {42, 36}; }
};

class OrderGenerator
{
public:
    static constexpr int BatchSize = 20000;
    // Called after every committed batch; return false to stop early (what was committed stays).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // False + *error on failure (no catalog, SQL error). A null `now` means the current time.
    static bool generate(Database &database, qint64 count, quint64 seed, const Progress &progress = {},
                         const QDateTime &now = {}, QString *error = nullptr, GeneratorShape shape = {});
    // The same through its own connection to the sandbox database file (e.g. <dataDir>/sandbox.sqlite
    // of an opened Sandbox; WAL lets it run beside the Sandbox's connection).
    static bool generateInFile(const QString &databaseFile, qint64 count, quint64 seed,
                               const Progress &progress = {}, const QDateTime &now = {},
                               QString *error = nullptr, GeneratorShape shape = {});
};

} // namespace commercedesk::sandbox
