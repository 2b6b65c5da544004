// SPDX-License-Identifier: MIT
// The order history view on a real sandbox over loopback, offscreen: the signed-in shopper opens "My
// orders", sees the order numbers (newest first), opens one with Enter (detail with lines and totals),
// reorders it and finds the lines in the cart panel; a reorder with a product that is no longer published
// names it. Screenshots of the list, the detail and the reorder outcome go where COMMERCEDESK_SCREENSHOT_DIR
// says.
#include "api/ApiSession.h"
#include "api/CartClient.h"
#include "api/OrderClient.h"
#include "api/OrderNumberGenerator.h"
#include "api/ProductProjectionClient.h"
#include "app/storefront/BuyerBar.h"
#include "app/storefront/CartPanel.h"
#include "app/storefront/OrderHistoryView.h"
#include "checkout/BuyerAccount.h"
#include "checkout/BuyerSession.h"
#include "checkout/CartSession.h"
#include "checkout/OrderHistory.h"
#include "checkout/Reorder.h"
#include "sandbox/Sandbox.h"
#include "support/SandboxConnection.h"
#include "support/Screenshots.h"
#include "support/TestNetwork.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace commercedesk;

namespace {

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

} // namespace

class TestOrderHistory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<api::ApiSession> m_session;
    std::unique_ptr<checkout::BuyerSession> m_buyer;
    std::unique_ptr<checkout::CartSession> m_cart;
    std::unique_ptr<checkout::BuyerAccount> m_account;
    std::unique_ptr<api::ProductProjectionClient> m_products;
    std::unique_ptr<checkout::OrderHistory> m_history;
    std::unique_ptr<checkout::Reorder> m_reorder;
    std::unique_ptr<QWidget> m_window;
    app::OrderHistoryView *m_view = nullptr;
    app::CartPanel *m_cartPanel = nullptr;
    QStringList m_skus;
    QList<core::Order> m_orders; ///< oldest first

    template<class T>
    T *child(const QString &name) const
    {
        T *widget = m_window->findChild<T *>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }

    void saveScreenshot(const QString &name) { testsupport::saveScreenshot(m_window.get(), name); }

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
        const auto cart = await(api::CartClient(m_session->transport(), api::ApiScope::me()).create(draft));
        if (!cart)
            return std::nullopt;
        api::OrderFromCartDraft order;
        order.cartId = cart->id;
        order.cartVersion = cart->version;
        order.orderNumber = api::OrderNumberGenerator().next();
        return await(api::OrderClient(m_session->transport(), api::ApiScope::me()).createFromCart(order));
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

    bool unpublish(const QString &sku)
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"unpublish"_s);
            db.setDatabaseName(m_data.filePath(u"sandbox.sqlite"_s));
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

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        qRegisterMetaType<checkout::ReorderResult>();
        sandbox::SandboxConfig config;
        config.dataDir = m_data.path();
        config.outside.services = {u"tax"_s};
        m_sandbox = std::make_unique<sandbox::Sandbox>(config);
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        const sandbox::SandboxCredentials credentials = m_sandbox->credentials();
        const api::ConnectionConfig connection = testsupport::sandboxConnection(credentials, u"storefront");
        QVERIFY(!connection.clientId.isEmpty());
        m_session = std::make_unique<api::ApiSession>(testsupport::testNetwork(), connection,
                                                      api::OAuthTokenProvider::Grant::AnonymousSession);
        m_buyer = std::make_unique<checkout::BuyerSession>();
        m_cart = std::make_unique<checkout::CartSession>(m_session->transport(), m_buyer.get());
        m_cart->setDebounceInterval(20);
        m_account = std::make_unique<checkout::BuyerAccount>(m_session->transport(), m_session->auth(),
                                                             m_buyer.get(), m_cart.get());
        m_products = std::make_unique<api::ProductProjectionClient>(m_session->transport());
        m_history = std::make_unique<checkout::OrderHistory>(m_session->transport(), m_buyer.get());
        m_reorder = std::make_unique<checkout::Reorder>(m_products.get(), m_cart.get(), m_buyer.get());

        api::ProductSearchQuery query;
        query.limit = 10;
        m_buyer->buyerContext().applyPriceSelection(query);
        const auto found = await(m_products->search(query));
        QVERIFY(found);
        for (const core::ProductProjection &product : found->results) {
            if (product.masterVariant.sku && product.masterVariant.price)
                m_skus << *product.masterVariant.sku;
        }
        QVERIFY(m_skus.size() >= 5);

        // The widgets as the storefront arranges them: the buyer bar on top, history and cart side by side.
        m_window = std::make_unique<QWidget>();
        auto *bar = new app::BuyerBar(m_buyer.get(), m_account.get());
        m_view = new app::OrderHistoryView(m_history.get(), m_reorder.get());
        m_cartPanel = new app::CartPanel;
        m_cartPanel->setCartSession(m_cart.get(), u"en"_s);
        auto *layout = new QVBoxLayout(m_window.get());
        layout->addWidget(bar);
        auto *row = new QHBoxLayout;
        row->addWidget(m_view, 3);
        row->addWidget(m_cartPanel, 1);
        layout->addLayout(row, 1);
        connect(bar, &app::BuyerBar::ordersRequested, m_view, &app::OrderHistoryView::reload);
        m_window->resize(1480, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        QSignalSpy signedIn(m_account.get(), &checkout::BuyerAccount::signedIn);
        m_account->signIn(u"shopper@commercedesk.example"_s, u"Shopper-Demo-2026"_s);
        QVERIFY(signedIn.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(!m_cart->isBusy(), 15000);
        for (const auto &lines :
             QList<QList<QPair<QString, qint64>>>{{{m_skus[0], 2}, {m_skus[1], 1}}, {{m_skus[2], 3}}}) {
            const auto order = placeOrder(lines);
            QVERIFY(order);
            m_orders << *order;
        }
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_reorder.reset();
        m_history.reset();
        m_account.reset();
        m_cart.reset();
        m_session.reset();
        m_sandbox.reset();
    }

    void myOrdersListsTheOrdersAndEnterOpensTheDetail()
    {
        auto *myOrders = child<QPushButton>(u"myOrdersButton"_s);
        QVERIFY(myOrders->isVisible()); // signed in
        QTest::mouseClick(myOrders, Qt::LeftButton);
        auto *table = child<QTableView>(u"orderHistoryTableView"_s);
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

    void reorderFillsTheCartPanel()
    {
        QVERIFY(!m_cart->cart().has_value());
        auto *table = child<QTableView>(u"orderHistoryTableView"_s);
        table->setCurrentIndex(table->model()->index(rowOfNumber(numberOf(m_orders.first())), 0));
        QSignalSpy reordered(m_view, &app::OrderHistoryView::reordered);
        QTest::mouseClick(child<QPushButton>(u"reorderButton"_s), Qt::LeftButton);
        QVERIFY(reordered.wait(20000));
        QVERIFY(m_cart->cart().has_value());
        QCOMPARE(skuQuantities(m_cart->cart()->lineItems), skuQuantities(m_orders.first().lineItems));
        QTRY_COMPARE(child<QTableView>(u"cartTableView"_s)->model()->rowCount(), 2);
        auto *message = child<QLabel>(u"orderHistoryMessageLabel"_s);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(numberOf(m_orders.first())), qPrintable(message->text()));
        saveScreenshot(u"order-history-reordered.png"_s);
        m_cart->forget();
    }

    void ctrlRReorderNamesAnUnpublishedItem()
    {
        const auto order = placeOrder({{m_skus[3], 1}, {m_skus[4], 4}});
        QVERIFY(order);
        const QString goneName = order->lineItems.first().name.value(u"en"_s);
        QVERIFY(unpublish(m_skus[3]));
        QTest::mouseClick(child<QPushButton>(u"orderHistoryRefreshButton"_s), Qt::LeftButton);
        auto *table = child<QTableView>(u"orderHistoryTableView"_s);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 15000);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(rowOfNumber(numberOf(*order)), 0));
        QSignalSpy reordered(m_view, &app::OrderHistoryView::reordered);
        QTest::keyClick(table, Qt::Key_R, Qt::ControlModifier);
        QVERIFY(reordered.wait(20000));
        QCOMPARE(skuQuantities(m_cart->cart()->lineItems), (QMap<QString, qint64>{{m_skus[4], 4}}));
        auto *message = child<QLabel>(u"orderHistoryMessageLabel"_s);
        QVERIFY2(message->text().contains(goneName) && message->text().contains(m_skus[3]),
                 qPrintable(message->text()));
        QTRY_COMPARE(child<QTableView>(u"cartTableView"_s)->model()->rowCount(), 1);
        saveScreenshot(u"order-history-unavailable.png"_s);
    }
};

QTEST_MAIN(TestOrderHistory)
#include "TestOrderHistory.moc"
