// SPDX-License-Identifier: MIT
// The SAME storefront and merchant scenarios as the conformance tests, against the project's sandbox on
// 127.0.0.1 (label client). No deviation is tolerated here (ScenarioSetup::peer = Sandbox).
#include "MerchantScenario.h"
#include "StorefrontScenario.h"
#include "api/SandboxFixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace commercedesk;
using namespace commercedesk::conformance;

class TestScenariosAgainstSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storefrontPath();
    void merchantPath();

private:
    testsupport::SandboxFixture m_fixture;
    ScenarioSetup m_setup;
    QStringList m_orderNumbers;
};

void TestScenariosAgainstSandbox::initTestCase()
{
    const QString error = m_fixture.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_setup.peer = Peer::Sandbox;
    m_setup.storefront = m_fixture.connection(u"storefront"_s);
    m_setup.merchant = m_fixture.connection(u"merchant"_s);
    QVERIFY(!m_setup.storefront.clientId.isEmpty());
    QVERIFY(!m_setup.merchant.clientId.isEmpty());
}

void TestScenariosAgainstSandbox::storefrontPath()
{
    for (int i = 0; i < 2; ++i) {
        StorefrontScenario scenario(m_setup);
        scenario.run(this);
        if (QTest::currentTestFailed())
            return;
        m_orderNumbers.append(scenario.orderNumber());
    }
}

void TestScenariosAgainstSandbox::merchantPath()
{
    if (m_orderNumbers.size() < 2)
        QSKIP("needs the orders of storefrontPath, which failed");
    MerchantScenario merchant(m_setup, m_orderNumbers);
    merchant.run(this);
}

QTEST_GUILESS_MAIN(TestScenariosAgainstSandbox)
#include "TestScenariosAgainstSandbox.moc"
