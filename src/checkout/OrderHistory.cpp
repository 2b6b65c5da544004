// SPDX-License-Identifier: MIT
#include "checkout/OrderHistory.h"

#include "api/OrderClient.h"
#include "checkout/BuyerSession.h"

using namespace Qt::StringLiterals;

namespace commercedesk::checkout {

OrderHistory::OrderHistory(api::Transport *transport, BuyerSession *buyer, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_buyer(buyer)
    , m_scope(buyer->scope())
{
    const auto onBuyerChanged = [this] {
        if (m_buyer->scope() == m_scope && m_orders.isEmpty() && !isBusy())
            return;
        clear();
    };
    connect(buyer, &BuyerSession::contextChanged, this, onBuyerChanged);
    connect(buyer, &BuyerSession::customerChanged, this, onBuyerChanged);
}

OrderHistory::~OrderHistory()
{
    if (m_job)
        m_job->cancel();
}

const core::Order *OrderHistory::order(const QString &id) const
{
    for (const core::Order &candidate : m_orders) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

void OrderHistory::cancelRunning()
{
    if (!m_job)
        return;
    api::ApiJob *job = m_job;
    m_job.clear();
    job->cancel();
    Q_EMIT busyChanged(false);
}

void OrderHistory::clear()
{
    cancelRunning();
    m_scope = m_buyer->scope();
    m_orders.clear();
    m_total = -1;
    m_hasMore = false;
    Q_EMIT reset();
}

void OrderHistory::load()
{
    clear();
    fetch(0);
}

void OrderHistory::loadMore()
{
    if (isBusy() || !m_hasMore)
        return;
    fetch(int(m_orders.size()));
}

void OrderHistory::fetch(int offset)
{
    api::ResourceQuery query;
    query.sort(u"createdAt"_s, api::ResourceQuery::Direction::Descending)
        .sort(u"id"_s) // a stable order for orders created in the same millisecond
        .limit(m_pageSize)
        .offset(offset)
        .withTotal(true);
    auto *job = api::OrderClient(m_transport, m_scope).query(query);
    m_job = job;
    Q_EMIT busyChanged(true);
    job->onFinished(this, [this, job](const api::Result<core::PagedResult<core::Order>> &result) {
        if (m_job != job)
            return; // cancelled or superseded
        m_job.clear();
        Q_EMIT busyChanged(false);
        if (!result.ok()) {
            if (result.error().kind != api::ApiError::Kind::Cancelled)
                Q_EMIT failed(result.error());
            return;
        }
        const core::PagedResult<core::Order> &page = result.value();
        m_orders.append(page.results);
        m_total = page.total.value_or(m_orders.size());
        m_hasMore = page.hasMore();
        Q_EMIT loaded(int(page.results.size()));
    });
}

} // namespace commercedesk::checkout
