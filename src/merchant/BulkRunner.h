// SPDX-License-Identifier: MIT
#pragma once

#include "core/Order.h"
#include "merchant/BulkRun.h"
#include "merchant/OrderCommand.h"
#include "merchant/OrderStateRules.h"

#include <QList>
#include <QObject>
#include <QString>

namespace commercedesk::merchant {

class OrderActionService;

/// Runs one OrderCommand over a selection of orders, one request at a time (each with that order's
/// version), reporting progress and a result per order. An order the OrderStateRules refuse the command
/// for (already in the target state, or a backward move such as Confirm on a Complete order) is not sent:
/// it is reported Skipped with the refusal, never Applied. A state command whose first attempt meets a 409
/// is applied once more on the re-read order (a state setter means the same on the newer version) unless
/// the rules refuse it on the re-read order (Skipped). Other commands report the Conflict.
///
/// Contract: start() while running is ignored. itemFinished() fires once per order in selection order,
/// progress() after each, then finished() exactly once (also after cancel(): the remaining orders are
/// reported Cancelled). `actions` must outlive the runner. Thread: the service's.
class BulkRunner final : public BulkRun
{
    Q_OBJECT

public:
    explicit BulkRunner(OrderActionService *actions, QObject *parent = nullptr);

    void start(const QList<core::Order> &orders, const OrderCommand &command);
    void cancel() override;

private:
    void next();
    void runOne(const core::Order &order, bool isRetry);

    OrderActionService *m_actions;
    OrderCommand m_command;
    bool m_cancelled = false;
    quint64 m_run = 0;
};

} // namespace commercedesk::merchant
