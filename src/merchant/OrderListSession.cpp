// SPDX-License-Identifier: MIT
#include "merchant/OrderListSession.h"

#include "api/OrderClient.h"

using namespace Qt::StringLiterals;

namespace commercedesk::merchant {

OrderListSession::OrderListSession(api::OrderClient *orders, bool canAct, QObject *parent)
    : core::OrderPageSource(parent)
    , m_orders(orders)
    , m_canAct(canAct)
{}

OrderListSession::~OrderListSession()
{
    cancelInFlight();
}

void OrderListSession::setPageSize(int pageSize)
{
    m_pageSize = std::clamp(pageSize, 1, api::ResourceQuery::kMaxLimit);
}

void OrderListSession::setTextSearch(api::OrderSearchClient *search)
{
    delete m_text;
    m_text = nullptr;
    m_textActive = false;
    if (!search)
        return;
    m_text = new OrderTextSearch(search, m_orders, this);
    // Forwarded as this session's own answers; its reset() is not (refresh() emits ours).
    connect(m_text, &OrderTextSearch::pageLoaded, this,
            [this](const QList<core::OrderSummary> &rows, bool end) {
                m_atEnd = end;
                Q_EMIT pageLoaded(rows, end);
            });
    connect(m_text, &OrderTextSearch::countChanged, this, [this](qint64 total, bool capped) {
        m_total = total;
        m_totalCapped = capped;
        Q_EMIT countChanged(total, capped);
    });
    connect(m_text, &OrderTextSearch::loadingChanged, this, &OrderListSession::loadingChanged);
    connect(m_text, &OrderTextSearch::failed, this, [this](const api::ApiError &error) {
        if (error.kind == api::ApiError::Kind::Http && error.httpStatus == 404) {
            m_textUnavailable = true; // no order search on this project: match exactly instead
            refresh();
            return;
        }
        Q_EMIT failed(error);
    });
}

void OrderListSession::setFilter(const OrderFilter &filter)
{
    m_filter = filter;
    refresh();
}

void OrderListSession::refresh()
{
    cancelInFlight();
    ++m_generation;
    m_started = true;
    m_atEnd = false;
    m_last.reset();
    m_total.reset();
    m_totalCapped = false;
    m_textActive = m_text && !m_textUnavailable && !m_filter.text.trimmed().isEmpty();
    Q_EMIT reset();
    if (m_textActive) {
        m_text->setPageSize(m_pageSize);
        m_text->setFilter(m_filter);
        return;
    }
    requestPage();
}

void OrderListSession::fetchMore()
{
    if (!canFetchMore())
        return;
    if (textMode()) {
        m_text->fetchMore();
        return;
    }
    requestPage();
}

void OrderListSession::cancelInFlight()
{
    if (m_text && m_textActive)
        m_text->cancel();
    const bool wasLoading = !m_pageJob.isNull();
    if (m_pageJob)
        m_pageJob->cancel();
    if (m_countJob)
        m_countJob->cancel();
    m_pageJob.clear();
    m_countJob.clear();
    if (wasLoading)
        Q_EMIT loadingChanged(false);
}

void OrderListSession::requestPage()
{
    api::ResourceQuery query = m_filter.toQuery();
    if (m_last)
        m_filter.addKeysetAfter(query, *m_last);
    const auto direction = m_filter.descending ? api::ResourceQuery::Direction::Descending
                                               : api::ResourceQuery::Direction::Ascending;
    query.sort(OrderFilter::sortPath(m_filter.sortField), direction)
        .sort(u"id"_s, direction)
        .limit(m_pageSize)
        .withTotal(false);
    auto *job = m_orders->querySummaries(query);
    m_pageJob = job;
    const quint64 generation = m_generation;
    job->onFinished(this,
                    [this, generation](const api::Result<core::PagedResult<core::OrderSummary>> &result) {
                        if (generation != m_generation)
                            return;
                        m_pageJob.clear();
                        Q_EMIT loadingChanged(false);
                        if (!result.ok()) {
                            if (result.error().kind != api::ApiError::Kind::Cancelled)
                                Q_EMIT failed(result.error());
                            return;
                        }
                        const QList<core::OrderSummary> &rows = result.value().results;
                        m_atEnd = rows.size() < m_pageSize;
                        const bool firstPage = !m_last.has_value();
                        if (!rows.isEmpty())
                            m_last = rows.last();
                        Q_EMIT pageLoaded(rows, m_atEnd);
                        if (firstPage && generation == m_generation)
                            countAfterFirstPage(int(rows.size()));
                    });
    Q_EMIT loadingChanged(true);
}

void OrderListSession::countAfterFirstPage(int firstPageRows)
{
    if (!m_atEnd) {
        requestCount();
        return;
    }
    // The whole result fitted on the first page: that is the count, no request needed.
    m_total = firstPageRows;
    m_totalCapped = false;
    Q_EMIT countChanged(*m_total, false);
}

void OrderListSession::requestCount()
{
    api::ResourceQuery query = m_filter.toQuery();
    query.limit(1).withTotal(true);
    auto *job = m_orders->querySummaries(query);
    m_countJob = job;
    const quint64 generation = m_generation;
    const bool filtered = !query.predicates().isEmpty();
    job->onFinished(
        this, [this, generation, filtered](const api::Result<core::PagedResult<core::OrderSummary>> &result) {
            if (generation != m_generation)
                return;
            m_countJob.clear();
            if (!result.ok() || !result.value().total)
                return; // the list still works without a count
            m_total = *result.value().total;
            m_totalCapped = filtered && *m_total >= kTotalCap;
            Q_EMIT countChanged(*m_total, m_totalCapped);
        });
}

} // namespace commercedesk::merchant
