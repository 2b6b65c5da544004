// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/ApiJob.h"
#include "checkout/BuyerContext.h"
#include "checkout/CatalogQuery.h"
#include "core/CatalogCategory.h"
#include "core/CatalogFacet.h"
#include "core/PagedResult.h"
#include "core/ProductProjection.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

namespace commercedesk::api {
class CatalogSearchClient;
class ProductProjectionClient;
class Transport;
} // namespace commercedesk::api

namespace commercedesk::checkout {

/// The storefront's catalog browsing: text, category, facet selections and sort (a CatalogQuery) in the
/// buyer's context, against the product search API, one page at a time.
///
/// - Search-as-you-type: setSearchText() restarts a short debounce; category, facet, price and sort changes
///   search at once. A new search cancels every request still in flight (first page and next page), so only
///   answers to the current query are ever delivered.
/// - Paging: fetchMore() asks for the next page by offset (≤ 10,000, the API's limit); products already
///   delivered for this query are dropped from later pages, so no product is ever delivered twice.
/// - Facets and categories need setTransport() (the api layer's client does not decode facets); without it
///   searches still work and facetsReady() carries an empty list.
/// Signals fire in this object's thread. Per search exactly one of resultsReady/searchFailed, per
/// fetchMore() that sends a request exactly one of moreResultsReady/searchFailed (neither when cancelled).
class CatalogBrowser final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultDebounceMs = 40;
    static constexpr int kFacetDelayMs = 250;
    static constexpr int kPageSize = 50;
    static constexpr int kMaxOffset = 10000;

    /// `client` must outlive this object.
    explicit CatalogBrowser(api::ProductProjectionClient *client, QObject *parent = nullptr);
    ~CatalogBrowser() override;

    /// Enables facets and categories (searches then go through it); `transport` must outlive this object.
    void setTransport(api::Transport *transport);
    bool hasFacets() const { return m_search != nullptr; }

    void setBuyerContext(const BuyerContext &context);
    const BuyerContext &buyerContext() const { return m_context; }
    void setDebounceInterval(int milliseconds) { m_debounce.setInterval(milliseconds); }

    /// Debounced search for `text` (trimmed; empty = the whole catalog).
    void setSearchText(const QString &text);
    const QString &searchText() const { return m_query.text; }
    /// Filters by a category and its subcategories (empty = all); searches now.
    void setCategory(const QString &categoryId);
    void toggleAttributeValue(const QString &attribute, const QString &value);
    void togglePriceRange(const CatalogQuery::PriceRange &range);
    void clearSelections();
    void setSort(CatalogQuery::Sort sort);
    const CatalogQuery &query() const { return m_query; }

    /// Searches now with the current query and context (no debounce).
    void refresh();
    bool isLoading() const { return !m_job.isNull() || !m_pageJob.isNull(); }
    /// True when no search runs and none waits for the typing pause: what is shown answers the query.
    bool isSettled() const { return !isLoading() && !m_debounce.isActive(); }

    /// True when the server has more products for this query and no request is in flight.
    bool canFetchMore() const;
    /// Requests the next page; does nothing unless canFetchMore().
    void fetchMore();
    /// Products delivered for the current query so far, and the server's total.
    int deliveredCount() const { return int(m_seen.size()); }
    qint64 total() const { return m_total; }

    /// Loads the category list once more; categoriesReady() or searchFailed() follows. Needs setTransport().
    void loadCategories();
    /// Loads the product types' enum labels once more; enumDefinitionsReady() follows, or nothing when the
    /// request fails (a token without `view_product_types`: the facets then name values by the labels the
    /// products shown carry). Needs setTransport().
    void loadEnumDefinitions();

Q_SIGNALS:
    void loadingChanged(bool loading);
    /// The first page of the current query: `total` is the server's count of all matches.
    void resultsReady(const QList<core::ProductProjection> &products, qint64 total);
    /// The next page (products not delivered before for this query; may be empty).
    void moreResultsReady(const QList<core::ProductProjection> &products);
    /// After each first page, from a request of their own sent kFacetDelayMs later: the facets over the whole
    /// result (empty without setTransport()). Not emitted when that request fails or a newer search
    /// replaces it.
    void facetsReady(const QList<core::CatalogFacet> &facets);
    void categoriesReady(const QList<core::CatalogCategory> &categories);
    /// api::CatalogSearchClient::enumDefinitions' answer.
    void enumDefinitionsReady(const QList<core::Attribute> &definitions);
    void searchFailed(const api::ApiError &error);

private:
    void startSearch(int offset);
    void onPage(int offset, const api::Result<core::PagedResult<core::ProductProjection>> &result);
    void startFacets(api::ProductSearchQuery query);
    void setJob(int offset, api::ApiJob *job);

    api::ProductProjectionClient *m_client;
    std::unique_ptr<api::CatalogSearchClient> m_search;
    BuyerContext m_context;
    CatalogQuery m_query;
    QTimer m_debounce;
    QPointer<api::ApiJob> m_job;     ///< first page
    QPointer<api::ApiJob> m_pageJob; ///< a next page
    QPointer<api::ApiJob> m_categoriesJob;
    QPointer<api::ApiJob> m_enumJob;
    QPointer<api::ApiJob> m_facetJob; ///< the facet counts of the first page's query
    api::ProductSearchQuery m_facetQuery;
    /// Facets are counted kFacetDelayMs after the list arrives, so a burst of keystrokes never queues the
    /// server's costlier facet work in front of the next list.
    QTimer m_facetDelay;
    QSet<QString> m_seen;
    int m_nextOffset = 0;
    qint64 m_total = 0;
};

} // namespace commercedesk::checkout
