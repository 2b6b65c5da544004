// SPDX-License-Identifier: MIT
// The seller's desk end to end in the real app (tests/support/DesktopHarness.h: the composition root on its
// embedded sandbox, here without outside systems, with generated orders), the merchant pane offscreen,
// driven by clicks and keys. Covers issue #7 "Done when". The orders are read and changed "by someone
// else" through a merchant session of the test's own.
#include "api/BusinessUnitClient.h"
#include "api/OrderClient.h"
#include "api/actions/OrderActions.h"
#include "app/BackendSwitch.h"
#include "app/Composition.h"
#include "app/MainWindow.h"
#include "app/SettingsController.h"
#include "app/merchant/AddDeliveryDialog.h"
#include "app/merchant/BulkProgressDialog.h"
#include "app/merchant/ConflictDialog.h"
#include "app/merchant/DeskPrompter.h"
#include "app/merchant/ExportDialog.h"
#include "app/merchant/MerchantPane.h"
#include "app/merchant/OrderDetailPanel.h"
#include "app/settings/ConnectionProfile.h"
#include "app/settings/ProfileStore.h"
#include "app/settings/SecretVault.h"
#include "app/settings/SettingsDialog.h"
#include "merchant/BulkRunner.h"
#include "merchant/CsvExporter.h"
#include "merchant/MerchantContext.h"
#include "merchant/OrderDesk.h"
#include "merchant/OrderListSession.h"
#include "merchant/PdfText.h"
#include "models/OrderTableModel.h"
#include "sandbox/Sandbox.h"
#include "sandbox/orders/OrderGenerator.h"
#include "support/ComboChoice.h"
#include "support/DesktopHarness.h"
#include "support/MenuChoice.h"
#include "support/Screenshots.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using models::OrderTableModel;

namespace {
// Generated orders spread over 18 months with states that fit their age (only the last days' orders are
// still Open), so enough of them are needed for several Open ones to act on.
constexpr int kOrderCount = 1500;

app::AppOptions noDemoOrders()
{
    app::AppOptions options;
    options.demoOrders = 0; // the desk holds exactly the generated orders
    return options;
}
} // namespace

class TestMerchantPane : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    testsupport::DesktopHarness m_app{noDemoOrders()};
    /// Another merchant client of the same sandbox: reads orders as they are and changes them underneath.
    std::unique_ptr<api::ApiSession> m_oracle;
    std::unique_ptr<sandbox::Sandbox> m_elsewhere; ///< the view-only seller's backend (the last test)

    app::MerchantPane *pane() const { return m_app.window()->merchant(); }

    void screenshot(QWidget *widget, const QString &name)
    {
        QApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // labels sized to their last text
        testsupport::saveScreenshot(widget, name);
    }

    core::Order fetch(const QString &id)
    {
        api::OrderClient reader(m_oracle->transport());
        auto *job = reader.byId(id);
        QSignalSpy done(job, &api::ApiJob::finished);
        if (!done.wait(10000) || !job->result().ok())
            qFatal("the order could not be read");
        return job->result().value();
    }

    /// Another client changes the order underneath the pane (which keeps the version it showed).
    void changeUnderneath(const core::Order &order, const QList<api::OrderUpdateAction> &actions)
    {
        api::OrderClient other(m_oracle->transport());
        auto *job = other.update(order.id, order.version, actions);
        QSignalSpy done(job, &api::ApiJob::finished);
        QVERIFY(done.wait(10000));
        QVERIFY(job->result().ok());
    }

    QTableView *table() const { return pane()->findChild<QTableView *>(u"ordersTable"_s); }
    OrderTableModel *model() const { return pane()->orderModel(); }

    int rowWhere(const std::function<bool(const core::OrderSummary &)> &predicate) const
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (predicate(*model()->summary(row)))
                return row;
        }
        return -1;
    }

    /// Makes `row` current and selected and waits until the detail shows its order (fetched by id).
    void select(int row)
    {
        const QModelIndex index = model()->index(row, 0);
        table()->scrollTo(index);
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, table()->visualRect(index).center());
        QTRY_COMPARE(table()->selectionModel()->selectedRows().size(), 1);
        const QString id = model()->summary(row)->id;
        QTRY_VERIFY_WITH_TIMEOUT(pane()->detail()->order() && pane()->detail()->order()->id == id, 10000);
    }

    /// Runs `change` (a seller's filter change) and waits for the list the desk loads after it.
    void waitForFreshList(const std::function<void()> &change)
    {
        QSignalSpy pages(pane()->session(), &merchant::OrderListSession::pageLoaded);
        change();
        QVERIFY(pages.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(!pane()->session()->isLoading(), 20000);
    }

    /// Chooses the item of the pane's combo box `name` whose data is `data`, with real input.
    void choose(const QString &name, const QVariant &data)
    {
        auto *combo = pane()->findChild<QComboBox *>(name);
        QVERIFY2(combo, qPrintable(name));
        const int row = data.isValid() ? combo->findData(data) : 0;
        QVERIFY2(row >= 0, qPrintable(name));
        QVERIFY2(testsupport::chooseFromPopup(combo, row), qPrintable(name));
    }

    /// Ctrl+clicks `rows` on the real table (scrolled into view), as a seller selects several orders.
    void clickSelect(const QList<int> &rows)
    {
        table()->clearSelection();
        for (int row : rows) {
            const QModelIndex index = model()->index(row, 0);
            table()->scrollTo(index);
            QTest::mouseClick(table()->viewport(), Qt::LeftButton, Qt::ControlModifier,
                              table()->visualRect(index).center());
        }
        QTRY_COMPARE(table()->selectionModel()->selectedRows().size(), rows.size());
    }

    QDialog *sellerDialog() const
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (widget->objectName() == u"sellerDetailsDialog"_s && widget->isVisible())
                return qobject_cast<QDialog *>(widget);
        }
        return nullptr;
    }

    /// Clicks the entry `title` of the Print button's menu.
    void clickPrintMenu(const QString &title)
    {
        QVERIFY2(testsupport::chooseFromButtonMenu(pane()->findChild<QPushButton *>(u"printButton"_s), title),
                 qPrintable(title));
    }

    /// Clicks the real button `button` on the open box `name` (DeskPrompter's buttons).
    void answer(const QString &name, const QString &button)
    {
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = pane()->findChild<QMessageBox *>(name)) && box->isVisible(), 10000);
        QTest::mouseClick(box->findChild<QPushButton *>(button), Qt::LeftButton);
        QTRY_VERIFY(!pane()->findChild<QMessageBox *>(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // The OMS answers every order message by writing back (syncInfo, shipment state) with the admin
        // client, which bumps versions under the pane's actions at random moments; the conflict case
        // is provoked explicitly below instead.
        m_app.tuneSandbox([](sandbox::SandboxConfig &config) { config.outside.enabled = false; });
        QVERIFY(m_app.start(QSize(1400, 900)));
        QString error;
        QVERIFY2(m_app.addGeneratedOrders(kOrderCount, 7, &error), qPrintable(error));
        m_oracle = m_app.apiSession(u"merchant");
        QVERIFY(m_oracle);

        m_app.window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_app.window()));
        QTest::keyClick(m_app.window(), Qt::Key_2, Qt::ControlModifier); // the merchant pane
        QCOMPARE(m_app.window()->currentPane(), app::MainWindow::Merchant);
        QTRY_VERIFY(pane()->isVisible());
        auto *live = pane()->findChild<QCheckBox *>(u"liveCheck"_s);
        QVERIFY(live->isChecked());
        QTest::mouseClick(live, Qt::LeftButton); // off: the 409 test changes orders underneath
        QVERIFY(!live->isChecked());
        // The desk loaded before the orders were generated: the seller refreshes.
        QSignalSpy pages(pane()->session(), &merchant::OrderListSession::pageLoaded);
        QTest::mouseClick(pane()->findChild<QToolButton *>(u"refreshButton"_s), Qt::LeftButton);
        QVERIFY(pages.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 0, 20000);
    }

    void cleanupTestCase()
    {
        m_oracle.reset();
        m_app.stop();
        if (m_elsewhere)
            m_elsewhere->stop();
    }

    void listsOrdersAndFiltersByStateDateAndPo()
    {
        QTRY_VERIFY_WITH_TIMEOUT(pane()->findChild<QLabel *>(u"countLabel"_s)->text() ==
                                     tr("%1 orders").arg(pane()->locale().toString(kOrderCount)),
                                 20000);
        screenshot(pane(), u"merchant-table.png"_s);
        auto *fromDate = pane()->findChild<QDateEdit *>(u"fromDateEdit"_s);
        waitForFreshList([this] { choose(u"orderStateCombo"_s, u"Open"_s); });
        waitForFreshList([this] { choose(u"poCombo"_s, false); });
        QTest::mouseClick(pane()->findChild<QToolButton *>(u"moreFiltersButton"_s), Qt::LeftButton);
        QTRY_VERIFY(fromDate->isVisible());
        const QDate from = QDate::currentDate().addMonths(-6);
        waitForFreshList([&] { fromDate->setDate(from); }); // as picked in its calendar
        const merchant::OrderFilter filter = pane()->currentFilter();
        QCOMPARE(filter.orderStates, QList<core::OrderState>{core::OrderState::Open});
        QCOMPARE(filter.hasPurchaseOrderNumber, std::optional<bool>(false));
        QVERIFY(model()->rowCount() > 0);
        for (int row = 0; row < model()->rowCount(); ++row) {
            const core::OrderSummary *order = model()->summary(row);
            QCOMPARE(order->orderState, core::OrderState::Open);
            QVERIFY(!order->purchaseOrderNumber);
            QVERIFY(order->createdAt >= from.startOfDay());
        }
        // Back to everything for the next tests.
        waitForFreshList([this] { choose(u"orderStateCombo"_s, {}); });
        waitForFreshList([this] { choose(u"poCombo"_s, {}); });
        waitForFreshList([&] { fromDate->setDate(fromDate->minimumDate()); });
        QTest::mouseClick(pane()->findChild<QToolButton *>(u"moreFiltersButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!fromDate->isVisible());
        QCOMPARE(pane()->currentFilter(), merchant::OrderFilter{});
    }

    /// The seller types a piece of a PO number, lower case, into the real search box: the table shows every
    /// order whose PO number contains it (exact matching found none of them), and the count says how many.
    void searchFindsPartialText()
    {
        // The oracle: every order with a PO number, read through the API.
        int want = 0;
        api::OrderClient orders(m_oracle->transport());
        for (int offset = 0;; offset += 500) {
            auto *job = orders.querySummaries(
                api::ResourceQuery().where(u"purchaseOrderNumber is defined"_s).limit(500).offset(offset));
            QSignalSpy done(job, &api::ApiJob::finished);
            QVERIFY(done.wait(20000));
            QVERIFY(job->result().ok());
            for (const core::OrderSummary &order : job->result().value().results)
                want += order.purchaseOrderNumber->contains(u"po-20"_s, Qt::CaseInsensitive) ? 1 : 0;
            if (job->result().value().results.size() < 500)
                break;
        }
        QVERIFY2(want > 50, "too few generated orders have a PO number: the test tests little");
        auto *search = pane()->findChild<QLineEdit *>(u"orderSearchEdit"_s);
        search->setFocus();
        QTest::keyClicks(search, u"po-20"_s);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 0 && model()->summary(0)->purchaseOrderNumber, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(pane()->findChild<QLabel *>(u"countLabel"_s)->text(),
                                  tr("%1 orders").arg(pane()->locale().toString(want)), 20000);
        while (pane()->session()->canFetchMore()) {
            pane()->session()->fetchMore();
            QTRY_VERIFY_WITH_TIMEOUT(!pane()->session()->isLoading(), 20000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), want, 20000);
        for (int row = 0; row < model()->rowCount(); ++row)
            QVERIFY(model()->summary(row)->purchaseOrderNumber->contains(u"PO-20"_s));
        screenshot(pane(), u"merchant-partial-search.png"_s);
        search->clear();
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(pane()->findChild<QLabel *>(u"countLabel"_s)->text(),
                                  tr("%1 orders").arg(pane()->locale().toString(kOrderCount)), 20000);
    }

    /// The table holds summaries; the detail fetches the order: it says so while it waits, and says why when
    /// the order cannot be read (here: deleted meanwhile, 404).
    void detailLoadsByIdAndSaysWhenItCannot()
    {
        QVERIFY(model()->rowCount() > 1);
        const core::OrderSummary row = *model()->summary(1);
        app::OrderDetailPanel *detail = pane()->detail();
        select(0);
        const QModelIndex index = model()->index(1, 0);
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, table()->visualRect(index).center());
        QVERIFY(!detail->order());
        auto *browser = detail->findChild<QTextBrowser *>();
        QVERIFY(browser);
        QVERIFY(browser->toPlainText().contains(u"Loading the order"_s));
        screenshot(pane(), u"merchant-detail-loading.png"_s);
        QTRY_VERIFY_WITH_TIMEOUT(detail->order() && detail->order()->id == row.id, 10000);

        // An order the table still lists but that is gone on the server (what the row's click asks for).
        detail->showOrder(u"00000000-0000-4000-8000-000000000000"_s, u"G-GONE"_s);
        QTRY_VERIFY_WITH_TIMEOUT(browser->toPlainText().contains(u"could not be loaded"_s), 10000);
        // In words (ErrorPresenter), never the server's raw code.
        QVERIFY2(browser->toPlainText().contains(u"no longer exists"_s), qPrintable(browser->toPlainText()));
        QVERIFY2(!browser->toPlainText().contains(u"ResourceNotFound"_s), qPrintable(browser->toPlainText()));
        QVERIFY(!detail->order());
        screenshot(pane(), u"merchant-detail-failed.png"_s);
        detail->showOrder(row.id, row.displayNumber()); // back to the current row for the next tests
        QTRY_VERIFY_WITH_TIMEOUT(detail->order() && detail->order()->id == row.id, 10000);
    }

    void opensTheDetail()
    {
        const int row = rowWhere([](const core::OrderSummary &o) { return o.itemCount > 0; });
        QVERIFY(row >= 0);
        select(row);
        const core::Order order = fetch(model()->summary(row)->id);
        QTRY_VERIFY(pane()->detail()->order() && pane()->detail()->order()->id == order.id);
        const QString html = pane()->detail()->detailHtml();
        QVERIFY(html.contains(order.shippingAddress->country));
        auto *lines = pane()->detail()->findChild<QTableView *>(u"lineItemsTable"_s);
        QCOMPARE(lines->model()->rowCount(), order.lineItems.size());
        screenshot(pane(), u"merchant-detail.png"_s);
    }

    /// A seller reads business units by name: the Customer cell shows the unit's name (its key in the
    /// tooltip), and the detail names it with its key.
    void businessUnitsShowByName()
    {
        const int row = rowWhere([](const core::OrderSummary &o) { return o.businessUnitKey.has_value(); });
        QVERIFY2(row >= 0, "the generated orders include business-unit orders");
        const QString key = *model()->summary(row)->businessUnitKey;
        api::BusinessUnitClient units(m_oracle->transport());
        auto *job = units.businessUnits(api::ResourceQuery().where(u"key = :key"_s).variable(u"key"_s, key));
        QSignalSpy done(job, &api::ApiJob::finished);
        QVERIFY(done.wait(10000) && job->result().ok() && job->result().value().results.size() == 1);
        const QString name = job->result().value().results.first().name;
        QVERIFY(!name.isEmpty() && name != key);
        const int column = int(model()->columns().indexOf(core::OrderColumn::Customer));
        QVERIFY(column >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(model()->index(row, column).data().toString(), name, 10000);
        QVERIFY(model()->index(row, column).data(Qt::ToolTipRole).toString().startsWith(key));
        QCOMPARE(model()->index(row, column).data(models::OrderTableModel::PlainValueRole).toString(), key);
        select(row);
        QTRY_VERIFY(pane()->detail()->order() && pane()->detail()->order()->id == model()->summary(row)->id);
        QTRY_VERIFY2(pane()->detail()->detailHtml().contains(name + u" (" + key + u')'),
                     qPrintable(pane()->detail()->detailHtml()));
    }

    void confirmsAnOrder()
    {
        const int row =
            rowWhere([](const core::OrderSummary &o) { return o.orderState == core::OrderState::Open; });
        QVERIFY(row >= 0);
        select(row);
        const QString id = model()->summary(row)->id;
        QTest::mouseClick(pane()->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(model()->summary(model()->rowOf(id))->orderState,
                                  core::OrderState::Confirmed, 10000);
        // The history picks up the OrderStateChanged message of the change just made.
        auto *timeline = pane()->detail()->findChild<QAbstractItemView *>(u"timelineList"_s);
        QTRY_VERIFY_WITH_TIMEOUT(timeline->model()->rowCount() > 0, 10000);
        screenshot(pane(), u"merchant-history.png"_s);
    }

    void addsADeliveryWithTracking()
    {
        int row = -1;
        for (int r = 0; r < model()->rowCount() && row < 0; ++r) {
            const core::Order candidate = fetch(model()->summary(r)->id);
            if (candidate.deliveries().isEmpty() && !candidate.lineItems.isEmpty())
                row = r;
        }
        QVERIFY(row >= 0);
        select(row);
        const QString id = model()->summary(row)->id;
        QTest::mouseClick(pane()->findChild<QPushButton *>(u"addDeliveryButton"_s), Qt::LeftButton);
        app::AddDeliveryDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = pane()->findChild<app::AddDeliveryDialog *>()));
        dialog->setTracking(u"1Z999AA10123456784"_s, u"UPS"_s);
        dialog->accept();
        // The detail follows the updated order.
        QTRY_VERIFY_WITH_TIMEOUT(!pane()->detail()->order()->deliveries().isEmpty(), 10000);
        QCOMPARE(pane()->detail()->order()->id, id);
        const core::Delivery delivery = fetch(id).deliveries().first();
        QCOMPARE(delivery.parcels.size(), 1);
        QCOMPARE(delivery.parcels.first().trackingData->trackingId.value_or(QString()),
                 u"1Z999AA10123456784"_s);
    }

    void conflictShowsWhatChangedAndAppliesAgain()
    {
        const int row =
            rowWhere([](const core::OrderSummary &o) { return o.orderState == core::OrderState::Open; });
        QVERIFY(row >= 0);
        select(row);
        const core::Order seen = *pane()->detail()->order();
        // Someone else marks the payment failed underneath: what confirming depends on.
        changeUnderneath(seen, {api::OrderActions::changePaymentState(core::PaymentState::Failed)});

        QTest::mouseClick(pane()->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
        app::ConflictDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = pane()->findChild<app::ConflictDialog *>()), 10000);
        QVERIFY(std::any_of(dialog->conflict().changes.begin(), dialog->conflict().changes.end(),
                            [](const merchant::FieldChange &c) {
                                return c.field == u"paymentState"_s && c.after == u"Failed"_s;
                            }));
        screenshot(dialog, u"merchant-conflict.png"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"applyAgainButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(model()->summary(model()->rowOf(seen.id))->orderState,
                                  core::OrderState::Confirmed, 10000);
        QCOMPARE(model()->summary(model()->rowOf(seen.id))->paymentState,
                 std::optional(core::PaymentState::Failed));
        QTRY_VERIFY(!pane()->findChild<app::ConflictDialog *>());
    }

    void backgroundWriteBackIsReappliedWithoutAsking()
    {
        // What the OMS write-back does to an order (syncInfo, then shipment Ready) while the seller looks at
        // it: confirming on the stale version meets a 409 and is applied again without a dialog.
        const int row =
            rowWhere([](const core::OrderSummary &o) { return o.orderState == core::OrderState::Open; });
        QVERIFY(row >= 0);
        select(row);
        const core::Order seen = *pane()->detail()->order();
        changeUnderneath(
            seen, {api::OrderActions::updateSyncInfo(core::ResourceIdentifier::byKey(u"channel"_s, u"oms"_s),
                                                     u"OMS-TEST-1"_s)});
        changeUnderneath(fetch(seen.id),
                         {api::OrderActions::changeShipmentState(core::ShipmentState::Ready)});
        QCOMPARE(model()->summary(model()->rowOf(seen.id))->version, seen.version);

        QTest::mouseClick(pane()->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(model()->summary(model()->rowOf(seen.id))->orderState,
                                  core::OrderState::Confirmed, 10000);
        QVERIFY(!pane()->findChild<app::ConflictDialog *>());
        QCOMPARE(model()->summary(model()->rowOf(seen.id))->version, seen.version + 3);
        const core::Order after = fetch(seen.id);
        QCOMPARE(after.version, seen.version + 3); // two background updates, then the confirmation
        QCOMPARE(after.shipmentState, std::optional(core::ShipmentState::Ready));
        QVERIFY(std::any_of(after.syncInfo.begin(), after.syncInfo.end(),
                            [](const core::SyncInfo &s) { return s.externalId == u"OMS-TEST-1"_s; }));
        QVERIFY(pane()->findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"applied again"_s));
    }

    /// One order: C on a Complete order and "Delivered" on an Open order are refused with the reason.
    void singleBackwardMovesAreRefused()
    {
        const int complete =
            rowWhere([](const core::OrderSummary &o) { return o.orderState == core::OrderState::Complete; });
        QVERIFY(complete >= 0);
        const core::OrderSummary completeRow = *model()->summary(complete);
        clickSelect({complete});
        QTRY_VERIFY_WITH_TIMEOUT(pane()->detail()->order() && pane()->detail()->order()->id == completeRow.id,
                                 10000);
        m_app.window()->activateWindow(); // the C shortcut needs the table focused in the active window
        QVERIFY(QTest::qWaitForWindowActive(m_app.window()));
        table()->setFocus();
        QTRY_VERIFY(table()->hasFocus());
        QTest::keyClick(table(), Qt::Key_C);
        auto *status = pane()->findChild<QLabel *>(u"statusLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"does not go back to an earlier state"_s), 10000);
        QCOMPARE(fetch(completeRow.id).version, completeRow.version);

        const int open =
            rowWhere([](const core::OrderSummary &o) { return o.orderState == core::OrderState::Open; });
        QVERIFY(open >= 0);
        const core::OrderSummary openRow = *model()->summary(open);
        clickSelect({open});
        QTRY_VERIFY_WITH_TIMEOUT(pane()->detail()->order() && pane()->detail()->order()->id == openRow.id,
                                 10000);
        // The shipment menu: a real click on its "Delivered" entry.
        QVERIFY(
            testsupport::chooseFromButtonMenu(pane()->findChild<QPushButton *>(u"shipmentButton"_s),
                                              OrderTableModel::stateText(core::ShipmentState::Delivered)));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"confirm the order before it is shipped"_s), 10000);
        QCOMPARE(fetch(openRow.id).version, openRow.version);
    }

    void bulkConfirmsASelection()
    {
        QList<int> rows;
        for (int row = 0; row < model()->rowCount() && rows.size() < 6; ++row) {
            if (model()->summary(row)->orderState == core::OrderState::Open)
                rows.append(row);
        }
        QVERIFY(rows.size() >= 2);
        clickSelect(rows);
        merchant::BulkRunner *bulk = pane()->desk()->bulk();
        QSignalSpy finished(bulk, &merchant::BulkRunner::finished);
        QTest::mouseClick(pane()->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
        answer(u"bulkConfirmBox"_s, u"yesButton"_s);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toInt(), rows.size());
        auto *dialog = pane()->findChild<app::BulkProgressDialog *>();
        QVERIFY(dialog);
        screenshot(dialog, u"merchant-bulk.png"_s);
        for (int row : std::as_const(rows))
            QCOMPARE(model()->summary(row)->orderState, core::OrderState::Confirmed);
        dialog->accept();
    }

    /// Issue 20: bulk "Confirm" on a Complete order moved it back and said "Done"; no bulk run asked first.
    void bulkRunAsksFirstAndSkipsBackwardMoves()
    {
        const int open =
            rowWhere([](const core::OrderSummary &o) { return o.orderState == core::OrderState::Open; });
        const int complete =
            rowWhere([](const core::OrderSummary &o) { return o.orderState == core::OrderState::Complete; });
        QVERIFY(open >= 0 && complete >= 0);
        const core::OrderSummary openRow = *model()->summary(open);
        const core::OrderSummary completeRow = *model()->summary(complete);
        clickSelect({open, complete});

        // It says what it will do, to how many orders, and asks; "Don't" changes nothing.
        QSignalSpy asked(pane()->prompter(), &app::DeskPrompter::asked);
        QTest::mouseClick(pane()->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 10000);
        const QString question = asked.first().at(1).toString();
        QVERIFY2(question.contains(u"Confirm: 1 of the selected orders will be changed"_s),
                 qPrintable(question));
        QVERIFY2(question.contains(u"Would go back to an earlier state: 1"_s), qPrintable(question));
        screenshot(pane()->findChild<QMessageBox *>(u"bulkConfirmBox"_s), u"merchant-bulk-question.png"_s);
        answer(u"bulkConfirmBox"_s, u"noButton"_s);
        QVERIFY(pane()->findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"nothing was changed"_s));
        QCOMPARE(fetch(openRow.id).version, openRow.version);

        // Yes: the open order is confirmed, the complete one is listed as skipped with the reason.
        QSignalSpy finished(pane()->desk()->bulk(), &merchant::BulkRunner::finished);
        QTest::mouseClick(pane()->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
        answer(u"bulkConfirmBox"_s, u"yesButton"_s);
        QVERIFY(finished.wait(20000));
        auto *dialog = pane()->findChild<app::BulkProgressDialog *>();
        QVERIFY(dialog);
        auto *results = dialog->findChild<QTableWidget *>(u"bulkResultsTable"_s);
        QCOMPARE(results->rowCount(), 2);
        for (int r = 0; r < results->rowCount(); ++r) {
            const bool isComplete = results->item(r, 0)->text() == completeRow.displayNumber();
            QCOMPARE(results->item(r, 1)->text(), isComplete ? u"Skipped"_s : u"Done"_s);
            if (isComplete)
                QCOMPARE(results->item(r, 2)->text(), u"Would go back to an earlier state"_s);
        }
        screenshot(dialog, u"merchant-bulk-skipped.png"_s);
        const core::Order stillComplete = fetch(completeRow.id);
        QCOMPARE(stillComplete.orderState, core::OrderState::Complete);
        QCOMPARE(stillComplete.version, completeRow.version);
        QCOMPARE(fetch(openRow.id).orderState, core::OrderState::Confirmed);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"bulkCloseButton"_s), Qt::LeftButton);
    }

    void exportsCsv()
    {
        QTest::mouseClick(pane()->findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
        app::ExportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = pane()->findChild<app::ExportDialog *>()));
        const QString path = m_dir.filePath(u"orders.csv"_s);
        dialog->setFilePath(path);
        screenshot(dialog, u"merchant-export.png"_s);
        QSignalSpy finished(dialog->exporter(), &merchant::CsvExporter::finished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportStartButton"_s), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + kOrderCount);
        // The header names the table's columns, in the table's order.
        QCOMPARE(lines.first(), merchant::columnKeys(model()->columns()).join(u','));
        const qsizetype numberAt = model()->columns().indexOf(merchant::OrderColumn::OrderNumber);
        const qsizetype stateAt = model()->columns().indexOf(merchant::OrderColumn::OrderState);
        QVERIFY(numberAt >= 0 && stateAt >= 0);
        // One row per order, each order once; rows say what the table says (plain values).
        QHash<QString, QStringList> byNumber;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            QStringList fields = lines.at(i).split(u',');
            QVERIFY2(!lines.at(i).contains(u'"'), qPrintable(lines.at(i))); // no quoting needed in this data
            QCOMPARE(fields.size(), model()->columns().size());
            QVERIFY2(!byNumber.contains(fields.at(numberAt)), qPrintable(fields.at(numberAt)));
            byNumber.insert(fields.at(numberAt), fields);
        }
        QCOMPARE(byNumber.size(), kOrderCount);
        for (int row = 0; row < std::min(model()->rowCount(), 50); ++row) {
            const core::OrderSummary *order = model()->summary(row);
            const QStringList fields = byNumber.value(order->orderNumber.value());
            QCOMPARE(fields.size(), model()->columns().size());
            for (qsizetype c = 0; c < fields.size(); ++c)
                QCOMPARE(fields.at(c), merchant::plainValue(*order, model()->columns().at(c)));
        }
        dialog->reject();
    }

    void printsAPackingSlip()
    {
        QVERIFY(model()->rowCount() > 0);
        select(0);
        const core::Order order = fetch(model()->summary(0)->id);
        const QString path = m_dir.filePath(u"slip.pdf"_s);
        QSignalSpy written(pane(), &app::MerchantPane::documentsWritten);
        QVERIFY(pane()->printSelection(merchant::DocumentPrinter::Kind::PackingSlip, path));
        QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, 10000);
        QCOMPARE(written.first().at(0).toBool(), true);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = testsupport::pdfText(file.readAll()).remove(QRegularExpression(u"\\s"_s));
        QVERIFY(text.contains(order.orderNumber.value()));
        QVERIFY(text.contains(order.lineItems.first().variant.sku.value_or(u"?"_s)));
    }

    /// Issue 20: an invoice without the seller's identity is no invoice. Printing one without seller
    /// details says what is missing and offers the form; the form refuses a malformed VAT id and IBAN
    /// with everything typed kept, Cancel stores nothing; with valid details the invoice carries them and
    /// an invoice number of its own, and the same order printed again keeps that number.
    void invoiceNeedsSellerDetailsAndKeepsItsNumber()
    {
        QVERIFY(model()->rowCount() > 0);
        clickSelect({0});
        const core::Order order = fetch(model()->summary(0)->id);
        QSettings *settings = m_app.settings();
        QVERIFY(settings->value(u"seller/legalName"_s).toString().isEmpty());

        // Cancel stores nothing.
        clickPrintMenu(u"Seller details…"_s);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = sellerDialog()) && dialog->isVisible());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"legalNameEdit"_s), u"Not Kept GmbH"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"cancelButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!sellerDialog());
        QVERIFY(settings->value(u"seller/legalName"_s).toString().isEmpty());

        // A programmatic print is refused too.
        const QString path = m_dir.filePath(u"invoice.pdf"_s);
        QSignalSpy written(pane(), &app::MerchantPane::documentsWritten);
        QVERIFY(pane()->printSelection(merchant::DocumentPrinter::Kind::Invoice, path));
        QTRY_COMPARE(written.size(), 1);
        QCOMPARE(written.takeFirst().at(0).toBool(), false);
        QVERIFY(!QFile::exists(path));

        QSignalSpy asked(pane()->prompter(), &app::DeskPrompter::asked);
        clickPrintMenu(u"Invoice…"_s);
        QTRY_COMPARE(asked.size(), 1);
        QVERIFY2(asked.first().at(1).toString().contains(u"Legal name"_s),
                 qPrintable(asked.first().at(1).toString()));
        answer(u"sellerDetailsMissingBox"_s, u"yesButton"_s);
        QTRY_VERIFY((dialog = sellerDialog()) && dialog->isVisible());
        const auto type = [dialog](const QString &field, const QString &text) {
            auto *edit = dialog->findChild<QLineEdit *>(field + u"Edit"_s);
            QVERIFY2(edit, qPrintable(field));
            edit->setFocus();
            QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(edit, text);
        };
        type(u"legalName"_s, u"Muster Handel GmbH"_s);
        type(u"street"_s, u"Musterstrasse 1"_s); // keyClicks types ASCII only
        type(u"postalCode"_s, u"80331"_s);
        type(u"city"_s, u"Muenchen"_s);
        type(u"country"_s, u"DE"_s);
        type(u"vatId"_s, u"DE12345678"_s);            // one digit short
        type(u"iban"_s, u"DE89370400440532013001"_s); // checksum fails
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
        auto *problems = dialog->findChild<QLabel *>(u"problemsLabel"_s);
        QTRY_VERIFY(problems->isVisible());
        QVERIFY(problems->text().contains(u"VAT id"_s));
        QVERIFY(problems->text().contains(u"IBAN"_s));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QLineEdit *>(u"legalNameEdit"_s)->text(), u"Muster Handel GmbH"_s);
        QCOMPARE(QApplication::focusWidget(), dialog->findChild<QLineEdit *>(u"vatIdEdit"_s));
        QVERIFY(settings->value(u"seller/legalName"_s).toString().isEmpty());
        type(u"vatId"_s, u"DE123456789"_s);
        type(u"iban"_s, u"DE89 3704 0044 0532 0130 00"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!sellerDialog());
        QCOMPARE(settings->value(u"seller/vatId"_s).toString(), u"DE123456789"_s);

        QString number;
        for (int round = 0; round < 2; ++round) {
            QVERIFY(pane()->printSelection(merchant::DocumentPrinter::Kind::Invoice, path));
            QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, 10000);
            QCOMPARE(written.takeFirst().at(0).toBool(), true);
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = testsupport::pdfText(file.readAll()).remove(QRegularExpression(u"\\s"_s));
            QVERIFY(text.contains(u"MusterHandelGmbH"_s));
            QVERIFY(text.contains(u"DE123456789"_s));
            QVERIFY(text.contains(order.orderNumber.value()));
            const QString found = QRegularExpression(u"INV-\\d{6}"_s).match(text).captured();
            QVERIFY2(!found.isEmpty(), qPrintable(text.left(300)));
            if (round == 1)
                QCOMPARE(found, number); // printed again: the same number
            number = found;
        }

        // A B2B order: the buyer's VAT id (the customer's, read by the desk) is on the invoice, and the
        // countries are named, not coded.
        QVERIFY(!QFile::exists(path) || QFile::remove(path));
        const int b2b = rowWhere([](const core::OrderSummary &o) { return o.businessUnitKey.has_value(); });
        QVERIFY(b2b >= 0);
        clickSelect({b2b});
        QVERIFY(pane()->printSelection(merchant::DocumentPrinter::Kind::Invoice, path));
        QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, 10000);
        QCOMPARE(written.takeFirst().at(0).toBool(), true);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = testsupport::pdfText(file.readAll()).remove(QRegularExpression(u"\\s"_s));
        QVERIFY2(text.contains(u"YourVATid:DE811907980"_s), qPrintable(text.left(600)));
        QVERIFY2(text.contains(u"Germany"_s), qPrintable(text.left(600)));
    }

    /// A seller whose merchant client may only view orders: a profile for a sandbox elsewhere with the
    /// `merchant-readonly` client, chosen in the settings as a user does. The desk lists orders but offers
    /// no action, and the backend refuses a change through that client (403). Runs last: switching away
    /// from the embedded profile stops the embedded sandbox.
    void viewOnlyClientSeesNoActionsAndIsRefused()
    {
        sandbox::SandboxConfig config;
        config.dataDir = m_dir.filePath(u"elsewhere"_s);
        config.projectKey = u"elsewhere-shop"_s;
        config.outside.enabled = false;
        m_elsewhere = std::make_unique<sandbox::Sandbox>(config);
        QString error;
        QVERIFY2(m_elsewhere->start(&error), qPrintable(error));
        QVERIFY2(sandbox::OrderGenerator::generateInFile(config.dataDir + u"/sandbox.sqlite"_s, 60, 7, {}, {},
                                                         &error),
                 qPrintable(error));
        const sandbox::SandboxCredentials credentials = m_elsewhere->credentials();
        const sandbox::SandboxClient *storefront = credentials.client(u"storefront");
        const sandbox::SandboxClient *readonly = credentials.client(u"merchant-readonly");
        QVERIFY(storefront && readonly);

        app::ConnectionProfile profile;
        profile.name = u"View only"_s;
        profile.kind = app::ConnectionProfile::Kind::RemoteSandbox;
        profile.sandboxUrl = credentials.apiUrl;
        profile.projectKey = credentials.projectKey;
        profile.storefrontClientId = storefront->clientId;
        profile.merchantClientId = readonly->clientId;
        app::Composition *root = m_app.composition();
        root->profiles()->save(profile);
        for (const auto &[client, secret] :
             {std::pair{app::ConnectionProfile::StorefrontClient, storefront->clientSecret},
              std::pair{app::ConnectionProfile::MerchantClient, readonly->clientSecret}}) {
            int outcome = -1;
            root->secrets()->write(
                profile.name, client, secret, this,
                [&outcome](app::SecretVault::Outcome o, const QString &) { outcome = int(o); });
            QTRY_VERIFY_WITH_TIMEOUT(outcome != -1, 10000);
            QCOMPARE(outcome, int(app::SecretVault::Outcome::Stored));
        }
        QSignalSpy ready(root->backends(), &app::BackendSwitch::backendReady);
        app::SettingsDialog *dialog = root->settingsController()->openSettings();
        QVERIFY(dialog->selectProfile(profile.name));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"useButton"_s), Qt::LeftButton);
        QVERIFY(ready.wait(30000));
        if (dialog = m_app.window()->findChild<app::SettingsDialog *>(); dialog)
            dialog->close();

        QTRY_VERIFY(pane() && pane()->orderModel());
        QTRY_VERIFY_WITH_TIMEOUT(pane()->orderModel()->rowCount() > 0, 20000);
        QVERIFY(!m_app.backend()->merchant()->canAct());
        QVERIFY(!pane()->session()->canAct());
        QTRY_VERIFY_WITH_TIMEOUT(pane()->detail()->order().has_value(), 10000);
        screenshot(pane(), u"merchant-readonly.png"_s);
        for (const char *name : {"confirmButton", "completeButton", "cancelOrderButton", "shipmentButton",
                                 "paymentButton", "addDeliveryButton"})
            QVERIFY2(!pane()->findChild<QPushButton *>(QString::fromLatin1(name))->isVisible(), name);
        const core::OrderSummary order = *pane()->orderModel()->summary(0);
        auto *job = m_app.backend()->merchant()->orders()->update(
            order.id, order.version, {api::OrderActions::changeOrderState(core::OrderState::Cancelled)});
        QSignalSpy done(job, &api::ApiJob::finished);
        QVERIFY(done.wait(10000));
        QVERIFY(!job->result().ok());
        QCOMPARE(job->result().error().httpStatus, 403);
    }
};

QTEST_MAIN(TestMerchantPane)
#include "TestMerchantPane.moc"
