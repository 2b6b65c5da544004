// SPDX-License-Identifier: MIT
#pragma once

#include "api/Result.h"
#include "core/Order.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace commercedesk::api {
class ApiJob;
class OrderClient;
} // namespace commercedesk::api

namespace commercedesk::merchant {

/// Fetches the full orders behind table rows (which hold only summaries) for actions and documents: one
/// query `id in :ids` per kBatch ids, one batch at a time.
///
/// Contract: `done` runs exactly once per fetch(), never synchronously, with the orders in the order of `ids`
/// (an id that no longer exists is left out — not an error), or with the first failing batch's error (also
/// Cancelled after cancel()). A newer fetch() does not cancel an older one. `done` is dropped when `context`
/// is destroyed first. `orders` must outlive the fetcher. Thread: the client's.
class OrderFetcher final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kBatch = 100;
    using Done = std::function<void(const api::Result<QList<core::Order>> &)>;

    explicit OrderFetcher(api::OrderClient *orders, QObject *parent = nullptr);
    ~OrderFetcher() override;

    void fetch(const QStringList &ids, QObject *context, Done done);
    /// Cancels every fetch in flight.
    void cancelAll();
    /// True when every fetch() has finished (its `done` ran, or was dropped with its context).
    bool isIdle() const { return m_running == 0; }
    /// Batch requests on the wire now (at most one per running fetch).
    int batchesInFlight() const;

private:
    struct Run;
    void nextBatch(const std::shared_ptr<Run> &run);

    api::OrderClient *m_orders;
    QList<QPointer<api::ApiJob>> m_jobs;
    quint64 m_epoch = 0;
    int m_running = 0; ///< fetches whose `done` has not run yet
};

} // namespace commercedesk::merchant
