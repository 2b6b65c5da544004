// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/PaymentIntent.h"
#include "core/Money.h"

#include <QString>

#include <optional>

namespace commercedesk::api {

class Transport;

/// The Checkout API's Payment Intents (commercetools-openapi/checkout.yaml; the sandbox:
/// docs/outside-systems.md "Payment Intents"): a seller captures, refunds, cancels or reverses a card payment
/// after the order. Needs a merchant connection whose token has `manage_checkout_payment_intents` (the
/// view-only client gets 403 insufficient_scope). Each call is one `POST …/payment-intents/{paymentId}` on
/// the Checkout host (ConnectionConfig::checkoutEndpoint), then a read of the payment; the job ends with a
/// PaymentIntentResult (outcome + the payment afterwards) or the ApiError of the intent:
///   400 InvalidOperation — more than is left to capture/refund, a cancel after a capture, …: `message` says
///       what is left; 400 InvalidField — another currency (`details.allowedValues`);
///   404 ResourceNotFound — no such payment;
///   409 ConcurrentModification — another operation on the payment is in flight or still Pending (re-read the
///       payment: PaymentBalance::pending names it);
///   a transport error or 5xx — unknown whether it happened: re-read the payment before sending again.
/// An outcome `Received` leaves the transaction Pending: sending the same operation (same amount) again
/// completes it exactly once. The intent POST is never retried by the transport. Jobs follow the ApiJob
/// contract; `transport` must outlive the client and its jobs. Not offered through an orchestrator
/// (Configuration error).
class PaymentIntentClient
{
public:
    explicit PaymentIntentClient(Transport *transport);

    /// Captures `amount` (partial captures add up to the authorized amount).
    Job<PaymentIntentResult> *capture(const QString &paymentId, const core::Money &amount);
    /// Refunds `amount` of what was captured (optionally naming the Charge transaction refunded).
    Job<PaymentIntentResult> *refund(const QString &paymentId, const core::Money &amount,
                                     const std::optional<QString> &chargeTransactionId = std::nullopt);
    /// Releases the authorization (only while nothing is captured).
    Job<PaymentIntentResult> *cancel(const QString &paymentId);
    /// Cancels while nothing is captured, else refunds everything captured and not yet refunded.
    Job<PaymentIntentResult> *reverse(const QString &paymentId);
    /// Any one action.
    Job<PaymentIntentResult> *send(const QString &paymentId, const PaymentIntentAction &action);

private:
    Transport *m_transport;
};

} // namespace commercedesk::api
