// SPDX-License-Identifier: MIT
#pragma once
// The storefront path, shared by the conformance test (against the labd mock) and the client test against
// the sandbox: anonymous session token → product search with price selection → an External-tax cart on
// /me/carts → setShippingAddress + setLineItemTaxRate → a matching shipping method with an external rate →
// a /me/payments Payment with a successful Authorization transaction → addPayment → order from the cart
// with a client-made order number (merchant client, admin path: MyOrderFromCartDraft has no orderNumber).
// Checks use QTest macros; after run() the caller tests QTest::currentTestFailed().

#include "ScenarioPeer.h"
#include "api/ApiSession.h"
#include "core/Cart.h"
#include "core/Order.h"
#include "core/Payment.h"

#include <memory>

namespace commercedesk::conformance {

class StorefrontScenario
{
public:
    explicit StorefrontScenario(ScenarioSetup setup);
    ~StorefrontScenario();

    /// Runs every step in order; stops at the first failed check. `context` receives the job callbacks.
    void run(QObject *context);

    const core::Cart &cart() const { return m_cart; }
    const core::Payment &payment() const { return m_payment; }
    const core::Order &order() const { return m_order; }
    const QString &orderNumber() const { return m_orderNumber; }

private:
    void anonymousToken(QObject *context);
    void search(QObject *context);
    void createCart(QObject *context);
    void addressAndLineTax(QObject *context);
    void shippingMethod(QObject *context);
    void payment(QObject *context);
    void addPaymentToCart(QObject *context);
    void order(QObject *context);
    void checkVersionStep(qint64 before, qint64 after, int actions) const;

    ScenarioSetup m_setup;
    std::unique_ptr<api::ApiSession> m_buyer;
    std::unique_ptr<api::ApiSession> m_merchant;
    QString m_sku;
    qint64 m_unitCents = 0;
    core::Cart m_cart;
    core::Payment m_payment;
    core::Order m_order;
    QString m_orderNumber;
};

} // namespace commercedesk::conformance
