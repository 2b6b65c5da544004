// SPDX-License-Identifier: MIT
// OrderFetcher against a real sandbox on loopback: the full orders behind table rows, in the rows' order,
// fetched in batches of `id in :ids`.
#include "api/ApiSession.h"
#include "api/OrderClient.h"
#include "merchant/OrderFetcher.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/orders/OrderGenerator.h"
#include "support/SandboxConnection.h"
#include "support/TestNetwork.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <random>

using namespace Qt::StringLiterals;
using namespace commercedesk;

namespace {
constexpr int kOrderCount = 250; // three batches
} // namespace

class TestOrderFetcher : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxHost> m_host;
    std::unique_ptr<api::ApiSession> m_session;
    std::unique_ptr<api::OrderClient> m_orders;
    QStringList m_ids; // every order, newest first

    api::Result<QList<core::Order>> fetch(merchant::OrderFetcher &fetcher, const QStringList &ids)
    {
        std::optional<api::Result<QList<core::Order>>> out;
        int calls = 0;
        fetcher.fetch(ids, this, [&](const api::Result<QList<core::Order>> &result) {
            ++calls;
            out = result;
        });
        if (out)
            qFatal("done ran synchronously");
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
            qFatal("no answer");
        if (!fetcher.isIdle()) // the fetch is over: `done` cannot run again
            qFatal("the fetcher still runs after done");
        if (calls != 1)
            qFatal("done ran more than once");
        return *out;
    }

    static QStringList idsOf(const QList<core::Order> &orders)
    {
        QStringList ids;
        for (const core::Order &order : orders)
            ids.append(order.id);
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_host = std::make_unique<sandbox::SandboxHost>();
        QSignalSpy started(m_host.get(), &sandbox::SandboxHost::started);
        sandbox::SandboxConfig config;
        config.dataDir = m_dir.path();
        config.passwordIterations = 1000;
        config.outside.enabled = false;
        m_host->start(config);
        QVERIFY(started.wait(60000));
        QString error;
        QVERIFY2(sandbox::OrderGenerator::generateInFile(m_dir.filePath(u"sandbox.sqlite"_s), kOrderCount, 3,
                                                         {}, {}, &error),
                 qPrintable(error));
        const sandbox::SandboxCredentials credentials = m_host->credentials();
        m_session = std::make_unique<api::ApiSession>(
            testsupport::testNetwork(), testsupport::sandboxConnection(credentials, u"merchant"),
            api::OAuthTokenProvider::Grant::ClientCredentials);
        m_orders = std::make_unique<api::OrderClient>(m_session->transport());
        auto *job = m_orders->query(
            api::ResourceQuery().sort(u"createdAt"_s, api::ResourceQuery::Direction::Descending).limit(500));
        QSignalSpy done(job, &api::ApiJob::finished);
        QVERIFY(done.wait(30000));
        QVERIFY(job->result().ok());
        m_ids = idsOf(job->result().value().results);
        QVERIFY(m_ids.size() >= kOrderCount);
    }

    void keepsTheOrderOfTheIdsAcrossBatches()
    {
        merchant::OrderFetcher fetcher(m_orders.get());
        QStringList ids = m_ids.mid(0, kOrderCount);
        std::shuffle(ids.begin(), ids.end(), std::mt19937(42));
        const auto result = fetch(fetcher, ids);
        QVERIFY(result.ok());
        QCOMPARE(idsOf(result.value()), ids);
        for (const core::Order &order : result.value())
            QVERIFY(!order.lineItems.isEmpty()); // full orders, not summaries
    }

    void oneIdAndAnEmptyList()
    {
        merchant::OrderFetcher fetcher(m_orders.get());
        const auto one = fetch(fetcher, {m_ids.at(7)});
        QVERIFY(one.ok());
        QCOMPARE(idsOf(one.value()), QStringList{m_ids.at(7)});
        const auto none = fetch(fetcher, {});
        QVERIFY(none.ok());
        QVERIFY(none.value().isEmpty());
    }

    void anIdThatNoLongerExistsIsLeftOut()
    {
        merchant::OrderFetcher fetcher(m_orders.get());
        const QStringList ids{m_ids.at(3), u"00000000-0000-4000-8000-000000000000"_s, m_ids.at(1)};
        const auto result = fetch(fetcher, ids);
        QVERIFY(result.ok());
        QCOMPARE(idsOf(result.value()), (QStringList{m_ids.at(3), m_ids.at(1)}));
    }

    void cancelAllFinishesWithCancelled()
    {
        merchant::OrderFetcher fetcher(m_orders.get());
        std::optional<api::Result<QList<core::Order>>> out;
        fetcher.fetch(m_ids, this, [&](const api::Result<QList<core::Order>> &result) { out = result; });
        fetcher.cancelAll(); // before the first batch went out
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000);
        QVERIFY(!out->ok());
        QVERIFY(out->error().kind == api::ApiError::Kind::Cancelled);

        out.reset();
        fetcher.fetch(m_ids, this, [&](const api::Result<QList<core::Order>> &result) { out = result; });
        QTRY_COMPARE(fetcher.batchesInFlight(), 1); // the first batch is on the wire
        fetcher.cancelAll();
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000);
        QVERIFY(!out->ok());
        QVERIFY(out->error().kind == api::ApiError::Kind::Cancelled);
    }

    void aContextThatIsGoneDropsTheAnswer()
    {
        merchant::OrderFetcher fetcher(m_orders.get());
        bool called = false;
        auto *context = new QObject;
        fetcher.fetch(m_ids.mid(0, 3), context, [&](const auto &) { called = true; });
        delete context;
        QTRY_VERIFY_WITH_TIMEOUT(fetcher.isIdle(), 15000); // the fetch ran to its end
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestOrderFetcher)
#include "TestOrderFetcher.moc"
