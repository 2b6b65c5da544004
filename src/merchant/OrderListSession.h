// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/ApiJob.h"
#include "core/OrderPageSource.h"
#include "core/OrderSummary.h"
#include "merchant/OrderFilter.h"
#include "merchant/OrderTextSearch.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace commercedesk::api {
class OrderClient;
class OrderSearchClient;
} // namespace commercedesk::api

namespace commercedesk::merchant {

/// The order list behind the table: pages of the current filter, fetched on demand with keyset paging on
/// the sort field (`createdAt desc` by default: `createdAt < :t or (createdAt = :t and id < :id)`, ties
/// broken by id), so scrolling works at any depth without the 10,000-offset limit.
///
/// Contract:
/// - setFilter() cancels the page and count requests in flight (their results are dropped), emits reset()
///   synchronously, then requests the first page. The count is requested only once that page is in (so a
///   slow count never delays the rows), and not at all when the first page is the whole result (its size is
///   the count). Never blocks.
/// - fetchMore() requests the next page unless one is in flight or the end was reached; exactly one
///   pageLoaded() or failed() follows. A page shorter than pageSize() marks the end.
/// - countChanged(total, capped): capped is true when the API capped `total` (at 10,000 for filtered
///   queries), so the UI reads "10,000+".
/// - The session keeps only the keyset cursor, never the rows (the model holds them). It is the
///   core::OrderPageSource the orders table model follows (reset, pageLoaded, loadingChanged).
/// - With a search client (setTextSearch()), a filter whose `text` is set is served by OrderTextSearch — a
///   partial match over order number, PO number, e-mail, names and SKUs — with the same signals. When the
///   project answers that it has no order search (404, e.g. Order Search not activated), the session falls
///   back to the exact predicate of OrderFilter::toQuery() for the rest of its life.
/// `orders` (and the search client) must outlive the session. Thread: the client's.
class OrderListSession final : public core::OrderPageSource
{
    Q_OBJECT

public:
    /// Enough rows to fill a tall table twice over; small enough that the next page arrives and is painted
    /// within 50 ms at a million orders (docs/benchmarks.md, bench_merchant --page-size).
    static constexpr int kDefaultPageSize = 50;
    static constexpr qint64 kTotalCap = 10000;

    OrderListSession(api::OrderClient *orders, bool canAct, QObject *parent = nullptr);
    ~OrderListSession() override;

    bool canAct() const { return m_canAct; }
    const OrderFilter &filter() const { return m_filter; }
    void setFilter(const OrderFilter &filter);
    /// Re-runs the current filter from the first page.
    void refresh();

    void setPageSize(int pageSize);
    /// Serves filters with text through Search Orders (null: exact matching only).
    void setTextSearch(api::OrderSearchClient *search);
    int pageSize() const { return m_pageSize; }
    bool canFetchMore() const override
    {
        return textMode() ? m_text->canFetchMore() : m_started && !m_atEnd && !m_pageJob;
    }
    bool isLoading() const { return textMode() ? m_text->isLoading() : !m_pageJob.isNull(); }
    bool atEnd() const { return m_atEnd; }
    void fetchMore() override;

    /// Total from the last count answer (nullopt before it arrived).
    std::optional<qint64> total() const { return m_total; }
    bool totalCapped() const { return m_totalCapped; }

Q_SIGNALS:
    void countChanged(qint64 total, bool capped);
    void failed(const commercedesk::api::ApiError &error);

private:
    bool textMode() const { return m_textActive; }
    void requestPage();
    void countAfterFirstPage(int firstPageRows);
    void requestCount();
    void cancelInFlight();

    api::OrderClient *m_orders;
    bool m_canAct;
    OrderFilter m_filter;
    int m_pageSize = kDefaultPageSize;
    bool m_started = false;
    bool m_atEnd = false;
    std::optional<core::OrderSummary> m_last; // keyset cursor: the last row delivered
    std::optional<qint64> m_total;
    OrderTextSearch *m_text = nullptr; // child; null without a search client
    bool m_textActive = false;         // the current filter is served by m_text
    bool m_textUnavailable = false;    // the project has no order search: exact matching only
    bool m_totalCapped = false;
    quint64 m_generation = 0;
    QPointer<api::ApiJob> m_pageJob;
    QPointer<api::ApiJob> m_countJob;
};

} // namespace commercedesk::merchant
