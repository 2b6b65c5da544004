// SPDX-License-Identifier: MIT
// The seller's desk beyond the basic flows (issue #7), in the real app (tests/support/DesktopHarness.h: the
// composition root on its embedded sandbox with its outside systems, the OMS among them, and 10,001
// generated orders), driven by clicks and keys: the "10,000+" count, columns chosen/ordered and remembered
// across a restart, saved views, the detachable detail, keyboard triage, the new-order notification switch,
// the OMS sync column and delivery log, and a real OMS write-back racing a seller's action (re-applied
// without a dialog).
#include "api/OrderClient.h"
#include "app/MainWindow.h"
#include "app/merchant/ConflictDialog.h"
#include "app/merchant/MerchantPane.h"
#include "app/merchant/OrderDetailPanel.h"
#include "merchant/LiveUpdates.h"
#include "merchant/OrderListSession.h"
#include "merchant/SavedViews.h"
#include "models/OrderTableModel.h"
#include "support/ComboChoice.h"
#include "support/DesktopHarness.h"
#include "support/MenuChoice.h"
#include "support/Screenshots.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDateEdit>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using merchant::OrderColumn;
using models::OrderTableModel;

namespace {
constexpr int kOrderCount = 10001; // one more than the API's count cap

app::AppOptions noDemoOrders()
{
    app::AppOptions options;
    options.demoOrders = 0; // the desk holds exactly the generated orders
    return options;
}
} // namespace

class TestMerchantTriage : public QObject
{
    Q_OBJECT

private:
    testsupport::DesktopHarness m_app{noDemoOrders()};
    /// Another merchant client of the same sandbox: reads orders as they are on the server.
    std::unique_ptr<api::ApiSession> m_oracle;
    QString m_confirmedId; // confirmed with the C key by keyboardTriage()

    app::MerchantPane *pane() const { return m_app.window()->merchant(); }
    QTableView *table() const { return pane()->findChild<QTableView *>(u"ordersTable"_s); }
    OrderTableModel *model() const { return pane()->orderModel(); }
    QString countText() const { return pane()->findChild<QLabel *>(u"countLabel"_s)->text(); }

    /// Runs `change` (a seller's filter or view change) and waits for the list the desk loads after it.
    void waitForFreshList(const std::function<void()> &change)
    {
        QSignalSpy pages(pane()->session(), &merchant::OrderListSession::pageLoaded);
        change();
        QVERIFY(pages.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(!pane()->session()->isLoading(), 20000);
    }

    /// Chooses the item `row` of the pane's combo box `name` with real input.
    void chooseRow(const QString &name, int row)
    {
        auto *combo = pane()->findChild<QComboBox *>(name);
        QVERIFY2(combo && row >= 0, qPrintable(name));
        QVERIFY2(testsupport::chooseFromPopup(combo, row), qPrintable(name));
    }
    void choose(const QString &name, const QVariant &data)
    {
        chooseRow(name, pane()->findChild<QComboBox *>(name)->findData(data));
    }

    /// Clicks the table's row `row` (scrolled into view), as the seller does.
    void clickRow(int row)
    {
        const QModelIndex index = model()->index(row, 0);
        table()->scrollTo(index);
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, table()->visualRect(index).center());
        QTRY_COMPARE(table()->currentIndex().row(), row);
    }

    /// Saves the current filter as the view `name` (the save button's dialog, typed and confirmed).
    void saveView(const QString &name)
    {
        QTest::mouseClick(pane()->findChild<QToolButton *>(u"saveViewButton"_s), Qt::LeftButton);
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = pane()->findChild<QInputDialog *>(u"saveViewDialog"_s)) && dialog->isVisible());
        auto *edit = dialog->findChild<QLineEdit *>();
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClicks(edit, name);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE(pane()->findChild<QComboBox *>(u"savedViewCombo"_s)->currentText(), name);
    }

    /// Shows the merchant pane (Ctrl+2) with live updates off (versions stay as the test sees them) and
    /// waits for its list; with `refresh`, the seller first asks for the list again.
    void openDesk(bool refresh)
    {
        m_app.window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_app.window()));
        QTest::keyClick(m_app.window(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_app.window()->currentPane(), app::MainWindow::Merchant);
        QTRY_VERIFY(pane()->isVisible());
        auto *live = pane()->findChild<QCheckBox *>(u"liveCheck"_s);
        if (live->isChecked())
            QTest::mouseClick(live, Qt::LeftButton);
        QVERIFY(!live->isChecked());
        if (refresh) {
            waitForFreshList([this] {
                QTest::mouseClick(pane()->findChild<QToolButton *>(u"refreshButton"_s), Qt::LeftButton);
            });
        }
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 0 && !pane()->session()->isLoading(), 30000);
    }

    /// Closes the app and opens it again (the next run of the same seller, same settings), on the desk.
    void restart()
    {
        m_oracle.reset();
        m_app.stop();
        QVERIFY(m_app.start(QSize(1400, 900)));
        m_oracle = m_app.apiSession(u"merchant");
        QVERIFY(m_oracle);
        openDesk(false);
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

    /// Right-clicks the table's header and clicks the entry `title` of the menu it opens (QMenu::exec).
    void clickHeaderMenu(const QString &title)
    {
        QWidget *viewport = table()->horizontalHeader()->viewport();
        const bool clicked = testsupport::chooseFromMenu(
            [viewport] {
                const QPoint at(10, 5);
                QContextMenuEvent event(QContextMenuEvent::Mouse, at, viewport->mapToGlobal(at));
                QApplication::sendEvent(viewport, &event);
            },
            title);
        QVERIFY2(clicked, qPrintable(title));
    }

    /// Clicks the entry `title` of the menu the push button `name` opens.
    void clickButtonMenu(const QString &name, const QString &title)
    {
        QVERIFY2(testsupport::chooseFromButtonMenu(pane()->findChild<QPushButton *>(name), title),
                 qPrintable(title));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_app.tuneSandbox([](sandbox::SandboxConfig &config) {
            config.outside.omsReadyAfterSeconds = 0;
            config.outside.omsShipAfterSeconds = 3600; // no OMS delivery during the test
        });
        QVERIFY(m_app.start(QSize(1400, 900)));
        QVERIFY(m_app.sandbox()->credentials().omsUrl.isValid());
        QString error;
        QVERIFY2(m_app.addGeneratedOrders(kOrderCount, 11, &error), qPrintable(error));
        m_oracle = m_app.apiSession(u"merchant");
        QVERIFY(m_oracle);
        openDesk(true); // the desk loaded before the orders were generated: the seller refreshes
    }

    void cleanupTestCase()
    {
        m_oracle.reset();
        m_app.stop();
    }

    void countReadsTenThousandPlusWhenCapped()
    {
        const QString exact = pane()->locale().toString(kOrderCount);
        const QString capped = pane()->locale().toString(merchant::OrderListSession::kTotalCap) + u'+';
        QTRY_VERIFY_WITH_TIMEOUT(countText().startsWith(exact + u' '), 20000); // unfiltered: exact
        auto *fromDate = pane()->findChild<QDateEdit *>(u"fromDateEdit"_s);
        QTest::mouseClick(pane()->findChild<QToolButton *>(u"moreFiltersButton"_s), Qt::LeftButton);
        QTRY_VERIFY(fromDate->isVisible());
        // A predicate that every order matches (a date as picked in the calendar).
        waitForFreshList([&] { fromDate->setDate(QDate(2001, 1, 1)); });
        QTRY_VERIFY_WITH_TIMEOUT(countText().startsWith(capped + u' '), 20000);
        QCOMPARE(capped, u"10,000+"_s); // the pane's locale in this test groups digits with commas
        screenshot(pane(), u"merchant-count-capped.png"_s);
        waitForFreshList([&] { fromDate->setDate(fromDate->minimumDate()); });
        QTRY_VERIFY_WITH_TIMEOUT(countText().startsWith(exact + u' '), 20000);
        QTest::mouseClick(pane()->findChild<QToolButton *>(u"moreFiltersButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!fromDate->isVisible());
    }

    void columnsAreChosenOrderedAndRemembered()
    {
        QVERIFY(model()->columns().contains(OrderColumn::PurchaseOrder));
        QVERIFY(!model()->columns().contains(OrderColumn::Country));
        clickHeaderMenu(OrderTableModel::columnTitle(OrderColumn::PurchaseOrder));
        clickHeaderMenu(OrderTableModel::columnTitle(OrderColumn::Country));
        QVERIFY(!model()->columns().contains(OrderColumn::PurchaseOrder));
        QCOMPARE(model()->columns().last(), OrderColumn::Country);
        // Drag the country column to the front (where the header's drag ends).
        QHeaderView *header = table()->horizontalHeader();
        header->moveSection(header->visualIndex(int(model()->columns().size()) - 1), 0);
        QCOMPARE(model()->columns().first(), OrderColumn::Country);
        QCOMPARE(model()->headerData(0, Qt::Horizontal).toString(),
                 OrderTableModel::columnTitle(OrderColumn::Country));
        QCOMPARE(model()->data(model()->index(0, 0)).toString(),
                 merchant::plainValue(*model()->summary(0), OrderColumn::Country));
        const QList<OrderColumn> chosen = model()->columns();

        // The next run of the app (same settings) opens the desk with the same columns in the same order.
        restart();
        QCOMPARE(model()->columns(), chosen);
        QCOMPARE(model()->headerData(0, Qt::Horizontal).toString(),
                 OrderTableModel::columnTitle(OrderColumn::Country));

        clickHeaderMenu(u"Reset columns"_s);
        QCOMPARE(model()->columns(), merchant::defaultOrderColumns());
    }

    void savedViewRestoresFiltersAndColumnsAndPersists()
    {
        auto *stateCombo = pane()->findChild<QComboBox *>(u"orderStateCombo"_s);
        waitForFreshList([this] { choose(u"orderStateCombo"_s, u"Confirmed"_s); });
        waitForFreshList([this] { choose(u"poCombo"_s, true); });
        const merchant::OrderFilter wanted = pane()->currentFilter();

        saveView(u"B2B to ship"_s);
        auto *views = pane()->findChild<QComboBox *>(u"savedViewCombo"_s);

        // Back to all orders, then the view again.
        waitForFreshList([this] { chooseRow(u"savedViewCombo"_s, 0); });
        QCOMPARE(pane()->currentFilter(), merchant::OrderFilter{});
        const int index = views->findText(u"B2B to ship"_s);
        QVERIFY(index > 0);
        waitForFreshList([&] { chooseRow(u"savedViewCombo"_s, index); });
        QCOMPARE(pane()->currentFilter(), wanted);
        QCOMPARE(stateCombo->currentData().toString(), u"Confirmed"_s);
        QVERIFY(model()->rowCount() > 0);
        for (int row = 0; row < model()->rowCount(); ++row) {
            QCOMPARE(model()->summary(row)->orderState, core::OrderState::Confirmed);
            QVERIFY(model()->summary(row)->purchaseOrderNumber.has_value());
        }
        // Persisted: another reader of the same settings sees the view.
        m_app.settings()->sync();
        QSettings reread(m_app.dataPath(u"settings.ini"_s), QSettings::IniFormat);
        const std::optional<merchant::SavedView> stored =
            merchant::SavedViews(&reread).view(u"B2B to ship"_s);
        QVERIFY(stored);
        QCOMPARE(stored->filter, wanted);

        waitForFreshList([this] { chooseRow(u"savedViewCombo"_s, 0); });
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
        QSignalSpy pages(pane()->session(), &merchant::OrderListSession::pageLoaded);
        clickHeader(totalSection);
        QTRY_VERIFY_WITH_TIMEOUT(pages.size() >= 1, 20000);
        QCOMPARE(pane()->currentFilter().sortField, merchant::OrderFilter::SortField::TotalPrice);
        QVERIFY(pane()->currentFilter().descending);
        QCOMPARE(header->sortIndicatorSection(), totalSection);
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QVERIFY(model()->rowCount() > 1);
        for (int row = 1; row < model()->rowCount(); ++row)
            QVERIFY(model()->summary(row - 1)->totalPrice.centAmount() >=
                    model()->summary(row)->totalPrice.centAmount());
        screenshot(pane(), u"merchant-sorted-by-total.png"_s);

        pages.clear();
        clickHeader(totalSection); // again: the other way round
        QTRY_VERIFY_WITH_TIMEOUT(pages.size() >= 1, 20000);
        QVERIFY(!pane()->currentFilter().descending);
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        for (int row = 1; row < model()->rowCount(); ++row)
            QVERIFY(model()->summary(row - 1)->totalPrice.centAmount() <=
                    model()->summary(row)->totalPrice.centAmount());

        // The customer column has no index to sort by: the click changes nothing.
        const int customerSection = int(model()->columns().indexOf(OrderColumn::Customer));
        QVERIFY(customerSection >= 0);
        pages.clear();
        clickHeader(customerSection);
        QVERIFY(!pane()->session()->isLoading()); // a reload would have started at once
        QCOMPARE(pages.size(), 0);
        QCOMPARE(header->sortIndicatorSection(), totalSection);

        // A saved view keeps the sort.
        saveView(u"Smallest first"_s);
        auto *views = pane()->findChild<QComboBox *>(u"savedViewCombo"_s);
        waitForFreshList([this] { chooseRow(u"savedViewCombo"_s, 0); });
        QCOMPARE(pane()->currentFilter().sortField, merchant::OrderFilter::SortField::CreatedAt);
        const int index = views->findText(u"Smallest first"_s);
        QVERIFY(index > 0);
        waitForFreshList([&] { chooseRow(u"savedViewCombo"_s, index); });
        QCOMPARE(pane()->currentFilter().sortField, merchant::OrderFilter::SortField::TotalPrice);
        QVERIFY(!pane()->currentFilter().descending);
        QCOMPARE(header->sortIndicatorSection(), int(model()->columns().indexOf(OrderColumn::Total)));

        waitForFreshList([this] { chooseRow(u"savedViewCombo"_s, 0); });
    }

    void detailDetachesIntoAWindowAndDocksBackOnClose()
    {
        QTRY_VERIFY(pane()->detail()->order().has_value());
        QVERIFY(!pane()->detailWindow());
        QTest::mouseClick(pane()->detail()->findChild<QToolButton *>(u"detachButton"_s), Qt::LeftButton);
        QTRY_VERIFY(pane()->detailWindow() && pane()->detailWindow()->isVisible());
        QVERIFY(pane()->detailWindow()->isAncestorOf(pane()->detail()));
        QVERIFY(pane()->detail()->isVisible());
        screenshot(pane()->detailWindow(), u"merchant-detail-window.png"_s);
        // The detached detail still follows the table's current row.
        clickRow(3);
        QTRY_COMPARE(pane()->detail()->order()->id, model()->summary(3)->id);
        pane()->detailWindow()->close();
        QTRY_VERIFY(!pane()->detailWindow());
        QVERIFY(pane()->isAncestorOf(pane()->detail()));
        QVERIFY(pane()->detail()->isVisible());
    }

    void keyboardTriage()
    {
        QTableView *view = table();
        m_app.window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_app.window()));
        clickRow(0);
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_J);
        QTest::keyClick(view, Qt::Key_J);
        QCOMPARE(view->currentIndex().row(), 2);
        QTest::keyClick(view, Qt::Key_K);
        QCOMPARE(view->currentIndex().row(), 1);
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentIndex().row(), 2);
        QTRY_COMPARE(pane()->detail()->order()->id, model()->summary(2)->id);

        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY(pane()->detail()->hasFocus() ||
                    pane()->detail()->isAncestorOf(QApplication::focusWidget()));

        // A single key acts on the current order: C confirms.
        const int row =
            rowWhere([](const core::OrderSummary &o) { return o.orderState == core::OrderState::Open; });
        QVERIFY(row >= 0);
        const QString id = model()->summary(row)->id;
        clickRow(row);
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_C);
        QTRY_COMPARE_WITH_TIMEOUT(model()->summary(model()->rowOf(id))->orderState,
                                  core::OrderState::Confirmed, 10000);
        m_confirmedId = id;

        auto *search = pane()->findChild<QLineEdit *>(u"orderSearchEdit"_s);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Slash);
        QTRY_VERIFY(search->hasFocus());
        QVERIFY(search->text().isEmpty()); // the slash focused, it was not typed
        // Ctrl+F in the window (the pane once had a second Find shortcut: ambiguous, so nothing happened).
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
        api::OrderClient reader(m_oracle->transport());
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
        waitForFreshList([this] {
            QTest::mouseClick(pane()->findChild<QToolButton *>(u"refreshButton"_s), Qt::LeftButton);
        });
        const int fresh = model()->rowOf(order.id);
        QVERIFY(fresh >= 0);
        const int omsColumn = int(model()->columns().indexOf(OrderColumn::OmsSync));
        QVERIFY(omsColumn >= 0);
        QCOMPARE(model()->data(model()->index(fresh, omsColumn)).toString(), u"Synced"_s);
        clickRow(fresh);
        QTRY_VERIFY_WITH_TIMEOUT(pane()->detail()->detailHtml().contains(u"Delivery attempts"_s), 10000);
        QVERIFY(
            pane()->detail()->detailHtml().contains(synced->syncInfo.first().externalId.value_or(u"?"_s)));
        screenshot(pane(), u"merchant-oms-log.png"_s);
    }

    void omsWriteBackUnderAnActionIsAppliedWithoutAsking()
    {
        // Confirm an Open order through the pane; its message reaches the OMS, which writes syncInfo (and
        // shipment Ready) back. The pane still holds the version it confirmed (live updates are off).
        const int row =
            rowWhere([](const core::OrderSummary &o) { return o.orderState == core::OrderState::Open; });
        QVERIFY(row >= 0);
        const QString id = model()->summary(row)->id;
        clickRow(row);
        QTRY_VERIFY_WITH_TIMEOUT(pane()->detail()->order() && pane()->detail()->order()->id == id, 10000);
        QTest::mouseClick(pane()->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(model()->summary(model()->rowOf(id))->orderState,
                                  core::OrderState::Confirmed, 10000);
        const core::OrderSummary seen = *model()->summary(model()->rowOf(id));
        api::OrderClient reader(m_oracle->transport());
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
        clickRow(model()->rowOf(id));
        QTRY_VERIFY_WITH_TIMEOUT(pane()->detail()->order() && pane()->detail()->order()->id == id, 10000);
        const core::PaymentState target = seen.paymentState == core::PaymentState::Paid
                                              ? core::PaymentState::BalanceDue
                                              : core::PaymentState::Paid;
        clickButtonMenu(u"paymentButton"_s, OrderTableModel::stateText(target));
        QTRY_VERIFY_WITH_TIMEOUT(
            pane()->findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"applied again"_s), 10000);
        QCOMPARE(model()->summary(model()->rowOf(id))->paymentState, std::optional(target));
        QVERIFY(!pane()->findChild<app::ConflictDialog *>());
        QVERIFY(model()->summary(model()->rowOf(id))->version > seen.version + 1);
    }

    void newOrderNotificationCanBeTurnedOffAndIsRemembered()
    {
        auto *notify = pane()->findChild<QCheckBox *>(u"notifyCheck"_s);
        QVERIFY(notify->isChecked());
        QSignalSpy notified(pane(), &app::MerchantPane::newOrdersNotified);
        api::OrderClient reader(m_oracle->transport());
        auto *job = reader.byId(model()->summary(0)->id);
        QSignalSpy done(job, &api::ApiJob::finished);
        QVERIFY(done.wait(10000));
        QVERIFY(job->result().ok());
        const core::Order order = job->result().value();
        // What the desk's live updates report when new orders come in (they are off in this test).
        Q_EMIT pane()->liveUpdates()->newOrders({order});
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.first().at(0).toInt(), 1);
        QVERIFY(notified.first().at(1).toString().contains(order.orderNumber.value()));
        // In the window as well (a desktop may have no tray), counting until the seller dismisses it.
        auto *notice = pane()->findChild<QWidget *>(u"newOrdersNotice"_s);
        auto *words = notice->findChild<QLabel *>(u"noticeLabel"_s);
        QTRY_VERIFY(notice->isVisible());
        QCOMPARE(words->text(), u"1 new order, latest %1"_s.arg(*order.orderNumber));
        Q_EMIT pane()->liveUpdates()->newOrders({order, order});
        QCOMPARE(words->text(), u"3 new orders, latest %1"_s.arg(*order.orderNumber));
        QTest::mouseClick(notice->findChild<QWidget *>(u"noticeDismissButton"_s), Qt::LeftButton);
        QVERIFY(!notice->isVisible());
        notified.clear();

        QTest::mouseClick(notify, Qt::LeftButton);
        QVERIFY(!notify->isChecked());
        Q_EMIT pane()->liveUpdates()->newOrders({order});
        QCOMPARE(notified.size(), 0);
        QVERIFY(!notice->isVisible());
        // The next run of the app remembers the choice.
        restart();
        notify = pane()->findChild<QCheckBox *>(u"notifyCheck"_s);
        QVERIFY(!notify->isChecked());
        QTest::mouseClick(notify, Qt::LeftButton);
        QVERIFY(notify->isChecked());
    }
};

QTEST_MAIN(TestMerchantTriage)
#include "TestMerchantTriage.moc"
