// SPDX-License-Identifier: MIT
#include "checkout/CatalogBrowser.h"

#include "api/CatalogSearchClient.h"
#include "api/ProductProjectionClient.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace commercedesk::checkout {

CatalogBrowser::CatalogBrowser(api::ProductProjectionClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDefaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &CatalogBrowser::refresh);
    m_facetDelay.setSingleShot(true);
    m_facetDelay.setInterval(kFacetDelayMs);
    connect(&m_facetDelay, &QTimer::timeout, this, [this] { startFacets(m_facetQuery); });
}

CatalogBrowser::~CatalogBrowser()
{
    for (api::ApiJob *job : {m_job.data(), m_pageJob.data(), m_categoriesJob.data(), m_facetJob.data()}) {
        if (job)
            job->cancel();
    }
}

void CatalogBrowser::setTransport(api::Transport *transport)
{
    m_search = transport ? std::make_unique<api::CatalogSearchClient>(transport) : nullptr;
}

void CatalogBrowser::setBuyerContext(const BuyerContext &context)
{
    if (context == m_context)
        return;
    m_context = context;
    refresh();
}

void CatalogBrowser::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_query.text && (m_job || m_debounce.isActive()))
        return;
    m_query.text = trimmed;
    m_debounce.start();
}

void CatalogBrowser::setCategory(const QString &categoryId)
{
    m_query.categoryId = categoryId;
    refresh();
}

void CatalogBrowser::toggleAttributeValue(const QString &attribute, const QString &value)
{
    m_query.toggleAttributeValue(attribute, value);
    refresh();
}

void CatalogBrowser::togglePriceRange(const CatalogQuery::PriceRange &range)
{
    m_query.togglePriceRange(range);
    refresh();
}

void CatalogBrowser::clearSelections()
{
    m_query.clearSelections();
    refresh();
}

void CatalogBrowser::setSort(CatalogQuery::Sort sort)
{
    m_query.sort = sort;
    refresh();
}

void CatalogBrowser::refresh()
{
    m_debounce.stop();
    m_facetDelay.stop();
    const bool wasLoading = isLoading();
    for (api::ApiJob *job : {m_job.data(), m_pageJob.data(), m_facetJob.data()}) {
        if (job)
            job->cancel();
    }
    m_facetJob.clear();
    m_job.clear();
    m_pageJob.clear();
    m_seen.clear();
    m_nextOffset = 0;
    m_total = 0;
    startSearch(0);
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

bool CatalogBrowser::canFetchMore() const
{
    return !isLoading() && m_nextOffset > 0 && m_nextOffset < m_total && m_nextOffset < kMaxOffset;
}

void CatalogBrowser::fetchMore()
{
    if (!canFetchMore())
        return;
    startSearch(m_nextOffset);
    Q_EMIT loadingChanged(true);
}

void CatalogBrowser::startSearch(int offset)
{
    const int limit = std::min(kPageSize, kMaxOffset - offset);
    const api::ProductSearchQuery query = m_query.toSearchQuery(m_context, offset, limit);
    // The list goes first and alone, so it is not held up by the facet counts, which cost the server more.
    api::ProductSearchQuery plain = query;
    plain.facets.clear();
    auto *job = m_client->search(plain);
    setJob(offset, job);
    job->onFinished(this, [this, job, offset](const auto &result) {
        if (m_job == job || m_pageJob == job)
            onPage(offset, result);
    });
    if (offset == 0)
        m_facetQuery = query; // counted once the list has arrived and the buyer has paused
}

void CatalogBrowser::startFacets(api::ProductSearchQuery query)
{
    if (m_facetJob)
        m_facetJob->cancel();
    m_facetJob.clear();
    if (!m_search) {
        Q_EMIT facetsReady({});
        return;
    }
    query.limit = 1; // only the counts are wanted
    auto *job = m_search->search(query);
    m_facetJob = job;
    job->onFinished(this, [this, job](const api::Result<core::CatalogPage> &result) {
        if (m_facetJob != job)
            return;
        m_facetJob.clear();
        // A failed count keeps the last facets; the list's own request reports failures.
        if (result.ok())
            Q_EMIT facetsReady(result.value().facets);
    });
}

void CatalogBrowser::setJob(int offset, api::ApiJob *job)
{
    if (offset == 0)
        m_job = job;
    else
        m_pageJob = job;
}

void CatalogBrowser::onPage(int offset, const api::Result<core::PagedResult<core::ProductProjection>> &result)
{
    if (offset == 0)
        m_job.clear();
    else
        m_pageJob.clear();
    Q_EMIT loadingChanged(false);
    if (!result.ok()) {
        if (result.error().kind != api::ApiError::Kind::Cancelled)
            Q_EMIT searchFailed(result.error());
        return;
    }
    const auto &page = result.value();
    m_total = page.total.value_or(offset + page.count + (page.hasMore() ? 1 : 0));
    m_nextOffset = offset + int(page.results.size());
    if (page.results.isEmpty())
        m_total = std::min<qint64>(m_total, m_nextOffset); // nothing more to get, whatever the count said
    QList<core::ProductProjection> fresh;
    fresh.reserve(page.results.size());
    for (const core::ProductProjection &product : page.results) {
        if (!m_seen.contains(product.id)) {
            m_seen.insert(product.id);
            fresh.append(product);
        }
    }
    if (offset == 0) {
        m_facetDelay.start();
        Q_EMIT resultsReady(fresh, m_total);
    } else {
        Q_EMIT moreResultsReady(fresh);
    }
}

void CatalogBrowser::loadCategories()
{
    if (!m_search || m_categoriesJob)
        return;
    auto *job = m_search->categories();
    m_categoriesJob = job;
    job->onFinished(this, [this](const api::Result<QList<core::CatalogCategory>> &result) {
        m_categoriesJob.clear();
        if (result.ok())
            Q_EMIT categoriesReady(result.value());
        else if (result.error().kind != api::ApiError::Kind::Cancelled)
            Q_EMIT searchFailed(result.error());
    });
}

void CatalogBrowser::loadEnumDefinitions()
{
    if (!m_search || m_enumJob)
        return;
    auto *job = m_search->enumDefinitions();
    m_enumJob = job;
    job->onFinished(this, [this](const api::Result<QList<core::Attribute>> &result) {
        m_enumJob.clear();
        if (result.ok())
            Q_EMIT enumDefinitionsReady(result.value());
    });
}

} // namespace commercedesk::checkout
