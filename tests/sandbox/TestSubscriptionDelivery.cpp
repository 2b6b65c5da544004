// SPDX-License-Identifier: MIT
// Subscription delivery to the OMS: a ten-minute OMS outage on a test clock, and a sandbox killed with -9
// in the middle of deliveries. Messages and outbox rows are written directly (as MessageLog does).
#include "SandboxTestSupport.h"
#include "sandbox/faults/FaultInjector.h"
#include "sandbox/outside/Oms.h"
#include "sandbox/outside/SubscriptionDeliverer.h"
#include "sandbox/storage/Database.h"
#include "sandbox/storage/JsonValues.h"
#include "sandbox/storage/Migrations.h"
#include "sandbox/storage/ResourceTable.h"

#include <QDir>
#include <QMutex>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk::sandbox;
using commercedesk::sandbox::test::HttpResult;
using commercedesk::sandbox::test::TestHttp;

namespace {

// A clock the test moves by hand.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start)
        : m_now(std::move(start))
    {}
    QDateTime now() const override
    {
        const QMutexLocker lock(&m_mutex);
        return m_now;
    }
    void advance(qint64 ms)
    {
        const QMutexLocker lock(&m_mutex);
        m_now = m_now.addMSecs(ms);
    }

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

const QDateTime Start = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
constexpr int Orders = 5;
constexpr int MessagesPerOrder = 4;
const QStringList Types = {u"OrderCreated"_s, u"OrderStateChanged"_s, u"OrderPaymentStateChanged"_s,
                           u"OrderShipmentStateChanged"_s};

QString orderNumber(int i)
{
    return u"CD-%1"_s.arg(1000 + i);
}

// A database at the current schema with a subscription "oms" to `url` and Orders × MessagesPerOrder messages,
// each with its outbox row (due at Start).
bool populate(const QString &file, const QString &url)
{
    Database db;
    QString error;
    if (!db.open(file) || !Migrations::apply(db, Migrations::standard(), Start, &error))
        return false;
    const QString ts = JsonValues::timestamp(Start);
    const QJsonObject subscription{
        {u"id"_s, u"sub-oms"_s},
        {u"version"_s, 1},
        {u"key"_s, u"oms"_s},
        {u"createdAt"_s, ts},
        {u"lastModifiedAt"_s, ts},
        {u"destination"_s, QJsonObject{{u"type"_s, u"HTTP"_s}, {u"url"_s, url}}},
        {u"messages"_s, QJsonArray{QJsonObject{{u"resourceTypeId"_s, u"order"_s}}}}};
    if (!ResourceTable(db, u"subscriptions"_s).insert(subscription))
        return false;
    ResourceTable messages(db, u"messages"_s);
    for (int i = 0; i < Orders; ++i) {
        const QString orderId = u"order-%1"_s.arg(i);
        for (int seq = 1; seq <= MessagesPerOrder; ++seq) {
            const QString id = u"msg-%1-%2"_s.arg(i).arg(seq);
            QJsonObject m{
                {u"id"_s, id},
                {u"version"_s, 1},
                {u"createdAt"_s, ts},
                {u"lastModifiedAt"_s, ts},
                {u"sequenceNumber"_s, seq},
                {u"resource"_s, JsonValues::reference(u"order"_s, orderId)},
                {u"resourceVersion"_s, seq},
                {u"type"_s, Types.at(seq - 1)},
                {u"resourceUserProvidedIdentifiers"_s, QJsonObject{{u"orderNumber"_s, orderNumber(i)}}}};
            if (seq == 1)
                m.insert(u"order"_s, QJsonObject{{u"id"_s, orderId}, {u"orderNumber"_s, orderNumber(i)}});
            if (!messages.insert(m, {{u"resource_type"_s, u"order"_s},
                                     {u"resource_id"_s, orderId},
                                     {u"sequence_number"_s, seq},
                                     {u"type"_s, Types.at(seq - 1)}}) ||
                !db.exec(u"INSERT INTO subscription_outbox (subscription_id, message_id, attempts, "
                         u"next_attempt_at) "
                         u"VALUES ('sub-oms', ?, 0, ?)"_s,
                         {id, Start.toMSecsSinceEpoch()})) {
                return false;
            }
        }
    }
    return true;
}

} // namespace

class TestSubscriptionDelivery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void omsOutageOfTenMinutesThenEveryOrderExactlyOnce();
    void killMinusNineMidDeliveryLosesNothing();

private:
    void startOms();
    // Every order's log: each message exactly once, in sequence order.
    void verifyOmsReceivedEverything();
    int receivedCount();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<ManualClock> m_clock;
    std::shared_ptr<FaultInjector> m_faults;
    std::unique_ptr<Oms> m_oms;
    std::unique_ptr<TestHttp> m_omsHttp;
};

void TestSubscriptionDelivery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_shared<ManualClock>(Start);
    m_faults = std::make_shared<FaultInjector>();
    startOms();
}

void TestSubscriptionDelivery::startOms()
{
    OmsConfig config;
    config.clock = m_clock;
    m_oms = std::make_unique<Oms>(config, m_faults);
    QString error;
    QVERIFY2(m_oms->start(QHostAddress(QHostAddress::LocalHost), 0, &error), qPrintable(error));
    m_omsHttp = std::make_unique<TestHttp>(m_oms->url());
}

void TestSubscriptionDelivery::cleanup()
{
    m_omsHttp.reset();
    m_oms.reset();
}

int TestSubscriptionDelivery::receivedCount()
{
    int count = 0;
    for (const QJsonValue &o : m_omsHttp->get(u"/v1/orders"_s).json.value(u"results"_s).toArray())
        count += static_cast<int>(o.toObject().value(u"received"_s).toArray().size());
    return count;
}

void TestSubscriptionDelivery::verifyOmsReceivedEverything()
{
    for (int i = 0; i < Orders; ++i) {
        const HttpResult log = m_omsHttp->get(u"/v1/orders/"_s % orderNumber(i));
        QCOMPARE(log.status, 200);
        QCOMPARE(log.json.value(u"orderNumber"_s).toString(), orderNumber(i));
        QCOMPARE(log.json.value(u"externalId"_s).toString(), u"OMS-"_s % orderNumber(i));
        const QJsonArray received = log.json.value(u"received"_s).toArray();
        QCOMPARE(received.size(), MessagesPerOrder);
        for (int seq = 1; seq <= MessagesPerOrder; ++seq) {
            const QJsonObject r = received.at(seq - 1).toObject();
            QCOMPARE(r.value(u"messageId"_s).toString(), u"msg-%1-%2"_s.arg(i).arg(seq));
            QCOMPARE(r.value(u"sequenceNumber"_s).toInt(), seq);
            QCOMPARE(r.value(u"type"_s).toString(), Types.at(seq - 1));
        }
        QVERIFY(!log.json.value(u"deliveredAt"_s).toString().isEmpty());
    }
}

void TestSubscriptionDelivery::omsOutageOfTenMinutesThenEveryOrderExactlyOnce()
{
    const QString file = m_dir->filePath(u"sandbox.sqlite"_s);
    QVERIFY(populate(file, m_oms->url().toString() % u"/messages"_s));
    Database db;
    QVERIFY(db.open(file));
    FaultRule outage;
    outage.service = u"oms"_s;
    outage.kind = FaultRule::Kind::Outage;
    m_faults->add(outage);

    SubscriptionDelivererConfig config;
    config.projectKey = u"test"_s;
    config.clock = m_clock;
    config.firstRetryMs = 1000;
    config.maxRetryMs = 120000;
    config.pollMs = 20;
    SubscriptionDeliverer deliverer(db, config);
    QSignalSpy failed(&deliverer, &SubscriptionDeliverer::deliveryFailed);
    QSignalSpy delivered(&deliverer, &SubscriptionDeliverer::delivered);
    deliverer.start();
    // Ten minutes of outage in 15-second steps of the test clock.
    for (int step = 0; step < 40; ++step) {
        m_clock->advance(15000);
        deliverer.poll(); // starts whatever is due now (the timer would too)
        QTRY_COMPARE(deliverer.inFlight(), 0);
    }
    QVERIFY(failed.count() >= Orders * 6);
    QCOMPARE(delivered.count(), 0);
    // Only the head of each order was tried: in order per resource, never a later message first.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT message_id, attempts, last_error FROM subscription_outbox WHERE attempts > 0"_s));
    int tried = 0;
    while (q.next()) {
        ++tried;
        QVERIFY2(q.value(0).toString().endsWith(u"-1"_s), qPrintable(q.value(0).toString()));
        QVERIFY(q.value(2).toString().contains(u"503"_s));
    }
    QCOMPARE(tried, Orders);
    // Backoff: far fewer attempts than polls (40 steps × 15 s with doubling delays up to 2 min).
    const int attempts = db.scalar(u"SELECT MAX(attempts) FROM subscription_outbox"_s).toInt();
    QVERIFY2(attempts >= 6 && attempts <= 12, qPrintable(QString::number(attempts)));
    m_faults->clear(); // the outage ends (the log API was down with it)
    // The OMS logged the failed attempts of each order.
    const HttpResult during = m_omsHttp->get(u"/v1/orders/"_s % orderNumber(0));
    QCOMPARE(during.json.value(u"received"_s).toArray().size(), 0);
    QVERIFY2(during.json.value(u"attempts"_s).toInt() >= 6, during.body.constData());
    QVERIFY(during.json.value(u"lastError"_s).toString().startsWith(u"503"_s));

    m_clock->advance(config.maxRetryMs);
    QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), Orders * MessagesPerOrder, 15000);
    QCOMPARE(db.scalar(u"SELECT COUNT(*) FROM subscription_outbox WHERE delivered_at IS NULL"_s).toInt(), 0);
    verifyOmsReceivedEverything();
    QCOMPARE(receivedCount(), Orders * MessagesPerOrder);
}

void TestSubscriptionDelivery::killMinusNineMidDeliveryLosesNothing()
{
    const QString dataDir = m_dir->filePath(u"data"_s);
    QVERIFY(QDir().mkpath(dataDir));
    // The subscription points elsewhere at first: the sandbox rewrites it to --oms-url at start.
    QVERIFY(populate(QDir(dataDir).filePath(u"sandbox.sqlite"_s), u"http://127.0.0.1:9/messages"_s));
    FaultRule slow;
    slow.service = u"oms"_s;
    slow.route = u"/messages"_s;
    slow.kind = FaultRule::Kind::Latency;
    slow.latencyMs = 250;
    m_faults->add(slow);
    const QStringList arguments{u"--data-dir"_s, dataDir,        u"--seed"_s,
                                u"none"_s,       u"--oms-url"_s, m_oms->url().toString()};
    QProcess first;
    first.start(QStringLiteral(SANDBOX_EXE), arguments);
    QVERIFY(first.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(receivedCount() >= 3, 30000);
    first.kill(); // SIGKILL in the middle of deliveries
    QVERIFY(first.waitForFinished());
    const int beforeRestart = receivedCount();
    QVERIFY2(beforeRestart < Orders * MessagesPerOrder, qPrintable(QString::number(beforeRestart)));

    QProcess second;
    second.start(QStringLiteral(SANDBOX_EXE), arguments);
    QVERIFY(second.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(receivedCount(), Orders * MessagesPerOrder, 60000);
    // The OMS has every message once it received the last request; the sandbox marks a row delivered
    // only when the OMS's (here slowed) answer is back. Read the outbox beside the running sandbox (WAL)
    // until it is drained, then stop it: a delivery still in flight at a stop would rightly be sent again.
    Database db;
    QVERIFY(db.open(QDir(dataDir).filePath(u"sandbox.sqlite"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(
        db.scalar(u"SELECT COUNT(*) FROM subscription_outbox WHERE delivered_at IS NULL"_s).toInt(), 0,
        30000);
    second.terminate();
    QVERIFY(second.waitForFinished(30000));
    verifyOmsReceivedEverything();
}

QTEST_GUILESS_MAIN(TestSubscriptionDelivery)
#include "TestSubscriptionDelivery.moc"
