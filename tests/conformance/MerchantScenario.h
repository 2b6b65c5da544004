// SPDX-License-Identifier: MIT
#pragma once
// The merchant path, shared by the conformance test (against the labd mock) and the client test against the
// sandbox: an order query with `where` predicates and input variables (and a sort), a state change with the
// order's version, a 409 ConcurrentModification on a stale version (surfaced when the action is not marked
// safe to repeat, re-read and re-applied by ResourceUpdate when it is). Works on orders the storefront
// scenario created. Checks use QTest macros; after run() the caller tests QTest::currentTestFailed().

#include "ScenarioPeer.h"
#include "api/ApiSession.h"
#include "core/Order.h"

#include <memory>

namespace commercedesk::conformance {

class MerchantScenario
{
public:
    /// `orderNumbers`: at least two Open orders made by StorefrontScenario, oldest first.
    MerchantScenario(ScenarioSetup setup, QStringList orderNumbers);
    ~MerchantScenario();

    void run(QObject *context);

private:
    void queryOrders(QObject *context);
    void changeState(QObject *context);
    void staleVersionConflicts(QObject *context);
    void safeActionIsReappliedAfterConflict(QObject *context);

    ScenarioSetup m_setup;
    QStringList m_orderNumbers;
    std::unique_ptr<api::ApiSession> m_merchant;
    core::Order m_order;
    qint64 m_staleVersion = 0;
};

} // namespace commercedesk::conformance
