// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/SandboxConfig.h"

#include <memory>

namespace commercedesk::sandbox {

class Database;
class Router;
class OrderEndpoints;
class OrderSearchEndpoint;
class MessageEndpoints;
class CustomerEndpoints;
class DirectoryEndpoints;
class SignInThrottle;
class SubscriptionEndpoints;

// Every endpoint of the orders area (orders, messages, customers, business units, associate
// roles, stores, channels, subscriptions), so Sandbox registers the area with one member and one
// call. Owns the endpoint objects; the Database and Router must outlive it (same thread).
class OrdersArea
{
public:
    // Uses config.projectKey, config.clock (must be set) and config.passwordIterations.
    // `throttle` limits failed sign-ins (/login, /me/login) together with the OAuth password flow.
    OrdersArea(Database &database, const SandboxConfig &config, SignInThrottle &throttle);
    ~OrdersArea();
    OrdersArea(const OrdersArea &) = delete;
    OrdersArea &operator=(const OrdersArea &) = delete;

    void registerRoutes(Router &router);

private:
    std::unique_ptr<OrderEndpoints> m_orders;
    std::unique_ptr<MessageEndpoints> m_messages;
    std::unique_ptr<CustomerEndpoints> m_customers;
    std::unique_ptr<DirectoryEndpoints> m_directory;
    std::unique_ptr<SubscriptionEndpoints> m_subscriptions;
    std::unique_ptr<OrderSearchEndpoint> m_search;
};

} // namespace commercedesk::sandbox
