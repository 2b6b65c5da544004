// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace commercedesk::api {

/// OrderFromCartDraft {cart:{typeId:"cart",id}, version, orderNumber?, purchaseOrderNumber?}
/// (api.yaml). On the me and as-associate paths only {id, version} is sent
/// (MyOrderFromCartDraft has no orderNumber).
struct OrderFromCartDraft
{
    QString cartId;
    qint64 cartVersion = 0;
    QString orderNumber; ///< client-made, unique in the project; see OrderNumberGenerator
    std::optional<QString> purchaseOrderNumber;
    /// Orchestrator only (docs/orchestrator-api.yaml `OrderDraft`): the gateway's card authorization the
    /// orchestrator records as the cart's Payment before it makes the order; never sent to commercetools.
    std::optional<QString> authorizationId;

    friend bool operator==(const OrderFromCartDraft &, const OrderFromCartDraft &) = default;
};

} // namespace commercedesk::api
