// SPDX-License-Identifier: MIT
// OrderSearchClient against the REAL sandbox (label client): a seller's partial text finds orders by a piece
// of the order number, PO number, e-mail, customer name or SKU; words narrow; exact parts and sort apply;
// what comes back can be fetched with OrderClient; a buyer's session is refused.
#include "FakeBackend.h"
#include "SandboxFixture.h"
#include "api/OrderClient.h"
#include "api/OrderSearch.h"
#include "sandbox/orders/OrderGenerator.h"

#include <QDir>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using namespace commercedesk::testsupport;
using Grant = api::OAuthTokenProvider::Grant;

class TestOrderSearchClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void containsFindsEveryKindOfText_data();
    void containsFindsEveryKindOfText();
    void wordsNarrowAndExactPartsApply();
    void hitsAreFetchableInTheirOrder();
    void buyerIsRefused();

private:
    QList<core::Order> allOrders();

    SandboxFixture m_fixture;
    std::unique_ptr<api::ApiSession> m_merchant;
    QList<core::Order> m_orders;
};

void TestOrderSearchClient::initTestCase()
{
    QCOMPARE(m_fixture.start([](sandbox::SandboxConfig &c) { c.outside.enabled = false; }), QString());
    QString error;
    QVERIFY2(sandbox::OrderGenerator::generateInFile(
                 QDir(m_fixture.sandbox()->config().dataDir).filePath(u"sandbox.sqlite"_s), 400, 5, {}, {},
                 &error),
             qPrintable(error));
    m_merchant = m_fixture.session(u"merchant"_s, Grant::ClientCredentials);
    m_orders = allOrders();
    QCOMPARE(m_orders.size(), 400);
}

QList<core::Order> TestOrderSearchClient::allOrders()
{
    api::OrderClient orders(m_merchant->transport());
    QList<core::Order> all;
    for (int offset = 0; offset < 400; offset += 200) {
        const auto page = await(orders.query(api::ResourceQuery().limit(200).offset(offset)), this);
        if (!page.ok())
            return {};
        all += page.value().results;
    }
    return all;
}

void TestOrderSearchClient::containsFindsEveryKindOfText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::function<bool(const core::Order &)>>("oracle");
    const auto has = [](const std::optional<QString> &field, const QString &text) {
        return field && field->contains(text, Qt::CaseInsensitive);
    };
    QTest::newRow("order number piece")
        << u"0003"_s << std::function([has](const core::Order &o) { return has(o.orderNumber, u"0003"_s); });
    QTest::newRow("PO piece, lower case")
        << u"po-20"_s
        << std::function([has](const core::Order &o) { return has(o.purchaseOrderNumber, u"po-20"_s); });
    QTest::newRow("e-mail piece") << u"stomer1"_s << std::function([has](const core::Order &o) {
        return has(o.customerEmail, u"stomer1"_s);
    });
    QTest::newRow("SKU piece") << u"mug"_s << std::function([](const core::Order &o) {
        return std::any_of(o.lineItems.begin(), o.lineItems.end(), [](const core::LineItem &line) {
            return line.variant.sku && line.variant.sku->contains(u"mug"_s, Qt::CaseInsensitive);
        });
    });
}

void TestOrderSearchClient::containsFindsEveryKindOfText()
{
    QFETCH(QString, text);
    QFETCH(std::function<bool(const core::Order &)>, oracle);
    QSet<QString> want;
    for (const core::Order &o : m_orders) {
        const auto contains = [&text](const std::optional<QString> &value) {
            return value && value->contains(text, Qt::CaseInsensitive);
        };
        const bool nameMatches = (o.shippingAddress && (contains(o.shippingAddress->lastName) ||
                                                        contains(o.shippingAddress->firstName) ||
                                                        contains(o.shippingAddress->company))) ||
                                 (o.billingAddress && (contains(o.billingAddress->lastName) ||
                                                       contains(o.billingAddress->firstName)));
        if (oracle(o) || nameMatches)
            want.insert(o.id);
    }
    QVERIFY2(!want.isEmpty(), "the oracle finds nothing: the row tests nothing");
    api::OrderSearchClient search(m_merchant->transport());
    QSet<QString> got;
    qint64 total = -1;
    for (int offset = 0; offset < 400; offset += 100) {
        const auto page =
            await(search.search(api::OrderSearchRequest::containing(text).page(100, offset)), this);
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message));
        total = page.value().total;
        got += QSet<QString>(page.value().ids.begin(), page.value().ids.end());
        if (page.value().ids.size() < 100)
            break;
    }
    QCOMPARE(got, want);
    QCOMPARE(total, want.size());
}

void TestOrderSearchClient::wordsNarrowAndExactPartsApply()
{
    api::OrderSearchClient search(m_merchant->transport());
    const auto broad =
        await(search.search(api::OrderSearchRequest::containing(u"acme"_s).page(100, 0)), this);
    QVERIFY(broad.ok());
    const auto narrow = await(search.search(api::OrderSearchRequest::containing(u"acme buyer@"_s)
                                                .exact(u"orderState"_s, u"Complete"_s)
                                                .sortBy(u"createdAt"_s, true)
                                                .page(100, 0)),
                              this);
    QVERIFY(narrow.ok());
    QVERIFY(narrow.value().total > 0);
    QVERIFY(narrow.value().total < broad.value().total);
    QHash<QString, core::Order> byId;
    for (const core::Order &o : m_orders)
        byId.insert(o.id, o);
    QString previous;
    for (const QString &id : narrow.value().ids) {
        const core::Order &o = byId.value(id);
        QCOMPARE(o.orderState, core::OrderState::Complete);
        QVERIFY(o.customerEmail && o.customerEmail->startsWith(u"buyer@"_s));
        const QString created = o.createdAt.toString(Qt::ISODateWithMs);
        QVERIFY(created >= previous);
        previous = created;
    }
}

void TestOrderSearchClient::hitsAreFetchableInTheirOrder()
{
    api::OrderSearchClient search(m_merchant->transport());
    const auto page = await(
        search.search(
            api::OrderSearchRequest::containing({}).sortBy(u"totalPrice.centAmount"_s, false).page(25, 0)),
        this);
    QVERIFY(page.ok());
    QCOMPARE(page.value().ids.size(), 25);
    QCOMPARE(page.value().total, 400);
    api::OrderClient orders(m_merchant->transport());
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int i = 0; i < page.value().ids.size(); ++i) {
        const auto order = await(orders.byId(page.value().ids.at(i)), this);
        QVERIFY(order.ok());
        QCOMPARE(order.value().version, page.value().versions.at(i));
        QVERIFY(order.value().totalPrice.centAmount() <= previous);
        previous = order.value().totalPrice.centAmount();
    }
}

void TestOrderSearchClient::buyerIsRefused()
{
    auto buyer = m_fixture.session(u"storefront"_s, Grant::AnonymousSession);
    api::OrderSearchClient search(buyer->transport());
    const auto page = await(search.search(api::OrderSearchRequest::containing(u"PO"_s)), this);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().httpStatus, 403);
}

QTEST_GUILESS_MAIN(TestOrderSearchClient)
#include "TestOrderSearchClient.moc"
