// SPDX-License-Identifier: MIT
#pragma once

#include "api/PaymentIntent.h"
#include "core/Money.h"
#include "core/Order.h"
#include "core/Payment.h"
#include "merchant/BulkRun.h"

#include <QList>
#include <QString>

#include <optional>

namespace commercedesk::api {
class PaymentClient;
class PaymentIntentClient;
} // namespace commercedesk::api

namespace commercedesk::merchant {

class OrderActionService;

/// Captures what is left of the card authorizations of a selection of orders through the Payment Intents API
/// (docs/outside-systems.md "Payment Intents"), one order at a time, reporting a BulkItemResult per order:
/// Applied with the `amount` this run captured, NothingToCapture (no payment, nothing authorized, all
/// captured or released), or Failed with the API's error or a CaptureNote.
///
/// Per payment of the order (paymentInfo, in order): read it, PaymentBalance::of; a Pending Charge is sent
/// again with its amount (completing it exactly once at the gateway), else PaymentBalance::capturable() is
/// captured when canCapture(). After a transport error, a 5xx, a 409 or an outcome `received` the payment
/// is read again and the same rule decides — never a second capture of money already captured, since every
/// send follows a read showing it still capturable or Pending. At most kAttempts sends per payment; a
/// rejected capture, another Pending operation or a 4xx ends the order Failed. The amount reported is what
/// the payment's successful Charges grew by during the run.
///
/// Contract: as BulkRun's; start() while running is ignored. `payments` and `intents` must outlive the
/// run. Thread: the clients'.
class BulkCapture final : public BulkRun
{
    Q_OBJECT

public:
    static constexpr int kAttempts = 6;

    /// `actions` may be null (the paymentState is then left alone); it must outlive the run.
    BulkCapture(api::PaymentClient *payments, api::PaymentIntentClient *intents,
                OrderActionService *actions = nullptr, QObject *parent = nullptr);

    void start(const QList<core::Order> &orders);
    void cancel() override;

    /// How many orders of `orders` have a payment at all (the others have nothing to capture).
    static int withPayments(const QList<core::Order> &orders);

private:
    /// The order under way: which payment, how many sends, what was captured before.
    struct Current
    {
        int payment = 0;
        int attempts = 0;
        std::optional<core::Money> capturedBefore; ///< of the payment under way
        std::optional<core::Money> captured;       ///< summed over the order's payments
        std::optional<api::ApiError> lastError;
        QList<core::Payment> payments; ///< the order's payments as last read, once done with each
    };

    void next();
    void readPayment();
    void decide(const core::Payment &payment);
    void send(const core::Payment &payment, const core::Money &amount);
    void paymentDone(const core::Payment &payment);
    void fail(std::optional<api::ApiError> error, BulkItemResult::CaptureNote note);
    void orderDone();
    void followPaymentState(BulkItemResult result);
    BulkItemResult resultFor(BulkItemResult::Status status) const;

    api::PaymentClient *m_payments;
    api::PaymentIntentClient *m_intents;
    OrderActionService *m_actions;
    Current m_current;
    quint64 m_run = 0;
};

} // namespace commercedesk::merchant
