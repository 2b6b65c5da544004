// SPDX-License-Identifier: MIT
#include "merchant/PaymentDesk.h"

#include "api/PaymentClient.h"
#include "api/PaymentIntentClient.h"
#include "core/PaymentBalance.h"
#include "merchant/OrderActionService.h"
#include "merchant/OrderCommand.h"
#include "merchant/PaymentStateRule.h"

namespace commercedesk::merchant {

namespace {

/// The type of transaction an intent records (a reverse is a cancel or a refund).
bool pendingIs(const core::PaymentBalance &balance, const api::PaymentIntentAction &action)
{
    if (!balance.pending)
        return false;
    switch (action.kind) {
    case api::PaymentIntentAction::Kind::Capture:
        return balance.pending->type == core::TransactionType::Charge;
    case api::PaymentIntentAction::Kind::Refund:
        return balance.pending->type == core::TransactionType::Refund;
    case api::PaymentIntentAction::Kind::Cancel:
        return balance.pending->type == core::TransactionType::CancelAuthorization;
    case api::PaymentIntentAction::Kind::Reverse:
        return true;
    }
    return false;
}

} // namespace

PaymentDesk::PaymentDesk(api::PaymentIntentClient *intents, api::PaymentClient *payments,
                         OrderActionService *actions, bool canAct, QObject *parent)
    : QObject(parent)
    , m_intents(intents)
    , m_payments(payments)
    , m_actions(actions)
    , m_canAct(canAct)
{}

PaymentDesk::~PaymentDesk()
{
    if (m_job)
        m_job->cancel();
}

bool PaymentDesk::run(const core::Order &order, const QList<core::Payment> &payments,
                      const QString &paymentId, const api::PaymentIntentAction &action, QObject *context,
                      Done done)
{
    if (!m_canAct || m_running)
        return false;
    m_running = true;
    m_order = order;
    m_orderPayments = payments;
    m_context = context;
    m_done = std::move(done);
    auto *job = m_intents->send(paymentId, action);
    m_job = job;
    job->onFinished(this, [this, paymentId, action](const api::Result<api::PaymentIntentResult> &result) {
        PaymentOperationOutcome outcome;
        outcome.action = action;
        if (!result.ok()) {
            outcome.error = result.error();
            const api::ApiError &error = result.error();
            outcome.answerLost = error.kind == api::ApiError::Kind::Network ||
                                 error.kind == api::ApiError::Kind::Timeout || error.httpStatus >= 500;
            if (error.kind == api::ApiError::Kind::Cancelled) {
                finish(outcome);
                return;
            }
            // Whether it happened is unknown (or another operation is in flight): read before anything else.
            reread(paymentId, outcome);
            return;
        }
        switch (result.value().outcome) {
        case api::PaymentIntentOutcome::Approved:
            outcome.status = PaymentOperationOutcome::Status::Done;
            break;
        case api::PaymentIntentOutcome::Rejected:
            outcome.status = PaymentOperationOutcome::Status::Rejected;
            break;
        case api::PaymentIntentOutcome::Received:
            outcome.status = PaymentOperationOutcome::Status::Unconfirmed;
            break;
        }
        outcome.payment = result.value().payment;
        if (!outcome.payment) {
            reread(paymentId, outcome);
            return;
        }
        followOrder(outcome);
    });
    return true;
}

void PaymentDesk::reread(const QString &paymentId, PaymentOperationOutcome outcome)
{
    auto *job = m_payments->byId(paymentId);
    m_job = job;
    job->onFinished(this, [this, outcome](const api::Result<core::Payment> &result) mutable {
        if (!result.ok()) {
            finish(outcome); // the payment stays unknown: the seller reloads
            return;
        }
        outcome.payment = result.value();
        if (outcome.error) {
            const auto balance = core::PaymentBalance::of(result.value());
            if (outcome.answerLost && balance.ok() && pendingIs(balance.value(), outcome.action))
                outcome.status = PaymentOperationOutcome::Status::Unconfirmed;
        }
        followOrder(outcome);
    });
}

void PaymentDesk::followOrder(PaymentOperationOutcome outcome)
{
    QList<core::PaymentBalance> balances;
    for (const core::Payment &payment : std::as_const(m_orderPayments)) {
        const core::Payment &now = payment.id == outcome.payment->id ? *outcome.payment : payment;
        if (const auto balance = core::PaymentBalance::of(now); balance.ok())
            balances.append(balance.value());
    }
    const std::optional<core::PaymentState> state = PaymentStateRule::of(balances);
    if (!state || m_order.paymentState == state) {
        finish(outcome);
        return;
    }
    m_actions->apply(m_order, OrderCommand::setPaymentState(*state), this,
                     [this, outcome](const OrderActionOutcome &applied) mutable {
                         if (applied.status == OrderActionOutcome::Status::Applied)
                             outcome.order = applied.order;
                         else if (applied.error)
                             outcome.orderError = applied.error;
                         else {
                             api::ApiError conflict;
                             conflict.kind = api::ApiError::Kind::Http;
                             conflict.httpStatus = 409;
                             conflict.code = QStringLiteral("ConcurrentModification");
                             conflict.message = QStringLiteral("The order changed meanwhile.");
                             outcome.orderError = conflict;
                         }
                         finish(outcome);
                     });
}

void PaymentDesk::finish(const PaymentOperationOutcome &outcome)
{
    m_running = false;
    m_job.clear();
    const Done done = std::exchange(m_done, {});
    if (m_context && done)
        done(outcome);
}

} // namespace commercedesk::merchant
