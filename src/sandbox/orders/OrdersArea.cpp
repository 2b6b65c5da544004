// SPDX-License-Identifier: MIT
#include "sandbox/orders/OrdersArea.h"

#include "sandbox/orders/CustomerEndpoints.h"
#include "sandbox/orders/DirectoryEndpoints.h"
#include "sandbox/orders/MessageEndpoints.h"
#include "sandbox/orders/OrderEndpoints.h"
#include "sandbox/orders/OrderSearchEndpoint.h"
#include "sandbox/orders/SubscriptionEndpoints.h"

namespace commercedesk::sandbox {

OrdersArea::OrdersArea(Database &database, const SandboxConfig &config, SignInThrottle &throttle)
    : m_orders(std::make_unique<OrderEndpoints>(database, config.projectKey, config.clock))
    , m_messages(std::make_unique<MessageEndpoints>(database))
    , m_customers(
          std::make_unique<CustomerEndpoints>(database, config.clock, config.passwordIterations, throttle))
    , m_directory(std::make_unique<DirectoryEndpoints>(database))
    , m_subscriptions(std::make_unique<SubscriptionEndpoints>(database, config.clock))
    , m_search(std::make_unique<OrderSearchEndpoint>(database))
{}

OrdersArea::~OrdersArea() = default;

void OrdersArea::registerRoutes(Router &router)
{
    m_orders->registerRoutes(router);
    m_messages->registerRoutes(router);
    m_customers->registerRoutes(router);
    m_directory->registerRoutes(router);
    m_subscriptions->registerRoutes(router);
    m_search->registerRoutes(router);
}

} // namespace commercedesk::sandbox
