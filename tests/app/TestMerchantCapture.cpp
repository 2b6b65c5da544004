// SPDX-License-Identifier: MIT
// Issue 16, "Money after the order", in the real app (tests/support/DesktopHarness.h: the composition root
// on its embedded sandbox with the payment gateway, no OMS write-back), driven by clicks and keys on the real
// MainWindow: the seller selects orders whose card payments the gateway authorized, clicks "Capture…", is
// told what will happen and to how many orders, and gets a per-order result while the gateway fails captures
// at random; each payment is captured once (the gateway's own log). "Capture on shipment" captures the rest
// when a delivery ships everything. Both leave the order's paymentState following its payments (Paid, as the
// sandbox stores it). The view-only client sees both disabled with the reason.
#include "api/OrderClient.h"
#include "api/PaymentClient.h"
#include "app/MainWindow.h"
#include "app/merchant/AddDeliveryDialog.h"
#include "app/merchant/BulkProgressDialog.h"
#include "app/merchant/DeskPrompter.h"
#include "app/merchant/MerchantPane.h"
#include "app/merchant/OrderActionsBar.h"
#include "app/merchant/OrderDetailPanel.h"
#include "core/PaymentBalance.h"
#include "merchant/OrderDesk.h"
#include "merchant/OrderListSession.h"
#include "models/OrderTableModel.h"
#include "sandbox/faults/FaultInjector.h"
#include "sandbox/faults/FaultRule.h"
#include "support/AuthorizedOrders.h"
#include "support/DesktopHarness.h"
#include "support/Screenshots.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using models::OrderTableModel;

namespace {
app::AppOptions noDemoOrders()
{
    app::AppOptions options;
    options.demoOrders = 0;
    return options;
}
} // namespace

class TestMerchantCapture : public QObject
{
    Q_OBJECT

private:
    testsupport::DesktopHarness m_app{noDemoOrders()};
    std::unique_ptr<api::ApiSession> m_oracle;
    QList<core::Order> m_paid; // authorized, for the bulk capture
    core::Order m_unpaid;      // no payment
    core::Order m_shipped;     // authorized, for capture on shipment

    app::MerchantPane *pane() const { return m_app.window()->merchant(); }
    QTableView *table() const { return pane()->findChild<QTableView *>(u"ordersTable"_s); }
    OrderTableModel *model() const { return pane()->orderModel(); }
    QString statusText() const { return pane()->findChild<QLabel *>(u"statusLabel"_s)->text(); }

    core::PaymentBalance balance(const core::Order &order)
    {
        api::PaymentClient payments(m_oracle->transport());
        const auto payment = testsupport::awaitValue(payments.byId(order.paymentInfo.payments.first().id));
        return payment ? *core::PaymentBalance::of(*payment) : core::PaymentBalance{};
    }

    /// The order's paymentState as the sandbox stores it now.
    std::optional<core::PaymentState> storedPaymentState(const core::Order &order)
    {
        api::OrderClient orders(m_oracle->transport());
        const auto stored = testsupport::awaitValue(orders.byId(order.id));
        return stored ? stored->paymentState : std::nullopt;
    }

    /// Captures in the gateway's own log of the order's authorization.
    int gatewayCaptures(const core::Order &order)
    {
        api::PaymentClient payments(m_oracle->transport());
        const auto payment = testsupport::awaitValue(payments.byId(order.paymentInfo.payments.first().id));
        if (!payment || !payment->interfaceId)
            return -1;
        QUrl url = m_app.sandbox()->credentials().gatewayUrl;
        url.setPath(u"/v1/authorizations/%1"_s.arg(*payment->interfaceId));
        QNetworkReply *reply = testsupport::testNetwork()->get(QNetworkRequest(url));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
            return -1;
        const QJsonArray operations =
            QJsonDocument::fromJson(reply->readAll()).object().value(u"operations"_s).toArray();
        reply->deleteLater();
        int captures = 0;
        for (const QJsonValue &operation : operations)
            captures += operation.toObject().value(u"operation"_s).toString() == u"capture"_s ? 1 : 0;
        return captures;
    }

    void clickSelect(const QList<QString> &ids)
    {
        table()->clearSelection();
        for (const QString &id : ids) {
            const QModelIndex index = model()->index(model()->rowOf(id), 0);
            QVERIFY(index.isValid());
            table()->scrollTo(index);
            QTest::mouseClick(table()->viewport(), Qt::LeftButton, Qt::ControlModifier,
                              table()->visualRect(index).center());
        }
        QTRY_COMPARE(table()->selectionModel()->selectedRows().size(), ids.size());
    }

    void answer(const QString &name, const QString &button)
    {
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = pane()->findChild<QMessageBox *>(name)) && box->isVisible(), 10000);
        QTest::mouseClick(box->findChild<QPushButton *>(button), Qt::LeftButton);
        QTRY_VERIFY(!pane()->findChild<QMessageBox *>(name));
    }

    void refresh()
    {
        QSignalSpy pages(pane()->session(), &merchant::OrderListSession::pageLoaded);
        QTest::mouseClick(pane()->findChild<QToolButton *>(u"refreshButton"_s), Qt::LeftButton);
        QVERIFY(pages.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 0 && !pane()->session()->isLoading(), 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_app.tuneSandbox([](sandbox::SandboxConfig &config) { config.outside.services = {u"gateway"_s}; });
        QVERIFY(m_app.start());
        QString error;
        QVERIFY2(m_app.addGeneratedOrders(40, 16, &error), qPrintable(error));
        m_oracle = m_app.apiSession(u"merchant");
        QVERIFY(m_oracle);
        api::OrderClient orders(m_oracle->transport());
        const auto page = testsupport::awaitValue(orders.query(
            api::ResourceQuery().sort(u"createdAt"_s, api::ResourceQuery::Direction::Descending).limit(5)));
        QVERIFY(page && page->results.size() == 5);
        for (int i = 0; i < 5; ++i) {
            const core::Order &order = page->results.at(i);
            if (i == 1) {
                m_unpaid = order;
                continue;
            }
            const auto paid = testsupport::authorizeOrder(m_oracle->transport(),
                                                          m_app.sandbox()->credentials().gatewayUrl, order);
            QVERIFY(paid);
            // As a freshly authorized card order is (the generated orders carry any state).
            const auto pending = testsupport::awaitValue(
                orders.update(paid->id, paid->version,
                              {api::OrderActions::changePaymentState(core::PaymentState::Pending)}));
            QVERIFY(pending);
            (i == 4 ? m_shipped : m_paid.emplace_back()) = *pending;
        }
        m_app.window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_app.window()));
        QTest::keyClick(m_app.window(), Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(pane()->isVisible());
        auto *live = pane()->findChild<QCheckBox *>(u"liveCheck"_s);
        if (live->isChecked())
            QTest::mouseClick(live, Qt::LeftButton);
        refresh();
    }

    void cleanupTestCase()
    {
        m_oracle.reset();
        m_app.stop();
    }

    /// Select three authorized orders and one without a payment, Capture…, agree: each authorized one is
    /// captured once although the gateway fails 30 % of captures; the other has nothing to capture.
    void bulkCaptureOverSelectedOrders()
    {
        QString error;
        m_app.faults()->add(
            *sandbox::FaultRule::parse(u"gateway:POST /v1/authorizations/*/capture:error:503@0.3"_s, &error));
        clickSelect({m_paid.at(0).id, m_unpaid.id, m_paid.at(1).id, m_paid.at(2).id});
        auto *capture = pane()->findChild<QPushButton *>(u"captureButton"_s);
        QVERIFY(capture->isVisible() && capture->isEnabled());
        QSignalSpy asked(pane()->prompter(), &app::DeskPrompter::asked);
        QTest::mouseClick(capture, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 10000);
        const QString question = asked.first().at(1).toString();
        QVERIFY2(question.contains(u"authorized card payments of 4 selected orders"_s), qPrintable(question));
        QVERIFY2(question.contains(u"1 of them has no payment"_s), qPrintable(question));
        QMessageBox *box = pane()->findChild<QMessageBox *>(u"bulkCaptureBox"_s);
        QVERIFY(box);
        QCOMPARE(box->findChild<QPushButton *>(u"yesButton"_s)->text(), u"Capture 3 orders"_s);
        answer(u"bulkCaptureBox"_s, u"yesButton"_s);

        app::BulkProgressDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = pane()->findChild<app::BulkProgressDialog *>()), 10000);
        auto *close = dialog->findChild<QPushButton *>(u"bulkCloseButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(close->isEnabled(), 60000);
        m_app.faults()->clear();
        auto *results = dialog->findChild<QTableWidget *>(u"bulkResultsTable"_s);
        QCOMPARE(results->rowCount(), 4);
        const QList<core::Order> inOrder{m_paid.at(0), m_unpaid, m_paid.at(1), m_paid.at(2)};
        for (int r = 0; r < 4; ++r) {
            const core::Order &order = inOrder.at(r);
            QCOMPARE(results->item(r, 0)->text(), order.orderNumber.value_or(order.id));
            if (order.id == m_unpaid.id) {
                QCOMPARE(results->item(r, 1)->text(), u"Nothing to capture"_s);
                continue;
            }
            QCOMPARE(results->item(r, 1)->text(), u"Done"_s);
            QCOMPARE(results->item(r, 2)->text(),
                     u"Captured %1."_s.arg(order.displayTotal().format(QLocale())));
            QCOMPARE(balance(order).captured, order.displayTotal());
            QCOMPARE(gatewayCaptures(order), 1);
            QCOMPARE(storedPaymentState(order), core::PaymentState::Paid);
        }
        QCOMPARE(storedPaymentState(m_unpaid), m_unpaid.paymentState);
        QCOMPARE(dialog->findChild<QLabel *>(u"bulkSummaryLabel"_s)->text(),
                 u"3 applied, 1 skipped, 0 not applied."_s);
        testsupport::saveScreenshot(dialog, u"merchant-bulk-capture.png"_s);
        QTest::mouseClick(close, Qt::LeftButton);
        QTRY_VERIFY(!pane()->findChild<app::BulkProgressDialog *>());

        // Again on the same orders: nothing is left, nothing is captured twice.
        clickSelect({m_paid.at(0).id});
        QTest::mouseClick(capture, Qt::LeftButton);
        answer(u"bulkCaptureBox"_s, u"yesButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT((dialog = pane()->findChild<app::BulkProgressDialog *>()), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QPushButton *>(u"bulkCloseButton"_s)->isEnabled(), 20000);
        QCOMPARE(dialog->findChild<QTableWidget *>(u"bulkResultsTable"_s)->item(0, 1)->text(),
                 u"Nothing to capture"_s);
        QCOMPARE(gatewayCaptures(m_paid.at(0)), 1);
        dialog->accept();
    }

    /// With "Capture on shipment" ticked, adding a delivery of all items (D, tracking, OK) captures the rest.
    void captureOnShipmentThroughAddDelivery()
    {
        auto *setting = pane()->findChild<QCheckBox *>(u"captureOnShipmentCheck"_s);
        QVERIFY(setting->isEnabled());
        QVERIFY(!setting->isChecked());
        QTest::mouseClick(setting, Qt::LeftButton);
        QVERIFY(pane()->desk()->captureOnShipment());
        QVERIFY(!balance(m_shipped).captured.centAmount());

        clickSelect({m_shipped.id});
        QTRY_VERIFY_WITH_TIMEOUT(pane()->detail()->order() && pane()->detail()->order()->id == m_shipped.id,
                                 10000);
        QTest::mouseClick(pane()->findChild<QPushButton *>(u"addDeliveryButton"_s), Qt::LeftButton);
        app::AddDeliveryDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = pane()->findChild<app::AddDeliveryDialog *>()));
        QVERIFY(dialog->findChild<QLabel *>(u"captureNoteLabel"_s)->isVisible());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"trackingIdEdit"_s), u"1Z999AA10123456784"_s);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        const QString number = m_shipped.orderNumber.value_or(m_shipped.id);
        QTRY_COMPARE_WITH_TIMEOUT(
            statusText(),
            u"Delivery added for %1; captured %2."_s.arg(number, m_shipped.displayTotal().format(QLocale())),
            20000);
        QCOMPARE(balance(m_shipped).captured, m_shipped.displayTotal());
        QCOMPARE(gatewayCaptures(m_shipped), 1);
        QCOMPARE(storedPaymentState(m_shipped), core::PaymentState::Paid);
        testsupport::saveScreenshot(pane(), u"merchant-capture-on-shipment.png"_s);
        QTest::mouseClick(setting, Qt::LeftButton); // off again
        QVERIFY(!pane()->desk()->captureOnShipment());
    }

    /// The view-only client sees "Capture…" and "Capture on shipment" disabled, with the reason.
    void viewOnlyClientCannotCapture()
    {
        app::OrderActionsBar bar;
        bar.setCanAct(false);
        bar.setCanCapture(false);
        bar.setSelectionCount(3);
        auto *capture = bar.findChild<QPushButton *>(u"captureButton"_s);
        auto *setting = bar.findChild<QCheckBox *>(u"captureOnShipmentCheck"_s);
        QVERIFY(!capture->isHidden());
        QVERIFY(!capture->isEnabled());
        QVERIFY(!setting->isEnabled());
        QVERIFY(capture->toolTip().contains(u"may not capture payments"_s));
        QVERIFY(setting->toolTip().contains(u"may not capture payments"_s));
        bar.setCanCapture(true);
        QVERIFY(capture->isEnabled());
    }
};

QTEST_MAIN(TestMerchantCapture)
#include "TestMerchantCapture.moc"
