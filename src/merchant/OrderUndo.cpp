// SPDX-License-Identifier: MIT
#include "merchant/OrderUndo.h"

#include "merchant/OrderActionService.h"
#include "merchant/OrderStateRules.h"

#include <QTimer>

namespace commercedesk::merchant {

OrderUndo::OrderUndo(OrderActionService *actions, QObject *parent)
    : QObject(parent)
    , m_actions(actions)
{}

void OrderUndo::record(const OrderCommand &command, const QList<Change> &changes)
{
    if (m_running)
        return; // the undo's own changes are not an action to undo
    m_command = command;
    m_steps.clear();
    m_kept = 0;
    for (const auto &[before, after] : changes) {
        if (const std::optional<OrderCommand> inverse = OrderStateRules::inverse(before, after, command))
            m_steps.append({after, *inverse});
        else
            ++m_kept;
    }
    Q_EMIT changed();
}

void OrderUndo::clear()
{
    if (m_running)
        return;
    m_steps.clear();
    m_kept = 0;
    Q_EMIT changed();
}

QString OrderUndo::singleNumber() const
{
    if (m_steps.size() != 1 || m_kept != 0)
        return {};
    const core::Order &order = m_steps.first().after;
    return order.orderNumber.value_or(order.id);
}

bool OrderUndo::undo()
{
    if (!canUndo())
        return false;
    m_running = true;
    m_next = 0;
    m_result = OrderUndoResult{m_command, {}, {}, {}};
    Q_EMIT changed();
    QTimer::singleShot(0, this, &OrderUndo::next);
    return true;
}

void OrderUndo::next()
{
    if (m_next >= m_steps.size()) {
        m_running = false;
        m_steps.clear();
        m_kept = 0;
        Q_EMIT changed();
        Q_EMIT finished(m_result);
        return;
    }
    const Step step = m_steps.at(m_next++);
    const QString number = step.after.orderNumber.value_or(step.after.id);
    m_actions->applyExact(step.after, step.inverse, this, [this, number](const OrderActionOutcome &outcome) {
        switch (outcome.status) {
        case OrderActionOutcome::Status::Applied:
            m_result.undone.append(number);
            break;
        case OrderActionOutcome::Status::Conflict:
            m_result.changed.append(number);
            break;
        case OrderActionOutcome::Status::Failed:
            m_result.failed.append(number);
            break;
        }
        next();
    });
}

} // namespace commercedesk::merchant
