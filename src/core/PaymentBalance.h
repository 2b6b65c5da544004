// SPDX-License-Identifier: MIT
#pragma once

#include "core/MoneyResult.h"
#include "core/Payment.h"

#include <QList>

#include <optional>

namespace commercedesk::core {

// What a card payment's transactions add up to, for a seller deciding what to capture, refund or release
// (the rules of the Payment Intents API, docs/outside-systems.md "Payment Intents"): only Success
// transactions count; a Pending (or Initial) Charge, Refund or CancelAuthorization is an operation the
// payment service provider has not confirmed yet. Amounts are in amountPlanned's currency. A plain value.
struct PaymentBalance
{
    Money authorized;                   // successful Authorizations
    Money captured;                     // successful Charges
    Money refunded;                     // successful Refunds
    bool cancelled = false;             // a successful CancelAuthorization released the authorization
    std::optional<Transaction> pending; // the first unconfirmed Charge, Refund or CancelAuthorization

    // Errors: CurrencyMismatch when a counted transaction is in another currency, Overflow.
    static MoneyResult<PaymentBalance> of(const Payment &payment);
    // The payment's transactions oldest first (by timestamp; those without one last, as recorded).
    static QList<Transaction> timeline(const Payment &payment);

    // What may still be captured: authorized − captured (zero once cancelled, never negative).
    Money capturable() const;
    // What may still be refunded: captured − refunded (never negative).
    Money refundable() const;
    // The operations the Payment Intents API accepts now (nothing while one is pending).
    bool canCapture() const { return !pending && capturable().centAmount() > 0; }
    bool canRefund() const { return !pending && refundable().centAmount() > 0; }
    bool canCancel() const
    {
        return !pending && !cancelled && authorized.centAmount() > 0 && captured.centAmount() == 0;
    }

    friend bool operator==(const PaymentBalance &, const PaymentBalance &) = default;
};

} // namespace commercedesk::core
