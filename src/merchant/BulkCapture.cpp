// SPDX-License-Identifier: MIT
#include "merchant/BulkCapture.h"

#include "api/PaymentClient.h"
#include "api/PaymentIntentClient.h"
#include "core/PaymentBalance.h"
#include "merchant/OrderActionService.h"
#include "merchant/OrderCommand.h"
#include "merchant/PaymentStateRule.h"

#include <QTimer>

namespace commercedesk::merchant {

namespace {

using Note = BulkItemResult::CaptureNote;

/// Unknown whether the operation happened (or another one was in flight): read the payment again.
bool rereadAfter(const api::ApiError &error)
{
    return error.httpStatus == 0 || error.httpStatus >= 500 || error.isConcurrentModification();
}

} // namespace

BulkCapture::BulkCapture(api::PaymentClient *payments, api::PaymentIntentClient *intents,
                         OrderActionService *actions, QObject *parent)
    : BulkRun(parent)
    , m_payments(payments)
    , m_intents(intents)
    , m_actions(actions)
{}

int BulkCapture::withPayments(const QList<core::Order> &orders)
{
    return int(std::count_if(orders.begin(), orders.end(),
                             [](const core::Order &order) { return !order.paymentInfo.payments.isEmpty(); }));
}

void BulkCapture::start(const QList<core::Order> &orders)
{
    if (m_running)
        return;
    m_orders = orders;
    m_results.clear();
    m_running = true;
    ++m_run;
    // Never synchronously: the caller connects its progress UI after start().
    QTimer::singleShot(0, this, [this, run = m_run] {
        if (run == m_run)
            next();
    });
}

void BulkCapture::cancel()
{
    if (!m_running)
        return;
    ++m_run; // the answer of the order in flight is dropped (its capture, if sent, stands)
    while (m_results.size() < m_orders.size()) {
        BulkItemResult result = resultFor(BulkItemResult::Status::Cancelled);
        record(result);
    }
    finish();
}

BulkItemResult BulkCapture::resultFor(BulkItemResult::Status status) const
{
    const core::Order &order = m_orders.at(m_results.size());
    BulkItemResult result;
    result.orderId = order.id;
    result.orderNumber = order.orderNumber.value_or(order.id);
    result.status = status;
    return result;
}

void BulkCapture::next()
{
    if (m_results.size() >= m_orders.size()) {
        finish();
        return;
    }
    m_current = {};
    readPayment();
}

void BulkCapture::readPayment()
{
    const core::Order &order = m_orders.at(m_results.size());
    if (m_current.payment >= order.paymentInfo.payments.size()) {
        orderDone();
        return;
    }
    const QString id = order.paymentInfo.payments.at(m_current.payment).id;
    m_payments->byId(id)->onFinished(this, [this, run = m_run](const api::Result<core::Payment> &result) {
        if (run != m_run)
            return;
        if (!result.ok()) {
            // A read changes nothing: read again while attempts are left.
            m_current.lastError = result.error();
            if (rereadAfter(result.error()) && ++m_current.attempts < kAttempts)
                readPayment();
            else
                fail(result.error(), Note::None);
            return;
        }
        decide(result.value());
    });
}

void BulkCapture::decide(const core::Payment &payment)
{
    const core::MoneyResult<core::PaymentBalance> balance = core::PaymentBalance::of(payment);
    if (!balance.ok()) {
        fail(std::nullopt, Note::None);
        return;
    }
    if (!m_current.capturedBefore)
        m_current.capturedBefore = balance->captured;
    if (balance->pending) {
        if (balance->pending->type != core::TransactionType::Charge) {
            fail(std::nullopt, Note::OtherOperationPending);
            return;
        }
        send(payment, balance->pending->amount); // completes the Pending capture, exactly once
        return;
    }
    if (balance->canCapture()) {
        send(payment, balance->capturable());
        return;
    }
    paymentDone(payment);
}

void BulkCapture::send(const core::Payment &payment, const core::Money &amount)
{
    if (m_current.attempts >= kAttempts) {
        if (m_current.lastError)
            fail(m_current.lastError, Note::None);
        else
            fail(std::nullopt, Note::StillPending);
        return;
    }
    ++m_current.attempts;
    m_intents->capture(payment.id, amount)
        ->onFinished(this, [this, run = m_run, payment](const api::Result<api::PaymentIntentResult> &result) {
            if (run != m_run)
                return;
            if (!result.ok()) {
                m_current.lastError = result.error();
                if (rereadAfter(result.error()))
                    readPayment();
                else
                    fail(result.error(), Note::None);
                return;
            }
            const api::PaymentIntentResult &answer = result.value();
            if (answer.outcome == api::PaymentIntentOutcome::Rejected) {
                fail(std::nullopt, Note::Declined);
                return;
            }
            m_current.lastError.reset();
            if (answer.outcome == api::PaymentIntentOutcome::Approved && answer.payment) {
                decide(*answer.payment); // something may be left (a capture raced by another seller)
                return;
            }
            if (answer.payment) // received: still Pending, send it again
                decide(*answer.payment);
            else
                readPayment();
        });
}

void BulkCapture::paymentDone(const core::Payment &payment)
{
    const core::MoneyResult<core::PaymentBalance> balance = core::PaymentBalance::of(payment);
    if (balance.ok() && m_current.capturedBefore) {
        const core::MoneyResult<core::Money> grew = balance->captured.minus(*m_current.capturedBefore);
        if (grew.ok() && grew->centAmount() > 0) {
            if (!m_current.captured) {
                m_current.captured = *grew;
            } else if (const auto sum = m_current.captured->plus(*grew); sum.ok()) {
                m_current.captured = *sum;
            }
        }
    }
    const int payment_ = m_current.payment + 1;
    const std::optional<core::Money> captured = m_current.captured;
    QList<core::Payment> payments = std::move(m_current.payments);
    payments.append(payment);
    m_current = {};
    m_current.payment = payment_;
    m_current.captured = captured;
    m_current.payments = std::move(payments);
    readPayment();
}

void BulkCapture::fail(std::optional<api::ApiError> error, BulkItemResult::CaptureNote note)
{
    BulkItemResult result = resultFor(BulkItemResult::Status::Failed);
    result.error = std::move(error);
    result.note = note;
    result.amount = m_current.captured; // of the order's earlier payments, if any
    record(result);
    next();
}

void BulkCapture::orderDone()
{
    BulkItemResult result = resultFor(m_current.captured ? BulkItemResult::Status::Applied
                                                         : BulkItemResult::Status::NothingToCapture);
    result.amount = m_current.captured;
    followPaymentState(std::move(result));
}

void BulkCapture::followPaymentState(BulkItemResult result)
{
    const core::Order &order = m_orders.at(m_results.size());
    QList<core::PaymentBalance> balances;
    for (const core::Payment &payment : std::as_const(m_current.payments)) {
        if (const auto balance = core::PaymentBalance::of(payment); balance.ok())
            balances.append(balance.value());
    }
    const std::optional<core::PaymentState> state = PaymentStateRule::of(balances);
    if (!m_actions || !state || order.paymentState == state) {
        record(std::move(result));
        next();
        return;
    }
    const OrderCommand command = OrderCommand::setPaymentState(*state);
    auto finishOrder = [this, run = m_run, result](const OrderActionOutcome &applied) mutable {
        if (run != m_run)
            return;
        if (applied.status == OrderActionOutcome::Status::Applied) {
            result.after = applied.order;
        } else if (applied.error) {
            result.error = applied.error;
        } else { // a second 409: the order keeps changing
            api::ApiError conflict;
            conflict.kind = api::ApiError::Kind::Http;
            conflict.httpStatus = 409;
            conflict.code = QStringLiteral("ConcurrentModification");
            conflict.message = QStringLiteral("The order changed meanwhile.");
            result.error = conflict;
        }
        record(std::move(result));
        next();
    };
    m_actions->apply(order, command, this,
                     [this, run = m_run, state, finishOrder](const OrderActionOutcome &applied) mutable {
                         if (run != m_run)
                             return;
                         if (applied.status != OrderActionOutcome::Status::Conflict || !applied.conflict) {
                             finishOrder(applied);
                             return;
                         }
                         if (applied.conflict->current.paymentState == state) {
                             OrderActionOutcome already;
                             already.status = OrderActionOutcome::Status::Applied;
                             already.order = applied.conflict->current;
                             finishOrder(already);
                             return;
                         }
                         m_actions->applyAgain(*applied.conflict, this, finishOrder);
                     });
}

} // namespace commercedesk::merchant
