// SPDX-License-Identifier: MIT
// Issue 16 ("Money after the order"), the seller's side, end to end in the real app
// (tests/support/DesktopHarness.h: the composition root on its embedded sandbox with its payment gateway):
// the payment section of a card order's detail, driven by clicks and keys. A card order is captured in two
// partial captures, partly refunded (one item's value) and the rest refunded — each step in the section's
// timeline, in the sandbox's payment JSON read over HTTP and in the payment gateway's own log (each operation
// exactly once), and the order's paymentState following
// (merchant::PaymentStateRule); a capture above what is left is refused in the dialog; a cancelled order
// releases its authorization; an answer that does not come leaves the capture Pending until Complete sends
// it again, once; a second seller capturing meanwhile gets a 409 told in words and one capture; the view-only
// client sees the section with every button disabled and the reason, and "Record return…" and the returns
// section's actions disabled with the reason too.
#include "api/ApiSession.h"
#include "api/CartClient.h"
#include "api/CartDraft.h"
#include "api/OrderClient.h"
#include "api/OrderFromCartDraft.h"
#include "api/OrderNumberGenerator.h"
#include "api/PaymentClient.h"
#include "api/PaymentDraft.h"
#include "api/PaymentIntentClient.h"
#include "api/ProductProjectionClient.h"
#include "api/ProductSearchQuery.h"
#include "api/actions/OrderActions.h"
#include "app/BackendSwitch.h"
#include "app/Composition.h"
#include "app/MainWindow.h"
#include "app/SettingsController.h"
#include "app/Translations.h"
#include "app/merchant/MerchantPane.h"
#include "app/merchant/OrderDetailPanel.h"
#include "app/merchant/PaymentPanel.h"
#include "app/merchant/ReturnsPanel.h"
#include "app/settings/ConnectionProfile.h"
#include "app/settings/ProfileStore.h"
#include "app/settings/SecretVault.h"
#include "app/settings/SettingsDialog.h"
#include "merchant/OrderListSession.h"
#include "models/OrderTableModel.h"
#include "sandbox/Sandbox.h"
#include "sandbox/faults/FaultRule.h"
#include "support/DesktopHarness.h"
#include "support/SandboxConnection.h"
#include "support/Screenshots.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkReply>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace commercedesk;

namespace {

app::AppOptions noDemoOrders()
{
    app::AppOptions options;
    options.demoOrders = 0; // the desk lists the card orders placed here first
    return options;
}

core::Address hamburg()
{
    core::Address a;
    a.country = u"DE"_s;
    a.firstName = u"Sam"_s;
    a.lastName = u"Shopper"_s;
    a.streetName = u"Lindenallee"_s;
    a.streetNumber = u"5"_s;
    a.postalCode = u"20095"_s;
    a.city = u"Hamburg"_s;
    return a;
}

/// A transaction of the payment JSON, as "Type State centAmount".
QStringList transactionsOf(const QJsonObject &payment)
{
    QStringList out;
    for (const auto &value : payment.value(u"transactions"_s).toArray()) {
        const QJsonObject t = value.toObject();
        out << u"%1 %2 %3"_s.arg(
            t.value(u"type"_s).toString(), t.value(u"state"_s).toString(),
            QString::number(t.value(u"amount"_s).toObject().value(u"centAmount"_s).toInteger()));
    }
    return out;
}

} // namespace

class TestMerchantPayments : public QObject
{
    Q_OBJECT

private:
    testsupport::DesktopHarness m_app{noDemoOrders()};
    app::Translations m_translations;
    std::unique_ptr<api::ApiSession> m_admin;
    QStringList m_skus;
    QTemporaryDir m_dir;
    QSize m_windowSize;                            ///< the window's default size, as started
    std::unique_ptr<sandbox::Sandbox> m_elsewhere; ///< the view-only seller's backend (the last test)

    app::MerchantPane *pane() const { return m_app.window()->merchant(); }
    app::PaymentPanel *panel() const { return pane()->detail()->paymentPanel(); }

    template<class T>
    T *child(const QString &name) const
    {
        T *widget = panel()->findChild<T *>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }
    QString value(const QString &name) const { return child<QLabel>(name)->text(); }
    QString status() const { return child<QLabel>(u"paymentStatusLabel"_s)->text(); }

    template<class T>
    std::optional<T> await(api::Job<T> *job)
    {
        auto out = std::make_shared<std::optional<api::Result<T>>>();
        job->onFinished(this, [out](const api::Result<T> &r) { *out = r; });
        if (!QTest::qWaitFor([out] { return out->has_value(); }, 20000))
            return std::nullopt;
        if (!(*out)->ok()) {
            qWarning().noquote() << "request failed:" << (*out)->error().message;
            return std::nullopt;
        }
        return (*out)->value();
    }

    /// The payment as the sandbox stores it: its JSON over plain HTTP (a client-credentials token of the
    /// admin client, then GET /{projectKey}/payments/{id}), beside the app's own clients.
    QJsonObject paymentJson(const QString &id)
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
        QNetworkRequest request(admin.apiEndpoint(u"/payments/"_s + id));
        request.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
        QNetworkReply *reply = testsupport::testNetwork()->get(request);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return {};
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    /// The payment gateway's own log of the payment's authorization (GET /v1/authorizations/{interfaceId}
    /// "operations", as tests/merchant/TestBulkCapture.cpp reads it), one "operation centAmount" per entry.
    QStringList gatewayLog(const QString &paymentId)
    {
        QUrl url = m_app.sandbox()->credentials().gatewayUrl;
        url.setPath(
            u"/v1/authorizations/%1"_s.arg(paymentJson(paymentId).value(u"interfaceId"_s).toString()));
        QNetworkReply *reply = testsupport::testNetwork()->get(QNetworkRequest(url));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return {u"(no answer)"_s};
        reply->deleteLater();
        QStringList out;
        for (const QJsonValue &value :
             QJsonDocument::fromJson(reply->readAll()).object().value(u"operations"_s).toArray()) {
            const QJsonObject entry = value.toObject();
            out << u"%1 %2"_s.arg(
                entry.value(u"operation"_s).toString(),
                QString::number(entry.value(u"amount"_s).toObject().value(u"centAmount"_s).toInteger()));
        }
        return out;
    }

    /// Asks the sandbox's gateway for an authorization of `amount` (as the checkout's card form does).
    QString authorizeAtGateway(const QUrl &gateway, const core::Money &amount)
    {
        QUrl url = gateway;
        url.setPath(u"/v1/authorizations"_s);
        QNetworkRequest request(url);
        request.setRawHeader("Content-Type", "application/json");
        request.setRawHeader("Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        const QJsonObject body{
            {u"amount"_s, QJsonObject{{u"centAmount"_s, amount.centAmount()}, {u"currencyCode"_s, u"EUR"_s}}},
            {u"card"_s, QJsonObject{{u"number"_s, u"4242424242424242"_s},
                                    {u"expiryMonth"_s, 12},
                                    {u"expiryYear"_s, 2030},
                                    {u"cvc"_s, u"123"_s}}}};
        QNetworkReply *reply = testsupport::testNetwork()->post(request, QJsonDocument(body).toJson());
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return {};
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object().value(u"id"_s).toString();
    }

    /// A buyer's order of two SKUs paid by card: the gateway authorized its total and the Payment is on it.
    /// Returns the order (with the payment) and the payment's id.
    std::pair<core::Order, QString> placeCardOrder(api::ApiSession *admin, const QUrl &gateway)
    {
        api::CartDraft draft;
        draft.currency = u"EUR"_s;
        draft.country = u"DE"_s;
        draft.shippingMethod = core::ResourceIdentifier::byKey(u"shipping-method"_s, u"standard"_s);
        draft.shippingAddress = hamburg();
        draft.lineItems.append(api::LineItemDraft::bySku(m_skus.at(0), 2));
        draft.lineItems.append(api::LineItemDraft::bySku(m_skus.at(1), 1));
        const auto cart = await(api::CartClient(admin->transport()).create(draft));
        if (!cart)
            return {};
        api::OrderFromCartDraft fromCart;
        fromCart.cartId = cart->id;
        fromCart.cartVersion = cart->version;
        fromCart.orderNumber = api::OrderNumberGenerator().next();
        const auto order = await(api::OrderClient(admin->transport()).createFromCart(fromCart));
        if (!order)
            return {};
        const QString psp = authorizeAtGateway(gateway, order->totalPrice);
        if (psp.isEmpty())
            return {};
        const auto payment =
            await(api::PaymentClient(admin->transport())
                      .create(api::PaymentDraft::authorized(order->totalPrice, u"commercedesk-gateway"_s,
                                                            u"CREDIT_CARD"_s, psp, psp)));
        if (!payment)
            return {};
        const auto paid =
            await(api::OrderClient(admin->transport())
                      .update(order->id, order->version,
                              {api::OrderActions::addPayment(payment->id),
                               api::OrderActions::changePaymentState(core::PaymentState::Pending)}));
        if (!paid)
            return {};
        return {*paid, payment->id};
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
        int row = -1;
        for (int r = 0; r < model->rowCount() && row < 0; ++r) {
            if (model->summary(r)->id == order.id)
                row = r;
        }
        QVERIFY(row >= 0);
        const QModelIndex index = model->index(row, 0);
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        QTRY_VERIFY_WITH_TIMEOUT(pane()->detail()->order() && pane()->detail()->order()->id == order.id,
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(panel()->isVisible() && panel()->balance().has_value(), 10000);
    }

    /// Clicks `button` and waits for the amount dialog.
    QDialog *openAmountDialog(const QString &button)
    {
        QTest::mouseClick(child<QPushButton>(button), Qt::LeftButton);
        QDialog *dialog = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    return (dialog = panel()->findChild<QDialog *>(u"paymentAmountDialog"_s)) &&
                           dialog->isVisible();
                },
                5000))
            return nullptr;
        return dialog;
    }

    /// Types `amount` (as the seller does, in the locale's digits) into the dialog's amount.
    static void typeAmount(QDialog *dialog, const QString &amount)
    {
        auto *spin = dialog->findChild<QDoubleSpinBox *>(u"amountSpin"_s);
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, amount);
    }

    /// Presses Enter in the dialog and waits until the operation it started has finished.
    void confirmAndWait(QDialog *dialog, const QString &expectedStatus)
    {
        QTest::keyClick(dialog->findChild<QDoubleSpinBox *>(u"amountSpin"_s), Qt::Key_Return);
        QTRY_VERIFY(!panel()->findChild<QDialog *>(u"paymentAmountDialog"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!panel()->isRunning(), 20000);
        QVERIFY2(status().contains(expectedStatus), qPrintable(status()));
    }

    /// The timeline's rows as "Operation Amount State".
    QStringList timeline() const
    {
        auto *table = child<QTableWidget>(u"paymentTimelineTable"_s);
        QStringList rows;
        for (int row = 0; row < table->rowCount(); ++row)
            rows << table->item(row, 1)->text() + u' ' + table->item(row, 2)->text() + u' ' +
                        table->item(row, 3)->text();
        return rows;
    }

    /// Clicks the real button `button` on the open box `name` (DeskPrompter's buttons).
    void answer(const QString &name, const QString &button)
    {
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = pane()->findChild<QMessageBox *>(name)) && box->isVisible(), 10000);
        QTest::mouseClick(box->findChild<QPushButton *>(button), Qt::LeftButton);
        QTRY_VERIFY(!pane()->findChild<QMessageBox *>(name));
    }

    /// Nothing of the section is cut or overlapped in the window as it is: every amount's name and value
    /// at its full width, the timeline above the status, the status above the buttons; and the window kept
    /// its size (the section fits the default window).
    void checkFits()
    {
        for (int pass = 0; pass < 4; ++pass)
            QApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCOMPARE(m_app.window()->size(), m_windowSize);
        for (QLabel *label : panel()->findChildren<QLabel *>()) {
            if (label->isVisible() && !label->wordWrap())
                QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
        }
        const auto inPanel = [this](QWidget *widget) {
            return QRect(widget->mapTo(panel(), QPoint(0, 0)), widget->size());
        };
        const QRect table = inPanel(child<QTableWidget>(u"paymentTimelineTable"_s));
        const QRect status = inPanel(child<QLabel>(u"paymentStatusLabel"_s));
        const QRect buttons = inPanel(child<QPushButton>(u"captureButton"_s));
        QVERIFY(table.bottom() < status.top());
        QVERIFY(status.bottom() < buttons.top());
        QVERIFY(status.height() >= child<QLabel>(u"paymentStatusLabel"_s)->heightForWidth(status.width()));
        QVERIFY(panel()->rect().contains(buttons));
    }

    void screenshot(const QString &name)
    {
        for (int pass = 0; pass < 4; ++pass) // each level of nested layouts posts its own request
            QApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        testsupport::saveScreenshot(panel(), name);
        testsupport::saveScreenshot(m_app.window(), u"window-"_s + name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_app.tuneSandbox([](sandbox::SandboxConfig &config) { config.outside.services = {u"gateway"_s}; });
        QVERIFY(m_app.start()); // the window's default size: the section must fit there
        m_windowSize = m_app.window()->size();
        m_admin = m_app.apiSession(u"admin");
        QVERIFY(m_admin);
        api::ProductSearchQuery query;
        query.priceCurrency = u"EUR"_s;
        query.priceCountry = u"DE"_s;
        const auto storefront = m_app.apiSession(u"storefront");
        const auto page = await(api::ProductProjectionClient(storefront->transport()).search(query));
        QVERIFY(page);
        for (const auto &product : page->results) {
            if (product.masterVariant.sku && product.masterVariant.price)
                m_skus << *product.masterVariant.sku;
        }
        QVERIFY(m_skus.size() >= 2);
        QTest::keyClick(m_app.window(), Qt::Key_2, Qt::ControlModifier); // the merchant pane
        QTRY_VERIFY_WITH_TIMEOUT(pane()->isVisible() && pane()->session(), 20000);
    }

    void cleanupTestCase()
    {
        m_translations.apply(QLocale(QLocale::English, QLocale::UnitedStates));
        m_admin.reset();
        m_app.stop();
        if (m_elsewhere)
            m_elsewhere->stop();
    }

    void capturesInTwoPartsThenRefundsAnItemAndTheRest()
    {
        const auto [order, paymentId] =
            placeCardOrder(m_admin.get(), m_app.sandbox()->credentials().gatewayUrl);
        QVERIFY(!paymentId.isEmpty());
        const core::Money total = order.totalPrice;
        QVERIFY(total.centAmount() > 3000);
        openOrder(order);
        QCOMPARE(value(u"authorizedValue"_s), total.format(QLocale()));
        QCOMPARE(value(u"capturedValue"_s), u"€0.00"_s);
        QCOMPARE(timeline(), QStringList{u"Authorization %1 Success"_s.arg(total.format(QLocale()))});
        QVERIFY(child<QPushButton>(u"captureButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(u"refundButton"_s)->isEnabled());

        // First partial capture: €30.00 typed over the full amount the dialog offers.
        QDialog *dialog = openAmountDialog(u"captureButton"_s);
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QDoubleSpinBox *>(u"amountSpin"_s)->value(),
                 double(total.centAmount()) / 100);
        typeAmount(dialog, u"30.00"_s);
        QCOMPARE(dialog->findChild<QPushButton *>(u"okButton"_s)->text(), u"Capture €30.00"_s);
        confirmAndWait(dialog, u"Capture of €30.00: done."_s);
        QVERIFY2(status().contains(u"Order payment state: Balance due."_s), qPrintable(status()));
        QCOMPARE(value(u"capturedValue"_s), u"€30.00"_s);
        QVERIFY(timeline().contains(u"Capture €30.00 Success"_s));
        QCOMPARE(
            transactionsOf(paymentJson(paymentId)),
            (QStringList{u"Authorization Success %1"_s.arg(total.centAmount()), u"Charge Success 3000"_s}));

        // Second capture: the rest, as the dialog offers it.
        const core::Money rest(total.centAmount() - 3000, u"EUR"_s, 2);
        dialog = openAmountDialog(u"captureButton"_s);
        QVERIFY(dialog);
        confirmAndWait(dialog, u"Capture of %1: done."_s.arg(rest.format(QLocale())));
        QVERIFY2(status().contains(u"Order payment state: Paid."_s), qPrintable(status()));
        QCOMPARE(value(u"capturableValue"_s), u"€0.00"_s);
        QVERIFY(!child<QPushButton>(u"captureButton"_s)->isEnabled());
        QVERIFY(child<QPushButton>(u"refundButton"_s)->isEnabled());
        QVERIFY(timeline().contains(u"Capture %1 Success"_s.arg(rest.format(QLocale()))));
        QTRY_COMPARE_WITH_TIMEOUT(pane()->detail()->order()->paymentState, core::PaymentState::Paid, 10000);

        // A returned item: its line chosen with the keyboard fills the amount the buyer paid for it (gross);
        // a reason is given.
        const core::LineItem &first = order.lineItems.at(0);
        dialog = openAmountDialog(u"refundButton"_s);
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QPushButton *>(u"okButton"_s)->isEnabled()); // zero
        auto *lines = dialog->findChild<QListWidget *>(u"refundLinesList"_s);
        QCOMPARE(lines->count(), 2);
        lines->setFocus();
        lines->setCurrentRow(0);
        QTest::keyClick(lines, Qt::Key_Space);
        QCOMPARE(dialog->findChild<QDoubleSpinBox *>(u"amountSpin"_s)->value(),
                 double(first.grossTotal().centAmount()) / 100);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"reasonEdit"_s), u"returned item"_s);
        confirmAndWait(dialog, u"Refund of %1: done."_s.arg(first.grossTotal().format(QLocale())));
        QVERIFY(timeline().contains(u"Refund %1 Success"_s.arg(first.grossTotal().format(QLocale()))));
        QCOMPARE(value(u"refundedValue"_s), first.grossTotal().format(QLocale()));

        // The rest as a goodwill gesture.
        const core::Money left(total.centAmount() - first.grossTotal().centAmount(), u"EUR"_s, 2);
        QCOMPARE(value(u"refundableValue"_s), left.format(QLocale()));
        dialog = openAmountDialog(u"refundButton"_s);
        QVERIFY(dialog);
        typeAmount(dialog, QLocale().toString(double(left.centAmount()) / 100, 'f', 2));
        confirmAndWait(dialog, u"Refund of %1: done."_s.arg(left.format(QLocale())));
        QVERIFY2(status().contains(u"Order payment state: Credit owed."_s), qPrintable(status()));
        QCOMPARE(value(u"refundableValue"_s), u"€0.00"_s);
        QVERIFY(!child<QPushButton>(u"refundButton"_s)->isEnabled());
        QCOMPARE(timeline().size(), 5);
        QCOMPARE(transactionsOf(paymentJson(paymentId)),
                 (QStringList{u"Authorization Success %1"_s.arg(total.centAmount()), u"Charge Success 3000"_s,
                              u"Charge Success %1"_s.arg(rest.centAmount()),
                              u"Refund Success %1"_s.arg(first.totalPrice.centAmount()),
                              u"Refund Success %1"_s.arg(left.centAmount())}));
        // The gateway's own log: each of the four operations exactly once (no double capture or refund).
        QCOMPARE(gatewayLog(paymentId),
                 (QStringList{u"capture 3000"_s, u"capture %1"_s.arg(rest.centAmount()),
                              u"refund %1"_s.arg(first.grossTotal().centAmount()),
                              u"refund %1"_s.arg(left.centAmount())}));
        checkFits();
        screenshot(u"merchant-payment-en.png"_s);

        // The section in German: the words and the money in the chosen language, nothing reloaded.
        QVERIFY(m_translations.apply(QLocale(QLocale::German, QLocale::Germany)));
        QTRY_COMPARE(child<QPushButton>(u"captureButton"_s)->text(), u"Einziehen…"_s);
        QVERIFY2(value(u"capturedValue"_s).contains(u"€"_s) && value(u"capturedValue"_s).contains(u','),
                 qPrintable(value(u"capturedValue"_s)));
        checkFits();
        screenshot(u"merchant-payment-de.png"_s);
        QVERIFY(m_translations.apply(QLocale(QLocale::English, QLocale::UnitedStates)));
        QTRY_COMPARE(child<QPushButton>(u"captureButton"_s)->text(), u"Capture…"_s);
    }

    void captureAboveWhatIsLeftIsRefusedInTheDialog()
    {
        const auto [order, paymentId] =
            placeCardOrder(m_admin.get(), m_app.sandbox()->credentials().gatewayUrl);
        QVERIFY(!paymentId.isEmpty());
        openOrder(order);
        QDialog *dialog = openAmountDialog(u"captureButton"_s);
        QVERIFY(dialog);
        auto *ok = dialog->findChild<QPushButton *>(u"okButton"_s);
        QVERIFY(ok->isEnabled()); // the full amount
        typeAmount(dialog, QLocale().toString(double(order.totalPrice.centAmount() + 1) / 100, 'f', 2));
        QVERIFY(!ok->isEnabled());
        auto *problem = dialog->findChild<QLabel *>(u"amountProblemLabel"_s);
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(), u"Only %1 is left to capture."_s.arg(order.totalPrice.format(QLocale())));
        testsupport::saveScreenshot(dialog, u"merchant-capture-refused.png"_s);
        typeAmount(dialog, u"0"_s);
        QVERIFY(!ok->isEnabled());
        QCOMPARE(problem->text(), u"Enter an amount above zero."_s);
        QTest::keyClick(dialog->findChild<QDoubleSpinBox *>(u"amountSpin"_s),
                        Qt::Key_Return); // OK is disabled
        QVERIFY(dialog->isVisible());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!panel()->findChild<QDialog *>(u"paymentAmountDialog"_s));
        QCOMPARE(transactionsOf(paymentJson(paymentId)),
                 QStringList{u"Authorization Success %1"_s.arg(order.totalPrice.centAmount())});
    }

    void cancellingTheOrderReleasesItsAuthorization()
    {
        const auto [order, paymentId] =
            placeCardOrder(m_admin.get(), m_app.sandbox()->credentials().gatewayUrl);
        QVERIFY(!paymentId.isEmpty());
        openOrder(order);
        QVERIFY(child<QPushButton>(u"releaseButton"_s)->isEnabled());
        QTest::mouseClick(pane()->findChild<QPushButton *>(u"cancelOrderButton"_s), Qt::LeftButton);
        answer(u"cancelConfirmBox"_s, u"yesButton"_s);
        answer(u"releaseAfterCancelBox"_s, u"yesButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status().contains(u"Release of the authorization: done."_s), 20000);
        QTRY_VERIFY(!panel()->isRunning());
        QVERIFY2(status().contains(u"Order payment state: Failed."_s), qPrintable(status()));
        QVERIFY(!child<QPushButton>(u"releaseButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(u"captureButton"_s)->isEnabled());
        QVERIFY(timeline().contains(
            u"Authorization released %1 Success"_s.arg(order.totalPrice.format(QLocale()))));
        QCOMPARE(transactionsOf(paymentJson(paymentId)),
                 (QStringList{u"Authorization Success %1"_s.arg(order.totalPrice.centAmount()),
                              u"CancelAuthorization Success %1"_s.arg(order.totalPrice.centAmount())}));
        QTRY_COMPARE_WITH_TIMEOUT(pane()->detail()->order()->orderState, core::OrderState::Cancelled, 10000);
    }

    void anUnconfirmedCaptureIsCompletedOnce()
    {
        const auto [order, paymentId] =
            placeCardOrder(m_admin.get(), m_app.sandbox()->credentials().gatewayUrl);
        QVERIFY(!paymentId.isEmpty());
        openOrder(order);
        QString error;
        m_app.faults()->add(
            *sandbox::FaultRule::parse(u"gateway:POST /v1/authorizations/*/capture:error:503"_s, &error));
        QDialog *dialog = openAmountDialog(u"captureButton"_s);
        QVERIFY(dialog);
        confirmAndWait(dialog, u"has not confirmed it yet"_s);
        auto *complete = child<QPushButton>(u"completeButton"_s);
        QVERIFY(complete->isVisible() && complete->isEnabled());
        QVERIFY(!child<QPushButton>(u"captureButton"_s)->isEnabled());
        QVERIFY(timeline().contains(u"Capture %1 Pending"_s.arg(order.totalPrice.format(QLocale()))));
        m_app.faults()->clear(u"gateway"_s);
        QTest::mouseClick(complete, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel()->isRunning() && status().contains(u": done."_s), 20000);
        QVERIFY(!complete->isVisible());
        QCOMPARE(value(u"capturedValue"_s), order.totalPrice.format(QLocale()));
        QCOMPARE(transactionsOf(paymentJson(paymentId)),
                 (QStringList{u"Authorization Success %1"_s.arg(order.totalPrice.centAmount()),
                              u"Charge Success %1"_s.arg(order.totalPrice.centAmount())}));
    }

    void aSecondSellerCapturingMeetsAConflictAndCompletesOnce()
    {
        const auto [order, paymentId] =
            placeCardOrder(m_admin.get(), m_app.sandbox()->credentials().gatewayUrl);
        QVERIFY(!paymentId.isEmpty());
        openOrder(order);
        // Another seller captures first; the gateway does not confirm it, so it stays Pending.
        QString error;
        m_app.faults()->add(
            *sandbox::FaultRule::parse(u"gateway:POST /v1/authorizations/*/capture:error:503"_s, &error));
        const auto other =
            await(api::PaymentIntentClient(m_admin->transport()).capture(paymentId, order.totalPrice));
        QVERIFY(other && other->outcome == api::PaymentIntentOutcome::Received);
        m_app.faults()->clear(u"gateway"_s);

        // This seller still sees the authorization untouched and captures €10.00: refused, told, reloaded.
        // (The same amount would be the same operation, which the API completes instead — still once.)
        QVERIFY(child<QPushButton>(u"captureButton"_s)->isEnabled());
        QDialog *dialog = openAmountDialog(u"captureButton"_s);
        QVERIFY(dialog);
        typeAmount(dialog, u"10.00"_s);
        confirmAndWait(dialog, u"another operation on this payment is in progress — reloaded."_s);
        QVERIFY(timeline().contains(u"Capture %1 Pending"_s.arg(order.totalPrice.format(QLocale()))));
        QVERIFY(!child<QPushButton>(u"captureButton"_s)->isEnabled());
        auto *complete = child<QPushButton>(u"completeButton"_s);
        QVERIFY(complete->isVisible() && complete->isEnabled());
        QTest::mouseClick(complete, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel()->isRunning() && status().contains(u": done."_s), 20000);
        QCOMPARE(transactionsOf(paymentJson(paymentId)),
                 (QStringList{u"Authorization Success %1"_s.arg(order.totalPrice.centAmount()),
                              u"Charge Success %1"_s.arg(order.totalPrice.centAmount())}));
    }

    void viewOnlyClientSeesTheSectionWithButtonsDisabled()
    {
        sandbox::SandboxConfig config;
        QVERIFY(m_dir.isValid());
        config.dataDir = m_dir.filePath(u"elsewhere"_s);
        config.projectKey = u"elsewhere-shop"_s;
        config.outside.services = {u"gateway"_s};
        config.demoOrders = 0;
        m_elsewhere = std::make_unique<sandbox::Sandbox>(config);
        QString error;
        QVERIFY2(m_elsewhere->start(&error), qPrintable(error));
        const sandbox::SandboxCredentials credentials = m_elsewhere->credentials();
        auto admin = std::make_unique<api::ApiSession>(testsupport::testNetwork(),
                                                       testsupport::sandboxConnection(credentials, u"admin"),
                                                       api::OAuthTokenProvider::Grant::ClientCredentials);
        const auto [placed, paymentId] = placeCardOrder(admin.get(), credentials.gatewayUrl);
        QVERIFY(!paymentId.isEmpty());
        // A unit came back already (recorded by a seller who may): the returns section lists it.
        const auto order = await(api::OrderClient(admin->transport())
                                     .update(placed.id, placed.version,
                                             {api::OrderActions::addReturnInfo(
                                                 {{placed.lineItems.first().id, 1}}, u"Scratched"_s)}));
        QVERIFY(order);
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
        QTRY_VERIFY_WITH_TIMEOUT(pane() && pane()->orderModel() && pane()->session(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(pane()->orderModel()->rowCount() > 0, 20000);
        openOrder(*order);
        QCOMPARE(timeline().size(), 1);
        for (const QString &name : {u"captureButton"_s, u"refundButton"_s, u"releaseButton"_s}) {
            auto *button = child<QPushButton>(name);
            QVERIFY2(button->isVisible() && !button->isEnabled(), qPrintable(name));
            QVERIFY2(button->toolTip().contains(u"manage_checkout_payment_intents"_s), qPrintable(name));
        }
        // Record return… is in sight with the one order selected, disabled, and says why.
        auto *record = pane()->findChild<QPushButton *>(u"recordReturnButton"_s);
        QVERIFY(record->isVisible() && !record->isEnabled());
        QVERIFY2(record->toolTip().contains(u"manage_orders"_s), qPrintable(record->toolTip()));
        // The returns' actions are in sight with the returned item picked, disabled, and say why.
        auto *returns = pane()->detail()->returnsPanel();
        QTRY_VERIFY(returns->isVisible());
        QVERIFY(pane()->detail()->detailHtml().contains(u"“Scratched”"_s));
        QCOMPARE(returns->findChild<QComboBox *>(u"returnItemCombo"_s)->count(), 1);
        QVERIFY(!returns->pickedItemId().isEmpty());
        for (const QString &name : {u"backInStockButton"_s, u"unusableButton"_s, u"returnRefundButton"_s}) {
            auto *button = returns->findChild<QPushButton *>(name);
            QVERIFY2(button->isVisible() && !button->isEnabled(), qPrintable(name));
            QVERIFY2(button->toolTip().contains(u"manage_orders"_s), qPrintable(name));
        }
        screenshot(u"merchant-payment-readonly.png"_s);
    }
};

QTEST_MAIN(TestMerchantPayments)
#include "TestMerchantPayments.moc"
