// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiScope.h"
#include "api/OrderFromCartDraft.h"
#include "api/ResponseRun.h"

namespace commercedesk::api {

/// Idempotent order creation from a cart (api.yaml OrderFromCartDraft; docs/architecture.md). Internal to
/// src/api; callers use OrderClient::createFromCart().
///
/// Through the orchestrator (docs/orchestrator-api.yaml `POST /v1/orders`): the body is {cartId, version,
/// orderNumber, purchaseOrderNumber?}, and after an unknown outcome the very same request is sent again —
/// the orchestrator answers a repeated orderNumber with the existing order — at most `maxPosts` in all.
///
/// Otherwise the POST is never retried blindly. After a timeout, a network error or a 5xx — when the order
/// may have been created anyway — the run first looks the order up:
/// - admin scope: `GET /orders/order-number={orderNumber}` (the draft's client-made number);
/// - me / as-associate scope (MyOrderFromCartDraft has no order number): the scope's orders with
///   `where=cart(id = :cartId)`.
/// Found → that order is the outcome (one order only). Not found → the POST is sent again, at most
/// `maxPosts` POSTs in all. If the lookup itself fails, the outcome is the POST's error (the caller must
/// treat the order as "unknown", not "failed"). A 400 DuplicateField on orderNumber after a retried POST is
/// also answered by a lookup. Other errors (400 OutOfStock, 409 on a stale cart version, …) end the run.
class OrderCreation final : public ResponseRun
{
    Q_OBJECT

public:
    OrderCreation(ApiJob *owner, Transport *transport, ApiScope scope, OrderFromCartDraft draft,
                  int timeoutMs, int maxPosts, Done done);

    void begin() override;

private:
    void post();
    void onPosted(const Result<HttpResponse> &outcome);
    void lookUp(const ApiError &postError);
    HttpRequest lookupRequest() const;
    /// The order in a lookup answer (a single order or a one-result page), or nullopt.
    std::optional<HttpResponse> foundOrder(const HttpResponse &response) const;

    ApiScope m_scope;
    OrderFromCartDraft m_draft;
    int m_timeoutMs;
    int m_postsLeft;
};

} // namespace commercedesk::api
