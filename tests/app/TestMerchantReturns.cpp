// SPDX-License-Identifier: MIT
// Issue 16, returns, in the real app (tests/support/DesktopHarness.h: the composition root on its embedded
// sandbox with the payment gateway), driven by clicks and keys: the seller opens a captured card order,
// clicks "Record return…", sets one unit of the first item as returned and a comment, records it (the
// sandbox's order JSON holds the return: addReturnInfo), and is led straight into the refund of the returned
// unit's value with the comment as the reason; confirming refunds exactly that (the sandbox's payment JSON),
// and the order stays Paid (a partial refund). Without a unit chosen the dialog's OK is disabled with the
// reason. The detail's returns section then lists the returned item (its name, quantity, shipment and refund
// state in words, comment, date) with its refund settled (paymentState Refunded in the sandbox's JSON); the
// seller picks it under the section and, with the keyboard, puts it back in stock (setReturnShipmentState),
// in English and in German with nothing cut at the window's default size.
#include "api/OrderClient.h"
#include "api/PaymentClient.h"
#include "api/PaymentIntentClient.h"
#include "api/actions/OrderActions.h"
#include "app/MainWindow.h"
#include "app/Translations.h"
#include "app/merchant/MerchantPane.h"
#include "app/merchant/OrderDetailPanel.h"
#include "app/merchant/PaymentPanel.h"
#include "app/merchant/ReturnDialog.h"
#include "app/merchant/ReturnsPanel.h"
#include "merchant/OrderListSession.h"
#include "models/OrderTableModel.h"
#include "support/AuthorizedOrders.h"
#include "support/CutTexts.h"
#include "support/DesktopHarness.h"
#include "support/SandboxConnection.h"
#include "support/Screenshots.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace commercedesk;

namespace {
app::AppOptions noDemoOrders()
{
    app::AppOptions options;
    options.demoOrders = 0;
    return options;
}
} // namespace

class TestMerchantReturns : public QObject
{
    Q_OBJECT

private:
    testsupport::DesktopHarness m_app{noDemoOrders()};
    app::Translations m_translations;
    std::unique_ptr<api::ApiSession> m_oracle;
    core::Order m_order; ///< captured in full, Paid

    app::MerchantPane *pane() const { return m_app.window()->merchant(); }
    app::PaymentPanel *panel() const { return pane()->detail()->paymentPanel(); }
    app::ReturnsPanel *returns() const { return pane()->detail()->returnsPanel(); }
    QComboBox *returnCombo() const { return returns()->findChild<QComboBox *>(u"returnItemCombo"_s); }
    QTextBrowser *browser() const { return pane()->detail()->findChild<QTextBrowser *>(u"detailBrowser"_s); }

    /// The first item of the order's first return, as the sandbox stores it.
    QJsonObject storedReturnItem()
    {
        return resourceJson(u"/orders/"_s + m_order.id)
            .value(u"returnInfo"_s)
            .toArray()
            .at(0)
            .toObject()
            .value(u"items"_s)
            .toArray()
            .at(0)
            .toObject();
    }

    /// The returns' actions in the window as it is: every text readable (nothing cut), the buttons inside
    /// the row, every section of the detail with the room it needs (none runs into the next), the window at
    /// its default size.
    void checkReturnsFit(const QSize &windowSize)
    {
        QCOMPARE(m_app.window()->size(), windowSize);
        // What a language switch left to do first: the sections fit their new words (a queued call), then
        // each level of nested layouts takes them in.
        QCoreApplication::processEvents();
        for (int pass = 0; pass < 8; ++pass)
            QApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        // Inside the payment section beneath: the timeline above the status, the status above the buttons.
        const auto inPanel = [this](const QString &name) {
            auto *widget = panel()->findChild<QWidget *>(name);
            return QRect(widget->mapTo(panel(), QPoint(0, 0)), widget->size());
        };
        QVERIFY(inPanel(u"paymentTimelineTable"_s).bottom() < inPanel(u"paymentStatusLabel"_s).top());
        QVERIFY(inPanel(u"paymentStatusLabel"_s).bottom() < inPanel(u"captureButton"_s).top());
        QVERIFY(panel()->rect().contains(inPanel(u"captureButton"_s)));
        const QString cut = testsupport::firstCutText(pane()->detail());
        QVERIFY2(cut.isEmpty(), qPrintable(cut));
        for (const QString &name : {u"backInStockButton"_s, u"unusableButton"_s, u"returnRefundButton"_s}) {
            auto *button = returns()->findChild<QPushButton *>(name);
            QVERIFY2(
                returns()->rect().contains(QRect(button->mapTo(returns(), QPoint(0, 0)), button->size())),
                qPrintable(name));
        }
        auto *splitter = pane()->detail()->findChild<QSplitter *>();
        QVERIFY(splitter);
        for (int i = 0; i < splitter->count(); ++i) {
            QWidget *section = splitter->widget(i);
            QVERIFY2(section->height() >=
                         std::max(section->minimumHeight(), section->minimumSizeHint().height()),
                     qPrintable(QString::number(i)));
        }
        QVERIFY(returns()->height() >= returns()->minimumHeight());
    }

    /// The detail scrolled to its Returns section, then the detail and the window saved.
    void screenshot(const QString &name)
    {
        for (int pass = 0; pass < 6; ++pass)
            QApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        browser()->scrollToAnchor(u"returns"_s);
        testsupport::saveScreenshot(pane()->detail(), u"detail-"_s + name);
        testsupport::saveScreenshot(m_app.window(), u"window-"_s + name);
    }

    /// A resource's JSON as the sandbox stores it, over plain HTTP with an admin token.
    QJsonObject resourceJson(const QString &path)
    {
        const api::ConnectionConfig admin =
            testsupport::sandboxConnection(m_app.sandbox()->credentials(), u"admin");
        QNetworkRequest tokenRequest(admin.authEndpoint(u"/oauth/token"_s));
        tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        tokenRequest.setRawHeader(
            "Authorization", "Basic " + (admin.clientId + u':' + admin.clientSecret).toUtf8().toBase64());
        QNetworkReply *token =
            testsupport::testNetwork()->post(tokenRequest, "grant_type=client_credentials");
        if (!QTest::qWaitFor([token] { return token->isFinished(); }, 10000))
            return {};
        token->deleteLater();
        const QString bearer =
            QJsonDocument::fromJson(token->readAll()).object().value(u"access_token"_s).toString();
        QNetworkRequest request(admin.apiEndpoint(path));
        request.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
        QNetworkReply *reply = testsupport::testNetwork()->get(request);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return {};
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    /// The seller refreshes the desk and clicks the row of `order`; waits until its payment is shown.
    void openOrder(const core::Order &order)
    {
        QSignalSpy pages(pane()->session(), &merchant::OrderListSession::pageLoaded);
        QTest::mouseClick(pane()->findChild<QToolButton *>(u"refreshButton"_s), Qt::LeftButton);
        QVERIFY(pages.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(!pane()->session()->isLoading(), 20000);
        auto *table = pane()->findChild<QTableView *>(u"ordersTable"_s);
        const models::OrderTableModel *model = pane()->orderModel();
        const QModelIndex index = model->index(model->rowOf(order.id), 0);
        QVERIFY(index.isValid());
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        QTRY_VERIFY_WITH_TIMEOUT(pane()->detail()->order() && pane()->detail()->order()->id == order.id,
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(panel()->isVisible() && panel()->balance().has_value(), 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_app.tuneSandbox([](sandbox::SandboxConfig &config) { config.outside.services = {u"gateway"_s}; });
        QVERIFY(m_app.start());
        QString error;
        QVERIFY2(m_app.addGeneratedOrders(10, 5, &error), qPrintable(error));
        m_oracle = m_app.apiSession(u"merchant");
        QVERIFY(m_oracle);
        api::OrderClient orders(m_oracle->transport());
        const auto page = testsupport::awaitValue(orders.query(
            api::ResourceQuery().sort(u"createdAt"_s, api::ResourceQuery::Direction::Descending).limit(1)));
        QVERIFY(page && page->results.size() == 1);
        const auto authorized = testsupport::authorizeOrder(
            m_oracle->transport(), m_app.sandbox()->credentials().gatewayUrl, page->results.first());
        QVERIFY(authorized);
        // The seller captured everything earlier; the order is Paid.
        const auto captured = testsupport::awaitValue(
            api::PaymentIntentClient(m_oracle->transport())
                .capture(authorized->paymentInfo.payments.first().id, authorized->displayTotal()));
        QVERIFY(captured && captured->outcome == api::PaymentIntentOutcome::Approved);
        const auto paid = testsupport::awaitValue(
            orders.update(authorized->id, authorized->version,
                          {api::OrderActions::changePaymentState(core::PaymentState::Paid)}));
        QVERIFY(paid);
        m_order = *paid;
        QVERIFY(!m_order.lineItems.isEmpty());

        m_app.window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_app.window()));
        QTest::keyClick(m_app.window(), Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(pane()->isVisible() && pane()->session(), 20000);
    }

    void cleanupTestCase()
    {
        m_translations.apply(QLocale(QLocale::English, QLocale::UnitedStates));
        m_oracle.reset();
        m_app.stop();
    }

    void recordReturnThenRefundTheReturnedValue()
    {
        openOrder(m_order);
        auto *record = pane()->findChild<QPushButton *>(u"recordReturnButton"_s);
        QVERIFY(record->isVisible() && record->isEnabled());
        QTest::mouseClick(record, Qt::LeftButton);
        app::ReturnDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = pane()->findChild<app::ReturnDialog *>()) && dialog->isVisible(),
                                 10000);
        auto *ok = dialog->findChild<QPushButton *>(u"okButton"_s);
        QVERIFY(!ok->isEnabled()); // nothing chosen yet, and it says so
        QVERIFY(dialog->findChild<QLabel *>(u"returnProblemLabel"_s)->isVisible());

        // One unit of the first item came back: typed into its spin box, then a comment.
        auto *table = dialog->findChild<QTableWidget *>(u"returnLinesTable"_s);
        QCOMPARE(table->rowCount(), m_order.lineItems.size());
        auto *units = qobject_cast<QSpinBox *>(table->cellWidget(0, 2));
        QVERIFY(units);
        QTest::mouseClick(units, Qt::LeftButton);
        QTest::keyClick(units, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(units, u"1"_s);
        QCOMPARE(units->value(), 1);
        QTest::keyClick(units, Qt::Key_Tab); // Tab leaves the spin boxes for the comment
        for (int row = 1; row < table->rowCount(); ++row)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto *comment = dialog->findChild<QLineEdit *>(u"returnCommentEdit"_s);
        QTRY_VERIFY(comment->hasFocus());
        QTest::keyClicks(comment, u"Too small"_s);
        QVERIFY(ok->isEnabled());
        const core::LineItem &line = m_order.lineItems.first();
        const core::Money gross = line.taxedPrice ? line.taxedPrice->totalGross : line.totalPrice;
        const qint64 cents = (gross.centAmount() * 2 + line.quantity) / (2 * line.quantity);
        const core::Money value(cents, gross.currencyCode(), gross.fractionDigits());
        QCOMPARE(dialog->findChild<QLabel *>(u"returnValueLabel"_s)->text(),
                 u"Value of the returned items: %1"_s.arg(value.format(QLocale())));
        testsupport::saveScreenshot(dialog, u"merchant-record-return.png"_s);
        QTest::keyClick(comment, Qt::Key_Return);

        // The return is in the sandbox's order JSON.
        QJsonArray infos;
        QTRY_VERIFY_WITH_TIMEOUT(
            !(infos = resourceJson(u"/orders/"_s + m_order.id).value(u"returnInfo"_s).toArray()).isEmpty(),
            20000);
        QCOMPARE(infos.size(), 1);
        const QJsonObject item = infos.at(0).toObject().value(u"items"_s).toArray().at(0).toObject();
        QCOMPARE(item.value(u"lineItemId"_s).toString(), line.id);
        QCOMPARE(item.value(u"quantity"_s).toInt(), 1);
        QCOMPARE(item.value(u"shipmentState"_s).toString(), u"Returned"_s);
        QCOMPARE(item.value(u"comment"_s).toString(), u"Too small"_s);

        // Led straight into the refund of that value, with the comment as the reason.
        QDialog *refund = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (refund = panel()->findChild<QDialog *>(u"paymentAmountDialog"_s)) && refund->isVisible(), 10000);
        auto *amount = refund->findChild<QDoubleSpinBox *>(u"amountSpin"_s);
        QCOMPARE(qRound64(amount->value() * 100), value.centAmount());
        QCOMPARE(refund->findChild<QLineEdit *>(u"reasonEdit"_s)->text(), u"Return: Too small"_s);
        testsupport::saveScreenshot(refund, u"merchant-return-refund.png"_s);
        QTest::keyClick(amount, Qt::Key_Return);
        QTRY_VERIFY(!panel()->findChild<QDialog *>(u"paymentAmountDialog"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!panel()->isRunning(), 20000);

        // Refunded exactly the returned unit's value; the order stays Paid (a partial refund).
        QTRY_COMPARE_WITH_TIMEOUT(panel()->balance()->refunded, value, 10000);
        const QJsonObject payment = resourceJson(u"/payments/"_s + m_order.paymentInfo.payments.first().id);
        qint64 refunded = 0;
        for (const QJsonValue &t : payment.value(u"transactions"_s).toArray()) {
            const QJsonObject transaction = t.toObject();
            if (transaction.value(u"type"_s).toString() == u"Refund"_s &&
                transaction.value(u"state"_s).toString() == u"Success"_s)
                refunded += transaction.value(u"amount"_s).toObject().value(u"centAmount"_s).toInteger();
        }
        QCOMPARE(refunded, value.centAmount());
        QCOMPARE(resourceJson(u"/orders/"_s + m_order.id).value(u"paymentState"_s).toString(), u"Paid"_s);

        // The returned item's refund is settled once the refund is done: Refunded in the sandbox's JSON.
        QTRY_COMPARE_WITH_TIMEOUT(storedReturnItem().value(u"paymentState"_s).toString(), u"Refunded"_s,
                                  20000);
        QCOMPARE(storedReturnItem().value(u"shipmentState"_s).toString(), u"Returned"_s);
    }

    void returnsSectionShowsTheItemAndPutsItBackInStock()
    {
        const QSize windowSize = m_app.window()->size();
        const core::LineItem &line = m_order.lineItems.first();
        const QDateTime created =
            QDateTime::fromString(storedReturnItem().value(u"createdAt"_s).toString(), Qt::ISODateWithMs);
        const QString day = QLocale().toString(created.toLocalTime().date(), QLocale::ShortFormat);
        // The detail lists the returned item in words, as it is after the refund.
        QTRY_VERIFY_WITH_TIMEOUT(pane()->detail()->detailHtml().contains(u"refund: Refunded"_s), 10000);
        QTextDocument document;
        document.setHtml(pane()->detail()->detailHtml());
        const QString text = document.toPlainText();
        QVERIFY2(text.contains(
                     u"Returns\n1 × %1 · shipment: Returned · refund: Refunded · %2\n  “Too small”"_s.arg(
                         line.name.text(QLocale()), day)),
                 qPrintable(text));
        // Its actions: the item picked (the only one), Back in stock and Unusable for it, its refund settled.
        QVERIFY(returns()->isVisible());
        QCOMPARE(returnCombo()->count(), 1);
        QCOMPARE(returnCombo()->currentText(), u"1 × %1 · Returned"_s.arg(line.name.text(QLocale())));
        auto *backInStock = returns()->findChild<QPushButton *>(u"backInStockButton"_s);
        auto *unusable = returns()->findChild<QPushButton *>(u"unusableButton"_s);
        auto *refundState = returns()->findChild<QPushButton *>(u"returnRefundButton"_s);
        QVERIFY(backInStock->isEnabled() && unusable->isEnabled());
        QVERIFY(!refundState->isEnabled()); // refunded already
        QVERIFY2(refundState->toolTip().contains(u"already settled"_s), qPrintable(refundState->toolTip()));
        checkReturnsFit(windowSize);
        screenshot(u"returns-en.png"_s);

        // With the keyboard: into the item's list, Tab to "Back in stock", Space. (The dialogs closed;
        // offscreen nothing gives the window back its activation, as a window manager would.)
        m_app.window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_app.window()));
        returnCombo()->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(returnCombo()->hasFocus());
        QTest::keyClick(returnCombo(), Qt::Key_Tab);
        QTRY_VERIFY(backInStock->hasFocus());
        QTest::keyClick(backInStock, Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(storedReturnItem().value(u"shipmentState"_s).toString(), u"BackInStock"_s,
                                  20000);
        QCOMPARE(storedReturnItem().value(u"paymentState"_s).toString(), u"Refunded"_s);
        QTRY_COMPARE_WITH_TIMEOUT(returnCombo()->currentText(),
                                  u"1 × %1 · Back in stock"_s.arg(line.name.text(QLocale())), 10000);
        QVERIFY(pane()->detail()->detailHtml().contains(u"shipment: Back in stock"_s));
        QVERIFY(!backInStock->isEnabled() && !unusable->isEnabled()); // it is no longer just Returned
        QVERIFY2(backInStock->toolTip().contains(u"(Returned)"_s), qPrintable(backInStock->toolTip()));

        // In German: the words in the chosen language, nothing cut, nothing reloaded.
        QVERIFY(m_translations.apply(QLocale(QLocale::German, QLocale::Germany)));
        QTRY_COMPARE(backInStock->text(), u"Wieder auf Lager"_s);
        QVERIFY(returnCombo()->currentText().endsWith(u" · Wieder auf Lager"_s));
        QTRY_VERIFY(pane()->detail()->detailHtml().contains(u"Erstattung: Erstattet"_s));
        checkReturnsFit(windowSize);
        screenshot(u"returns-de.png"_s);
        QVERIFY(m_translations.apply(QLocale(QLocale::English, QLocale::UnitedStates)));
        QTRY_COMPARE(backInStock->text(), u"Back in stock"_s);
    }
};

QTEST_MAIN(TestMerchantReturns)
#include "TestMerchantReturns.moc"
