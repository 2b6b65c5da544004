// SPDX-License-Identifier: MIT
// The demo store of a first start (SandboxConfig::demoOrders): a few hundred orders that cover every
// order state, B2C and B2B with purchase-order numbers, orders at the OMS and orders still waiting for
// it; generated once per data folder, never again on a restart; none for a blank project.
#include "sandbox/Sandbox.h"
#include "sandbox/storage/Database.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk::sandbox;

class TestDemoStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstStartGeneratesAStoreThatLives();
    void restartKeepsTheOrdersAsTheyAre();
    void blankProjectHasNoOrders();

private:
    static SandboxConfig config(const QString &dir, SeedMode seed, int demoOrders);
    static QSet<QString> distinct(Database &db, const QString &column);
    QTemporaryDir m_dir;
};

SandboxConfig TestDemoStore::config(const QString &dir, SeedMode seed, int demoOrders)
{
    SandboxConfig c;
    c.dataDir = dir;
    c.seed = seed;
    c.demoOrders = demoOrders;
    c.outside.enabled = false; // nothing changes the orders behind the test's back
    return c;
}

QSet<QString> TestDemoStore::distinct(Database &db, const QString &column)
{
    QSet<QString> values;
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT DISTINCT "_s % column % u" FROM orders"_s))
        return values;
    while (q.next())
        values.insert(q.value(0).toString());
    return values;
}

void TestDemoStore::firstStartGeneratesAStoreThatLives()
{
    QVERIFY(m_dir.isValid());
    Sandbox sandbox(config(m_dir.filePath(u"demo"_s), SeedMode::Demo, 300));
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));

    Database db;
    QVERIFY(db.open(m_dir.filePath(u"demo/sandbox.sqlite"_s)));
    QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM orders"_s).toInt(), 300);
    const QSet<QString> states = distinct(db, u"order_state"_s);
    for (const QString &state : {u"Open"_s, u"Confirmed"_s, u"Complete"_s, u"Cancelled"_s})
        QVERIFY2(states.contains(state), qPrintable(u"no demo order is "_s % state));
    const QSet<QString> shipments = distinct(db, u"shipment_state"_s);
    for (const QString &state : {u"Pending"_s, u"Ready"_s, u"Shipped"_s, u"Delivered"_s})
        QVERIFY2(shipments.contains(state), qPrintable(u"no demo order's shipment is "_s % state));

    const int b2b = db.scalar(u"SELECT COUNT(*) FROM orders WHERE purchase_order_number IS NOT NULL "
                              "AND business_unit_key IS NOT NULL"_s)
                        .toInt();
    QVERIFY2(b2b >= 30 && b2b <= 150, qPrintable(QString::number(b2b)));
    const int synced = db.scalar(u"SELECT COUNT(*) FROM orders WHERE oms_synced = 1"_s).toInt();
    QVERIFY2(synced > 200 && synced < 300, qPrintable(u"synced: "_s % QString::number(synced)));
    // The newest orders have not reached the OMS yet, the oldest have.
    QCOMPARE(db.scalar(u"SELECT oms_synced FROM orders ORDER BY created_at DESC LIMIT 1"_s).toInt(), 0);
    QCOMPARE(db.scalar(u"SELECT oms_synced FROM orders ORDER BY created_at ASC LIMIT 1"_s).toInt(), 1);
    // Six weeks, not eighteen months: the oldest order is at most 43 days old.
    const QDateTime oldest = QDateTime::fromString(
        db.scalar(u"SELECT MIN(created_at) FROM orders"_s).toString(), Qt::ISODateWithMs);
    QVERIFY(oldest.isValid());
    QVERIFY(oldest.daysTo(QDateTime::currentDateTimeUtc()) <= 43);
}

void TestDemoStore::restartKeepsTheOrdersAsTheyAre()
{
    const QString dir = m_dir.filePath(u"demo"_s);
    const QString idsSql = u"SELECT group_concat(id) FROM (SELECT id FROM orders ORDER BY id)"_s;
    QString before;
    {
        Database first;
        QVERIFY(first.open(dir + u"/sandbox.sqlite"_s));
        before = first.scalar(idsSql).toString();
    }
    QVERIFY(!before.isEmpty());

    Sandbox again(config(dir, SeedMode::Demo, 300));
    QString error;
    QVERIFY2(again.start(&error), qPrintable(error));
    Database db;
    QVERIFY(db.open(dir + u"/sandbox.sqlite"_s));
    QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM orders"_s).toInt(), 300);
    QCOMPARE(db.scalar(idsSql).toString(), before);
}

void TestDemoStore::blankProjectHasNoOrders()
{
    Sandbox sandbox(config(m_dir.filePath(u"blank"_s), SeedMode::None, 300));
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    Database db;
    QVERIFY(db.open(m_dir.filePath(u"blank/sandbox.sqlite"_s)));
    QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM orders"_s).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestDemoStore)
#include "TestDemoStore.moc"
