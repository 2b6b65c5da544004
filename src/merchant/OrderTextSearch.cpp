// SPDX-License-Identifier: MIT
#include "merchant/OrderTextSearch.h"

#include "api/OrderClient.h"

using namespace Qt::StringLiterals;

namespace commercedesk::merchant {

OrderTextSearch::OrderTextSearch(api::OrderSearchClient *search, api::OrderClient *orders, QObject *parent)
    : QObject(parent)
    , m_search(search)
    , m_orders(orders)
{}

OrderTextSearch::~OrderTextSearch()
{
    cancelInFlight();
}

api::OrderSearchRequest OrderTextSearch::requestFor(const OrderFilter &filter)
{
    api::OrderSearchRequest request = api::OrderSearchRequest::containing(filter.text);
    request.anyOf(u"orderState"_s, wireList(filter.orderStates))
        .anyOf(u"paymentState"_s, wireList(filter.paymentStates))
        .anyOf(u"shipmentState"_s, wireList(filter.shipmentStates))
        .dateRange(u"createdAt"_s,
                   filter.createdFrom.isValid() ? predicateTimestamp(filter.createdFrom) : QString(),
                   filter.createdTo.isValid() ? predicateTimestamp(filter.createdTo) : QString())
        .numberRange(u"totalPrice.centAmount"_s, filter.minTotalCent, filter.maxTotalCent);
    if (!filter.storeKey.isEmpty())
        request.exact(u"store.key"_s, filter.storeKey);
    if (!filter.businessUnitKey.isEmpty())
        request.exact(u"businessUnit.key"_s, filter.businessUnitKey);
    if (!filter.country.isEmpty())
        request.exact(u"shippingAddress.country"_s, filter.country.toUpper());
    if (filter.hasPurchaseOrderNumber)
        request.exists(u"purchaseOrderNumber"_s, *filter.hasPurchaseOrderNumber);
    request.sortBy(OrderFilter::sortPath(filter.sortField), !filter.descending);
    return request;
}

void OrderTextSearch::setPageSize(int pageSize)
{
    m_pageSize = std::clamp(pageSize, 1, 100); // Search Orders' limit
}

void OrderTextSearch::setFilter(const OrderFilter &filter)
{
    m_filter = filter;
    refresh();
}

void OrderTextSearch::refresh()
{
    cancelInFlight();
    ++m_generation;
    m_started = true;
    m_atEnd = false;
    m_offset = 0;
    m_total.reset();
    m_totalCapped = false;
    Q_EMIT reset();
    requestPage();
}

void OrderTextSearch::fetchMore()
{
    if (canFetchMore())
        requestPage();
}

void OrderTextSearch::cancel()
{
    ++m_generation;
    cancelInFlight();
}

void OrderTextSearch::cancelInFlight()
{
    const bool wasLoading = !m_pageJob.isNull();
    if (m_pageJob)
        m_pageJob->cancel();
    m_pageJob.clear();
    if (wasLoading)
        Q_EMIT loadingChanged(false);
}

void OrderTextSearch::requestPage()
{
    auto *job = m_search->search(requestFor(m_filter).page(m_pageSize, m_offset));
    m_pageJob = job;
    const quint64 generation = m_generation;
    job->onFinished(this, [this, generation](const api::Result<api::OrderSearchPage> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            m_pageJob.clear();
            Q_EMIT loadingChanged(false);
            if (result.error().kind != api::ApiError::Kind::Cancelled)
                Q_EMIT failed(result.error());
            return;
        }
        if (!m_total) {
            m_total = result.value().total;
            m_totalCapped = m_filter.notSyncedToOms || *m_total > kMaxOffset + m_pageSize;
            Q_EMIT countChanged(*m_total, m_totalCapped);
        }
        readSummaries(result.value(), generation);
    });
    Q_EMIT loadingChanged(true);
}

void OrderTextSearch::readSummaries(const api::OrderSearchPage &page, quint64 generation)
{
    const int hits = int(page.ids.size());
    if (hits == 0) {
        finishPage({}, 0, generation);
        return;
    }
    api::ResourceQuery query;
    query.where(u"id in :ids"_s).variable(u"ids"_s, QStringList(page.ids)).limit(hits).withTotal(false);
    if (m_filter.notSyncedToOms)
        query.where(u"syncInfo is empty"_s);
    auto *job = m_orders->querySummaries(query);
    m_pageJob = job;
    const QStringList order = page.ids;
    job->onFinished(this, [this, generation, hits,
                           order](const api::Result<core::PagedResult<core::OrderSummary>> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            m_pageJob.clear();
            Q_EMIT loadingChanged(false);
            if (result.error().kind != api::ApiError::Kind::Cancelled)
                Q_EMIT failed(result.error());
            return;
        }
        QHash<QString, core::OrderSummary> byId;
        for (const core::OrderSummary &row : result.value().results)
            byId.insert(row.id, row);
        QList<core::OrderSummary> rows;
        for (const QString &id : order) { // the search's order, not the fetch's
            if (const auto it = byId.constFind(id); it != byId.constEnd())
                rows.append(*it);
        }
        finishPage(rows, hits, generation);
    });
}

void OrderTextSearch::finishPage(QList<core::OrderSummary> rows, int hits, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_pageJob.clear();
    Q_EMIT loadingChanged(false);
    m_offset += hits;
    m_atEnd = hits < m_pageSize || m_offset > kMaxOffset;
    Q_EMIT pageLoaded(rows, m_atEnd);
}

} // namespace commercedesk::merchant
