// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/ApiScope.h"
#include "api/OrderFromCartDraft.h"
#include "api/ResourceQuery.h"
#include "api/UpdateAction.h"
#include "core/Order.h"
#include "core/OrderSummary.h"
#include "core/PagedResult.h"

#include <memory>

class QObject;

namespace commercedesk::api {

class Transport;
template<class T>
class KeysetPager;

/// Orders in one scope: admin `/orders` (merchant), buyer `/me/orders`, or an associate's
/// `/as-associate/{id}/in-business-unit/key={key}/orders`. Jobs follow the ApiJob contract.
/// `transport` must outlive the client and its jobs.
class OrderClient
{
public:
    struct CreateOptions
    {
        int timeoutMs = 30000; ///< per POST
        int maxPosts = 2;      ///< the first POST plus retries after a lookup found nothing
    };

    explicit OrderClient(Transport *transport, ApiScope scope = ApiScope::admin());

    const ApiScope &scope() const { return m_scope; }
    void setCreateOptions(CreateOptions options) { m_createOptions = options; }

    /// Creates the order idempotently (see OrderCreation): never two orders for one cart. In the admin scope
    /// `draft.orderNumber` is required (make it with OrderNumberGenerator, once per checkout attempt);
    /// without it the job fails with ApiError::Kind::Configuration.
    Job<core::Order> *createFromCart(const OrderFromCartDraft &draft);
    Job<core::Order> *byId(const QString &id);
    /// Admin: `/orders/order-number={n}`; other scopes: a query `orderNumber = :n` (404 ResourceNotFound
    /// when nothing matches).
    Job<core::Order> *byOrderNumber(const QString &orderNumber);
    Job<core::PagedResult<core::Order>> *query(const ResourceQuery &query);
    /// The orders of this scope with that purchase order number (at most `limit`): a query
    /// `purchaseOrderNumber = :po`, or — in the orchestrator scopes, which take no predicate — the
    /// `purchaseOrderNumber` parameter of `GET {orders}` (docs/orchestrator-api.yaml).
    Job<core::PagedResult<core::Order>> *withPurchaseOrderNumber(const QString &purchaseOrderNumber,
                                                                 int limit = 1);
    /// The same request as query(), read as list rows (json::readOrderSummary): for tables that hold many
    /// orders and fetch the full order only when one is opened or acted on.
    Job<core::PagedResult<core::OrderSummary>> *querySummaries(const ResourceQuery &query);
    Job<core::Order> *update(const QString &id, qint64 version, const QList<OrderUpdateAction> &actions);
    /// A walk over every order of this scope that matches `filter` (its predicates, variables and
    /// expansions; its sorts, limit and offset are ignored), past the 10,000-offset limit: see KeysetPager
    /// for the paging contract. Not started; the caller owns it.
    std::unique_ptr<KeysetPager<core::Order>> walk(const ResourceQuery &filter,
                                                   QObject *parent = nullptr) const;

private:
    QString orderPath(const QString &id) const;

    Transport *m_transport;
    ApiScope m_scope;
    CreateOptions m_createOptions;
};

} // namespace commercedesk::api
