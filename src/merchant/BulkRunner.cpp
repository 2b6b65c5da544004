// SPDX-License-Identifier: MIT
#include "merchant/BulkRunner.h"

#include "merchant/OrderActionService.h"

#include <QTimer>

namespace commercedesk::merchant {

namespace {

bool isStateCommand(const OrderCommand &command)
{
    using Kind = OrderCommand::Kind;
    return command.kind != Kind::AddDelivery && command.kind != Kind::SetTracking &&
           command.kind != Kind::AddReturn && command.kind != Kind::SetReturnShipmentState &&
           command.kind != Kind::SetReturnPaymentState;
}

BulkItemResult resultFor(const core::Order &order, BulkItemResult::Status status,
                         StateRefusal refusal = StateRefusal::None)
{
    BulkItemResult result;
    result.orderId = order.id;
    result.orderNumber = order.orderNumber.value_or(order.id);
    result.status = status;
    result.refusal = refusal;
    return result;
}

} // namespace

BulkRunner::BulkRunner(OrderActionService *actions, QObject *parent)
    : BulkRun(parent)
    , m_actions(actions)
{}

void BulkRunner::start(const QList<core::Order> &orders, const OrderCommand &command)
{
    if (m_running)
        return;
    m_orders = orders;
    m_command = command;
    m_results.clear();
    m_running = true;
    m_cancelled = false;
    ++m_run;
    // Never synchronously: the caller connects its progress UI after start().
    QTimer::singleShot(0, this, [this, run = m_run] {
        if (run == m_run)
            next();
    });
}

void BulkRunner::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    ++m_run; // late answers of the order in flight are dropped
    while (m_results.size() < m_orders.size())
        record(resultFor(m_orders.at(m_results.size()), BulkItemResult::Status::Cancelled));
    finish();
}

void BulkRunner::next()
{
    if (m_results.size() >= m_orders.size()) {
        finish();
        return;
    }
    const core::Order &order = m_orders.at(m_results.size());
    if (const StateRefusal refusal = OrderStateRules::check(order, m_command);
        refusal != StateRefusal::None) {
        record(resultFor(order, BulkItemResult::Status::Skipped, refusal));
        next();
        return;
    }
    runOne(order, false);
}

void BulkRunner::runOne(const core::Order &order, bool isRetry)
{
    const quint64 run = m_run;
    m_actions->apply(order, m_command, this, [this, order, isRetry, run](const OrderActionOutcome &outcome) {
        if (run != m_run)
            return;
        switch (outcome.status) {
        case OrderActionOutcome::Status::Applied: {
            BulkItemResult result = resultFor(order, BulkItemResult::Status::Applied);
            result.before = order;
            result.after = outcome.order;
            record(result);
            break;
        }
        case OrderActionOutcome::Status::Conflict: {
            const core::Order &current = outcome.conflict->current;
            if (const StateRefusal refusal = OrderStateRules::check(current, m_command);
                refusal != StateRefusal::None) {
                record(resultFor(order, BulkItemResult::Status::Skipped, refusal));
            } else if (isStateCommand(m_command) && !isRetry) {
                runOne(current, true);
                return;
            } else {
                BulkItemResult result = resultFor(order, BulkItemResult::Status::Conflict);
                result.error = outcome.error;
                record(result);
            }
            break;
        }
        case OrderActionOutcome::Status::Failed: {
            BulkItemResult result = resultFor(order, BulkItemResult::Status::Failed);
            result.error = outcome.error;
            record(result);
            break;
        }
        }
        next();
    });
}

} // namespace commercedesk::merchant
