// SPDX-License-Identifier: MIT
// The seller's desk beyond the basic flows (issue #7): the "10,000+" count, columns chosen/ordered and
// remembered, saved views, the detachable detail, keyboard triage, the new-order notification switch, the
// OMS sync column and delivery log, and a real OMS write-back racing a seller's action (re-applied without a
// dialog). A real sandbox on loopback with its outside systems (the OMS) and 10,001 generated orders.
#include "api/ApiSession.h"
#include "api/OrderClient.h"
#include "app/merchant/ConflictDialog.h"
#include "app/merchant/MerchantPane.h"
#include "app/merchant/OrderDetailPanel.h"
#include "merchant/LiveUpdates.h"
#include "merchant/MerchantContext.h"
#include "merchant/OmsLogClient.h"
#include "merchant/OrderListSession.h"
#include "merchant/SavedViews.h"
#include "models/OrderTableModel.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/orders/OrderGenerator.h"
#include "support/SandboxConnection.h"
#include "support/Screenshots.h"
#include "support/TestNetwork.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using merchant::OrderColumn;
using models::OrderTableModel;

namespace {
constexpr int kOrderCount = 10001; // one more than the API's count cap
} // namespace

class TestMerchantTriage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxHost> m_host;
    sandbox::SandboxCredentials m_credentials;
    std::unique_ptr<api::ApiSession> m_session;
    std::unique_ptr<merchant::MerchantContext> m_context;
    QNetworkAccessManager m_network;
    std::unique_ptr<merchant::OmsLogClient> m_omsLog;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<app::MerchantPane> m_pane;
    QString m_confirmedId; // confirmed with the C key by keyboardTriage()

    QTableView *table() const { return m_pane->findChild<QTableView *>(u"ordersTable"_s); }
    OrderTableModel *model() const { return m_pane->orderModel(); }
    QString countText() const { return m_pane->findChild<QLabel *>(u"countLabel"_s)->text(); }

    void waitForFreshList()
    {
        QSignalSpy pages(m_pane->session(), &merchant::OrderListSession::pageLoaded);
        QVERIFY(pages.wait(20000));
    }

    int rowWhere(const std::function<bool(const core::OrderSummary &)> &predicate) const
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (predicate(*model()->summary(row)))
                return row;
        }
        return -1;
    }

    void screenshot(QWidget *widget, const QString &name)
    {
        QApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        testsupport::saveScreenshot(widget, name);
    }

    /// Runs `choose` on the context menu the header opens (QMenu::exec), then closes it.
    void onHeaderMenu(const std::function<void(QMenu *)> &choose)
    {
        bool chosen = false;
        QTimer::singleShot(0, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            choose(menu);
            chosen = true;
            menu->close();
        });
        QHeaderView *header = table()->horizontalHeader();
        Q_EMIT header->customContextMenuRequested(QPoint(10, 5));
        QVERIFY(chosen);
    }

    static QAction *actionTitled(QMenu *menu, const QString &title)
    {
        for (QAction *action : menu->actions()) {
            if (action->text() == title)
                return action;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_host = std::make_unique<sandbox::SandboxHost>();
        QSignalSpy started(m_host.get(), &sandbox::SandboxHost::started);
        sandbox::SandboxConfig config;
        config.dataDir = m_dir.path();
        config.passwordIterations = 100000;
        config.outside.omsReadyAfterSeconds = 0;
        config.outside.omsShipAfterSeconds = 3600; // no OMS delivery during the test
        m_host->start(config);
        QVERIFY(started.wait(60000));
        m_credentials = m_host->credentials();
        QVERIFY(m_credentials.omsUrl.isValid());
        QString error;
        QVERIFY2(sandbox::OrderGenerator::generateInFile(m_dir.filePath(u"sandbox.sqlite"_s), kOrderCount, 11,
                                                         {}, {}, &error),
                 qPrintable(error));
        const api::ConnectionConfig connection = testsupport::sandboxConnection(m_credentials, u"merchant");
        QVERIFY(!connection.clientId.isEmpty());
        m_session = std::make_unique<api::ApiSession>(testsupport::testNetwork(), connection,
                                                      api::OAuthTokenProvider::Grant::ClientCredentials);
        m_omsLog = std::make_unique<merchant::OmsLogClient>(&m_network, m_credentials.omsUrl);
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_context = std::make_unique<merchant::MerchantContext>(m_session->transport(), connection.scopes,
                                                                nullptr, m_omsLog.get(), m_settings.get());
        app::MerchantServices services;
        services.context = m_context.get();
        m_pane = std::make_unique<app::MerchantPane>(services);
        m_pane->findChild<QCheckBox *>(u"liveCheck"_s)
            ->setChecked(false); // versions stay as the test sees them
        m_pane->resize(1400, 820);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));

        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 0, 20000);
    }

    void cleanupTestCase()
    {
        m_pane.reset();
        m_context.reset();
        m_session.reset();
        if (m_host)
            m_host->stop();
    }

    void countReadsTenThousandPlusWhenCapped()
    {
        const QString exact = m_pane->locale().toString(kOrderCount);
        const QString capped = m_pane->locale().toString(merchant::OrderListSession::kTotalCap) + u'+';
        QTRY_VERIFY_WITH_TIMEOUT(countText().startsWith(exact + u' '), 20000); // unfiltered: exact
        auto *fromDate = m_pane->findChild<QDateEdit *>(u"fromDateEdit"_s);
        fromDate->setDate(QDate(2001, 1, 1)); // a predicate that every order matches
        waitForFreshList();
        QTRY_VERIFY_WITH_TIMEOUT(countText().startsWith(capped + u' '), 20000);
        QCOMPARE(capped, u"10,000+"_s); // the pane's locale in this test groups digits with commas
        screenshot(m_pane.get(), u"merchant-count-capped.png"_s);
        fromDate->setDate(fromDate->minimumDate());
        waitForFreshList();
        QTRY_VERIFY_WITH_TIMEOUT(countText().startsWith(exact + u' '), 20000);
    }

    void columnsAreChosenOrderedAndRemembered()
    {
        QVERIFY(model()->columns().contains(OrderColumn::PurchaseOrder));
        QVERIFY(!model()->columns().contains(OrderColumn::Country));
        onHeaderMenu([](QMenu *menu) {
            actionTitled(menu, OrderTableModel::columnTitle(OrderColumn::PurchaseOrder))->trigger();
        });
        onHeaderMenu([](QMenu *menu) {
            actionTitled(menu, OrderTableModel::columnTitle(OrderColumn::Country))->trigger();
        });
        QVERIFY(!model()->columns().contains(OrderColumn::PurchaseOrder));
        QCOMPARE(model()->columns().last(), OrderColumn::Country);
        // Drag the country column to the front.
        QHeaderView *header = table()->horizontalHeader();
        header->moveSection(header->visualIndex(int(model()->columns().size()) - 1), 0);
        QCOMPARE(model()->columns().first(), OrderColumn::Country);
        QCOMPARE(model()->headerData(0, Qt::Horizontal).toString(),
                 OrderTableModel::columnTitle(OrderColumn::Country));
        QCOMPARE(model()->data(model()->index(0, 0)).toString(),
                 merchant::plainValue(*model()->summary(0), OrderColumn::Country));
        const QList<OrderColumn> chosen = model()->columns();

        // A new pane on the same settings opens with the same columns in the same order.
        m_settings->sync();
        merchant::MerchantContext context(m_session->transport(), m_credentials.client(u"merchant")->scopes,
                                          nullptr, nullptr, m_settings.get());
        app::MerchantPane again(app::MerchantServices{&context, nullptr, {}});
        QCOMPARE(again.orderModel()->columns(), chosen);

        onHeaderMenu([](QMenu *menu) { actionTitled(menu, QObject::tr("Reset columns"))->trigger(); });
        QCOMPARE(model()->columns(), merchant::defaultOrderColumns());
    }

    void savedViewRestoresFiltersAndColumnsAndPersists()
    {
        auto *stateCombo = m_pane->findChild<QComboBox *>(u"orderStateCombo"_s);
        auto *poCombo = m_pane->findChild<QComboBox *>(u"poCombo"_s);
        stateCombo->setCurrentIndex(stateCombo->findData(u"Confirmed"_s));
        waitForFreshList();
        poCombo->setCurrentIndex(poCombo->findData(true));
        waitForFreshList();
        const merchant::OrderFilter wanted = m_pane->currentFilter();

        QTest::mouseClick(m_pane->findChild<QToolButton *>(u"saveViewButton"_s), Qt::LeftButton);
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_pane->findChild<QInputDialog *>(u"saveViewDialog"_s)));
        dialog->setTextValue(u"B2B to ship"_s);
        dialog->accept();
        auto *views = m_pane->findChild<QComboBox *>(u"savedViewCombo"_s);
        QTRY_COMPARE(views->currentText(), u"B2B to ship"_s);

        // Back to all orders, then the view again.
        views->setCurrentIndex(0);
        Q_EMIT views->activated(0);
        waitForFreshList();
        QCOMPARE(m_pane->currentFilter(), merchant::OrderFilter{});
        const int index = views->findText(u"B2B to ship"_s);
        QVERIFY(index > 0);
        views->setCurrentIndex(index);
        Q_EMIT views->activated(index);
        waitForFreshList();
        QCOMPARE(m_pane->currentFilter(), wanted);
        QCOMPARE(stateCombo->currentData().toString(), u"Confirmed"_s);
        QVERIFY(model()->rowCount() > 0);
        for (int row = 0; row < model()->rowCount(); ++row) {
            QCOMPARE(model()->summary(row)->orderState, core::OrderState::Confirmed);
            QVERIFY(model()->summary(row)->purchaseOrderNumber.has_value());
        }
        // Persisted: another reader of the same settings sees the view.
        m_settings->sync();
        QSettings reread(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        const std::optional<merchant::SavedView> stored =
            merchant::SavedViews(&reread).view(u"B2B to ship"_s);
        QVERIFY(stored);
        QCOMPARE(stored->filter, wanted);

        views->setCurrentIndex(0);
        Q_EMIT views->activated(0);
        waitForFreshList();
    }

    /// Issue 20: the orders table sorts by its sortable columns on the server; a click on the header does
    /// it, a second click turns the direction, a column the backend cannot sort by does nothing, and a saved
    /// view keeps the sort.
    void headerClickSortsOnTheServerAndViewsKeepIt()
    {
        QHeaderView *header = table()->horizontalHeader();
        const auto clickHeader = [header](int section) {
            QTest::mouseClick(
                header->viewport(), Qt::LeftButton, {},
                QPoint(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                       header->height() / 2));
        };
        const int totalSection = int(model()->columns().indexOf(OrderColumn::Total));
        QVERIFY(totalSection >= 0);
        QSignalSpy pages(m_pane->session(), &merchant::OrderListSession::pageLoaded);
        clickHeader(totalSection);
        QTRY_VERIFY_WITH_TIMEOUT(pages.size() >= 1, 20000);
        QCOMPARE(m_pane->currentFilter().sortField, merchant::OrderFilter::SortField::TotalPrice);
        QVERIFY(m_pane->currentFilter().descending);
        QCOMPARE(header->sortIndicatorSection(), totalSection);
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QVERIFY(model()->rowCount() > 1);
        for (int row = 1; row < model()->rowCount(); ++row)
            QVERIFY(model()->summary(row - 1)->totalPrice.centAmount() >=
                    model()->summary(row)->totalPrice.centAmount());
        screenshot(m_pane.get(), u"merchant-sorted-by-total.png"_s);

        pages.clear();
        clickHeader(totalSection); // again: the other way round
        QTRY_VERIFY_WITH_TIMEOUT(pages.size() >= 1, 20000);
        QVERIFY(!m_pane->currentFilter().descending);
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        for (int row = 1; row < model()->rowCount(); ++row)
            QVERIFY(model()->summary(row - 1)->totalPrice.centAmount() <=
                    model()->summary(row)->totalPrice.centAmount());

        // The customer column has no index to sort by: the click changes nothing.
        const int customerSection = int(model()->columns().indexOf(OrderColumn::Customer));
        QVERIFY(customerSection >= 0);
        pages.clear();
        clickHeader(customerSection);
        QVERIFY(!m_pane->session()->isLoading()); // a reload would have started at once
        QCOMPARE(pages.size(), 0);
        QCOMPARE(header->sortIndicatorSection(), totalSection);

        // A saved view keeps the sort.
        QTest::mouseClick(m_pane->findChild<QToolButton *>(u"saveViewButton"_s), Qt::LeftButton);
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_pane->findChild<QInputDialog *>(u"saveViewDialog"_s)));
        dialog->setTextValue(u"Smallest first"_s);
        dialog->accept();
        auto *views = m_pane->findChild<QComboBox *>(u"savedViewCombo"_s);
        QTRY_COMPARE(views->currentText(), u"Smallest first"_s);
        views->setCurrentIndex(0);
        Q_EMIT views->activated(0);
        waitForFreshList();
        QCOMPARE(m_pane->currentFilter().sortField, merchant::OrderFilter::SortField::CreatedAt);
        const int index = views->findText(u"Smallest first"_s);
        views->setCurrentIndex(index);
        Q_EMIT views->activated(index);
        waitForFreshList();
        QCOMPARE(m_pane->currentFilter().sortField, merchant::OrderFilter::SortField::TotalPrice);
        QVERIFY(!m_pane->currentFilter().descending);
        QCOMPARE(header->sortIndicatorSection(), int(model()->columns().indexOf(OrderColumn::Total)));

        views->setCurrentIndex(0);
        Q_EMIT views->activated(0);
        waitForFreshList();
    }

    void detailDetachesIntoAWindowAndDocksBackOnClose()
    {
        QTRY_VERIFY(m_pane->detail()->order().has_value());
        QVERIFY(!m_pane->detailWindow());
        QTest::mouseClick(m_pane->detail()->findChild<QToolButton *>(u"detachButton"_s), Qt::LeftButton);
        QTRY_VERIFY(m_pane->detailWindow() && m_pane->detailWindow()->isVisible());
        QVERIFY(m_pane->detailWindow()->isAncestorOf(m_pane->detail()));
        QVERIFY(m_pane->detail()->isVisible());
        screenshot(m_pane->detailWindow(), u"merchant-detail-window.png"_s);
        // The detached detail still follows the table's current row.
        table()->setCurrentIndex(model()->index(3, 0));
        QTRY_COMPARE(m_pane->detail()->order()->id, model()->summary(3)->id);
        m_pane->detailWindow()->close();
        QTRY_VERIFY(!m_pane->detailWindow());
        QVERIFY(m_pane->isAncestorOf(m_pane->detail()));
        QVERIFY(m_pane->detail()->isVisible());
    }

    void keyboardTriage()
    {
        QTableView *view = table();
        QApplication::setActiveWindow(m_pane.get());
        QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
        view->setFocus();
        view->setCurrentIndex(model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_J);
        QTest::keyClick(view, Qt::Key_J);
        QCOMPARE(view->currentIndex().row(), 2);
        QTest::keyClick(view, Qt::Key_K);
        QCOMPARE(view->currentIndex().row(), 1);
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentIndex().row(), 2);
        QTRY_COMPARE(m_pane->detail()->order()->id, model()->summary(2)->id);

        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY(m_pane->detail()->hasFocus() ||
                    m_pane->detail()->isAncestorOf(QApplication::focusWidget()));

        // A single key acts on the current order: C confirms.
        const int row =
            rowWhere([](const core::OrderSummary &o) { return o.orderState == core::OrderState::Open; });
        QVERIFY(row >= 0);
        const QString id = model()->summary(row)->id;
        view->setFocus();
        view->selectionModel()->setCurrentIndex(model()->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                            QItemSelectionModel::Rows);
        QTest::keyClick(view, Qt::Key_C);
        QTRY_COMPARE_WITH_TIMEOUT(model()->summary(model()->rowOf(id))->orderState,
                                  core::OrderState::Confirmed, 10000);
        m_confirmedId = id;

        auto *search = m_pane->findChild<QLineEdit *>(u"orderSearchEdit"_s);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Slash);
        QTRY_VERIFY(search->hasFocus());
        QVERIFY(search->text().isEmpty()); // the slash focused, it was not typed
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
    }

    void omsSyncColumnAndDeliveryLogInTheDetail()
    {
        // The order confirmed by the last test reached the OMS through the subscription; the OMS wrote back.
        QVERIFY(!m_confirmedId.isEmpty());
        const int row = model()->rowOf(m_confirmedId);
        QVERIFY(row >= 0);
        const core::OrderSummary order = *model()->summary(row);
        api::OrderClient reader(m_session->transport());
        std::optional<core::Order> synced;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     auto *job = reader.byId(order.id);
                                     QSignalSpy done(job, &api::ApiJob::finished);
                                     done.wait(5000);
                                     if (job->result().ok() && job->result().value().version > order.version)
                                         synced = job->result().value();
                                     return synced.has_value() && !synced->syncInfo.isEmpty();
                                 }()),
                                 20000);
        m_pane->session()->refresh();
        waitForFreshList();
        const int fresh = model()->rowOf(order.id);
        QVERIFY(fresh >= 0);
        const int omsColumn = int(model()->columns().indexOf(OrderColumn::OmsSync));
        QVERIFY(omsColumn >= 0);
        QCOMPARE(model()->data(model()->index(fresh, omsColumn)).toString(), u"Synced"_s);
        table()->setCurrentIndex(model()->index(fresh, 0));
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->detail()->detailHtml().contains(u"Delivery attempts"_s), 10000);
        QVERIFY(
            m_pane->detail()->detailHtml().contains(synced->syncInfo.first().externalId.value_or(u"?"_s)));
        screenshot(m_pane.get(), u"merchant-oms-log.png"_s);
    }

    void omsWriteBackUnderAnActionIsAppliedWithoutAsking()
    {
        // Confirm an Open order through the pane; its message reaches the OMS, which writes syncInfo (and
        // shipment Ready) back. The pane still holds the version it confirmed (live updates are off).
        const int row =
            rowWhere([](const core::OrderSummary &o) { return o.orderState == core::OrderState::Open; });
        QVERIFY(row >= 0);
        const QString id = model()->summary(row)->id;
        table()->selectionModel()->setCurrentIndex(
            model()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::mouseClick(m_pane->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(model()->summary(model()->rowOf(id))->orderState,
                                  core::OrderState::Confirmed, 10000);
        const core::OrderSummary seen = *model()->summary(model()->rowOf(id));
        api::OrderClient reader(m_session->transport());
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     auto *job = reader.byId(id);
                                     QSignalSpy done(job, &api::ApiJob::finished);
                                     done.wait(5000);
                                     // Both OMS steps done (synced, then shipment Ready), so nothing races.
                                     return job->result().ok() && !job->result().value().syncInfo.isEmpty() &&
                                            job->result().value().shipmentState == core::ShipmentState::Ready;
                                 }()),
                                 20000);
        QCOMPARE(model()->summary(model()->rowOf(id))->version, seen.version); // stale on purpose

        // The seller marks it paid on the stale version: 409, only the OMS's fields changed → applied.
        table()->selectionModel()->setCurrentIndex(model()->index(model()->rowOf(id), 0),
                                                   QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
        const core::PaymentState target = seen.paymentState == core::PaymentState::Paid
                                              ? core::PaymentState::BalanceDue
                                              : core::PaymentState::Paid;
        m_pane->runOnSelection(merchant::OrderCommand::setPaymentState(target));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_pane->findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"applied again"_s), 10000);
        QCOMPARE(model()->summary(model()->rowOf(id))->paymentState, std::optional(target));
        QVERIFY(!m_pane->findChild<app::ConflictDialog *>());
        QVERIFY(model()->summary(model()->rowOf(id))->version > seen.version + 1);
    }

    void newOrderNotificationCanBeTurnedOffAndIsRemembered()
    {
        auto *notify = m_pane->findChild<QCheckBox *>(u"notifyCheck"_s);
        QVERIFY(notify->isChecked());
        QSignalSpy notified(m_pane.get(), &app::MerchantPane::newOrdersNotified);
        api::OrderClient reader(m_session->transport());
        auto *job = reader.byId(model()->summary(0)->id);
        QSignalSpy done(job, &api::ApiJob::finished);
        QVERIFY(done.wait(10000));
        QVERIFY(job->result().ok());
        const core::Order order = job->result().value();
        Q_EMIT m_pane->liveUpdates()->newOrders({order});
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.first().at(0).toInt(), 1);
        QVERIFY(notified.first().at(1).toString().contains(order.orderNumber.value()));

        notify->setChecked(false);
        Q_EMIT m_pane->liveUpdates()->newOrders({order});
        QCOMPARE(notified.size(), 1);
        m_settings->sync();
        merchant::MerchantContext context(m_session->transport(), m_credentials.client(u"merchant")->scopes,
                                          nullptr, nullptr, m_settings.get());
        app::MerchantPane again(app::MerchantServices{&context, nullptr, {}});
        QVERIFY(!again.findChild<QCheckBox *>(u"notifyCheck"_s)->isChecked());
        notify->setChecked(true);
    }
};

QTEST_MAIN(TestMerchantTriage)
#include "TestMerchantTriage.moc"
