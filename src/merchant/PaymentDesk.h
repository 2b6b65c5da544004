// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/PaymentIntent.h"
#include "core/Order.h"
#include "core/Payment.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace commercedesk::api {
class ApiJob;
class PaymentClient;
class PaymentIntentClient;
} // namespace commercedesk::api

namespace commercedesk::merchant {

class OrderActionService;

/// How one payment operation ended, for the seller (PaymentDesk::run).
struct PaymentOperationOutcome
{
    enum class Status {
        Done,        ///< the PSP approved: the transaction is Success
        Rejected,    ///< the PSP refused: the transaction is Failure, no money moved
        Unconfirmed, ///< the operation is Pending at the PSP: run() of the same action completes it once
        Failed,      ///< `error`: refused by the API, or the answer was lost and nothing is pending
    };
    Status status = Status::Failed;
    api::PaymentIntentAction action;
    std::optional<core::Payment> payment; ///< the payment afterwards (re-read after an error)
    std::optional<api::ApiError> error;
    /// True when the intent's answer was lost (a transport error or 5xx) and the payment was re-read.
    bool answerLost = false;
    /// The order after its paymentState followed the payments (PaymentStateRule); empty when it already
    /// had that state or its update failed (`orderError`).
    std::optional<core::Order> order;
    std::optional<api::ApiError> orderError;
};

/// The seller's payment operations after the order (docs/architecture.md "Money after the order"): one
/// Payment Intents call at a time (api::PaymentIntentClient: never retried by itself), then the order's
/// paymentState follows the payments (PaymentStateRule, one changePaymentState through
/// OrderActionService, which reports the newer order through its orderUpdated()). A lost answer (transport
/// error, 5xx) and a 409 re-read the payment before anything else is sent: when the re-read shows the
/// operation Pending the outcome is Unconfirmed and the seller may send the same action again, which the
/// API completes exactly once. Without `canAct` (no manage_checkout_payment_intents) nothing is sent.
///
/// Contract: `done` runs exactly once per run() that returned true, never synchronously, unless `context`
/// is gone. run() returns false (and sends nothing) while another operation runs or without canAct. The
/// clients and `actions` must outlive the desk. Thread: the clients'.
class PaymentDesk final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const PaymentOperationOutcome &)>;

    PaymentDesk(api::PaymentIntentClient *intents, api::PaymentClient *payments, OrderActionService *actions,
                bool canAct, QObject *parent = nullptr);
    ~PaymentDesk() override;

    bool canAct() const { return m_canAct; }
    bool isRunning() const { return m_running; }
    /// Sends `action` for `paymentId`, one of `payments` (the order's payments as the seller sees them;
    /// the paymentState is judged on all of them with the one acted on as it is afterwards).
    bool run(const core::Order &order, const QList<core::Payment> &payments, const QString &paymentId,
             const api::PaymentIntentAction &action, QObject *context, Done done);

private:
    void reread(const QString &paymentId, PaymentOperationOutcome outcome);
    void followOrder(PaymentOperationOutcome outcome);
    void finish(const PaymentOperationOutcome &outcome);

    api::PaymentIntentClient *m_intents;
    api::PaymentClient *m_payments;
    OrderActionService *m_actions;
    bool m_canAct;
    bool m_running = false;
    QPointer<api::ApiJob> m_job;
    // The operation running.
    core::Order m_order;
    QList<core::Payment> m_orderPayments;
    QPointer<QObject> m_context;
    Done m_done;
};

} // namespace commercedesk::merchant
