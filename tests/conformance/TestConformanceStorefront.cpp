// SPDX-License-Identifier: MIT
// The storefront path (StorefrontScenario) against the pinned @labdigital/commercetools-mock on 127.0.0.1,
// started by this test and stopped by its PID. Tolerates only the deviations named in ScenarioPeer.h.
#include "LabdMockPeer.h"
#include "StorefrontScenario.h"

#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using namespace commercedesk::conformance;

class TestConformanceStorefront : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storefrontPath_data();
    void storefrontPath();
    void peerStopsByPid();

private:
    ScenarioSetup setup() const
    {
        ScenarioSetup s;
        s.peer = Peer::LabdMock;
        s.storefront = m_peer.connection({u"view_published_products"_s, u"manage_my_orders"_s,
                                          u"manage_my_payments"_s, u"create_anonymous_token"_s});
        s.merchant = m_peer.connection({u"manage_orders"_s});
        s.shippingMethodKey = QString::fromLatin1(LabdMockPeer::kShippingMethodKey);
        return s;
    }

    LabdMockPeer m_peer;
};

void TestConformanceStorefront::initTestCase()
{
    const QString started = m_peer.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const QString seeded = m_peer.seed(this);
    QVERIFY2(seeded.isEmpty(), qPrintable(seeded));
}

void TestConformanceStorefront::storefrontPath_data()
{
    QTest::addColumn<int>("run");
    QTest::newRow("first buyer") << 1;
    QTest::newRow("second buyer, same peer") << 2;
}

void TestConformanceStorefront::storefrontPath()
{
    StorefrontScenario scenario(setup());
    scenario.run(this);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!scenario.order().id.isEmpty());
    QCOMPARE(scenario.order().orderNumber.value_or(QString()), scenario.orderNumber());
    QCOMPARE(scenario.cart().lineItems.first().variant.sku.value_or(QString()),
             QString::fromLatin1(LabdMockPeer::kSku));
}

void TestConformanceStorefront::peerStopsByPid()
{
    const qint64 pid = m_peer.pid();
    QVERIFY(pid > 0);
    m_peer.stop();
    QCOMPARE(::kill(pid_t(pid), 0), -1); // the process is gone
}

QTEST_GUILESS_MAIN(TestConformanceStorefront)
#include "TestConformanceStorefront.moc"
