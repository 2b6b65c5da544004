// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/ApiJob.h"
#include "core/Order.h"
#include "merchant/OrderCommand.h"
#include "merchant/OrderConflict.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace commercedesk::api {
class OrderClient;
}

namespace commercedesk::merchant {

/// The outcome of one OrderCommand on one order.
struct OrderActionOutcome
{
    enum class Status {
        Applied,  ///< `order` is the updated order
        Conflict, ///< 409: `conflict` holds the re-read order and what changed; nothing was applied
        Failed,   ///< `error` (also Cancelled); nothing was applied
    };
    Status status = Status::Failed;
    std::optional<core::Order> order;
    std::optional<OrderConflict> conflict;
    std::optional<api::ApiError> error;
    /// True when a first 409 was caused only by changes the command does not touch (the OMS write-back,
    /// OrderConflict::onlyUntouchedChanges) and the command was re-applied once on the re-read order (with
    /// Conflict: that re-apply met a second 409; the conflict still compares with the order the seller saw).
    bool reappliedAutomatically = false;
};

/// Applies seller commands to orders: each is ONE update request carrying the version of the order the
/// seller saw. On 409 ConcurrentModification it re-reads the order. When the order changed only in fields
/// the command does not touch (OrderConflict::onlyUntouchedChanges: the OMS write-back's syncInfo, version,
/// lastModifiedAt, and for state commands its shipment state/deliveries) it re-applies the command ONCE on
/// the re-read version without bothering the seller; otherwise (or on a second 409) it reports the conflict
/// (what changed against the order the seller saw) and the seller may applyAgain() on the current version.
///
/// Contract: `done` runs exactly once per apply() (unless `context` is gone or cancelAll() ran — then
/// it runs with status Failed / Cancelled, still once), never synchronously. orderUpdated() fires for every
/// order this service learnt a newer version of (applied or re-read), so lists can refresh their rows.
/// `orders` must outlive the service. Thread: the client's.
class OrderActionService final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const OrderActionOutcome &)>;

    explicit OrderActionService(api::OrderClient *orders, QObject *parent = nullptr);
    ~OrderActionService() override;

    void apply(const core::Order &order, const OrderCommand &command, QObject *context, Done done);
    /// Applies `command` to exactly this version of `order`: a 409 is reported as Conflict (with the re-read
    /// order) and never re-applied, whatever changed — for an undo, which must not overwrite a change
    /// made meanwhile. `done` as apply()'s.
    void applyExact(const core::Order &order, const OrderCommand &command, QObject *context, Done done);
    /// The same command on the order as re-read after the conflict.
    void applyAgain(const OrderConflict &conflict, QObject *context, Done done);
    /// Cancels every request in flight; their `done` handlers see Failed/Cancelled.
    void cancelAll();
    int pendingCount() const { return int(m_jobs.size()); }

Q_SIGNALS:
    void orderUpdated(const commercedesk::core::Order &order);

private:
    /// One update of `base` (the seen order or its re-read); `seen` is what the seller acted on.
    void send(const core::Order &seen, const core::Order &base, const OrderCommand &command, bool mayReapply,
              bool reapplied, QObject *context, Done done);
    void reread(const core::Order &seen, const OrderCommand &command, const api::ApiError &conflictError,
                bool mayReapply, bool reapplied, QObject *context, const Done &done);
    void track(api::ApiJob *job);

    api::OrderClient *m_orders;
    QList<QPointer<api::ApiJob>> m_jobs;
};

} // namespace commercedesk::merchant
