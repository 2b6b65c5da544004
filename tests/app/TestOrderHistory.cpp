// SPDX-License-Identifier: MIT
// The order history in the real app (tests/support/DesktopHarness.h: the composition root on its embedded
// sandbox), offscreen: the shopper signs in through the buyer bar, opens "My orders", sees the order
// numbers (newest first), opens one with Enter (detail with lines and totals), reorders it and finds the
// lines in the cart panel; a reorder with a product that is no longer published names it. The orders are
// placed beforehand by the same customer on a session of the test's own (as from another device).
// Once the seller captures the card payment of an order (merchant::PaymentDesk through the Payment Intents
// API, the order's paymentState following), the history says so in the buyer's words ("Authorized", then
// "Paid" / "Bezahlt").
// Screenshots of the list, the detail and the reorder outcome go where COMMERCEDESK_SCREENSHOT_DIR says.
#include "api/CartClient.h"
#include "api/OrderClient.h"
#include "api/OrderNumberGenerator.h"
#include "api/PaymentClient.h"
#include "api/PaymentIntentClient.h"
#include "api/ProductProjectionClient.h"
#include "api/actions/OrderActions.h"
#include "app/MainWindow.h"
#include "app/Translations.h"
#include "app/storefront/OrderHistoryView.h"
#include "app/storefront/StorefrontPane.h"
#include "checkout/BuyerSession.h"
#include "checkout/CartSession.h"
#include "checkout/Reorder.h"
#include "merchant/OrderActionService.h"
#include "merchant/PaymentDesk.h"
#include "models/OrderHistoryModel.h"
#include "support/AuthorizedOrders.h"
#include "support/DesktopHarness.h"
#include "support/Screenshots.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;

namespace {

const QString kEmail = u"shopper@commercedesk.example"_s;
const QString kPassword = u"Shopper-Demo-2026"_s;

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

/// What the history shows as the order's number: buyer orders (MyOrderFromCartDraft) have none, so the id.
QString numberOf(const core::Order &order)
{
    return order.orderNumber.value_or(order.id);
}

QMap<QString, qint64> skuQuantities(const QList<core::LineItem> &lines)
{
    QMap<QString, qint64> out;
    for (const core::LineItem &line : lines)
        out[line.variant.sku.value_or(QString())] += line.quantity;
    return out;
}

app::AppOptions noDemoOrders()
{
    app::AppOptions options;
    options.demoOrders = 0; // the shopper's history holds only the orders placed here
    return options;
}

} // namespace

class TestOrderHistory : public QObject
{
    Q_OBJECT

private:
    testsupport::DesktopHarness m_app{noDemoOrders()};
    app::Translations m_translations;
    /// The same customer on a session of the test's own: places the orders the history then shows.
    std::unique_ptr<api::ApiSession> m_shopper;
    QStringList m_skus;
    QList<core::Order> m_orders; ///< oldest first

    checkout::CartSession *cart() const { return m_app.backend()->cart(); }
    app::StorefrontPane *pane() const { return m_app.window()->storefront(); }

    template<class T>
    T *child(const QString &name) const
    {
        T *widget = m_app.window()->findChild<T *>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }

    void saveScreenshot(const QString &name) { testsupport::saveScreenshot(m_app.window(), name); }

    template<class T>
    std::optional<T> await(api::Job<T> *job)
    {
        auto out = std::make_shared<std::optional<api::Result<T>>>();
        job->onFinished(this, [out](const api::Result<T> &r) { *out = r; });
        if (!QTest::qWaitFor([out] { return out->has_value(); }, 20000) || !(*out)->ok())
            return std::nullopt;
        return (*out)->value();
    }

    std::optional<core::Order> placeOrder(const QList<QPair<QString, qint64>> &lines)
    {
        api::CartDraft draft;
        draft.currency = u"EUR"_s;
        draft.country = u"DE"_s;
        draft.taxMode = core::TaxMode::External;
        draft.shippingAddress = hamburg();
        for (const auto &[sku, quantity] : lines)
            draft.lineItems.append(api::LineItemDraft::bySku(sku, quantity));
        const auto created =
            await(api::CartClient(m_shopper->transport(), api::ApiScope::me()).create(draft));
        if (!created)
            return std::nullopt;
        api::OrderFromCartDraft order;
        order.cartId = created->id;
        order.cartVersion = created->version;
        order.orderNumber = api::OrderNumberGenerator().next();
        return await(api::OrderClient(m_shopper->transport(), api::ApiScope::me()).createFromCart(order));
    }

    int rowOfNumber(const QString &number) const
    {
        auto *table = child<QTableView>(u"orderHistoryTableView"_s);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 0).data().toString() == number)
                return row;
        }
        return -1;
    }

    /// Takes the product of `sku` off the shelf in the sandbox's database (no API of the sandbox does it).
    bool unpublish(const QString &sku)
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"unpublish"_s);
            db.setDatabaseName(m_app.sandboxDataPath(u"sandbox.sqlite"_s));
            QSqlQuery q(db);
            ok =
                db.open() &&
                q.prepare(u"UPDATE products SET published = 0, doc = json_set(doc, '$.masterData.published', "
                          u"json('false')) WHERE id = (SELECT product_id FROM product_skus WHERE sku = ?)"_s);
            q.addBindValue(sku);
            ok = ok && q.exec() && q.numRowsAffected() == 1;
        }
        QSqlDatabase::removeDatabase(u"unpublish"_s);
        return ok;
    }

    /// The buyer bar's sign-in, as the shopper does it.
    void signIn()
    {
        QTest::mouseClick(child<QPushButton>(u"signInButton"_s), Qt::LeftButton);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_app.window()->findChild<QDialog *>(u"signInDialog"_s)) &&
                    dialog->isVisible());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"signInEmailEdit"_s), kEmail);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"signInPasswordEdit"_s), kPassword);
        QTest::keyClick(dialog->findChild<QLineEdit *>(u"signInPasswordEdit"_s), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_app.backend()->buyer()->isSignedIn(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!cart()->isBusy(), 15000);
        // The window is the active one again once the dialog is gone, as on a desktop (the offscreen
        // platform does not hand activation back by itself): focus and shortcuts need it.
        m_app.window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_app.window()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        qRegisterMetaType<checkout::ReorderResult>();
        m_app.tuneSandbox([](sandbox::SandboxConfig &config) {
            // The carts are taxed; the gateway authorizes the card payment the seller captures. Nothing else
            // writes to the orders.
            config.outside.services = {u"tax"_s, u"gateway"_s};
        });
        QVERIFY(m_app.start(QSize(1480, 900)));
        cart()->setDebounceInterval(20);

        m_shopper = m_app.apiSession(u"storefront", api::OAuthTokenProvider::Grant::AnonymousSession);
        QVERIFY(m_shopper);
        std::optional<bool> shopperIn;
        m_shopper->auth()->signIn(
            kEmail, kPassword, this,
            [&shopperIn](const api::Result<api::AccessToken> &r) { shopperIn = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(shopperIn.has_value(), 20000);
        QVERIFY(*shopperIn);

        api::ProductSearchQuery query;
        query.limit = 10;
        m_app.backend()->buyer()->buyerContext().applyPriceSelection(query);
        const auto found = await(api::ProductProjectionClient(m_shopper->transport()).search(query));
        QVERIFY(found);
        for (const core::ProductProjection &product : found->results) {
            if (product.masterVariant.sku && product.masterVariant.price)
                m_skus << *product.masterVariant.sku;
        }
        QVERIFY(m_skus.size() >= 5);

        signIn();
        for (const auto &lines :
             QList<QList<QPair<QString, qint64>>>{{{m_skus[0], 2}, {m_skus[1], 1}}, {{m_skus[2], 3}}}) {
            const auto order = placeOrder(lines);
            QVERIFY(order);
            m_orders << *order;
        }
    }

    void cleanupTestCase()
    {
        m_shopper.reset();
        m_app.stop();
    }

    void myOrdersListsTheOrdersAndEnterOpensTheDetail()
    {
        auto *myOrders = child<QPushButton>(u"myOrdersButton"_s);
        QVERIFY(myOrders->isVisible()); // signed in
        QTest::mouseClick(myOrders, Qt::LeftButton);
        auto *table = child<QTableView>(u"orderHistoryTableView"_s);
        QTRY_VERIFY(table->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 15000);
        QCOMPARE(table->model()->index(0, 0).data().toString(), numberOf(m_orders.last())); // newest first
        QCOMPARE(table->model()->index(1, 0).data().toString(), numberOf(m_orders.first()));
        QCOMPARE(child<QLabel>(u"orderHistoryTitleLabel"_s)->text(), u"Your orders"_s);
        saveScreenshot(u"order-history-list.png"_s);

        table->setFocus();
        table->setCurrentIndex(table->model()->index(rowOfNumber(numberOf(m_orders.first())), 0));
        QTest::keyClick(table, Qt::Key_Return);
        auto *reorder = child<QPushButton>(u"reorderButton"_s);
        QTRY_VERIFY(reorder->hasFocus());
        const QString detail = child<QLabel>(u"orderDetailLabel"_s)->text();
        QVERIFY2(detail.contains(numberOf(m_orders.first())), qPrintable(detail));
        QVERIFY(detail.contains(u"Hamburg"_s));
        QVERIFY(detail.contains(m_orders.first().displayTotal().format(QLocale())));
        QCOMPARE(child<QTableView>(u"orderDetailLinesView"_s)->model()->rowCount(), 2);
        saveScreenshot(u"order-history-detail.png"_s);
    }

    /// Reorder puts the lines into the cart, and the pane goes back to the catalog with the cart beside it.
    void reorderFillsTheCartPanel()
    {
        QVERIFY(!cart()->cart().has_value());
        auto *table = child<QTableView>(u"orderHistoryTableView"_s);
        table->setCurrentIndex(table->model()->index(rowOfNumber(numberOf(m_orders.first())), 0));
        auto *view = m_app.window()->findChild<app::OrderHistoryView *>();
        QVERIFY(view);
        QSignalSpy reordered(view, &app::OrderHistoryView::reordered);
        QTest::mouseClick(child<QPushButton>(u"reorderButton"_s), Qt::LeftButton);
        QVERIFY(reordered.wait(20000));
        QVERIFY(cart()->cart().has_value());
        QCOMPARE(skuQuantities(cart()->cart()->lineItems), skuQuantities(m_orders.first().lineItems));
        auto *cartTable = child<QTableView>(u"cartTableView"_s);
        QTRY_VERIFY(cartTable->isVisible());
        QTRY_COMPARE(cartTable->model()->rowCount(), 2);
        // Back on the catalog, a notice above the results says what the reorder did.
        auto *notice = child<QWidget>(u"storefrontNotice"_s);
        QTRY_VERIFY(notice->isVisible());
        const QString said = notice->findChild<QLabel *>(u"noticeLabel"_s)->text();
        QVERIFY2(said.contains(numberOf(m_orders.first())) && said.contains(u"2 items"_s), qPrintable(said));
        saveScreenshot(u"order-history-reordered.png"_s);
        cart()->forget(); // the next case starts without a cart
    }

    void ctrlRReorderNamesAnUnpublishedItem()
    {
        const auto order = placeOrder({{m_skus[3], 1}, {m_skus[4], 4}});
        QVERIFY(order);
        const QString goneName = order->lineItems.first().name.value(u"en"_s);
        QVERIFY(unpublish(m_skus[3]));
        QTest::mouseClick(child<QPushButton>(u"myOrdersButton"_s), Qt::LeftButton); // shows and reloads
        auto *table = child<QTableView>(u"orderHistoryTableView"_s);
        QTRY_VERIFY(table->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 15000);
        QTest::mouseClick(child<QPushButton>(u"orderHistoryRefreshButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 15000);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(rowOfNumber(numberOf(*order)), 0));
        auto *view = m_app.window()->findChild<app::OrderHistoryView *>();
        QSignalSpy reordered(view, &app::OrderHistoryView::reordered);
        QTest::keyClick(table, Qt::Key_R, Qt::ControlModifier);
        QVERIFY(reordered.wait(20000));
        QCOMPARE(skuQuantities(cart()->cart()->lineItems), (QMap<QString, qint64>{{m_skus[4], 4}}));
        auto *message = child<QLabel>(u"orderHistoryMessageLabel"_s);
        QVERIFY2(message->text().contains(goneName) && message->text().contains(m_skus[3]),
                 qPrintable(message->text()));
        QTRY_COMPARE(child<QTableView>(u"cartTableView"_s)->model()->rowCount(), 1);
        saveScreenshot(u"order-history-unavailable.png"_s);
        // The app goes back to the catalog after the reorder; the notice there names what was left out, in
        // the shopper's language, until it is dismissed.
        auto *notice = child<QWidget>(u"storefrontNotice"_s);
        QTRY_VERIFY(notice->isVisible());
        auto *said = notice->findChild<QLabel *>(u"noticeLabel"_s);
        QVERIFY2(said->text().contains(goneName) && said->text().contains(m_skus[3]),
                 qPrintable(said->text()));
        QVERIFY(m_translations.apply(QLocale(QLocale::German, QLocale::Germany)));
        QTRY_VERIFY2(said->text().contains(u"Nicht hinzugefügt"_s), qPrintable(said->text()));
        m_translations.apply(QLocale(QLocale::English, QLocale::UnitedStates));
        QTest::mouseClick(notice->findChild<QWidget *>(u"noticeDismissButton"_s), Qt::LeftButton);
        QVERIFY(!notice->isVisible());
    }

    /// Issue 20: every main screen readable in three languages. The returning buyer's order list and an
    /// order's detail in German and French: the title, the column headers, the country, the total in the
    /// language's money format; saved as order-history-<language>.png for a person to look at.
    void historyInGermanAndFrench()
    {
        const struct
        {
            QString code;
            QLocale locale;
            QString country;
        } languages[] = {{u"de"_s, QLocale(QLocale::German, QLocale::Germany), u"Deutschland"_s},
                         {u"fr"_s, QLocale(QLocale::French, QLocale::France), u"Allemagne"_s}};
        auto *myOrders = child<QPushButton>(u"myOrdersButton"_s);
        for (const auto &language : languages) {
            QVERIFY(m_translations.apply(language.locale));
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
            QTest::mouseClick(myOrders, Qt::LeftButton);
            auto *table = child<QTableView>(u"orderHistoryTableView"_s);
            QTRY_VERIFY(table->isVisible());
            QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 2, 15000);
            const QString title = child<QLabel>(u"orderHistoryTitleLabel"_s)->text();
            QVERIFY2(title != u"Your orders"_s && !title.isEmpty(), qPrintable(title));
            for (int column = 0; column < table->model()->columnCount(); ++column) {
                const QString header = table->model()->headerData(column, Qt::Horizontal).toString();
                for (const QString &english : {u"Order"_s, u"Items"_s})
                    QVERIFY2(header != english, qPrintable(language.code + u": "_s + header));
            }
            // No state name, count or total of the list is cut (the widths of another language).
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                for (const int column :
                     {models::OrderHistoryModel::StatusColumn, models::OrderHistoryModel::TotalColumn}) {
                    const QString text = table->model()->index(row, column).data().toString();
                    QVERIFY2(table->columnWidth(column) >= table->fontMetrics().horizontalAdvance(text) + 6,
                             qPrintable(u"%1: \"%2\" in %3 px"_s.arg(language.code, text)
                                            .arg(table->columnWidth(column))));
                }
            }
            table->setFocus();
            table->setCurrentIndex(table->model()->index(rowOfNumber(numberOf(m_orders.first())), 0));
            QTest::keyClick(table, Qt::Key_Return);
            QTRY_VERIFY(child<QPushButton>(u"reorderButton"_s)->hasFocus());
            const QString detail = child<QLabel>(u"orderDetailLabel"_s)->text();
            QVERIFY2(detail.contains(language.country), qPrintable(language.code + u": "_s + detail));
            QVERIFY2(detail.contains(m_orders.first().displayTotal().format(language.locale)),
                     qPrintable(language.code + u": "_s + detail));
            testsupport::saveScreenshot(m_app.window(), u"order-history-"_s + language.code + u".png"_s);
        }
        m_translations.apply(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    /// The seller captures the card payment of the newest first order; the buyer's history follows.
    void paymentStateInTheBuyersWords()
    {
        const auto seller = m_app.apiSession(u"merchant");
        QVERIFY(seller);
        api::OrderClient orders(seller->transport());
        const auto current = await(orders.byId(m_orders.last().id));
        QVERIFY(current);
        const auto linked = testsupport::authorizeOrder(seller->transport(),
                                                        m_app.sandbox()->credentials().gatewayUrl, *current);
        QVERIFY(linked);
        // As the checkout leaves a card order: authorized, waiting to be captured.
        const auto authorized =
            await(orders.update(linked->id, linked->version,
                                {api::OrderActions::changePaymentState(core::PaymentState::Pending)}));
        QVERIFY(authorized);

        QTest::mouseClick(child<QPushButton>(u"myOrdersButton"_s), Qt::LeftButton); // shows and reloads
        auto *table = child<QTableView>(u"orderHistoryTableView"_s);
        QTRY_VERIFY(table->isVisible());
        QTest::mouseClick(child<QPushButton>(u"orderHistoryRefreshButton"_s), Qt::LeftButton);
        const auto status = [this, table, number = numberOf(m_orders.last())] {
            const int row = rowOfNumber(number);
            return row < 0 ? QString() : table->model()->index(row, 2).data().toString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(status(), u"Open · Authorized"_s, 15000);

        // The seller captures everything through the payment desk; the order's paymentState follows.
        api::PaymentClient payments(seller->transport());
        api::PaymentIntentClient intents(seller->transport());
        merchant::OrderActionService actions(&orders);
        merchant::PaymentDesk desk(&intents, &payments, &actions, true);
        const auto payment = await(payments.byId(authorized->paymentInfo.payments.first().id));
        QVERIFY(payment);
        std::optional<merchant::PaymentOperationOutcome> outcome;
        QVERIFY(desk.run(*authorized, {*payment}, payment->id,
                         api::PaymentIntentAction::capture(authorized->displayTotal()), this,
                         [&outcome](const merchant::PaymentOperationOutcome &done) { outcome = done; }));
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        QCOMPARE(outcome->status, merchant::PaymentOperationOutcome::Status::Done);
        QVERIFY(outcome->order);
        QCOMPARE(outcome->order->paymentState, core::PaymentState::Paid);

        QTest::mouseClick(child<QPushButton>(u"orderHistoryRefreshButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(status(), u"Open · Paid"_s, 15000);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(rowOfNumber(numberOf(m_orders.last())), 0));
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_VERIFY(child<QPushButton>(u"reorderButton"_s)->hasFocus());
        const QString detail = child<QLabel>(u"orderDetailLabel"_s)->text();
        QVERIFY2(detail.contains(u"Open · Paid"_s), qPrintable(detail));
        saveScreenshot(u"order-history-paid.png"_s);
        QVERIFY(m_translations.apply(QLocale(QLocale::German, QLocale::Germany)));
        QTRY_VERIFY2(status().endsWith(u" · Bezahlt"_s), qPrintable(status()));
        QVERIFY(m_translations.apply(QLocale(QLocale::French, QLocale::France)));
        QTRY_VERIFY2(status().endsWith(u" · Payé"_s), qPrintable(status()));
        m_translations.apply(QLocale(QLocale::English, QLocale::UnitedStates));
    }
};

QTEST_MAIN(TestOrderHistory)
#include "TestOrderHistory.moc"
