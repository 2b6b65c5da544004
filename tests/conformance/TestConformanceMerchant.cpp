// SPDX-License-Identifier: MIT
// The merchant path (MerchantScenario) against the pinned @labdigital/commercetools-mock on 127.0.0.1, on
// orders made by the storefront path. Tolerates only the deviations named in ScenarioPeer.h.
#include "LabdMockPeer.h"
#include "MerchantScenario.h"
#include "StorefrontScenario.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using namespace commercedesk::conformance;

class TestConformanceMerchant : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void merchantPath();

private:
    LabdMockPeer m_peer;
    ScenarioSetup m_setup;
};

void TestConformanceMerchant::initTestCase()
{
    const QString started = m_peer.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const QString seeded = m_peer.seed(this);
    QVERIFY2(seeded.isEmpty(), qPrintable(seeded));
    m_setup.peer = Peer::LabdMock;
    m_setup.storefront = m_peer.connection({u"view_published_products"_s, u"manage_my_orders"_s,
                                            u"manage_my_payments"_s, u"create_anonymous_token"_s});
    m_setup.merchant = m_peer.connection({u"manage_orders"_s});
    m_setup.shippingMethodKey = QString::fromLatin1(LabdMockPeer::kShippingMethodKey);
}

void TestConformanceMerchant::merchantPath()
{
    QStringList orderNumbers;
    for (int i = 0; i < 2; ++i) {
        StorefrontScenario storefront(m_setup);
        storefront.run(this);
        if (QTest::currentTestFailed())
            return;
        orderNumbers.append(storefront.orderNumber());
    }
    MerchantScenario merchant(m_setup, orderNumbers);
    merchant.run(this);
}

QTEST_GUILESS_MAIN(TestConformanceMerchant)
#include "TestConformanceMerchant.moc"
