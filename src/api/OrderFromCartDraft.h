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

    friend bool operator==(const OrderFromCartDraft &, const OrderFromCartDraft &) = default;
};

} // namespace commercedesk::api
