// SPDX-License-Identifier: MIT
#pragma once

#include "OrchestratorHarness.h"

#include <functional>

namespace commercedesk::testsupport {

/// The steps of a checkout through an orchestrator (or several: `next()` picks the one for each step).
class CheckoutDriver
{
public:
    CheckoutDriver(OrchestratorHarness &harness, std::function<QUrl()> next);

    /// Anonymous session → cart with one line → sign-in (the cart is kept) → address (taxed) → shipping
    /// method → card authorization recorded → order. Returns the order (empty + QTest failure on error).
    QJsonObject b2cCardCheckout(const QString &orderNumber);
    /// B2B: sign-in as the ACME buyer → cart in `acme-industrial` → address → shipping → PO number → order.
    QJsonObject b2bPurchaseOrderCheckout(const QString &orderNumber, const QString &poNumber);
    /// The B2B steps before "Place order": sign-in, cart, address, shipping method. False on a failure.
    bool prepareB2bCart();

    QByteArray token() const { return m_token; }
    QString cartId() const { return m_cartId; }
    qint64 cartVersion() const { return m_version; }

private:
    bool step(const HttpResult &result, int expectedStatus, const char *what);
    bool prepareCart(const QString &base, const QJsonObject &draft);

    OrchestratorHarness &m_harness;
    std::function<QUrl()> m_next;
    QByteArray m_token;
    QString m_cartId;
    qint64 m_version = 0;
};

} // namespace commercedesk::testsupport
