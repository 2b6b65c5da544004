// SPDX-License-Identifier: MIT
#include "sandbox/commerce/CommerceEndpoints.h"

#include "sandbox/commerce/CartEndpoints.h"
#include "sandbox/commerce/ExtensionEndpoints.h"
#include "sandbox/commerce/PaymentEndpoints.h"
#include "sandbox/commerce/ShippingEndpoints.h"

namespace commercedesk::sandbox {

CommerceEndpoints::CommerceEndpoints(Database &database, std::shared_ptr<const Clock> clock)
    : m_carts(std::make_unique<CartEndpoints>(database, clock))
    , m_shipping(std::make_unique<ShippingEndpoints>(database, clock))
    , m_payments(std::make_unique<PaymentEndpoints>(database, clock))
    , m_extensions(std::make_unique<ExtensionEndpoints>(database, clock))
{}

CommerceEndpoints::~CommerceEndpoints() = default;

void CommerceEndpoints::registerRoutes(Router &router)
{
    m_carts->registerRoutes(router);
    m_shipping->registerRoutes(router);
    m_payments->registerRoutes(router);
    m_extensions->registerRoutes(router);
}

void CommerceEndpoints::setAuthorizationLookup(
    std::function<std::optional<QJsonObject>(const QString &)> lookup)
{
    m_payments->setAuthorizationLookup(std::move(lookup));
}

} // namespace commercedesk::sandbox
