// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "core/Money.h"
#include "core/Order.h"
#include "merchant/OrderStateRules.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace commercedesk::merchant {

/// The result of a bulk command for one order.
struct BulkItemResult
{
    enum class Status {
        Applied,
        Skipped,          ///< not run: `refusal` says why (already in the target state, or not allowed)
        Conflict,         ///< changed underneath twice in a row (one automatic re-apply is attempted)
        Failed,           ///< `error` says what the API answered
        Cancelled,        ///< the run was cancelled before this order
        NothingToCapture, ///< a capture run: nothing left to capture (none authorized, all captured,
                          ///< released)
    };
    /// Why a capture run's order failed when no ApiError says it.
    enum class CaptureNote {
        None,
        Declined,              ///< the payment service provider refused the capture (a Failure Charge)
        OtherOperationPending, ///< a refund or cancel of the payment still waits for the provider
        StillPending,          ///< the capture stayed Pending after every attempt: run the capture again
    };
    QString orderId;
    QString orderNumber;
    Status status = Status::Cancelled;
    StateRefusal refusal = StateRefusal::None; ///< with Skipped
    std::optional<api::ApiError> error;        ///< with Failed (and Conflict when the API said more)
    std::optional<core::Order> before;         ///< with Applied: the order version the command went to
    std::optional<core::Order> after;          ///< with Applied: the order as updated
    std::optional<core::Money> amount;         ///< with Applied of a capture run: what this run captured
    CaptureNote note = CaptureNote::None;      ///< with Failed of a capture run
};

/// A run over a selection of orders that reports a result per order (BulkRunner, BulkCapture), as the
/// progress dialog follows it. Contract of every run: itemFinished() fires once per order in selection order,
/// progress() after each, then finished() exactly once (also after cancel(): the remaining orders are
/// reported Cancelled). `applied` counts Applied results, `failed` those neither Applied, Skipped nor
/// NothingToCapture.
class BulkRun : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void cancel() = 0;
    bool isRunning() const { return m_running; }
    const QList<BulkItemResult> &results() const { return m_results; }

Q_SIGNALS:
    void progress(int done, int total);
    void itemFinished(int index, const commercedesk::merchant::BulkItemResult &result);
    void finished(int applied, int failed);

protected:
    /// Appends one order's result, then itemFinished() and progress() (of m_orders' size).
    void record(BulkItemResult result);
    /// Ends a running run: finished() with the counts of the contract above; nothing when not running.
    void finish();

    QList<core::Order> m_orders; ///< the selection of the run under way
    QList<BulkItemResult> m_results;
    bool m_running = false;
};

} // namespace commercedesk::merchant
