// SPDX-License-Identifier: MIT
#include "sandbox/orders/OrderGenerator.h"

#include "sandbox/orders/GeneratedOrder.h"
#include "sandbox/orders/GeneratorCatalog.h"
#include "sandbox/storage/Database.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

const QString InsertSql =
    u"INSERT INTO orders (id, key, version, created_at, last_modified_at, order_number, cart_id, "
    u"customer_id, "
    u"anonymous_id, customer_email, business_unit_key, store_key, order_state, payment_state, "
    u"shipment_state, "
    u"currency, total_cent, country, purchase_order_number, oms_synced, sync_info_count, doc) "
    u"VALUES (?, NULL, 1, ?, ?, ?, NULL, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

bool insert(QSqlQuery &q, const GeneratedOrder::Row &row)
{
    const QVariantList values{row.id,
                              row.createdAt,
                              row.lastModifiedAt,
                              row.orderNumber,
                              nullable(row.customerId),
                              row.customerEmail,
                              nullable(row.businessUnitKey),
                              row.storeKey,
                              row.orderState,
                              row.paymentState,
                              row.shipmentState,
                              row.currency,
                              row.totalCent,
                              row.country,
                              nullable(row.purchaseOrderNumber),
                              row.omsSynced ? 1 : 0,
                              row.syncInfoCount,
                              row.doc};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    return q.exec();
}

// Hands chunks of made rows from the making thread to the inserting thread, in order, holding at
// most `capacity` chunks (so memory stays flat however many orders are made).
class RowQueue
{
public:
    using Chunk = QList<GeneratedOrder::Row>;

    explicit RowQueue(qsizetype capacity)
        : m_capacity(capacity)
    {}

    // Blocks while full; false once close() was called (the maker stops).
    bool push(Chunk chunk)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closed || qsizetype(m_chunks.size()) < m_capacity; });
        if (m_closed)
            return false;
        m_chunks.push_back(std::move(chunk));
        m_changed.notify_all();
        return true;
    }
    // Blocks while empty; an empty chunk once closed.
    Chunk pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closed || !m_chunks.empty(); });
        if (m_chunks.empty())
            return {};
        Chunk chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_changed.notify_all();
        return chunk;
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_chunks;
    qsizetype m_capacity;
    bool m_closed = false;
};

constexpr qsizetype ChunkSize = 256;

// Bulk-load settings for the generator's own connection, restored by restore(): no fsync at WAL
// checkpoints (a crash mid-generation loses generated rows only, never the schema or older data,
// since WAL still commits atomically) and a 64 MiB page cache while the indexes grow.
class BulkPragmas
{
public:
    explicit BulkPragmas(Database &database)
        : m_database(database)
        , m_synchronous(database.scalar(u"PRAGMA synchronous"_s).toInt())
        , m_cacheSize(database.scalar(u"PRAGMA cache_size"_s).toLongLong())
    {
        m_database.exec(u"PRAGMA synchronous = OFF"_s);
        m_database.exec(u"PRAGMA cache_size = -65536"_s);
    }
    ~BulkPragmas()
    {
        m_database.exec(u"PRAGMA synchronous = "_s % QString::number(m_synchronous));
        m_database.exec(u"PRAGMA cache_size = "_s % QString::number(m_cacheSize));
    }
    BulkPragmas(const BulkPragmas &) = delete;
    BulkPragmas &operator=(const BulkPragmas &) = delete;

private:
    Database &m_database;
    int m_synchronous;
    qint64 m_cacheSize;
};

// Making the documents (JSON text) and inserting them cost about the same; a second thread makes
// them while the database's thread inserts, so two cores finish in little more than the insert time.
// The maker is sequential, so the orders stay deterministic for a seed. The thread only reads
// `catalog`, which must outlive it.
std::thread startMaker(RowQueue &queue, const GeneratorCatalog &catalog, quint64 seed, const QDateTime &end,
                       qint64 count, const QString &omsChannel, qint64 firstNumber, GeneratorShape shape)
{
    return std::thread([&queue, &catalog, seed, end, count, omsChannel, firstNumber, shape] {
        GeneratedOrder maker(catalog, seed, end, count, omsChannel, shape.spanDays, shape.unsyncedHours);
        for (qint64 index = 0; index < count;) {
            RowQueue::Chunk chunk;
            const qint64 chunkEnd = std::min(count, index + ChunkSize);
            chunk.reserve(chunkEnd - index);
            for (; index < chunkEnd; ++index)
                chunk.append(maker.make(index, firstNumber + index));
            if (!queue.push(std::move(chunk)))
                return;
        }
    });
}

} // namespace

bool OrderGenerator::generate(Database &database, qint64 count, quint64 seed, const Progress &progress,
                              const QDateTime &now, QString *error, GeneratorShape shape)
{
    if (count <= 0)
        return true;
    if (database.inTransaction())
        return fail(error, u"OrderGenerator needs a database without an open transaction."_s);
    GeneratorCatalog catalog;
    QString message;
    if (!catalog.load(database, &message))
        return fail(error, message);
    const QDateTime end = now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
    const qint64 firstNumber =
        database.scalar(u"SELECT COALESCE(MAX(rowid), 0) FROM orders"_s).toLongLong() + 1;
    const QString omsChannel = database.scalar(u"SELECT id FROM channels WHERE key = 'oms'"_s).toString();
    QSqlQuery q(database.connection());
    if (!q.prepare(InsertSql))
        return fail(error, q.lastError().text());
    const BulkPragmas pragmas(database);

    RowQueue queue(8);
    std::thread makerThread = startMaker(queue, catalog, seed, end, count, omsChannel, firstNumber, shape);
    const auto stopMaker = qScopeGuard([&queue, &makerThread] {
        queue.close();
        makerThread.join();
    });

    RowQueue::Chunk chunk;
    qsizetype inChunk = 0;
    for (qint64 done = 0; done < count;) {
        if (!database.begin())
            return fail(error, u"Cannot start a transaction: "_s % database.errorString());
        const qint64 batchEnd = std::min(count, done + BatchSize);
        for (; done < batchEnd; ++done) {
            if (inChunk == chunk.size()) {
                chunk = queue.pop();
                inChunk = 0;
            }
            if (!insert(q, chunk.at(inChunk++))) {
                const QString sqlError = q.lastError().text();
                database.rollback();
                return fail(error, u"Cannot insert a generated order: "_s % sqlError);
            }
        }
        if (!database.commit())
            return fail(error, u"Cannot commit generated orders: "_s % database.errorString());
        if (progress && !progress(done, count))
            break;
    }
    q.finish();
    return true;
}

bool OrderGenerator::generateInFile(const QString &databaseFile, qint64 count, quint64 seed,
                                    const Progress &progress, const QDateTime &now, QString *error,
                                    GeneratorShape shape)
{
    Database database;
    if (!database.open(databaseFile))
        return fail(error, database.errorString());
    return generate(database, count, seed, progress, now, error, shape);
}

} // namespace commercedesk::sandbox
