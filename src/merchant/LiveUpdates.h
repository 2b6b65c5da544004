// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "core/Order.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace commercedesk::api {
class OrderClient;
}

namespace commercedesk::merchant {

/// Notices new and changed orders without a manual refresh by polling `lastModifiedAt >= :since` (sorted
/// `lastModifiedAt asc`, at most 100 per poll, withTotal=false) on a QTimer — one small query per interval.
///
/// start() first reads the newest lastModifiedAt (one row) as the baseline and reports nothing for it;
/// every later poll reports the orders modified since: ordersChanged() with all of them (each (id, version)
/// once), newOrders() with those created after the baseline and not reported before. A poll never overlaps
/// the previous one; failures are silent (the next tick tries again) but counted in failedPolls().
/// `orders` must outlive this object. Thread: the client's.
class LiveUpdates final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 5000;

    explicit LiveUpdates(api::OrderClient *orders, QObject *parent = nullptr);
    ~LiveUpdates() override;

    void start(int intervalMs = kDefaultIntervalMs);
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    /// Polls now (ignored while a poll is in flight or before start()).
    void pollNow();
    /// True while a request (the baseline or a poll) is in flight; false once its answer is processed.
    bool isPolling() const { return !m_job.isNull(); }
    QDateTime since() const { return m_since; }
    int failedPolls() const { return m_failedPolls; }

Q_SIGNALS:
    void baselineReady();
    void ordersChanged(const QList<commercedesk::core::Order> &orders);
    void newOrders(const QList<commercedesk::core::Order> &orders);

private:
    void readBaseline();
    void onPolled(const QList<core::Order> &orders);

    api::OrderClient *m_orders;
    QTimer m_timer;
    QPointer<api::ApiJob> m_job;
    QDateTime m_since;
    QDateTime m_baseline;
    bool m_hasBaseline = false;
    QHash<QString, qint64> m_reportedAtSince; // id → version reported with lastModifiedAt == m_since
    QSet<QString> m_announced;                // ids reported by newOrders()
    int m_failedPolls = 0;
};

} // namespace commercedesk::merchant
