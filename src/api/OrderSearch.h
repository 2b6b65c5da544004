// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace commercedesk::api {

class Transport;

/// A Search Orders request (OrderSearchRequest of the official api.yaml): a query of AND-ed parts, a sort,
/// and a page. Values are copied freely.
class OrderSearchRequest
{
public:
    /// Orders in which every word of `text` occurs — case-insensitively, anywhere — in the order number,
    /// the PO number, the e-mail, a customer or company name of the addresses, or a line item's SKU. The
    /// search syntax's own wildcards in `text` (`*`, `?`) match any one character. Blank text matches all.
    static OrderSearchRequest containing(const QString &text);

    /// And the field equals `value` exactly (e.g. "orderState", "Open").
    OrderSearchRequest &exact(const QString &field, const QString &value);
    /// And the field equals one of `values` (nothing added for an empty list).
    OrderSearchRequest &anyOf(const QString &field, const QStringList &values);
    /// And `from` <= field < `to` for a date field (ISO 8601 strings; an empty bound is open).
    OrderSearchRequest &dateRange(const QString &field, const QString &from, const QString &to);
    /// And `min` <= field <= `max` for a number field (nullopt is open).
    OrderSearchRequest &numberRange(const QString &field, std::optional<qint64> min,
                                    std::optional<qint64> max);
    /// And the field is (or, with `present` false, is not) set.
    OrderSearchRequest &exists(const QString &field, bool present);
    OrderSearchRequest &sortBy(const QString &field, bool ascending);
    /// 1–100 (default 10) and 0–10,000, as the platform documents.
    OrderSearchRequest &page(int limit, int offset);

    QJsonObject toJson() const;

private:
    QJsonArray m_and;
    QJsonArray m_sort;
    int m_limit = 10;
    int m_offset = 0;
};

/// One page of hits: order ids in the request's sort order, with their versions, and the total.
struct OrderSearchPage
{
    QList<QString> ids;
    QList<qint64> versions;
    qint64 total = 0;
    int offset = 0;
    int limit = 0;
};

/// `POST /{projectKey}/orders/search` (scope view_orders). Jobs follow the ApiJob contract; the result
/// holds ids only — fetch the orders (or their summaries) with OrderClient by `id in (...)`.
/// `transport` must outlive the client and its jobs.
class OrderSearchClient
{
public:
    explicit OrderSearchClient(Transport *transport);
    Job<OrderSearchPage> *search(const OrderSearchRequest &request);

private:
    Transport *m_transport;
};

} // namespace commercedesk::api
