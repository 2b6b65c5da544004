// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "core/Order.h"
#include "merchant/OrderCommand.h"
#include "merchant/OrderStateRules.h"

#include <QList>
#include <QObject>
#include <QString>

namespace commercedesk::merchant {

class OrderActionService;

/// The result of a bulk command for one order.
struct BulkItemResult
{
    enum class Status {
        Applied,
        Skipped,   ///< not run: `refusal` says why (already in the target state, or not allowed)
        Conflict,  ///< changed underneath twice in a row (one automatic re-apply is attempted)
        Failed,    ///< `error` says what the API answered
        Cancelled, ///< the run was cancelled before this order
    };
    QString orderId;
    QString orderNumber;
    Status status = Status::Cancelled;
    StateRefusal refusal = StateRefusal::None; ///< with Skipped
    std::optional<api::ApiError> error;        ///< with Failed (and Conflict when the API said more)
    std::optional<core::Order> before;         ///< with Applied: the order version the command went to
    std::optional<core::Order> after;          ///< with Applied: the order as updated
};

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
class BulkRunner final : public QObject
{
    Q_OBJECT

public:
    explicit BulkRunner(OrderActionService *actions, QObject *parent = nullptr);

    void start(const QList<core::Order> &orders, const OrderCommand &command);
    void cancel();
    bool isRunning() const { return m_running; }
    const QList<BulkItemResult> &results() const { return m_results; }

Q_SIGNALS:
    void progress(int done, int total);
    void itemFinished(int index, const commercedesk::merchant::BulkItemResult &result);
    void finished(int applied, int failed);

private:
    void next();
    void runOne(const core::Order &order, bool isRetry);
    void record(BulkItemResult result);
    void finish();

    OrderActionService *m_actions;
    QList<core::Order> m_orders;
    OrderCommand m_command;
    QList<BulkItemResult> m_results;
    bool m_running = false;
    bool m_cancelled = false;
    quint64 m_run = 0;
};

} // namespace commercedesk::merchant
