// SPDX-License-Identifier: MIT
// Issue 20, item 4: "undo for the last action where commercetools allows it", in the real app
// (tests/support/DesktopHarness.h: the composition root on its embedded sandbox, outside systems off so no
// OMS write-back bumps versions at random, with generated orders), driven by clicks and keys on the real
// MainWindow. The orders are read and changed "by someone else" through a merchant session of the test's.
#include "api/OrderClient.h"
#include "api/actions/OrderActions.h"
#include "app/MainWindow.h"
#include "app/merchant/BulkProgressDialog.h"
#include "app/merchant/MerchantPane.h"
#include "app/merchant/OrderDetailPanel.h"
#include "merchant/BulkRunner.h"
#include "merchant/OrderDesk.h"
#include "merchant/OrderListSession.h"
#include "merchant/OrderUndo.h"
#include "models/OrderTableModel.h"
#include "support/DesktopHarness.h"
#include "support/MenuChoice.h"
#include "support/Screenshots.h"

#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using models::OrderTableModel;

namespace {
constexpr int kOrderCount = 1500; // enough recent ones are still Open

app::AppOptions noDemoOrders()
{
    app::AppOptions options;
    options.demoOrders = 0;
    return options;
}
} // namespace

class TestMerchantUndo : public QObject
{
    Q_OBJECT

private:
    testsupport::DesktopHarness m_app{noDemoOrders()};
    std::unique_ptr<api::ApiSession> m_oracle;

    app::MerchantPane *pane() const { return m_app.window()->merchant(); }
    QTableView *table() const { return pane()->findChild<QTableView *>(u"ordersTable"_s); }
    OrderTableModel *model() const { return pane()->orderModel(); }
    QWidget *notice() const { return pane()->findChild<QWidget *>(u"undoNotice"_s); }
    QString noticeText() const { return notice()->findChild<QLabel *>(u"noticeLabel"_s)->text(); }
    QToolButton *undoButton() const { return notice()->findChild<QToolButton *>(u"noticeActionButton"_s); }
    QString statusText() const { return pane()->findChild<QLabel *>(u"statusLabel"_s)->text(); }

    core::Order fetch(const QString &id)
    {
        api::OrderClient reader(m_oracle->transport());
        auto *job = reader.byId(id);
        QSignalSpy done(job, &api::ApiJob::finished);
        if (!done.wait(10000) || !job->result().ok())
            qFatal("the order could not be read");
        return job->result().value();
    }

    QList<int> rowsIn(core::OrderState state, int count) const
    {
        QList<int> rows;
        for (int row = 0; row < model()->rowCount() && rows.size() < count; ++row) {
            if (model()->summary(row)->orderState == state)
                rows.append(row);
        }
        return rows;
    }

    /// Clicks `row` (scrolled into view) and waits until the detail shows its order.
    void select(int row)
    {
        const QModelIndex index = model()->index(row, 0);
        table()->scrollTo(index);
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, table()->visualRect(index).center());
        QTRY_COMPARE(table()->selectionModel()->selectedRows().size(), 1);
        const QString id = model()->summary(row)->id;
        QTRY_VERIFY_WITH_TIMEOUT(pane()->detail()->order() && pane()->detail()->order()->id == id, 10000);
    }

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

    void answer(const QString &name, const QString &button)
    {
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = pane()->findChild<QMessageBox *>(name)) && box->isVisible(), 10000);
        QTest::mouseClick(box->findChild<QPushButton *>(button), Qt::LeftButton);
        QTRY_VERIFY(!pane()->findChild<QMessageBox *>(name));
    }

    /// Clicks `title` in the Shipment button's menu, as the seller does.
    void chooseShipment(const QString &title)
    {
        QVERIFY2(
            testsupport::chooseFromButtonMenu(pane()->findChild<QPushButton *>(u"shipmentButton"_s), title),
            qPrintable(title));
    }

    /// Ctrl+Z as the seller presses it with the orders table focused.
    void pressUndo()
    {
        m_app.window()->activateWindow(); // a closed popup menu may leave no window active (offscreen)
        QVERIFY(QTest::qWaitForWindowActive(m_app.window()));
        table()->setFocus();
        QTRY_VERIFY(table()->hasFocus());
        QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_app.tuneSandbox([](sandbox::SandboxConfig &config) { config.outside.enabled = false; });
        QVERIFY(m_app.start());
        QString error;
        QVERIFY2(m_app.addGeneratedOrders(kOrderCount, 11, &error), qPrintable(error));
        m_oracle = m_app.apiSession(u"merchant");
        QVERIFY(m_oracle);
        m_app.window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_app.window()));
        QTest::keyClick(m_app.window(), Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(pane()->isVisible());
        auto *live = pane()->findChild<QCheckBox *>(u"liveCheck"_s);
        if (live->isChecked())
            QTest::mouseClick(live, Qt::LeftButton);
        QSignalSpy pages(pane()->session(), &merchant::OrderListSession::pageLoaded);
        QTest::mouseClick(pane()->findChild<QToolButton *>(u"refreshButton"_s), Qt::LeftButton);
        QVERIFY(pages.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 0 && !pane()->session()->isLoading(), 20000);
        QVERIFY(!notice()->isVisible());
    }

    void cleanupTestCase()
    {
        m_oracle.reset();
        m_app.stop();
    }

    /// Confirm with the C key, then Ctrl+Z: the order is Open again on the server.
    void confirmIsUndoneWithCtrlZ()
    {
        const QList<int> open = rowsIn(core::OrderState::Open, 1);
        QVERIFY(!open.isEmpty());
        select(open.first());
        const core::OrderSummary row = *model()->summary(open.first());
        QTest::keyClick(table(), Qt::Key_C);
        QTRY_COMPARE_WITH_TIMEOUT(fetch(row.id).orderState, core::OrderState::Confirmed, 10000);
        QTRY_VERIFY(notice()->isVisible() && undoButton()->isVisible());
        QCOMPARE(noticeText(), u"Confirm: done for %1."_s.arg(row.displayNumber()));
        QCOMPARE(undoButton()->text(), u"Undo"_s);
        testsupport::saveScreenshot(pane(), u"merchant-undo-offer.png"_s);

        pressUndo();
        QTRY_COMPARE_WITH_TIMEOUT(fetch(row.id).orderState, core::OrderState::Open, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(noticeText(), u"Undone: “Confirm” for %1."_s.arg(row.displayNumber()),
                                  10000);
        QVERIFY(!undoButton()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(model()->summary(model()->rowOf(row.id))->orderState,
                                  core::OrderState::Open, 10000);
        // Nothing more to undo: a second Ctrl+Z changes nothing and says so.
        const qint64 version = fetch(row.id).version;
        pressUndo();
        QTRY_COMPARE(statusText(), u"Nothing to undo."_s);
        QCOMPARE(fetch(row.id).version, version);
    }

    /// Complete cannot go back: no Undo is offered, Ctrl+Z says so, and the order stays Complete.
    void completeCannotBeUndone()
    {
        const QList<int> confirmed = rowsIn(core::OrderState::Confirmed, 1);
        QVERIFY(!confirmed.isEmpty());
        select(confirmed.first());
        const core::OrderSummary row = *model()->summary(confirmed.first());
        QTest::keyClick(table(), Qt::Key_M);
        QTRY_COMPARE_WITH_TIMEOUT(fetch(row.id).orderState, core::OrderState::Complete, 10000);
        QTRY_VERIFY(!undoButton()->isVisible());
        const qint64 version = fetch(row.id).version;
        pressUndo();
        QTRY_COMPARE(statusText(), u"Complete cannot be undone."_s);
        QTest::qWait(200); // nothing is sent: nothing to wait for but a wrong request
        QCOMPARE(fetch(row.id).orderState, core::OrderState::Complete);
        QCOMPARE(fetch(row.id).version, version);
    }

    /// A bulk Confirm over three orders, one of which someone else changes before the seller clicks Undo:
    /// the two others go back to Open, the changed one is reported and left as it is.
    void bulkUndoLeavesOrdersChangedMeanwhile()
    {
        const QList<int> rows = rowsIn(core::OrderState::Open, 3);
        QCOMPARE(rows.size(), 3);
        QList<core::OrderSummary> summaries;
        for (int row : rows)
            summaries.append(*model()->summary(row));
        clickSelect(rows);
        QSignalSpy finished(pane()->desk()->bulk(), &merchant::BulkRunner::finished);
        QTest::mouseClick(pane()->findChild<QPushButton *>(u"confirmButton"_s), Qt::LeftButton);
        answer(u"bulkConfirmBox"_s, u"yesButton"_s);
        QVERIFY(finished.wait(20000));
        auto *dialog = pane()->findChild<app::BulkProgressDialog *>();
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"bulkCloseButton"_s), Qt::LeftButton);
        QTRY_VERIFY(undoButton()->isVisible());
        QCOMPARE(noticeText(), u"Confirm: done for 3 orders."_s);

        // Someone else changes the second order meanwhile (its payment state: a newer version).
        const core::Order changed = fetch(summaries.at(1).id);
        QCOMPARE(changed.orderState, core::OrderState::Confirmed);
        {
            api::OrderClient other(m_oracle->transport());
            auto *job = other.update(changed.id, changed.version,
                                     {api::OrderActions::changePaymentState(core::PaymentState::Paid)});
            QSignalSpy done(job, &api::ApiJob::finished);
            QVERIFY(done.wait(10000));
            QVERIFY(job->result().ok());
        }

        QSignalSpy undone(pane()->desk()->undo(), &merchant::OrderUndo::finished);
        QTest::mouseClick(undoButton(), Qt::LeftButton);
        QVERIFY(undone.wait(20000));
        QCOMPARE(fetch(summaries.at(0).id).orderState, core::OrderState::Open);
        QCOMPARE(fetch(summaries.at(2).id).orderState, core::OrderState::Open);
        const core::Order after = fetch(changed.id);
        QCOMPARE(after.orderState, core::OrderState::Confirmed); // not overwritten
        QCOMPARE(after.paymentState, std::optional(core::PaymentState::Paid));
        const QString text = noticeText();
        QVERIFY2(text.contains(u"1 order changed meanwhile and was left as it is: %1."_s.arg(
                     summaries.at(1).displayNumber())),
                 qPrintable(text));
        QVERIFY2(text.contains(summaries.at(0).displayNumber()) &&
                     text.contains(summaries.at(2).displayNumber()),
                 qPrintable(text));
        testsupport::saveScreenshot(pane(), u"merchant-undo-result.png"_s);
    }

    /// A shipment moved to Ready can be undone back to where it was; one moved to Shipped cannot.
    void shipmentStateUndoFollowsTheRules()
    {
        const QList<int> confirmed = rowsIn(core::OrderState::Confirmed, 20);
        int row = -1;
        for (int candidate : confirmed) {
            if (!model()->summary(candidate)->shipmentState ||
                model()->summary(candidate)->shipmentState == core::ShipmentState::Pending) {
                row = candidate;
                break;
            }
        }
        QVERIFY2(row >= 0, "a confirmed order whose shipment is pending");
        select(row);
        const core::OrderSummary summary = *model()->summary(row);
        const std::optional<core::ShipmentState> before = fetch(summary.id).shipmentState;
        chooseShipment(u"Ready"_s);
        QTRY_COMPARE_WITH_TIMEOUT(fetch(summary.id).shipmentState, std::optional(core::ShipmentState::Ready),
                                  10000);
        QTRY_VERIFY(undoButton()->isVisible());
        QTest::mouseClick(undoButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(fetch(summary.id).shipmentState.value_or(core::ShipmentState::Pending),
                                  before.value_or(core::ShipmentState::Pending), 10000);

        select(row);
        QTRY_VERIFY_WITH_TIMEOUT(pane()->detail()->order()->version == fetch(summary.id).version, 10000);
        chooseShipment(u"Shipped"_s);
        QTRY_COMPARE_WITH_TIMEOUT(fetch(summary.id).shipmentState,
                                  std::optional(core::ShipmentState::Shipped), 10000);
        QTRY_VERIFY(!undoButton()->isVisible());
        pressUndo();
        QTRY_VERIFY(statusText().endsWith(u"cannot be undone."_s));
        QCOMPARE(fetch(summary.id).shipmentState, std::optional(core::ShipmentState::Shipped));
    }
};

QTEST_MAIN(TestMerchantUndo)
#include "TestMerchantUndo.moc"
