// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/http/Router.h"

#include <QJsonObject>

#include <functional>
#include <memory>
#include <optional>

namespace commercedesk::sandbox {

class CartEndpoints;
class Clock;
class Database;
class PaymentEndpoints;
class ShippingEndpoints;
class ExtensionEndpoints;

// Everything of the commerce area, registered with one call: carts (+/me, as-associate),
// shipping methods (+matching-cart) and zones, payments (+/me), extensions (storage; the cart
// endpoints call them). Same thread as the Database; the Database outlives this object.
class CommerceEndpoints
{
public:
    CommerceEndpoints(Database &database, std::shared_ptr<const Clock> clock);
    ~CommerceEndpoints();
    void registerRoutes(Router &router);
    // Where /me payments verify the authorizations they name (PaymentEndpoints::AuthorizationLookup).
    void setAuthorizationLookup(std::function<std::optional<QJsonObject>(const QString &)> lookup);

private:
    std::unique_ptr<CartEndpoints> m_carts;
    std::unique_ptr<ShippingEndpoints> m_shipping;
    std::unique_ptr<PaymentEndpoints> m_payments;
    std::unique_ptr<ExtensionEndpoints> m_extensions;
};

} // namespace commercedesk::sandbox
