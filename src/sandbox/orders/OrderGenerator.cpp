// SPDX-License-Identifier: MIT
#include "sandbox/orders/OrderGenerator.h"

#include "sandbox/orders/GeneratedOrder.h"
#include "sandbox/orders/GeneratorCatalog.h"
#include "sandbox/storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

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
    u"currency, total_cent, country, purchase_order_number, oms_synced, doc) "
    u"VALUES (?, NULL, 1, ?, ?, ?, NULL, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;

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
                              row.doc};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    return q.exec();
}

} // namespace

bool OrderGenerator::generate(Database &database, qint64 count, quint64 seed, const Progress &progress,
                              const QDateTime &now, QString *error)
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
    GeneratedOrder maker(catalog, seed, end, count, omsChannel);
    database.exec(u"PRAGMA cache_size = -65536"_s); // 64 MiB while the indexes grow
    QSqlQuery q(database.connection());
    if (!q.prepare(InsertSql))
        return fail(error, q.lastError().text());
    for (qint64 done = 0; done < count;) {
        if (!database.begin())
            return fail(error, u"Cannot start a transaction: "_s % database.errorString());
        const qint64 batchEnd = std::min(count, done + BatchSize);
        for (; done < batchEnd; ++done) {
            if (!insert(q, maker.make(done, firstNumber + done))) {
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
    database.exec(u"PRAGMA cache_size = -2000"_s);
    return true;
}

bool OrderGenerator::generateInFile(const QString &databaseFile, qint64 count, quint64 seed,
                                    const Progress &progress, const QDateTime &now, QString *error)
{
    Database database;
    if (!database.open(databaseFile))
        return fail(error, database.errorString());
    return generate(database, count, seed, progress, now, error);
}

} // namespace commercedesk::sandbox
