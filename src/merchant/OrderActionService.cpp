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
    auto *job = m_orders->update(order.id, order.version, command.actions(order));
    track(job);
    job->onFinished(context, [this, order, command, context, done](const api::Result<core::Order> &result) {
        if (result.ok()) {
            Q_EMIT orderUpdated(result.value());
            OrderActionOutcome outcome;
            outcome.status = OrderActionOutcome::Status::Applied;
            outcome.order = result.value();
            done(outcome);
            return;
        }
        if (result.error().isConcurrentModification()) {
            reread(order, command, result.error(), context, done);
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
                                const api::ApiError &conflictError, QObject *context, const Done &done)
{
    auto *job = m_orders->byId(seen.id);
    track(job);
    job->onFinished(
        context, [this, seen, command, conflictError, done](const api::Result<core::Order> &result) {
            if (!result.ok()) {
                done(failure(result.error().kind == api::ApiError::Kind::Cancelled ? result.error()
                                                                                   : conflictError));
                return;
            }
            Q_EMIT orderUpdated(result.value());
            OrderActionOutcome outcome;
            outcome.status = OrderActionOutcome::Status::Conflict;
            outcome.error = conflictError;
            outcome.conflict =
                OrderConflict{seen, result.value(), command, OrderConflict::diff(seen, result.value())};
            done(outcome);
        });
}

} // namespace commercedesk::merchant
