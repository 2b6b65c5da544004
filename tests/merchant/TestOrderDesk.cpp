// SPDX-License-Identifier: MIT
// OrderDesk against a real sandbox on loopback, without widgets: server-side sort through the list session,
// the state rules on single actions (refused moves are never sent) and on bulk runs (skipped with the
// reason), version reconciliation, and saved views that keep the sort.
#include "api/ApiSession.h"
#include "api/OrderClient.h"
#include "merchant/BulkRunner.h"
#include "merchant/MerchantContext.h"
#include "merchant/OrderActionService.h"
#include "merchant/OrderDesk.h"
#include "merchant/OrderListSession.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/orders/OrderGenerator.h"
#include "support/SandboxConnection.h"
#include "support/TestNetwork.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using merchant::OrderCommand;
using merchant::OrderFilter;
using merchant::StateRefusal;

Q_DECLARE_METATYPE(merchant::OrderCommand)

namespace {
constexpr int kOrderCount = 400; // generated over 18 months: every order state is present
} // namespace

class TestOrderDesk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxHost> m_host;
    std::unique_ptr<api::ApiSession> m_session;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<merchant::MerchantContext> m_context;

    merchant::OrderDesk *desk() const { return m_context->desk(); }

    /// The desk's rows after (re)loading `filter`, with every page fetched.
    QList<core::OrderSummary> load(const OrderFilter &filter)
    {
        QList<core::OrderSummary> rows;
        merchant::OrderListSession *list = desk()->list();
        QMetaObject::Connection c = connect(list, &merchant::OrderListSession::pageLoaded, this,
                                            [&rows](const QList<core::OrderSummary> &page) { rows += page; });
        desk()->setFilter(filter, true);
        while (true) {
            if (!QTest::qWaitFor([&] { return !list->isLoading(); }, 20000))
                qFatal("no page");
            if (list->atEnd() || !list->canFetchMore())
                break;
            list->fetchMore();
        }
        disconnect(c);
        return rows;
    }

    QList<core::Order> ordersIn(core::OrderState state, int count)
    {
        api::OrderClient reader(m_session->transport());
        auto *job = reader.query(api::ResourceQuery()
                                     .where(u"orderState = :state"_s)
                                     .variable(u"state"_s, core::toWireString(state))
                                     .limit(count));
        QSignalSpy done(job, &api::ApiJob::finished);
        if (!done.wait(20000) || !job->result().ok())
            qFatal("orders could not be read");
        return job->result().value().results;
    }

    core::Order reread(const QString &id)
    {
        api::OrderClient reader(m_session->transport());
        auto *job = reader.byId(id);
        QSignalSpy done(job, &api::ApiJob::finished);
        if (!done.wait(20000) || !job->result().ok())
            qFatal("the order could not be read");
        return job->result().value();
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
        QVERIFY2(sandbox::OrderGenerator::generateInFile(m_dir.filePath(u"sandbox.sqlite"_s), kOrderCount, 5,
                                                         {}, {}, &error),
                 qPrintable(error));
        const api::ConnectionConfig connection =
            testsupport::sandboxConnection(m_host->credentials(), u"merchant");
        m_session = std::make_unique<api::ApiSession>(testsupport::testNetwork(), connection,
                                                      api::OAuthTokenProvider::Grant::ClientCredentials);
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"desk.ini"_s), QSettings::IniFormat);
        m_context = std::make_unique<merchant::MerchantContext>(m_session->transport(), connection.scopes,
                                                                nullptr, nullptr, m_settings.get());
        QVERIFY(desk()->canAct());
        desk()->list()->setPageSize(40); // several pages: the sort must hold across keyset pages
    }

    void cleanupTestCase()
    {
        m_context.reset();
        m_session.reset();
        if (m_host)
            m_host->stop();
    }

    void sortsOnTheServerAcrossPages_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<bool>("descending");
        QTest::newRow("created, newest first") << int(OrderFilter::SortField::CreatedAt) << true;
        QTest::newRow("total, smallest first") << int(OrderFilter::SortField::TotalPrice) << false;
        QTest::newRow("total, largest first") << int(OrderFilter::SortField::TotalPrice) << true;
        QTest::newRow("order number, last first") << int(OrderFilter::SortField::OrderNumber) << true;
        QTest::newRow("modified, oldest first") << int(OrderFilter::SortField::LastModifiedAt) << false;
    }

    void sortsOnTheServerAcrossPages()
    {
        QFETCH(int, field);
        QFETCH(bool, descending);
        OrderFilter filter;
        filter.sortField = OrderFilter::SortField(field);
        filter.descending = descending;
        const QList<core::OrderSummary> rows = load(filter);
        QCOMPARE(rows.size(), kOrderCount);
        QCOMPARE(desk()->filter().sortField, filter.sortField);
        const auto key = [&](const core::OrderSummary &o) -> QVariant {
            switch (filter.sortField) {
            case OrderFilter::SortField::CreatedAt:
                return o.createdAt;
            case OrderFilter::SortField::LastModifiedAt:
                return o.lastModifiedAt;
            case OrderFilter::SortField::OrderNumber:
                return o.orderNumber.value_or(QString());
            case OrderFilter::SortField::TotalPrice:
                return o.totalPrice.centAmount();
            }
            return {};
        };
        QSet<QString> ids;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            ids.insert(rows.at(i).id);
            if (i == 0)
                continue;
            const QPartialOrdering order = QVariant::compare(key(rows.at(i - 1)), key(rows.at(i)));
            QVERIFY2(descending ? order != QPartialOrdering::Less : order != QPartialOrdering::Greater,
                     qPrintable(u"row %1"_s.arg(i)));
        }
        QCOMPARE(ids.size(), kOrderCount); // each order once
    }

    void sortByKeepsTheFilter()
    {
        OrderFilter filter;
        filter.orderStates = {core::OrderState::Complete};
        load(filter);
        QSignalSpy reset(desk()->list(), &merchant::OrderListSession::reset);
        desk()->sortBy(OrderFilter::SortField::TotalPrice, false);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(desk()->filter().orderStates, filter.orderStates);
        QCOMPARE(desk()->filter().sortField, OrderFilter::SortField::TotalPrice);
        QVERIFY(!desk()->filter().descending);
        desk()->sortBy(OrderFilter::SortField::TotalPrice, false); // unchanged: no reload
        QCOMPARE(reset.size(), 1);
    }

    void refusedMovesAreNeverSent_data()
    {
        QTest::addColumn<core::OrderState>("state");
        QTest::addColumn<OrderCommand>("command");
        QTest::addColumn<StateRefusal>("refusal");
        QTest::newRow("confirm a complete order")
            << core::OrderState::Complete << OrderCommand::confirm() << StateRefusal::OrderStateBackward;
        QTest::newRow("cancel a complete order")
            << core::OrderState::Complete << OrderCommand::cancel() << StateRefusal::OrderFinal;
        QTest::newRow("deliver an open order")
            << core::OrderState::Open << OrderCommand::setShipmentState(core::ShipmentState::Delivered)
            << StateRefusal::ShipmentBeforeConfirmation;
    }

    void refusedMovesAreNeverSent()
    {
        QFETCH(core::OrderState, state);
        QFETCH(OrderCommand, command);
        QFETCH(StateRefusal, refusal);
        const QList<core::Order> orders = ordersIn(state, 1);
        QCOMPARE(orders.size(), 1);
        bool called = false;
        QCOMPARE(desk()->apply(orders.first(), command, this,
                               [&called](const merchant::OrderActionOutcome &) { called = true; }),
                 refusal);
        QCOMPARE(m_context->actions()->pendingCount(), 0); // nothing was sent
        QVERIFY(!called);
        const core::Order after = reread(orders.first().id);
        QCOMPARE(after.version, orders.first().version);
        QCOMPARE(after.orderState, state);
    }

    void bulkSkipsRefusedOrdersWithTheReason()
    {
        QList<core::Order> orders = ordersIn(core::OrderState::Open, 2);
        orders += ordersIn(core::OrderState::Complete, 1);
        orders += ordersIn(core::OrderState::Confirmed, 1);
        QCOMPARE(orders.size(), 4);
        const merchant::BulkPlan plan = merchant::OrderDesk::plan(orders, OrderCommand::confirm());
        QCOMPARE(plan.toChange, 2);
        QCOMPARE(plan.skippedCount(), 2);

        QSignalSpy finished(desk()->bulk(), &merchant::BulkRunner::finished);
        QVERIFY(desk()->startBulk(orders, OrderCommand::confirm()));
        QVERIFY(!desk()->startBulk(orders, OrderCommand::confirm())); // one run at a time
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toInt(), 2); // applied
        QCOMPARE(finished.first().at(1).toInt(), 0); // failed
        const QList<merchant::BulkItemResult> results = desk()->bulk()->results();
        QCOMPARE(results.size(), 4);
        QCOMPARE(results.at(0).status, merchant::BulkItemResult::Status::Applied);
        QCOMPARE(results.at(1).status, merchant::BulkItemResult::Status::Applied);
        QCOMPARE(results.at(2).status, merchant::BulkItemResult::Status::Skipped);
        QCOMPARE(results.at(2).refusal, StateRefusal::OrderStateBackward);
        QCOMPARE(results.at(3).status, merchant::BulkItemResult::Status::Skipped);
        QCOMPARE(results.at(3).refusal, StateRefusal::AlreadyInState);
        QCOMPARE(reread(orders.at(2).id).orderState, core::OrderState::Complete); // never moved back
        QCOMPARE(reread(orders.at(2).id).version, orders.at(2).version);
        QCOMPARE(reread(orders.at(0).id).orderState, core::OrderState::Confirmed);
    }

    void reportsEachNewerVersionOnce()
    {
        const core::Order order = ordersIn(core::OrderState::Open, 1).value(0);
        QVERIFY(!order.id.isEmpty());
        QSignalSpy changed(desk(), &merchant::OrderDesk::orderChanged);
        desk()->noteOrder(order);
        desk()->noteOrder(order);
        QCOMPARE(changed.size(), 1);
        core::Order older = order;
        older.version -= 1;
        desk()->noteOrder(older);
        QCOMPARE(changed.size(), 1);
        // An action's result is reported too, once.
        std::optional<merchant::OrderActionOutcome> outcome;
        QCOMPARE(desk()->apply(order, OrderCommand::setPaymentState(core::PaymentState::Failed), this,
                               [&outcome](const merchant::OrderActionOutcome &o) { outcome = o; }),
                 StateRefusal::None);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        QCOMPARE(outcome->status, merchant::OrderActionOutcome::Status::Applied);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.last().at(0).value<core::Order>().version, order.version + 1);
        desk()->noteOrder(*outcome->order);
        QCOMPARE(changed.size(), 2);
    }

    void savedViewsAndPreferencesPersist()
    {
        OrderFilter filter;
        filter.paymentStates = {core::PaymentState::Paid};
        filter.sortField = OrderFilter::SortField::TotalPrice;
        filter.descending = false;
        desk()->views().save({u"Paid, cheapest first"_s, filter, {merchant::OrderColumn::Total}});
        desk()->setColumns({merchant::OrderColumn::OrderNumber, merchant::OrderColumn::Country});
        desk()->setNotifyNewOrders(false);
        m_settings->sync();
        QSettings reread(m_dir.filePath(u"desk.ini"_s), QSettings::IniFormat);
        merchant::OrderDesk other(m_session->transport(), m_context->orders(), m_context->actions(), true,
                                  &reread);
        const std::optional<merchant::SavedView> view = other.views().view(u"Paid, cheapest first"_s);
        QVERIFY(view);
        QCOMPARE(view->filter, filter);
        QCOMPARE(view->filter.sortField, OrderFilter::SortField::TotalPrice);
        QCOMPARE(other.columns(), (QList<merchant::OrderColumn>{merchant::OrderColumn::OrderNumber,
                                                                merchant::OrderColumn::Country}));
        QVERIFY(!other.notifyNewOrders());
    }
};

QTEST_GUILESS_MAIN(TestOrderDesk)
#include "TestOrderDesk.moc"
