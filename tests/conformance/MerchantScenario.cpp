// SPDX-License-Identifier: MIT
#include "MerchantScenario.h"

#include "api/FakeBackend.h"
#include "api/OrderClient.h"
#include "api/ResourceQuery.h"
#include "api/Transport.h"
#include "api/actions/OrderActions.h"
#include "support/TestNetwork.h"

#include <QTest>

using namespace Qt::StringLiterals;
using commercedesk::testsupport::await;

#define CHECK_OK(result)                                                                                     \
    QVERIFY2((result).ok(),                                                                                  \
             qPrintable((result).ok() ? QString()                                                            \
                                      : (result).error().diagnostic() + u" "_s + (result).error().message))

namespace commercedesk::conformance {

MerchantScenario::MerchantScenario(ScenarioSetup setup, QStringList orderNumbers)
    : m_setup(std::move(setup))
    , m_orderNumbers(std::move(orderNumbers))
    , m_merchant(std::make_unique<api::ApiSession>(testsupport::testNetwork(), m_setup.merchant,
                                                   api::OAuthTokenProvider::Grant::ClientCredentials))
{}

MerchantScenario::~MerchantScenario() = default;

void MerchantScenario::run(QObject *context)
{
    using Step = void (MerchantScenario::*)(QObject *);
    for (const Step step :
         {&MerchantScenario::queryOrders, &MerchantScenario::changeState,
          &MerchantScenario::staleVersionConflicts, &MerchantScenario::safeActionIsReappliedAfterConflict}) {
        (this->*step)(context);
        if (QTest::currentTestFailed())
            return;
    }
}

void MerchantScenario::queryOrders(QObject *context)
{
    QVERIFY(m_orderNumbers.size() >= 2);
    api::OrderClient orders(m_merchant->transport());
    const api::ResourceQuery query = api::ResourceQuery()
                                         .where(u"orderNumber in :numbers"_s)
                                         .variable(u"numbers"_s, m_orderNumbers)
                                         .where(u"orderState = :state"_s)
                                         .variable(u"state"_s, u"Open"_s)
                                         .sort(u"orderNumber"_s, api::ResourceQuery::Direction::Descending)
                                         .limit(10)
                                         .withTotal(true);
    const auto page = await(orders.query(query), context);
    CHECK_OK(page);
    QCOMPARE(page.value().count, m_orderNumbers.size());
    QCOMPARE(page.value().total.value_or(-1), m_orderNumbers.size());
    QStringList found;
    for (const core::Order &order : page.value().results)
        found.append(order.orderNumber.value_or(QString()));
    QStringList expected = m_orderNumbers;
    std::sort(expected.begin(), expected.end(), std::greater<>());
    if (m_setup.tolerates(Deviation::SortIgnored)) {
        // Deviation::SortIgnored — the mock returns insertion order whatever `sort` says.
        std::sort(found.begin(), found.end(), std::greater<>());
    }
    QCOMPARE(found, expected);

    // A predicate that matches nothing gives an empty page, not an error.
    const auto none = await(orders.query(api::ResourceQuery()
                                             .where(u"orderNumber = :n"_s)
                                             .variable(u"n"_s, u"NO-SUCH-ORDER"_s)
                                             .withTotal(true)),
                            context);
    CHECK_OK(none);
    QCOMPARE(none.value().count, 0);
    QVERIFY(none.value().results.isEmpty());

    const auto one = await(orders.byOrderNumber(m_orderNumbers.first()), context);
    CHECK_OK(one);
    m_order = one.value();
    QCOMPARE(m_order.orderState, core::OrderState::Open);
}

void MerchantScenario::changeState(QObject *context)
{
    api::OrderClient orders(m_merchant->transport());
    m_staleVersion = m_order.version;
    const auto updated =
        await(orders.update(m_order.id, m_order.version,
                            {api::OrderActions::changeOrderState(core::OrderState::Confirmed)}),
              context);
    CHECK_OK(updated);
    QCOMPARE(updated.value().id, m_order.id);
    QCOMPARE(updated.value().orderState, core::OrderState::Confirmed);
    QCOMPARE(updated.value().version, m_order.version + 1);
    m_order = updated.value();

    const auto reread = await(orders.byId(m_order.id), context);
    CHECK_OK(reread);
    QCOMPARE(reread.value().orderState, core::OrderState::Confirmed);
    QCOMPARE(reread.value().version, m_order.version);
}

void MerchantScenario::staleVersionConflicts(QObject *context)
{
    api::OrderClient orders(m_merchant->transport());
    api::OrderUpdateAction ship = api::OrderActions::changeShipmentState(core::ShipmentState::Shipped);
    ship.safeToRepeat = false; // the caller wants to see the conflict
    const auto conflict = await(orders.update(m_order.id, m_staleVersion, {ship}), context);
    QVERIFY(!conflict.ok());
    QCOMPARE(int(conflict.error().kind), int(api::ApiError::Kind::Http));
    QCOMPARE(conflict.error().httpStatus, 409);
    QVERIFY(conflict.error().isConcurrentModification());
    QCOMPARE(conflict.error().currentVersion.value_or(-1), m_order.version);

    const auto unchanged = await(orders.byId(m_order.id), context);
    CHECK_OK(unchanged);
    QCOMPARE(unchanged.value().version, m_order.version);
    QVERIFY(unchanged.value().shipmentState != core::ShipmentState::Shipped);
}

void MerchantScenario::safeActionIsReappliedAfterConflict(QObject *context)
{
    api::OrderClient orders(m_merchant->transport());
    const api::OrderUpdateAction paid = api::OrderActions::changePaymentState(core::PaymentState::Paid);
    QVERIFY(paid.safeToRepeat);
    const auto updated = await(orders.update(m_order.id, m_staleVersion, {paid}), context);
    CHECK_OK(updated);
    QCOMPARE(updated.value().paymentState, core::PaymentState::Paid);
    QCOMPARE(updated.value().orderState, core::OrderState::Confirmed); // the newer change was kept
    QCOMPARE(updated.value().version, m_order.version + 1);
}

} // namespace commercedesk::conformance
