// SPDX-License-Identifier: MIT
// OrderTextSearch against a real sandbox on loopback: a seller's partial text, combined with the filter's
// other criteria, pages the matching orders in the filter's sort order, each exactly once, with the exact
// count — checked against an oracle over every order; "not yet in the OMS" narrows rows and marks the count
// as an upper bound; a new filter drops the answers of the old one.
#include "api/ApiSession.h"
#include "api/OrderClient.h"
#include "api/OrderSearch.h"
#include "merchant/OrderListSession.h"
#include "merchant/OrderTextSearch.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/orders/OrderGenerator.h"
#include "support/SandboxConnection.h"
#include "support/TestNetwork.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;

class TestOrderTextSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxHost> m_host;
    std::unique_ptr<api::ApiSession> m_session;
    std::unique_ptr<api::OrderClient> m_orders;
    std::unique_ptr<api::OrderSearchClient> m_search;
    QList<core::Order> m_all; // every order, newest first

    // Every row of the session's result, fetching page after page.
    static QList<core::OrderSummary> walk(merchant::OrderTextSearch &session,
                                          const merchant::OrderFilter &filter)
    {
        QList<core::OrderSummary> rows;
        bool end = false;
        QObject context;
        QObject::connect(&session, &merchant::OrderTextSearch::pageLoaded, &context,
                         [&](const QList<core::OrderSummary> &page, bool atEnd) {
                             rows += page;
                             end = atEnd;
                         });
        session.setFilter(filter);
        for (int pages = 0; pages < 100 && !end; ++pages) {
            if (!QTest::qWaitFor([&] { return !session.isLoading(); }, 30000))
                qFatal("no page");
            if (!end)
                session.fetchMore();
        }
        return rows;
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
        QVERIFY2(sandbox::OrderGenerator::generateInFile(m_dir.filePath(u"sandbox.sqlite"_s), 300, 9, {}, {},
                                                         &error, sandbox::GeneratorShape::demoStore()),
                 qPrintable(error));
        m_session = std::make_unique<api::ApiSession>(
            testsupport::testNetwork(), testsupport::sandboxConnection(m_host->credentials(), u"merchant"),
            api::OAuthTokenProvider::Grant::ClientCredentials);
        m_orders = std::make_unique<api::OrderClient>(m_session->transport());
        m_search = std::make_unique<api::OrderSearchClient>(m_session->transport());
        auto *job = m_orders->query(
            api::ResourceQuery().sort(u"createdAt"_s, api::ResourceQuery::Direction::Descending).limit(500));
        QSignalSpy done(job, &api::ApiJob::finished);
        QVERIFY(done.wait(30000));
        QVERIFY(job->result().ok());
        m_all = job->result().value().results;
        QCOMPARE(m_all.size(), 300);
    }

    void textAndCriteriaPageInSortOrder()
    {
        merchant::OrderTextSearch session(m_search.get(), m_orders.get());
        session.setPageSize(13);
        QSignalSpy counted(&session, &merchant::OrderTextSearch::countChanged);
        merchant::OrderFilter filter;
        filter.text = u"  ACME  "_s; // company name, e-mail domain: B2B orders
        filter.orderStates = {core::OrderState::Open, core::OrderState::Confirmed};
        QStringList want;
        for (const core::Order &o : m_all) { // already newest first
            const bool acme =
                (o.customerEmail && o.customerEmail->contains(u"acme"_s, Qt::CaseInsensitive)) ||
                (o.shippingAddress && o.shippingAddress->company &&
                 o.shippingAddress->company->contains(u"acme"_s, Qt::CaseInsensitive));
            if (acme &&
                (o.orderState == core::OrderState::Open || o.orderState == core::OrderState::Confirmed))
                want.append(o.id);
        }
        QVERIFY(want.size() > 13); // more than one page
        const QList<core::OrderSummary> rows = walk(session, filter);
        QStringList got;
        for (const core::OrderSummary &row : rows)
            got.append(row.id);
        QCOMPARE(got, want);
        QCOMPARE(counted.size(), 1);
        QCOMPARE(counted.first().at(0).toLongLong(), want.size());
        QCOMPARE(counted.first().at(1).toBool(), false);
    }

    void sortsByTotalAscending()
    {
        merchant::OrderTextSearch session(m_search.get(), m_orders.get());
        merchant::OrderFilter filter;
        filter.text = u"example.com"_s;
        filter.sortField = merchant::OrderFilter::SortField::TotalPrice;
        filter.descending = false;
        const QList<core::OrderSummary> rows = walk(session, filter);
        QVERIFY(rows.size() > 50);
        for (qsizetype i = 1; i < rows.size(); ++i)
            QVERIFY(rows.at(i - 1).totalPrice.centAmount() <= rows.at(i).totalPrice.centAmount());
    }

    void notYetInTheOmsNarrowsAndCapsTheCount()
    {
        merchant::OrderTextSearch session(m_search.get(), m_orders.get());
        QSignalSpy counted(&session, &merchant::OrderTextSearch::countChanged);
        merchant::OrderFilter filter;
        filter.text = u"@"_s; // every order has an e-mail
        filter.notSyncedToOms = true;
        int want = 0;
        for (const core::Order &o : m_all)
            want += o.syncInfo.isEmpty() ? 1 : 0;
        QVERIFY(want > 0);
        const QList<core::OrderSummary> rows = walk(session, filter);
        QCOMPARE(rows.size(), want);
        QCOMPARE(counted.size(), 1);
        QVERIFY(counted.first().at(1).toBool()); // an upper bound
    }

    void theListSessionServesTextThroughTheSearch()
    {
        merchant::OrderListSession list(m_orders.get(), true);
        list.setTextSearch(m_search.get());
        list.setPageSize(20);
        QList<core::OrderSummary> rows;
        bool end = false;
        connect(&list, &merchant::OrderListSession::pageLoaded, this,
                [&](const QList<core::OrderSummary> &page, bool atEnd) {
                    rows += page;
                    end = atEnd;
                });
        merchant::OrderFilter filter;
        filter.text = u"ACME"_s; // exact matching would find nothing: no order number, PO or e-mail is "ACME"
        list.setFilter(filter);
        for (int pages = 0; pages < 50 && !end; ++pages) {
            QTRY_VERIFY_WITH_TIMEOUT(!list.isLoading(), 30000);
            if (!end)
                list.fetchMore();
        }
        int want = 0;
        for (const core::Order &o : m_all) {
            const bool acme =
                (o.customerEmail && o.customerEmail->contains(u"acme"_s, Qt::CaseInsensitive)) ||
                (o.shippingAddress && o.shippingAddress->company &&
                 o.shippingAddress->company->contains(u"acme"_s, Qt::CaseInsensitive));
            want += acme ? 1 : 0;
        }
        QVERIFY(want > 20);
        QCOMPARE(rows.size(), want);
        QCOMPARE(list.total().value_or(-1), want);
    }

    void aNewFilterDropsTheOldAnswers()
    {
        merchant::OrderTextSearch session(m_search.get(), m_orders.get());
        QList<QList<core::OrderSummary>> pages;
        connect(&session, &merchant::OrderTextSearch::pageLoaded, this,
                [&pages](const QList<core::OrderSummary> &page, bool) { pages.append(page); });
        merchant::OrderFilter first;
        first.text = u"example.com"_s;
        session.setFilter(first);
        merchant::OrderFilter second;
        second.text = u"acme"_s;
        session.setFilter(second); // the first search is still in flight
        QTRY_VERIFY_WITH_TIMEOUT(!session.isLoading(), 30000);
        QCOMPARE(pages.size(), 1);
        for (const core::OrderSummary &row : pages.first())
            QVERIFY(!row.customerEmail || !row.customerEmail->endsWith(u"@example.com"_s));
    }
};

QTEST_GUILESS_MAIN(TestOrderTextSearch)
#include "TestOrderTextSearch.moc"
