// SPDX-License-Identifier: MIT
#include "merchant/LiveUpdates.h"

#include "api/OrderClient.h"
#include "merchant/OrderFilter.h"

using namespace Qt::StringLiterals;

namespace commercedesk::merchant {

LiveUpdates::LiveUpdates(api::OrderClient *orders, QObject *parent)
    : QObject(parent)
    , m_orders(orders)
{
    connect(&m_timer, &QTimer::timeout, this, &LiveUpdates::pollNow);
}

LiveUpdates::~LiveUpdates()
{
    stop();
}

void LiveUpdates::start(int intervalMs)
{
    m_timer.start(std::max(intervalMs, 100));
    if (!m_hasBaseline)
        readBaseline();
}

void LiveUpdates::stop()
{
    m_timer.stop();
    if (m_job)
        m_job->cancel();
    m_job.clear();
}

void LiveUpdates::readBaseline()
{
    if (m_job)
        return;
    const api::ResourceQuery query = api::ResourceQuery()
                                         .sort(u"lastModifiedAt"_s, api::ResourceQuery::Direction::Descending)
                                         .limit(1)
                                         .withTotal(false);
    auto *job = m_orders->query(query);
    m_job = job;
    job->onFinished(this, [this](const api::Result<core::PagedResult<core::Order>> &result) {
        m_job.clear();
        if (!result.ok()) {
            ++m_failedPolls;
            return;
        }
        const QList<core::Order> &rows = result.value().results;
        m_since = rows.isEmpty() ? QDateTime::fromMSecsSinceEpoch(0, Qt::UTC) : rows.first().lastModifiedAt;
        m_baseline = m_since;
        m_reportedAtSince.clear();
        for (const core::Order &order : rows)
            m_reportedAtSince.insert(order.id, order.version);
        m_hasBaseline = true;
        Q_EMIT baselineReady();
    });
}

void LiveUpdates::pollNow()
{
    if (m_job)
        return;
    if (!m_hasBaseline) {
        readBaseline();
        return;
    }
    const api::ResourceQuery query = api::ResourceQuery()
                                         .where(u"lastModifiedAt >= :since"_s)
                                         .variable(u"since"_s, predicateTimestamp(m_since))
                                         .sort(u"lastModifiedAt"_s, api::ResourceQuery::Direction::Ascending)
                                         .sort(u"id"_s)
                                         .limit(100)
                                         .withTotal(false);
    auto *job = m_orders->query(query);
    m_job = job;
    job->onFinished(this, [this](const api::Result<core::PagedResult<core::Order>> &result) {
        m_job.clear();
        if (!result.ok()) {
            ++m_failedPolls;
            return;
        }
        onPolled(result.value().results);
    });
}

void LiveUpdates::onPolled(const QList<core::Order> &orders)
{
    QList<core::Order> changed;
    QList<core::Order> created;
    for (const core::Order &order : orders) {
        if (order.lastModifiedAt == m_since && m_reportedAtSince.value(order.id, -1) >= order.version)
            continue;
        changed.append(order);
        if (order.createdAt > m_baseline && !m_announced.contains(order.id)) {
            m_announced.insert(order.id);
            created.append(order);
        }
    }
    for (const core::Order &order : std::as_const(changed)) {
        if (order.lastModifiedAt > m_since) {
            m_since = order.lastModifiedAt;
            m_reportedAtSince.clear();
        }
        if (order.lastModifiedAt == m_since)
            m_reportedAtSince.insert(order.id, order.version);
    }
    if (!changed.isEmpty())
        Q_EMIT ordersChanged(changed);
    if (!created.isEmpty())
        Q_EMIT newOrders(created);
}

} // namespace commercedesk::merchant
