// SPDX-License-Identifier: MIT
// The seller's desk end to end: a real sandbox on loopback with generated orders, the merchant API client,
// the pane offscreen. Covers issue #7 "Done when".
#include "api/ApiSession.h"
#include "api/OrderClient.h"
#include "api/actions/OrderActions.h"
#include "app/merchant/AddDeliveryDialog.h"
#include "app/merchant/BulkProgressDialog.h"
#include "app/merchant/ConflictDialog.h"
#include "app/merchant/DeskPrompter.h"
#include "app/merchant/ExportDialog.h"
#include "app/merchant/MerchantPane.h"
#include "app/merchant/OrderDetailPanel.h"
#include "merchant/BulkRunner.h"
#include "merchant/CsvExporter.h"
#include "merchant/MerchantContext.h"
#include "merchant/OrderDesk.h"
#include "merchant/OrderListSession.h"
#include "merchant/PdfText.h"
#include "models/OrderTableModel.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/orders/OrderGenerator.h"
#include "support/SandboxConnection.h"
#include "support/Screenshots.h"
#include "support/TestNetwork.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
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
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using models::OrderTableModel;

namespace {
// Generated orders spread over 18 months with states that fit their age (only the last days' orders are
// still Open), so enough of them are needed for several Open ones to act on.
constexpr int kOrderCount = 1500;
} // namespace

class TestMerchantPane : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxHost> m_host;
    sandbox::SandboxCredentials m_credentials;
    std::unique_ptr<api::ApiSession> m_session;
    std::unique_ptr<merchant::MerchantContext> m_context;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<app::MerchantPane> m_pane;

    std::unique_ptr<api::ApiSession> sessionFor(const QString &clientName)
    {
        const api::ConnectionConfig config = testsupport::sandboxConnection(m_credentials, clientName);
        if (config.clientId.isEmpty())
            qFatal("no such sandbox client");
        return std::make_unique<api::ApiSession>(testsupport::testNetwork(), config,
                                                 api::OAuthTokenProvider::Grant::ClientCredentials);
    }

    void screenshot(QWidget *widget, const QString &name)
    {
        QApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // labels sized to their last text
        testsupport::saveScreenshot(widget, name);
    }

    core::Order fetch(const QString &id)
    {
        api::OrderClient reader(m_session->transport());
        auto *job = reader.byId(id);
        QSignalSpy done(job, &api::ApiJob::finished);
        if (!done.wait(10000) || !job->result().ok())
            qFatal("the order could not be read");
        return job->result().value();
    }

    /// Another client changes the order underneath the pane (which keeps the version it showed).
    void changeUnderneath(const core::Order &order, const QList<api::OrderUpdateAction> &actions)
    {
        api::OrderClient other(m_session->transport());
        auto *job = other.update(order.id, order.version, actions);
        QSignalSpy done(job, &api::ApiJob::finished);
        QVERIFY(done.wait(10000));
        QVERIFY(job->result().ok());
    }

    QTableView *table() const { return m_pane->findChild<QTableView *>(u"ordersTable"_s); }
    OrderTableModel *model() const { return m_pane->orderModel(); }

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
        table()->setCurrentIndex(model()->index(row, 0));
        table()->selectRow(row);
        const QString id = model()->summary(row)->id;
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->detail()->order() && m_pane->detail()->order()->id == id, 10000);
    }

    void waitForFreshList()
    {
        QSignalSpy pages(m_pane->session(), &merchant::OrderListSession::pageLoaded);
        QVERIFY(pages.wait(20000));
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

    /// Clicks the real button `button` on the open box `name` (DeskPrompter's buttons).
    void answer(const QString &name, const QString &button)
    {
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = m_pane->findChild<QMessageBox *>(name)) && box->isVisible(), 10000);
        QTest::mouseClick(box->findChild<QPushButton *>(button), Qt::LeftButton);
        QTRY_VERIFY(!m_pane->findChild<QMessageBox *>(name));
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
        // The OMS answers every order message by writing back (syncInfo, shipment state) with the admin
        // client, which bumps versions under the pane's actions at random moments; the conflict case
        // is provoked explicitly below instead.
        config.outside.enabled = false;
        m_host->start(config);
        QVERIFY(started.wait(60000));
        m_credentials = m_host->credentials();
        QString error;
        QVERIFY2(sandbox::OrderGenerator::generateInFile(m_dir.filePath(u"sandbox.sqlite"_s), kOrderCount, 7,
                                                         {}, {}, &error),
                 qPrintable(error));
        m_session = sessionFor(u"merchant"_s);
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_context = std::make_unique<merchant::MerchantContext>(m_session->transport(),
                                                                m_credentials.client(u"merchant")->scopes,
                                                                nullptr, nullptr, m_settings.get());
        app::MerchantServices services;
        services.context = m_context.get();
        m_pane = std::make_unique<app::MerchantPane>(services);
        m_pane->findChild<QCheckBox *>(u"liveCheck"_s)
            ->setChecked(false); // the 409 test changes orders underneath
        m_pane->resize(1400, 820);
        m_pane->show();

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

    void listsOrdersAndFiltersByStateDateAndPo()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->findChild<QLabel *>(u"countLabel"_s)->text() ==
                                     tr("%1 orders").arg(m_pane->locale().toString(kOrderCount)),
                                 20000);
        screenshot(m_pane.get(), u"merchant-table.png"_s);
        auto *stateCombo = m_pane->findChild<QComboBox *>(u"orderStateCombo"_s);
        auto *poCombo = m_pane->findChild<QComboBox *>(u"poCombo"_s);
        auto *fromDate = m_pane->findChild<QDateEdit *>(u"fromDateEdit"_s);
        stateCombo->setCurrentIndex(stateCombo->findData(u"Open"_s));
        waitForFreshList();
        poCombo->setCurrentIndex(poCombo->findData(false));
        waitForFreshList();
        const QDate from = QDate::currentDate().addMonths(-6);
        fromDate->setDate(from);
        waitForFreshList();
        const merchant::OrderFilter filter = m_pane->currentFilter();
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
        stateCombo->setCurrentIndex(0);
        waitForFreshList();
        poCombo->setCurrentIndex(0);
        waitForFreshList();
        fromDate->setDate(fromDate->minimumDate());
        waitForFreshList();
    }

    /// The seller types a piece of a PO number, lower case, into the real search box: the table shows every
    /// order whose PO number contains it (exact matching found none of them), and the count says how many.
    void searchFindsPartialText()
    {
        // The oracle: every order with a PO number, read through the API.
        int want = 0;
        api::OrderClient orders(m_session->transport());
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
        auto *search = m_pane->findChild<QLineEdit *>(u"orderSearchEdit"_s);
        search->setFocus();
        QTest::keyClicks(search, u"po-20"_s);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 0 && model()->summary(0)->purchaseOrderNumber, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_pane->findChild<QLabel *>(u"countLabel"_s)->text(),
                                  tr("%1 orders").arg(m_pane->locale().toString(want)), 20000);
        while (m_pane->session()->canFetchMore()) {
            m_pane->session()->fetchMore();
            QTRY_VERIFY_WITH_TIMEOUT(!m_pane->session()->isLoading(), 20000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), want, 20000);
        for (int row = 0; row < model()->rowCount(); ++row)
            QVERIFY(model()->summary(row)->purchaseOrderNumber->contains(u"PO-20"_s));
        screenshot(m_pane.get(), u"merchant-partial-search.png"_s);
        search->clear();
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(m_pane->findChild<QLabel *>(u"countLabel"_s)->text(),
                                  tr("%1 orders").arg(m_pane->locale().toString(kOrderCount)), 20000);
    }

    /// The table holds summaries; the detail fetches the order: it says so while it waits, and says why when
    /// the order cannot be read (here: deleted meanwhile, 404).
    void detailLoadsByIdAndSaysWhenItCannot()
    {
        QVERIFY(model()->rowCount() > 0);
        const core::OrderSummary row = *model()->summary(0);
        app::OrderDetailPanel *detail = m_pane->detail();
        detail->showOrder(row.id, row.displayNumber());
        QVERIFY(!detail->order());
        auto *browser = detail->findChild<QTextBrowser *>();
        QVERIFY(browser);
        QVERIFY(browser->toPlainText().contains(u"Loading the order"_s));
        screenshot(m_pane.get(), u"merchant-detail-loading.png"_s);
        QTRY_VERIFY_WITH_TIMEOUT(detail->order() && detail->order()->id == row.id, 10000);

        detail->showOrder(u"00000000-0000-4000-8000-000000000000"_s, u"G-GONE"_s);
        QTRY_VERIFY_WITH_TIMEOUT(browser->toPlainText().contains(u"could not be loaded"_s), 10000);
        // In words (ErrorPresenter), never the server's raw code.
        QVERIFY2(browser->toPlainText().contains(u"no longer exists"_s), qPrintable(browser->toPlainText()));
        QVERIFY2(!browser->toPlainText().contains(u"ResourceNotFound"_s), qPrintable(browser->toPlainText()));
        QVERIFY(!detail->order());
        screenshot(m_pane.get(), u"merchant-detail-failed.png"_s);
        detail->showOrder(row.id, row.displayNumber()); // back to the current row for the next tests
        QTRY_VERIFY_WITH_TIMEOUT(detail->order() && detail->order()->id == row.id, 10000);
    }

    void opensTheDetail()
    {
        const int row = rowWhere([](const core::OrderSummary &o) { return o.itemCount > 0; });
        QVERIFY(row >= 0);
        select(row);
        const core::Order order = fetch(model()->summary(row)->id);
        QTRY_VERIFY(m_pane->detail()->order() && m_pane->detail()->order()->id == order.id);
        const QString html = m_pane->detail()->detailHtml();
        QVERIFY(html.contains(order.shippingAddress->country));
        auto *lines = m_pane->detail()->findChild<QTableView *>(u"lineItemsTable"_s);
        QCOMPARE(lines->model()->rowCount(), order.lineItems.size());
        screenshot(m_pane.get(), u"merchant-detail.png"_s);
    }

    void confirmsAnOrder()
    {
        const int row =
            rowWhere([](const core::OrderSummary &o) { return o.orderState == core::OrderState::Open; });
        QVERIFY(row >= 0);
        select(row);
        const QString id = model()->summary(row)->id;
        QTest::mouseClick(m_pane->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(model()->summary(model()->rowOf(id))->orderState,
                                  core::OrderState::Confirmed, 10000);
        // The history picks up the OrderStateChanged message of the change just made.
        auto *timeline = m_pane->detail()->findChild<QAbstractItemView *>(u"timelineList"_s);
        QTRY_VERIFY_WITH_TIMEOUT(timeline->model()->rowCount() > 0, 10000);
        screenshot(m_pane.get(), u"merchant-history.png"_s);
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
        QTest::mouseClick(m_pane->findChild<QPushButton *>(u"addDeliveryButton"_s), Qt::LeftButton);
        app::AddDeliveryDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_pane->findChild<app::AddDeliveryDialog *>()));
        dialog->setTracking(u"1Z999AA10123456784"_s, u"UPS"_s);
        dialog->accept();
        // The detail follows the updated order.
        QTRY_VERIFY_WITH_TIMEOUT(!m_pane->detail()->order()->deliveries().isEmpty(), 10000);
        QCOMPARE(m_pane->detail()->order()->id, id);
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
        const core::Order seen = *m_pane->detail()->order();
        // Someone else marks the payment failed underneath: what confirming depends on.
        changeUnderneath(seen, {api::OrderActions::changePaymentState(core::PaymentState::Failed)});

        QTest::mouseClick(m_pane->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
        app::ConflictDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_pane->findChild<app::ConflictDialog *>()), 10000);
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
        QTRY_VERIFY(!m_pane->findChild<app::ConflictDialog *>());
    }

    void backgroundWriteBackIsReappliedWithoutAsking()
    {
        // What the OMS write-back does to an order (syncInfo, then shipment Ready) while the seller looks at
        // it: confirming on the stale version meets a 409 and is applied again without a dialog.
        const int row =
            rowWhere([](const core::OrderSummary &o) { return o.orderState == core::OrderState::Open; });
        QVERIFY(row >= 0);
        select(row);
        const core::Order seen = *m_pane->detail()->order();
        changeUnderneath(
            seen, {api::OrderActions::updateSyncInfo(core::ResourceIdentifier::byKey(u"channel"_s, u"oms"_s),
                                                     u"OMS-TEST-1"_s)});
        changeUnderneath(fetch(seen.id),
                         {api::OrderActions::changeShipmentState(core::ShipmentState::Ready)});
        QCOMPARE(model()->summary(model()->rowOf(seen.id))->version, seen.version);

        QTest::mouseClick(m_pane->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(model()->summary(model()->rowOf(seen.id))->orderState,
                                  core::OrderState::Confirmed, 10000);
        QVERIFY(!m_pane->findChild<app::ConflictDialog *>());
        QCOMPARE(model()->summary(model()->rowOf(seen.id))->version, seen.version + 3);
        const core::Order after = fetch(seen.id);
        QCOMPARE(after.version, seen.version + 3); // two background updates, then the confirmation
        QCOMPARE(after.shipmentState, std::optional(core::ShipmentState::Ready));
        QVERIFY(std::any_of(after.syncInfo.begin(), after.syncInfo.end(),
                            [](const core::SyncInfo &s) { return s.externalId == u"OMS-TEST-1"_s; }));
        QVERIFY(m_pane->findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"applied again"_s));
    }

    /// One order: C on a Complete order and "Delivered" on an Open order are refused with the reason.
    void singleBackwardMovesAreRefused()
    {
        const int complete =
            rowWhere([](const core::OrderSummary &o) { return o.orderState == core::OrderState::Complete; });
        QVERIFY(complete >= 0);
        const core::OrderSummary completeRow = *model()->summary(complete);
        clickSelect({complete});
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->detail()->order() && m_pane->detail()->order()->id == completeRow.id,
                                 10000);
        QApplication::setActiveWindow(
            m_pane.get()); // the C shortcut needs the table focused in the active window
        QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
        table()->setFocus();
        QTRY_VERIFY(table()->hasFocus());
        QTest::keyClick(table(), Qt::Key_C);
        auto *status = m_pane->findChild<QLabel *>(u"statusLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"does not go back to an earlier state"_s), 10000);
        QCOMPARE(fetch(completeRow.id).version, completeRow.version);

        const int open =
            rowWhere([](const core::OrderSummary &o) { return o.orderState == core::OrderState::Open; });
        QVERIFY(open >= 0);
        const core::OrderSummary openRow = *model()->summary(open);
        clickSelect({open});
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->detail()->order() && m_pane->detail()->order()->id == openRow.id,
                                 10000);
        // The shipment menu: a real click on its "Delivered" entry.
        bool clicked = false;
        QTimer::singleShot(0, this, [&clicked] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *action : menu->actions()) {
                if (action->text() == OrderTableModel::stateText(core::ShipmentState::Delivered)) {
                    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
                    clicked = true;
                }
            }
        });
        QTest::mouseClick(m_pane->findChild<QPushButton *>(u"shipmentButton"_s), Qt::LeftButton);
        QTRY_VERIFY(clicked);
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
        merchant::BulkRunner *bulk = m_pane->desk()->bulk();
        QSignalSpy finished(bulk, &merchant::BulkRunner::finished);
        QTest::mouseClick(m_pane->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
        answer(u"bulkConfirmBox"_s, u"yesButton"_s);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toInt(), rows.size());
        auto *dialog = m_pane->findChild<app::BulkProgressDialog *>();
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
        QSignalSpy asked(m_pane->prompter(), &app::DeskPrompter::asked);
        QTest::mouseClick(m_pane->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 10000);
        const QString question = asked.first().at(1).toString();
        QVERIFY2(question.contains(u"Confirm: 1 of the selected orders will be changed"_s),
                 qPrintable(question));
        QVERIFY2(question.contains(u"Would go back to an earlier state: 1"_s), qPrintable(question));
        screenshot(m_pane->findChild<QMessageBox *>(u"bulkConfirmBox"_s), u"merchant-bulk-question.png"_s);
        answer(u"bulkConfirmBox"_s, u"noButton"_s);
        QVERIFY(m_pane->findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"nothing was changed"_s));
        QCOMPARE(fetch(openRow.id).version, openRow.version);

        // Yes: the open order is confirmed, the complete one is listed as skipped with the reason.
        QSignalSpy finished(m_pane->desk()->bulk(), &merchant::BulkRunner::finished);
        QTest::mouseClick(m_pane->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
        answer(u"bulkConfirmBox"_s, u"yesButton"_s);
        QVERIFY(finished.wait(20000));
        auto *dialog = m_pane->findChild<app::BulkProgressDialog *>();
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
        QTest::mouseClick(m_pane->findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
        app::ExportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_pane->findChild<app::ExportDialog *>()));
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
        QSignalSpy written(m_pane.get(), &app::MerchantPane::documentsWritten);
        QVERIFY(m_pane->printSelection(merchant::DocumentPrinter::Kind::PackingSlip, path));
        QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, 10000);
        QCOMPARE(written.first().at(0).toBool(), true);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = testsupport::pdfText(file.readAll()).remove(QRegularExpression(u"\\s"_s));
        QVERIFY(text.contains(order.orderNumber.value()));
        QVERIFY(text.contains(order.lineItems.first().variant.sku.value_or(u"?"_s)));
    }

    void viewOnlyClientSeesNoActionsAndIsRefused()
    {
        auto session = sessionFor(u"merchant-readonly"_s);
        QSettings settings(m_dir.filePath(u"readonly.ini"_s), QSettings::IniFormat);
        merchant::MerchantContext context(session->transport(),
                                          m_credentials.client(u"merchant-readonly")->scopes, nullptr,
                                          nullptr, &settings);
        QVERIFY(!context.canAct());
        app::MerchantPane pane(app::MerchantServices{&context, nullptr, {}});
        pane.resize(1200, 700);
        pane.show();
        QTRY_VERIFY_WITH_TIMEOUT(pane.orderModel()->rowCount() > 0, 20000);
        QVERIFY(!pane.session()->canAct());
        QTRY_VERIFY(pane.detail()->order().has_value());
        screenshot(&pane, u"merchant-readonly.png"_s);
        for (const char *name : {"confirmButton", "completeButton", "cancelOrderButton", "shipmentButton",
                                 "paymentButton", "addDeliveryButton"})
            QVERIFY2(!pane.findChild<QPushButton *>(QString::fromLatin1(name))->isVisible(), name);
        const core::OrderSummary order = *pane.orderModel()->summary(0);
        auto *job = context.orders()->update(
            order.id, order.version, {api::OrderActions::changeOrderState(core::OrderState::Cancelled)});
        QSignalSpy done(job, &api::ApiJob::finished);
        QVERIFY(done.wait(10000));
        QVERIFY(!job->result().ok());
        QCOMPARE(job->result().error().httpStatus, 403);
    }
};

QTEST_MAIN(TestMerchantPane)
#include "TestMerchantPane.moc"
