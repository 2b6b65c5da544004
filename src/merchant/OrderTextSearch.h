// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/ApiJob.h"
#include "api/OrderSearch.h"
#include "core/OrderSummary.h"
#include "merchant/OrderFilter.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace commercedesk::api {
class OrderClient;
}

namespace commercedesk::merchant {

/// The order list of a filter whose `text` is set, through Search Orders: the text is a partial,
/// case-insensitive match over order number, PO number, e-mail, customer and company names and SKUs (every
/// word must occur: api::OrderSearchRequest::containing), the filter's other criteria are parts of the same
/// search, and each page of hits is read as summaries (`id in :ids`) in the search's order.
///
/// Same contract and signals as OrderListSession (setFilter() resets synchronously, then exactly one
/// pageLoaded() or failed() per page; never blocks), except:
/// - pages go by offset, so at most 10,000 + one page of matches can be scrolled; the count is the search's
///   exact total, and countChanged() reports it capped when it exceeds what can be scrolled;
/// - "not yet in the OMS" has no search field: it is applied when the summaries are read, so such a page may
///   hold fewer rows than asked and the count is an upper bound (reported capped).
/// `search` and `orders` must outlive the session. Thread: the clients'.
class OrderTextSearch final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultPageSize = 50;
    static constexpr int kMaxOffset = 10000;

    OrderTextSearch(api::OrderSearchClient *search, api::OrderClient *orders, QObject *parent = nullptr);
    ~OrderTextSearch() override;

    /// The Search Orders request for `filter` (without its page): text, states, dates, store, unit, country,
    /// amounts, PO presence and sort.
    static api::OrderSearchRequest requestFor(const OrderFilter &filter);

    const OrderFilter &filter() const { return m_filter; }
    void setFilter(const OrderFilter &filter);
    void refresh();
    void setPageSize(int pageSize);
    int pageSize() const { return m_pageSize; }
    bool canFetchMore() const { return m_started && !m_atEnd && !m_pageJob; }
    bool isLoading() const { return !m_pageJob.isNull(); }
    bool atEnd() const { return m_atEnd; }
    void fetchMore();
    /// Drops the requests in flight: no answer of theirs follows (loadingChanged(false) does, if loading).
    void cancel();
    std::optional<qint64> total() const { return m_total; }
    bool totalCapped() const { return m_totalCapped; }

Q_SIGNALS:
    void reset();
    void pageLoaded(const QList<commercedesk::core::OrderSummary> &orders, bool atEnd);
    void countChanged(qint64 total, bool capped);
    void failed(const commercedesk::api::ApiError &error);
    void loadingChanged(bool loading);

private:
    void requestPage();
    void readSummaries(const api::OrderSearchPage &page, quint64 generation);
    void finishPage(QList<core::OrderSummary> rows, int hits, quint64 generation);
    void cancelInFlight();

    api::OrderSearchClient *m_search;
    api::OrderClient *m_orders;
    OrderFilter m_filter;
    int m_pageSize = kDefaultPageSize;
    int m_offset = 0; // hits consumed so far
    bool m_started = false;
    bool m_atEnd = false;
    std::optional<qint64> m_total;
    bool m_totalCapped = false;
    quint64 m_generation = 0;
    QPointer<api::ApiJob> m_pageJob;
};

} // namespace commercedesk::merchant
