// SPDX-License-Identifier: MIT
// Keyset paging (KeysetPager) through 25,000 orders of the REAL sandbox on loopback (label client): the
// orders are generated with the orders engineer's OrderGenerator straight into the sandbox database, then
// walked with `sort=id asc` + `where id > last` pages of 500 — past the 10,000-offset limit — and every
// order must arrive exactly once, in id order, matching what a withTotal query counts.
#include "FakeBackend.h"
#include "SandboxFixture.h"
#include "api/KeysetPager.h"
#include "api/OrderClient.h"
#include "api/json/OrderJson.h"
#include "sandbox/orders/OrderGenerator.h"

#include <QDir>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using namespace commercedesk::testsupport;

namespace {

constexpr qint64 kGenerated = 25000;

} // namespace

class TestClientAgainstSandboxPaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyOrderExactlyOnce_data();
    void everyOrderExactlyOnce();
    void stopFromInsideAPageEndsTheWalk();

private:
    SandboxFixture m_fixture;
    std::unique_ptr<api::ApiSession> m_merchant;
    QHash<QString, qint64> m_ordersByCountry; ///< filled by the unfiltered walk
};

void TestClientAgainstSandboxPaging::initTestCase()
{
    const QString error = m_fixture.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QString generatorError;
    const bool generated = sandbox::OrderGenerator::generateInFile(
        QDir(m_fixture.sandbox()->config().dataDir).filePath(u"sandbox.sqlite"_s), kGenerated, 4242, {}, {},
        &generatorError);
    QVERIFY2(generated, qPrintable(generatorError));
    m_merchant = m_fixture.session(u"merchant"_s, api::OAuthTokenProvider::Grant::ClientCredentials);
}

void TestClientAgainstSandboxPaging::everyOrderExactlyOnce_data()
{
    QTest::addColumn<QString>("predicate");
    QTest::addColumn<QString>("country");
    QTest::addColumn<qint64>("atLeast");
    QTest::newRow("every order") << QString() << QString() << kGenerated;
    QTest::newRow("orders shipped to DE")
        << u"shippingAddress(country = :country)"_s << u"DE"_s << qint64(1000);
}

void TestClientAgainstSandboxPaging::everyOrderExactlyOnce()
{
    QFETCH(QString, predicate);
    QFETCH(QString, country);
    QFETCH(qint64, atLeast);
    api::ResourceQuery filter;
    if (!predicate.isEmpty())
        filter.where(predicate).variable(u"country"_s, country);

    // What the server counts for the same filter.
    api::OrderClient orders(m_merchant->transport());
    const auto counted = await(orders.query(api::ResourceQuery(filter).limit(1).withTotal(true)), this);
    QVERIFY2(counted.ok(), qPrintable(counted.ok() ? QString() : counted.error().diagnostic()));
    const qint64 total = counted.value().total.value_or(-1);
    QVERIFY2(total >= atLeast, qPrintable(QString::number(total)));

    api::KeysetPager<core::Order> pager(m_merchant->transport(), u"/orders"_s, filter,
                                        &api::json::decodeOrderPage);
    QSet<QString> seen;
    QString previous;
    qint64 pages = 0;
    qint64 outOfOrder = 0;
    qint64 wrongCountry = 0;
    std::optional<std::optional<api::ApiError>> done;
    pager.start(
        [&](const QList<core::Order> &rows) {
            ++pages;
            for (const core::Order &order : rows) {
                if (order.id <= previous)
                    ++outOfOrder;
                previous = order.id;
                seen.insert(order.id);
                if (predicate.isEmpty() && order.shippingAddress)
                    ++m_ordersByCountry[order.shippingAddress->country];
                if (!country.isEmpty() &&
                    (!order.shippingAddress || order.shippingAddress->country != country))
                    ++wrongCountry;
            }
        },
        [&done](const std::optional<api::ApiError> &error) { done = error; });
    QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 400000);
    QVERIFY2(!done->has_value(), qPrintable(done->has_value() ? (*done)->diagnostic() : QString()));
    // With a `where`, `total` is capped at 10,000 (docs/fidelity-limits.md): the filtered walk is checked
    // against the orders of that country seen in the unfiltered walk (the row before) instead.
    const qint64 expected = predicate.isEmpty() ? total : m_ordersByCountry.value(country);
    if (!predicate.isEmpty())
        QCOMPARE(total, std::min<qint64>(expected, 10000));
    QCOMPARE(pager.rowsDelivered(), expected); // every row…
    QCOMPARE(qint64(seen.size()), expected);   // …exactly once
    QCOMPARE(outOfOrder, 0);
    QCOMPARE(wrongCountry, 0);
    // Pages with rows (the walk ends on the first short page, which may be empty and is then not handed out).
    QCOMPARE(pages, (expected + api::ResourceQuery::kMaxLimit - 1) / api::ResourceQuery::kMaxLimit);
    if (predicate.isEmpty())
        QVERIFY(total > api::ResourceQuery::kMaxOffset); // a walk that offset paging could not do
}

void TestClientAgainstSandboxPaging::stopFromInsideAPageEndsTheWalk()
{
    api::KeysetPager<core::Order> pager(m_merchant->transport(), u"/orders"_s, {},
                                        &api::json::decodeOrderPage);
    pager.setPageSize(100);
    int pages = 0;
    bool doneCalled = false;
    pager.start(
        [&](const QList<core::Order> &rows) {
            QCOMPARE(rows.size(), 100);
            if (++pages == 3)
                pager.stop();
        },
        [&doneCalled](const std::optional<api::ApiError> &) { doneCalled = true; });
    QTRY_VERIFY(!pager.isRunning());
    QCOMPARE(pages, 3);
    QCOMPARE(pager.rowsDelivered(), 300);
    QVERIFY(!doneCalled);
}

QTEST_GUILESS_MAIN(TestClientAgainstSandboxPaging)
#include "TestClientAgainstSandboxPaging.moc"
