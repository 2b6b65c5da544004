// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/ApiScope.h"
#include "core/Order.h"

#include <QObject>
#include <QPointer>

namespace commercedesk::api {
class ApiJob;
class Transport;
} // namespace commercedesk::api

namespace commercedesk::checkout {

class BuyerSession;

/// The buyer's order history, newest first (sort createdAt desc), one page at a time:
/// - B2C (and B2B without a unit): `GET /me/orders` — the signed-in customer's (or the anonymous
///   session's) orders;
/// - B2B acting for a unit: `/as-associate/{customerId}/in-business-unit/key={unit}/orders` — the backend
///   decides what the role allows: a role with ViewOthersOrders sees every order of the unit, one with
///   only ViewMyOrders sees the buyer's own.
/// The list entries are whole orders (lines, totals, taxes, addresses, payment state, PO number), so
/// order(id) serves the detail without another request.
///
/// load() starts over (cancels what runs) and fetches the first page; loadMore() appends the next page
/// when hasMore(). Exactly one of loaded()/failed() per load()/loadMore() that sent a request (a cancelled
/// request reports nothing). When the buyer's scope or customer changes the list is cleared (reset()) —
/// the owner calls load() again when the history is shown. `transport` and `buyer` must outlive this
/// object; GUI thread.
class OrderHistory final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultPageSize = 20;

    OrderHistory(api::Transport *transport, BuyerSession *buyer, QObject *parent = nullptr);
    ~OrderHistory() override;

    void setPageSize(int pageSize) { m_pageSize = qBound(1, pageSize, 500); }
    int pageSize() const { return m_pageSize; }

    const QList<core::Order> &orders() const { return m_orders; }
    /// The order with that id from the loaded pages, or nullptr (valid until the list changes).
    const core::Order *order(const QString &id) const;
    /// The total the backend reported for the current scope (-1 before the first page).
    qint64 total() const { return m_total; }
    bool hasMore() const { return m_hasMore; }
    bool isBusy() const { return !m_job.isNull(); }
    /// The scope the loaded orders came from.
    const api::ApiScope &scope() const { return m_scope; }
    /// True when the list shows a business unit's orders (B2B) rather than the buyer's own.
    bool isBusinessUnitHistory() const
    {
        return m_scope.kind() == api::ApiScope::Kind::AsAssociate ||
               m_scope.kind() == api::ApiScope::Kind::OrchestratorBusinessUnit;
    }

    void load();
    void loadMore();
    /// Forgets the list (cancels a running request); emits reset().
    void clear();

Q_SIGNALS:
    /// A page arrived; `appended` is the number of orders added at the end (all of them after load()).
    void loaded(int appended);
    void failed(const api::ApiError &error);
    void busyChanged(bool busy);
    /// The list was emptied (clear(), load(), or the buyer's scope changed).
    void reset();

private:
    void fetch(int offset);
    void cancelRunning();

    api::Transport *m_transport;
    BuyerSession *m_buyer;
    api::ApiScope m_scope = api::ApiScope::me();
    int m_pageSize = kDefaultPageSize;
    QList<core::Order> m_orders;
    qint64 m_total = -1;
    bool m_hasMore = false;
    QPointer<api::ApiJob> m_job;
};

} // namespace commercedesk::checkout
