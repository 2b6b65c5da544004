// SPDX-License-Identifier: MIT
#include "merchant/OrderFetcher.h"

#include "api/OrderClient.h"

#include <QHash>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace commercedesk::merchant {

struct OrderFetcher::Run
{
    QStringList ids;
    qsizetype next = 0;
    quint64 epoch = 0;
    QHash<QString, core::Order> found;
    QPointer<QObject> context;
    Done done;
    int *running = nullptr;

    void finish(const api::Result<QList<core::Order>> &result)
    {
        --*running;
        if (context)
            done(result);
    }
};

OrderFetcher::OrderFetcher(api::OrderClient *orders, QObject *parent)
    : QObject(parent)
    , m_orders(orders)
{}

OrderFetcher::~OrderFetcher()
{
    cancelAll();
}

void OrderFetcher::fetch(const QStringList &ids, QObject *context, Done done)
{
    auto run = std::make_shared<Run>();
    run->ids = ids;
    run->context = context;
    run->done = std::move(done);
    run->epoch = m_epoch;
    run->running = &m_running;
    ++m_running;
    // Never synchronously, also for an empty list.
    QTimer::singleShot(0, this, [this, run] { nextBatch(run); });
}

void OrderFetcher::cancelAll()
{
    ++m_epoch; // runs waiting for their next batch finish Cancelled
    const QList<QPointer<api::ApiJob>> jobs = std::exchange(m_jobs, {});
    for (const QPointer<api::ApiJob> &job : jobs) {
        if (job)
            job->cancel();
    }
}

int OrderFetcher::batchesInFlight() const
{
    return int(std::count_if(m_jobs.begin(), m_jobs.end(),
                             [](const QPointer<api::ApiJob> &job) { return job && !job->isFinished(); }));
}

void OrderFetcher::nextBatch(const std::shared_ptr<Run> &run)
{
    if (run->epoch != m_epoch) {
        api::ApiError cancelled;
        cancelled.kind = api::ApiError::Kind::Cancelled;
        cancelled.message = u"The fetch was cancelled."_s;
        run->finish(cancelled);
        return;
    }
    if (run->next >= run->ids.size()) {
        QList<core::Order> orders;
        orders.reserve(run->found.size());
        for (const QString &id : std::as_const(run->ids)) {
            const auto it = run->found.constFind(id);
            if (it != run->found.constEnd())
                orders.append(*it);
        }
        run->finish(orders);
        return;
    }
    const QStringList batch = run->ids.mid(run->next, kBatch);
    run->next += batch.size();
    const api::ResourceQuery query = api::ResourceQuery()
                                         .where(u"id in :ids"_s)
                                         .variable(u"ids"_s, batch)
                                         .limit(int(batch.size()))
                                         .withTotal(false);
    auto *job = m_orders->query(query);
    m_jobs.removeAll(nullptr);
    m_jobs.append(job);
    job->onFinished(this, [this, run](const api::Result<core::PagedResult<core::Order>> &result) {
        if (!result.ok()) {
            run->finish(result.error());
            return;
        }
        for (const core::Order &order : result.value().results)
            run->found.insert(order.id, order);
        nextBatch(run);
    });
}

} // namespace commercedesk::merchant
