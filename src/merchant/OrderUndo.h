// SPDX-License-Identifier: MIT
#pragma once

#include "core/Order.h"
#include "merchant/OrderCommand.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <utility>

namespace commercedesk::merchant {

class OrderActionService;

/// What an undo did, order numbers by outcome.
struct OrderUndoResult
{
    OrderCommand command; ///< the action that was undone
    QStringList undone;   ///< back where the action found them
    QStringList changed;  ///< changed meanwhile (409): left as they are, nothing overwritten
    QStringList failed;   ///< the API refused or could not be reached
};

/// The seller's last action (one order or a bulk run) and its undo: for every order the action changed,
/// the inverse the state rules allow (OrderStateRules::inverse) applied to exactly the version the action
/// left (OrderActionService::applyExact). An order changed meanwhile by anyone (the OMS, another seller)
/// fails that version check and is reported, never overwritten. Only the last action is kept; an undo is
/// not itself undoable.
///
/// Contract: record() replaces the last action (also with one that cannot be undone: then canUndo() is
/// false and an older action is no longer undoable). undo() while running or with nothing to undo is
/// ignored (false). changed() fires after record(), clear() and when an undo starts; finished() exactly
/// once per undo(), never synchronously, after which nothing is left to undo. `actions` must outlive this.
class OrderUndo final : public QObject
{
    Q_OBJECT

public:
    /// One order the action changed: as it was before and as the action left it.
    using Change = std::pair<core::Order, core::Order>;

    explicit OrderUndo(OrderActionService *actions, QObject *parent = nullptr);

    void record(const OrderCommand &command, const QList<Change> &changes);
    void clear();

    /// Something recorded can be undone now (not while an undo runs).
    bool canUndo() const { return !m_running && !m_steps.isEmpty(); }
    bool isRunning() const { return m_running; }
    /// The last action recorded.
    const OrderCommand &command() const { return m_command; }
    /// How many of its orders an undo would change back, and how many the rules keep as they are.
    int undoableCount() const { return int(m_steps.size()); }
    int keptCount() const { return m_kept; }
    /// The order number of the only order changed (empty for several).
    QString singleNumber() const;

    bool undo();

Q_SIGNALS:
    void changed();
    void finished(const commercedesk::merchant::OrderUndoResult &result);

private:
    struct Step
    {
        core::Order after;
        OrderCommand inverse;
    };
    void next();

    OrderActionService *m_actions;
    OrderCommand m_command;
    QList<Step> m_steps;
    int m_kept = 0;
    bool m_running = false;
    int m_next = 0;
    OrderUndoResult m_result;
};

} // namespace commercedesk::merchant
