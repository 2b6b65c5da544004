// SPDX-License-Identifier: MIT
// Order history and reorder against a real sandbox on loopback: /me/orders lists exactly the signed-in
// shopper's orders (newest first, paged); a B2B associate sees the unit's orders as the role allows
// (buyer: their own; admin: everybody's); reorder makes a new cart with the same SKUs and quantities and
// names what is no longer available. The sandbox has no API to unpublish or delete a product, so those two
// cases change its catalog tables directly (the same rows its own product indexer writes).
#include "api/ApiSession.h"
#include "api/CartClient.h"
#include "api/OrderClient.h"
#include "api/OrderNumberGenerator.h"
#include "api/ProductProjectionClient.h"
#include "checkout/BuyerAccount.h"
#include "checkout/BuyerSession.h"
#include "checkout/CartSession.h"
#include "checkout/OrderHistory.h"
#include "checkout/Reorder.h"
#include "sandbox/Sandbox.h"
#include "support/TestNetwork.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;

namespace {

struct Buyer
{
    std::unique_ptr<api::ApiSession> session;
    std::unique_ptr<checkout::BuyerSession> buyer = std::make_unique<checkout::BuyerSession>();
    std::unique_ptr<checkout::CartSession> cart;
    std::unique_ptr<checkout::BuyerAccount> account;
    std::unique_ptr<api::ProductProjectionClient> products;
    std::unique_ptr<checkout::OrderHistory> history;
    std::unique_ptr<checkout::Reorder> reorder;
};

core::Address berlin()
{
    core::Address a;
    a.country = u"DE"_s;
    a.firstName = u"Ada"_s;
    a.lastName = u"Lovelace"_s;
    a.streetName = u"Unter den Linden"_s;
    a.streetNumber = u"1"_s;
    a.postalCode = u"10117"_s;
    a.city = u"Berlin"_s;
    return a;
}

QMap<QString, qint64> skuQuantities(const QList<core::LineItem> &lines)
{
    QMap<QString, qint64> out;
    for (const core::LineItem &line : lines)
        out[line.variant.sku.value_or(QString())] += line.quantity;
    return out;
}

QStringList idsOf(const QList<core::Order> &orders)
{
    QStringList ids;
    for (const core::Order &order : orders)
        ids << order.id;
    return ids;
}

} // namespace

class TestOrderHistory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    api::ConnectionConfig m_connection;
    QStringList m_skus; ///< master SKUs of the demo catalog, each test takes fresh ones
    int m_nextSku = 0;
    std::unique_ptr<Buyer> m_guest;
    std::unique_ptr<Buyer> m_shopper;
    std::unique_ptr<Buyer> m_b2bBuyer;
    std::unique_ptr<Buyer> m_b2bAdmin;
    QList<core::Order> m_shopperOrders;
    QList<core::Order> m_unitOrders; ///< [0] by the buyer role, [1] by the admin role

    template<class T>
    api::Result<T> await(api::Job<T> *job)
    {
        auto out = std::make_shared<std::optional<api::Result<T>>>();
        job->onFinished(this, [out](const api::Result<T> &r) { *out = r; });
        if (!QTest::qWaitFor([out] { return out->has_value(); }, 20000)) {
            api::ApiError error;
            error.kind = api::ApiError::Kind::Timeout;
            error.message = u"the test gave up waiting"_s;
            return error;
        }
        return **out;
    }

    QString takeSku() { return m_skus.value(m_nextSku++); }

    std::unique_ptr<Buyer> makeBuyer(checkout::BuyerSession::Mode mode)
    {
        auto b = std::make_unique<Buyer>();
        b->session = std::make_unique<api::ApiSession>(testsupport::testNetwork(), m_connection,
                                                       api::OAuthTokenProvider::Grant::AnonymousSession);
        b->buyer->setMode(mode);
        b->cart = std::make_unique<checkout::CartSession>(b->session->transport(), b->buyer.get());
        b->cart->setDebounceInterval(20);
        b->account = std::make_unique<checkout::BuyerAccount>(b->session->transport(), b->session->auth(),
                                                              b->buyer.get(), b->cart.get());
        b->products = std::make_unique<api::ProductProjectionClient>(b->session->transport());
        b->history = std::make_unique<checkout::OrderHistory>(b->session->transport(), b->buyer.get());
        b->reorder = std::make_unique<checkout::Reorder>(b->products.get(), b->cart.get(), b->buyer.get());
        return b;
    }

    bool signIn(Buyer &b, const QString &email, const QString &password)
    {
        QSignalSpy signedIn(b.account.get(), &checkout::BuyerAccount::signedIn);
        b.account->signIn(email, password);
        if (!signedIn.wait(20000))
            return false;
        if (b.buyer->mode() == checkout::BuyerSession::Mode::B2B &&
            !QTest::qWaitFor([&b] { return b.buyer->actsForBusinessUnit(); }, 15000))
            return false;
        return QTest::qWaitFor([&b] { return !b.cart->isBusy(); }, 15000);
    }

    /// A cart in the buyer's scope with `lines`, a German address (tax from the tax service) → an order.
    std::optional<core::Order> placeOrder(Buyer &b, const QList<QPair<QString, qint64>> &lines)
    {
        api::CartDraft draft;
        draft.currency = u"EUR"_s;
        draft.country = u"DE"_s;
        draft.taxMode = core::TaxMode::External;
        draft.shippingAddress = berlin();
        for (const auto &[sku, quantity] : lines)
            draft.lineItems.append(api::LineItemDraft::bySku(sku, quantity));
        const api::ApiScope scope = b.buyer->scope();
        const auto cart = await(api::CartClient(b.session->transport(), scope).create(draft));
        if (!cart.ok()) {
            qWarning("cart: %s", qPrintable(cart.error().message));
            return std::nullopt;
        }
        api::OrderFromCartDraft order;
        order.cartId = cart.value().id;
        order.cartVersion = cart.value().version;
        order.orderNumber = api::OrderNumberGenerator().next();
        const auto placed = await(api::OrderClient(b.session->transport(), scope).createFromCart(order));
        if (!placed.ok()) {
            qWarning("order: %s", qPrintable(placed.error().message));
            return std::nullopt;
        }
        return placed.value();
    }

    bool loadAll(Buyer &b, int pageSize)
    {
        b.history->setPageSize(pageSize);
        QSignalSpy loaded(b.history.get(), &checkout::OrderHistory::loaded);
        QSignalSpy failed(b.history.get(), &checkout::OrderHistory::failed);
        b.history->load();
        while (true) {
            if (!QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 15000) ||
                !failed.isEmpty())
                return false;
            loaded.clear();
            if (!b.history->hasMore())
                return true;
            b.history->loadMore();
        }
    }

    std::optional<checkout::ReorderResult> runReorder(Buyer &b, const core::Order &order)
    {
        QSignalSpy finished(b.reorder.get(), &checkout::Reorder::finished);
        QSignalSpy failed(b.reorder.get(), &checkout::Reorder::failed);
        if (!b.reorder->reorder(order))
            return std::nullopt;
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 20000) ||
            !failed.isEmpty())
            return std::nullopt;
        return finished.first().first().value<checkout::ReorderResult>();
    }

    /// Changes the sandbox's catalog the way the merchant would: unpublish or delete the product of `sku`.
    bool retireProduct(const QString &sku, bool remove)
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"retire"_s);
            db.setDatabaseName(m_data.filePath(u"sandbox.sqlite"_s));
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(u"PRAGMA foreign_keys = ON"_s);
                q.prepare(remove ? u"DELETE FROM products WHERE id = (SELECT product_id FROM product_skus "
                                   u"WHERE sku = ?)"_s
                                 : u"UPDATE products SET published = 0, doc = json_set(doc, "
                                   u"'$.masterData.published', json('false')) WHERE id = (SELECT product_id "
                                   u"FROM product_skus WHERE sku = ?)"_s);
                q.addBindValue(sku);
                ok = q.exec() && q.numRowsAffected() == 1;
                if (!ok)
                    qWarning("retire: %s", qPrintable(q.lastError().text()));
            }
        }
        QSqlDatabase::removeDatabase(u"retire"_s);
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<api::ApiError>();
        qRegisterMetaType<checkout::ReorderResult>();
        sandbox::SandboxConfig config;
        config.dataDir = m_data.path();
        config.outside.services = {u"tax"_s}; // no gateway or OMS needed here
        m_sandbox = std::make_unique<sandbox::Sandbox>(config);
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        const sandbox::SandboxCredentials credentials = m_sandbox->credentials();
        const sandbox::SandboxClient *storefront = credentials.client(u"storefront");
        QVERIFY(storefront);
        m_connection.authUrl = credentials.authUrl;
        m_connection.apiUrl = credentials.apiUrl;
        m_connection.projectKey = credentials.projectKey;
        m_connection.clientId = storefront->clientId;
        m_connection.clientSecret = storefront->clientSecret;
        m_connection.scopes = storefront->scopes;

        m_guest = makeBuyer(checkout::BuyerSession::Mode::B2C);
        api::ProductSearchQuery query;
        query.limit = 40;
        m_guest->buyer->buyerContext().applyPriceSelection(query);
        const auto found = await(m_guest->products->search(query));
        QVERIFY(found.ok());
        for (const core::ProductProjection &product : found.value().results) {
            if (product.masterVariant.sku && product.masterVariant.price)
                m_skus << *product.masterVariant.sku;
        }
        QVERIFY2(m_skus.size() >= 12, "the demo catalog has too few priced products");

        m_shopper = makeBuyer(checkout::BuyerSession::Mode::B2C);
        QVERIFY(signIn(*m_shopper, u"shopper@commercedesk.example"_s, u"Shopper-Demo-2026"_s));
        m_b2bBuyer = makeBuyer(checkout::BuyerSession::Mode::B2B);
        QVERIFY(signIn(*m_b2bBuyer, u"buyer@acme-industrial.example"_s, u"Buyer-Demo-2026"_s));
        QCOMPARE(m_b2bBuyer->buyer->roleKey(), u"buyer"_s);
        m_b2bAdmin = makeBuyer(checkout::BuyerSession::Mode::B2B);
        QVERIFY(signIn(*m_b2bAdmin, u"admin@acme-industrial.example"_s, u"Admin-Demo-2026"_s));
        QCOMPARE(m_b2bAdmin->buyer->roleKey(), u"admin"_s);
    }

    void cleanupTestCase()
    {
        m_guest.reset();
        m_shopper.reset();
        m_b2bBuyer.reset();
        m_b2bAdmin.reset();
        m_sandbox.reset();
    }

    void b2cHistoryListsExactlyTheShoppersOrdersNewestFirst()
    {
        const QString a = takeSku(), b = takeSku(), c = takeSku();
        const auto guestOrder = placeOrder(*m_guest, {{a, 1}});
        QVERIFY(guestOrder);
        const auto first = placeOrder(*m_shopper, {{a, 2}, {b, 1}});
        QVERIFY(first);
        const auto second = placeOrder(*m_shopper, {{c, 3}});
        QVERIFY(second);
        m_shopperOrders = {*first, *second};

        QVERIFY(loadAll(*m_shopper, 1)); // one order per page: paging must bring the second
        QCOMPARE(m_shopper->history->scope(), api::ApiScope::me());
        QVERIFY(!m_shopper->history->isBusinessUnitHistory());
        QCOMPARE(idsOf(m_shopper->history->orders()), (QStringList{second->id, first->id}));
        QCOMPARE(m_shopper->history->total(), 2);
        const core::Order *detail = m_shopper->history->order(first->id);
        QVERIFY(detail);
        QCOMPARE(detail->orderNumber, first->orderNumber);
        QCOMPARE(skuQuantities(detail->lineItems), (QMap<QString, qint64>{{a, 2}, {b, 1}}));
        QVERIFY(detail->taxedPrice.has_value());
        QVERIFY(detail->shippingAddress.has_value());
        QCOMPARE(detail->shippingAddress->city, std::optional<QString>(u"Berlin"_s));

        QVERIFY(loadAll(*m_guest, 20)); // the anonymous session sees only its own order
        QCOMPARE(idsOf(m_guest->history->orders()), QStringList{guestOrder->id});
    }

    void b2bHistoryFollowsTheRole()
    {
        const auto byBuyer = placeOrder(*m_b2bBuyer, {{takeSku(), 12}});
        QVERIFY(byBuyer);
        const auto byAdmin = placeOrder(*m_b2bAdmin, {{takeSku(), 4}});
        QVERIFY(byAdmin);
        QCOMPARE(byBuyer->businessUnit->key, u"acme-industrial"_s);
        m_unitOrders = {*byBuyer, *byAdmin};

        // The buyer role holds ViewMyOrders only: their own orders of the unit.
        QVERIFY(loadAll(*m_b2bBuyer, 20));
        QVERIFY(m_b2bBuyer->history->isBusinessUnitHistory());
        QCOMPARE(idsOf(m_b2bBuyer->history->orders()), QStringList{byBuyer->id});
        // The admin role holds ViewOthersOrders: every order of the unit, newest first.
        QVERIFY(loadAll(*m_b2bAdmin, 20));
        QCOMPARE(idsOf(m_b2bAdmin->history->orders()), (QStringList{byAdmin->id, byBuyer->id}));
        for (const core::Order &order : m_b2bAdmin->history->orders())
            QCOMPARE(order.businessUnit->key, u"acme-industrial"_s);
        // None of it leaks into the B2C shopper's history.
        QVERIFY(loadAll(*m_shopper, 20));
        QCOMPARE(m_shopper->history->orders().size(), m_shopperOrders.size());
    }

    void reorderMakesANewCartWithTheSameSkusAndQuantities_data()
    {
        QTest::addColumn<bool>("b2b");
        QTest::newRow("B2C shopper, two lines") << false;
        QTest::newRow("B2B buyer, in the business unit") << true;
    }

    void reorderMakesANewCartWithTheSameSkusAndQuantities()
    {
        QFETCH(bool, b2b);
        QVERIFY(!m_shopperOrders.isEmpty() && !m_unitOrders.isEmpty());
        Buyer &buyer = b2b ? *m_b2bBuyer : *m_shopper;
        const core::Order &old = b2b ? m_unitOrders.first() : m_shopperOrders.first();
        QSignalSpy busy(buyer.reorder.get(), &checkout::Reorder::busyChanged);
        const auto result = runReorder(buyer, old);
        QVERIFY(result);
        QCOMPARE(busy.count(), 2);
        QVERIFY(result->unavailable().isEmpty());
        QVERIFY(result->cart.has_value());
        QVERIFY(result->cart->id != old.cart->id);
        QCOMPARE(skuQuantities(result->cart->lineItems), skuQuantities(old.lineItems));
        QCOMPARE(result->cart->totalPrice.currencyCode(), old.totalPrice.currencyCode());
        // The cart session holds the new cart as the buyer's cart.
        QVERIFY(buyer.cart->cart().has_value());
        QCOMPARE(buyer.cart->cart()->id, result->cart->id);
        if (b2b) {
            QVERIFY(result->cart->businessUnit.has_value());
            QCOMPARE(result->cart->businessUnit->key, u"acme-industrial"_s);
        }
        const QString message = checkout::Reorder::describe(*result);
        // Buyer orders (MyOrderFromCartDraft) carry no order number: the id names the order.
        QVERIFY2(message.contains(old.orderNumber.value_or(old.id)), qPrintable(message));
        buyer.cart->forget();
    }

    void reorderNamesWhatIsNoLongerAvailable_data()
    {
        QTest::addColumn<bool>("deleteProduct");
        QTest::addColumn<bool>("keepOne");
        QTest::newRow("unpublished product, another line still available") << false << true;
        QTest::newRow("deleted product (unknown SKU), another line still available") << true << true;
        QTest::newRow("the only line unpublished: no cart") << false << false;
    }

    void reorderNamesWhatIsNoLongerAvailable()
    {
        QFETCH(bool, deleteProduct);
        QFETCH(bool, keepOne);
        const QString gone = takeSku();
        const QString kept = takeSku();
        QList<QPair<QString, qint64>> lines{{gone, 2}};
        if (keepOne)
            lines.append({kept, 5});
        const auto old = placeOrder(*m_shopper, lines);
        QVERIFY(old);
        const QString goneName = old->lineItems.first().name.value(u"en"_s);
        QVERIFY(!goneName.isEmpty());
        QVERIFY(retireProduct(gone, deleteProduct));
        m_shopper->cart->forget();

        const auto result = runReorder(*m_shopper, *old);
        QVERIFY(result);
        QCOMPARE(result->unavailable().size(), 1);
        const checkout::ReorderItem missing = result->unavailable().first();
        QCOMPARE(missing.sku, gone);
        QCOMPARE(missing.name, goneName);
        QCOMPARE(missing.quantity, 2);
        QCOMPARE(missing.problem, checkout::ReorderItem::Problem::Unavailable);
        const QString message = checkout::Reorder::describe(*result);
        QVERIFY2(message.contains(goneName) && message.contains(gone), qPrintable(message));
        if (keepOne) {
            QVERIFY(result->cart.has_value());
            QCOMPARE(skuQuantities(result->cart->lineItems), (QMap<QString, qint64>{{kept, 5}}));
            QCOMPARE(m_shopper->cart->cart()->id, result->cart->id);
            QVERIFY2(!message.contains(kept), qPrintable(message));
        } else {
            QVERIFY(!result->cart.has_value());
            QVERIFY(!m_shopper->cart->cart().has_value()); // nothing was made
        }
        m_shopper->cart->forget();
    }

    void reorderRefusesASecondCallWhileRunning()
    {
        QVERIFY(!m_shopperOrders.isEmpty());
        QSignalSpy finished(m_shopper->reorder.get(), &checkout::Reorder::finished);
        QVERIFY(m_shopper->reorder->reorder(m_shopperOrders.last()));
        QVERIFY(!m_shopper->reorder->reorder(m_shopperOrders.last()));
        QVERIFY(finished.wait(20000));
        QVERIFY(!m_shopper->reorder->isBusy()); // nothing runs that could finish a second time
        QCOMPARE(finished.count(), 1);
        m_shopper->cart->forget();
    }
};

QTEST_GUILESS_MAIN(TestOrderHistory)
#include "TestOrderHistory.moc"
