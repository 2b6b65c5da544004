// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/ApiScope.h"
#include "api/CartDraft.h"
#include "api/ResourceQuery.h"
#include "api/UpdateAction.h"
#include "core/Cart.h"
#include "core/PagedResult.h"
#include "core/Payment.h"
#include "core/ShippingMethod.h"

#include <optional>

namespace commercedesk::api {

class Transport;

/// Carts in one scope (ApiScope): admin `/carts`, buyer `/me/carts` (+ `/me/active-cart`), or a B2B
/// associate's `/as-associate/{id}/in-business-unit/key={key}/carts`. Jobs follow the ApiJob contract;
/// updates follow ResourceUpdate's 409 policy. `transport` must outlive the client and its jobs. Cheap to
/// copy; holds no state besides the scope.
class CartClient
{
public:
    explicit CartClient(Transport *transport, ApiScope scope = ApiScope::admin());

    const ApiScope &scope() const { return m_scope; }

    /// POST — never retried by the transport (a create).
    Job<core::Cart> *create(const CartDraft &draft);
    Job<core::Cart> *byId(const QString &id);
    /// The active cart of this scope, or nullopt when there is none — not an error. Me scope:
    /// `/me/active-cart` (whose 404 answer means "none"); orchestrator scopes: `{carts}/active` (404
    /// NoActiveCart means "none"); other scopes: the most recently modified Active cart of the scope's carts
    /// (`cartState = "Active"`, newest `lastModifiedAt` first, limit 1). Every other failure is the job's
    /// ApiError.
    Job<std::optional<core::Cart>> *activeCart();
    Job<core::PagedResult<core::Cart>> *query(const ResourceQuery &query);
    Job<core::Cart> *update(const QString &id, qint64 version, const QList<CartUpdateAction> &actions);
    Job<core::Cart> *remove(const QString &id, qint64 version);
    /// Orchestrator scopes only (docs/orchestrator-api.yaml `POST /v1/carts/{id}/payments`): the orchestrator
    /// verifies the card authorization `authorizationId` with the payment gateway and records the Payment
    /// (its Authorization transaction) on the cart; the answer is the cart with the payment. Safe to repeat
    /// (the Payment's key is the authorization id), so the transport may retry it. Other scopes: a
    /// Configuration error (a buyer may not record a payment as successful itself).
    Job<core::Cart> *recordCardAuthorization(const QString &cartId, const QString &authorizationId);

    /// Orchestrator scopes only: the shipping methods matching the cart (`{cart}/shipping-methods`; directly,
    /// ShippingMethodClient::matchingCart). Other scopes: a Configuration error.
    Job<core::PagedResult<core::ShippingMethod>> *shippingMethods(const QString &cartId);
    /// Orchestrator scopes only: a Payment the cart references (`{cart}/payments/{paymentId}`; directly,
    /// PaymentClient::byId). Other scopes: a Configuration error.
    Job<core::Payment> *payment(const QString &cartId, const QString &paymentId);
    /// Orchestrator scopes only: takes a Payment that can no longer pay the cart off it (`DELETE
    /// {cart}/payments/{paymentId}`: its authorization was voided, or does not cover the total); the answer
    /// is the cart. Directly, the buyer's removePayment cart action. Other scopes: a Configuration error.
    Job<core::Cart> *releasePayment(const QString &cartId, const QString &paymentId);

    /// The path of one cart in this scope.
    QString cartPath(const QString &id) const;

private:
    Transport *m_transport;
    ApiScope m_scope;
};

} // namespace commercedesk::api
