// SPDX-License-Identifier: MIT
// SQLite storage: pragmas, ordered migrations, restart behaviour, one-time seeding, SandboxHost.
#include "SandboxTestSupport.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/seed/DemoAccounts.h"
#include "sandbox/seed/DemoProducts.h"
#include "sandbox/storage/Database.h"
#include "sandbox/storage/Migrations.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk::sandbox;
using commercedesk::sandbox::test::TestHttp;

class TestSandboxPersistence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void pragmas_data();
    void pragmas();
    void migrationsRunInOrderAndOnce();
    void failedMigrationRollsBack();
    void newerDatabaseIsRefused();
    void migrationFourCountsSyncInfo();
    void restartKeepsDataAndDoesNotReseed();
    void restartAddsTemplateClientsMissingFromAnOlderFolder();
    void otherProjectKeyIsRefused();
    void seedNoneProvisionsOnlyClients();
    void hostStartsAndStopsOnItsThread();
    void hostReportsFailure();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSandboxPersistence::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSandboxPersistence::pragmas_data()
{
    QTest::addColumn<QString>("pragma");
    QTest::addColumn<QString>("expected");
    QTest::newRow("WAL journal") << u"journal_mode"_s << u"wal"_s;
    QTest::newRow("synchronous NORMAL") << u"synchronous"_s << u"1"_s;
    QTest::newRow("foreign keys on") << u"foreign_keys"_s << u"1"_s;
}

void TestSandboxPersistence::pragmas()
{
    QFETCH(QString, pragma);
    QFETCH(QString, expected);
    Database db;
    QVERIFY2(db.open(m_dir->filePath(u"p.sqlite"_s)), qPrintable(db.errorString()));
    QCOMPARE(db.scalar(u"PRAGMA "_s % pragma).toString(), expected);
}

void TestSandboxPersistence::migrationsRunInOrderAndOnce()
{
    const QString file = m_dir->filePath(u"m.sqlite"_s);
    QStringList ran;
    auto step = [&ran](int n) {
        return [&ran, n](Database &db) {
            ran.append(QString::number(n));
            return db.exec(u"CREATE TABLE t%1 (x INTEGER)"_s.arg(n));
        };
    };
    const QList<Migration> v1{{1, u"one"_s, step(1)}};
    const QList<Migration> v3{{1, u"one"_s, step(1)}, {2, u"two"_s, step(2)}, {3, u"three"_s, step(3)}};
    QString error;
    {
        Database db;
        QVERIFY(db.open(file));
        QCOMPARE(Migrations::currentVersion(db), 0);
        QVERIFY2(Migrations::apply(db, v1, QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
        QCOMPARE(Migrations::currentVersion(db), 1);
    }
    Database db;
    QVERIFY(db.open(file));
    QVERIFY2(Migrations::apply(db, v3, QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
    QVERIFY2(Migrations::apply(db, v3, QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
    QCOMPARE(ran, (QStringList{u"1"_s, u"2"_s, u"3"_s}));
    QCOMPARE(Migrations::currentVersion(db), 3);
    QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM schema_migrations"_s).toInt(), 3);
    QCOMPARE(
        db.scalar(
              u"SELECT group_concat(description, ',') FROM (SELECT description FROM schema_migrations ORDER BY version)"_s)
            .toString(),
        u"one,two,three"_s);
}

void TestSandboxPersistence::failedMigrationRollsBack()
{
    Database db;
    QVERIFY(db.open(m_dir->filePath(u"f.sqlite"_s)));
    const QList<Migration> steps{{1, u"ok"_s, [](Database &d) { return d.exec(u"CREATE TABLE a (x)"_s); }},
                                 {2, u"fails halfway"_s, [](Database &d) {
                                      return d.exec(u"CREATE TABLE b (x)"_s) && d.exec(u"THIS IS NOT SQL"_s);
                                  }}};
    QString error;
    QVERIFY(!Migrations::apply(db, steps, QDateTime::currentDateTimeUtc(), &error));
    QVERIFY(error.contains(u"version 2"_s));
    QCOMPARE(Migrations::currentVersion(db), 1);
    QVERIFY(!db.scalar(u"SELECT name FROM sqlite_master WHERE name = 'b'"_s).isValid());
}

void TestSandboxPersistence::newerDatabaseIsRefused()
{
    Database db;
    QVERIFY(db.open(m_dir->filePath(u"n.sqlite"_s)));
    QString error;
    QVERIFY(Migrations::apply(db, Migrations::standard(), QDateTime::currentDateTimeUtc(), &error));
    QList<Migration> older = Migrations::standard();
    older.removeLast();
    QVERIFY(!Migrations::apply(db, older, QDateTime::currentDateTimeUtc(), &error));
    QVERIFY(error.contains(u"newer"_s));
}

void TestSandboxPersistence::migrationFourCountsSyncInfo()
{
    const QString file = m_dir->filePath(u"v3.sqlite"_s);
    // Order documents as a v3 sandbox stored them: syncInfo with 0, 1 or 3 entries, or none at all.
    const QList<QPair<QString, QByteArray>> orders{
        {u"o-empty"_s, R"({"id":"o-empty","syncInfo":[]})"_ba},
        {u"o-one"_s, R"({"id":"o-one","syncInfo":[{"channel":{"typeId":"channel","id":"c"}}]})"_ba},
        {u"o-three"_s, R"({"id":"o-three","syncInfo":[{"externalId":"a"},{"externalId":"b"},{}]})"_ba},
        {u"o-none"_s, R"({"id":"o-none"})"_ba}};
    QString error;
    {
        Database db;
        QVERIFY(db.open(file));
        QVERIFY2(
            Migrations::apply(db, Migrations::standard().mid(0, 3), QDateTime::currentDateTimeUtc(), &error),
            qPrintable(error));
        for (const auto &[id, doc] : orders) {
            QVERIFY2(
                db.exec(u"INSERT INTO orders (id, version, created_at, last_modified_at, order_state, doc) "
                        u"VALUES (?, 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'Open', ?)"_s,
                        {id, QString::fromUtf8(doc)}),
                qPrintable(db.errorString()));
        }
    }
    Database db;
    QVERIFY(db.open(file));
    QCOMPARE(Migrations::currentVersion(db), 3);
    QVERIFY2(Migrations::apply(db, Migrations::standard(), QDateTime::currentDateTimeUtc(), &error),
             qPrintable(error));
    QVERIFY(Migrations::latestVersion() >= 4);
    QVERIFY(db.scalar(u"SELECT COUNT(*) FROM schema_migrations WHERE version = 4"_s).toInt() == 1);
    const QHash<QString, int> expected{
        {u"o-empty"_s, 0}, {u"o-one"_s, 1}, {u"o-three"_s, 3}, {u"o-none"_s, 0}};
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QVariant count = db.scalar(u"SELECT sync_info_count FROM orders WHERE id = ?"_s, {it.key()});
        QVERIFY2(count.isValid() && !count.isNull(), qPrintable(it.key()));
        QCOMPARE(count.toInt(), it.value());
    }
    // The filter on it is answered by its index, newest first without a sort step.
    QSqlQuery plan(db.connection());
    QVERIFY(plan.exec(u"EXPLAIN QUERY PLAN SELECT doc FROM orders WHERE sync_info_count = 0 "
                      u"ORDER BY created_at DESC, id DESC LIMIT 100"_s));
    QStringList steps;
    while (plan.next())
        steps.append(plan.value(3).toString());
    QVERIFY2(steps.join(u" | "_s).contains(u"USING INDEX orders_sync"_s), qPrintable(steps.join(u" | "_s)));
    QVERIFY2(!steps.join(u" | "_s).contains(u"TEMP B-TREE"_s), qPrintable(steps.join(u" | "_s)));
}

void TestSandboxPersistence::restartKeepsDataAndDoesNotReseed()
{
    SandboxConfig config;
    config.dataDir = m_dir->path();
    SandboxCredentials before;
    {
        Sandbox sandbox(config);
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        before = sandbox.credentials();
    }
    QVERIFY(QFile::exists(m_dir->filePath(u"sandbox.sqlite"_s)));
    Sandbox again(config);
    QVERIFY(again.start());
    const SandboxCredentials after = again.credentials();
    QCOMPARE(after.toJson().value(u"clients"_s), before.toJson().value(u"clients"_s));
    QCOMPARE(after.customers.size(), 3);
    {
        Database db;
        QVERIFY(db.open(m_dir->filePath(u"sandbox.sqlite"_s)));
        QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM schema_migrations"_s).toInt(), Migrations::latestVersion());
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM products"_s).toInt(), DemoProducts::demoCount());
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM api_clients"_s).toInt(),
                 int(DemoAccounts::clientTemplates().size()));
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM customers"_s).toInt(), 3);
        QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM business_units WHERE unit_type = 'Division'"_s).toInt(), 1);
    }
    QVERIFY(DemoProducts::demoCount() >= 300);
    TestHttp http(after.apiUrl);
    const QByteArray token = http.clientToken(after, u"merchant"_s);
    const auto r =
        http.get(u"/commercedesk-demo/product-projections/search"_s, {{u"limit"_s, u"0"_s}}, token);
    QCOMPARE(r.json.value(u"total"_s).toInt(), DemoProducts::demoCount());
}

void TestSandboxPersistence::restartAddsTemplateClientsMissingFromAnOlderFolder()
{
    // A folder seeded before the orchestrator client existed gets it on the next start (the embedded
    // orchestrator needs it), with its template's scopes; the other clients keep their secrets.
    SandboxConfig config;
    config.dataDir = m_dir->path();
    config.seed = SeedMode::None;
    SandboxCredentials before;
    {
        Sandbox sandbox(config);
        QVERIFY(sandbox.start());
        before = sandbox.credentials();
    }
    {
        Database db;
        QVERIFY(db.open(m_dir->filePath(u"sandbox.sqlite"_s)));
        QVERIFY(db.exec(u"DELETE FROM api_clients WHERE name = 'orchestrator'"_s));
    }
    Sandbox again(config);
    QVERIFY(again.start());
    const SandboxCredentials after = again.credentials();
    const SandboxClient *orchestrator = after.client(u"orchestrator"_s);
    QVERIFY(orchestrator);
    QVERIFY(!orchestrator->scopes.contains(u"manage_project"_s));
    QVERIFY(orchestrator->scopes.contains(u"manage_orders"_s));
    QCOMPARE(after.client(u"admin"_s)->clientSecret, before.client(u"admin"_s)->clientSecret);
}

void TestSandboxPersistence::otherProjectKeyIsRefused()
{
    SandboxConfig config;
    config.dataDir = m_dir->path();
    config.seed = SeedMode::None;
    {
        Sandbox sandbox(config);
        QVERIFY(sandbox.open());
    }
    config.projectKey = u"someone-else"_s;
    Sandbox other(config);
    QString error;
    QVERIFY(!other.start(&error));
    QVERIFY2(error.contains(u"commercedesk-demo"_s), qPrintable(error));
}

void TestSandboxPersistence::seedNoneProvisionsOnlyClients()
{
    SandboxConfig config;
    config.dataDir = m_dir->path();
    config.seed = SeedMode::None;
    Sandbox sandbox(config);
    QVERIFY(sandbox.start());
    const SandboxCredentials c = sandbox.credentials();
    QCOMPARE(c.clients.size(), DemoAccounts::clientTemplates().size());
    QVERIFY(c.customers.isEmpty());
    TestHttp http(c.apiUrl);
    const auto r = http.get(u"/commercedesk-demo/product-projections"_s, {}, http.clientToken(c, u"admin"_s));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"total"_s).toInt(), 0);
}

void TestSandboxPersistence::hostStartsAndStopsOnItsThread()
{
    SandboxConfig config;
    config.dataDir = m_dir->path();
    config.seed = SeedMode::None;
    SandboxHost host;
    QSignalSpy started(&host, &SandboxHost::started);
    QSignalSpy failed(&host, &SandboxHost::failed);
    host.start(config);
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 30000);
    QCOMPARE(failed.count(), 0);
    const auto credentials = started.at(0).at(0).value<SandboxCredentials>();
    QVERIFY(credentials.apiUrl.port() > 0);
    QCOMPARE(host.credentials().apiUrl, credentials.apiUrl);
    // Served from the host's thread while this thread only waits for replies.
    TestHttp http(credentials.apiUrl);
    QVERIFY(!http.clientToken(credentials, u"admin"_s).isEmpty());
    host.stop();
    QVERIFY(!host.isRunning());
    TestHttp after(credentials.apiUrl);
    QCOMPARE(after.get(u"/commercedesk-demo"_s).status, 0); // nothing listens any more
    QCOMPARE(started.count(), 1);
}

void TestSandboxPersistence::hostReportsFailure()
{
    QFile blocker(m_dir->filePath(u"not-a-dir"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    SandboxConfig config;
    config.dataDir = blocker.fileName() % u"/sandbox"_s;
    auto host = std::make_unique<SandboxHost>();
    QSignalSpy started(host.get(), &SandboxHost::started);
    QSignalSpy failed(host.get(), &SandboxHost::failed);
    host->start(config);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
    QCOMPARE(started.count(), 0);
    QVERIFY(!failed.at(0).at(0).toString().isEmpty());
    QVERIFY(!host->isRunning());
    // Destroying a host that is mid-start must be safe too.
    config.dataDir = m_dir->filePath(u"late"_s);
    config.seed = SeedMode::None;
    host->start(config);
    host.reset();
}

QTEST_GUILESS_MAIN(TestSandboxPersistence)
#include "TestSandboxPersistence.moc"
