// SPDX-License-Identifier: MIT
#pragma once

#include "core/Money.h"
#include "core/Payment.h"

#include <QString>

#include <optional>

namespace commercedesk::api {

/// What the payment service provider said to a payment intent (checkout.yaml PaymentIntentOutcome).
enum class PaymentIntentOutcome {
    Approved, ///< done: the transaction is Success
    Rejected, ///< refused by the PSP: the transaction is Failure, no money moved
    Received ///< not confirmed yet: the transaction is Pending; sending the same operation again completes it
};

/// One operation of the Payment Intents API (checkout.yaml PaymentIntentAction). Build it with the factories.
struct PaymentIntentAction
{
    enum class Kind { Capture, Refund, Cancel, Reverse };

    Kind kind = Kind::Capture;
    std::optional<core::Money> amount;    ///< capture and refund
    std::optional<QString> transactionId; ///< refund: the Charge refunded (optional)
    std::optional<QString> merchantReference;

    static PaymentIntentAction capture(const core::Money &amount);
    static PaymentIntentAction refund(const core::Money &amount,
                                      std::optional<QString> chargeTransactionId = {});
    static PaymentIntentAction cancel();
    static PaymentIntentAction reverse();

    friend bool operator==(const PaymentIntentAction &, const PaymentIntentAction &) = default;
};

/// The answer of PaymentIntentClient: the outcome and the payment as it is afterwards (read right after the
/// intent). `payment` is empty only when that read failed — the operation's outcome still stands; reload.
struct PaymentIntentResult
{
    PaymentIntentOutcome outcome = PaymentIntentOutcome::Received;
    std::optional<core::Payment> payment;
};

} // namespace commercedesk::api
