// SPDX-License-Identifier: MIT
#include "merchant/OrderActionService.h"

#include "api/OrderClient.h"

namespace commercedesk::merchant {

namespace {

OrderActionOutcome failure(const api::ApiError &error)
{
    OrderActionOutcome outcome;
    outcome.status = OrderActionOutcome::Status::Failed;
    outcome.error = error;
    return outcome;
}

} // namespace

OrderActionService::OrderActionService(api::OrderClient *orders, QObject *parent)
    : QObject(parent)
    , m_orders(orders)
{}

OrderActionService::~OrderActionService()
{
    cancelAll();
}

void OrderActionService::track(api::ApiJob *job)
{
    m_jobs.removeIf(
        [](const QPointer<api::ApiJob> &pointer) { return pointer.isNull() || pointer->isFinished(); });
    m_jobs.append(job);
}

void OrderActionService::cancelAll()
{
    const QList<QPointer<api::ApiJob>> jobs = std::exchange(m_jobs, {});
    for (const QPointer<api::ApiJob> &job : jobs) {
        if (job)
            job->cancel();
    }
}

void OrderActionService::apply(const core::Order &order, const OrderCommand &command, QObject *context,
                               Done done)
{
    send(order, order, command, true, false, context, std::move(done));
}

void OrderActionService::applyExact(const core::Order &order, const OrderCommand &command, QObject *context,
                                    Done done)
{
    send(order, order, command, false, false, context, std::move(done));
}

void OrderActionService::send(const core::Order &seen, const core::Order &base, const OrderCommand &command,
                              bool mayReapply, bool reapplied, QObject *context, Done done)
{
    auto *job = m_orders->update(base.id, base.version, command.actions(base));
    track(job);
    job->onFinished(context, [this, seen, command, mayReapply, reapplied, context,
                              done](const api::Result<core::Order> &result) {
        if (result.ok()) {
            Q_EMIT orderUpdated(result.value());
            OrderActionOutcome outcome;
            outcome.status = OrderActionOutcome::Status::Applied;
            outcome.order = result.value();
            outcome.reappliedAutomatically = reapplied;
            done(outcome);
            return;
        }
        if (result.error().isConcurrentModification()) {
            reread(seen, command, result.error(), mayReapply, reapplied, context, done);
            return;
        }
        done(failure(result.error()));
    });
}

void OrderActionService::applyAgain(const OrderConflict &conflict, QObject *context, Done done)
{
    apply(conflict.current, conflict.command, context, std::move(done));
}

void OrderActionService::reread(const core::Order &seen, const OrderCommand &command,
                                const api::ApiError &conflictError, bool mayReapply, bool reapplied,
                                QObject *context, const Done &done)
{
    auto *job = m_orders->byId(seen.id);
    track(job);
    job->onFinished(context, [this, seen, command, conflictError, mayReapply, reapplied, context,
                              done](const api::Result<core::Order> &result) {
        if (!result.ok()) {
            done(failure(result.error().kind == api::ApiError::Kind::Cancelled ? result.error()
                                                                               : conflictError));
            return;
        }
        const core::Order &current = result.value();
        Q_EMIT orderUpdated(current);
        if (mayReapply && OrderConflict::onlyUntouchedChanges(seen, current, command)) {
            send(seen, current, command, false, true, context, done);
            return;
        }
        OrderActionOutcome outcome;
        outcome.status = OrderActionOutcome::Status::Conflict;
        outcome.error = conflictError;
        outcome.conflict = OrderConflict{seen, current, command, OrderConflict::diff(seen, current)};
        outcome.reappliedAutomatically = reapplied;
        done(outcome);
    });
}

} // namespace commercedesk::merchant
