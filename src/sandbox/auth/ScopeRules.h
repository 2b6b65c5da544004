// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/http/Router.h"

namespace commercedesk::sandbox {

// THE table of which scopes each API endpoint accepts (any one of them suffices; manage_project
// always does, see Principal::hasScope). Endpoint modules take their RouteOptions from here so the
// whole access policy can be read in ScopeRules.cpp. Source: the `security:` of each operation in the
// official specification (commercetools-openapi/api.yaml), where `manage_X` also satisfies `view_X`;
// contract.ScopeTable (tests/contract) checks every served route against it, and
// tests/contract/scope-exceptions.txt lists where the sandbox knowingly differs. Source: the `security:` of
// each operation in the official specification (commercetools-openapi/api.yaml), where a `view_X` scope is
// also satisfied by `manage_X`; contract.ScopeTable (tests/contract) checks every served route against it,
// and tests/contract/scope-exceptions.txt lists where the sandbox knowingly differs.
class ScopeRules
{
public:
    enum class Endpoint {
        Project,            // GET /{projectKey}
        ProductProjections, // GET /product-projections[/search|/{id}|/key=]
        Categories,         // GET /categories[...]: view_categories | view_products (+ manage_*)
        TaxCategories,      // GET /tax-categories[...]: view_tax_categories | view_products (+ manage_*)
        // orders area (read = view or manage scope; write() = the manage scope):
        Orders,          // /orders[...]: view_orders | manage_orders; write: manage_orders
        MyOrders,        // /me/orders[...]: manage_my_orders (read and write)
        AssociateOrders, // /as-associate/{id}/in-business-unit/key={key}/orders: manage_my_orders |
                         //   manage_my_business_units | view_orders | manage_orders; write: not view_orders
                         //   (+ associate permissions; api.yaml: view_orders / manage_orders only, see
                         //   tests/contract/scope-exceptions.txt)
        Messages,        // /messages[...]: view_messages
        Customers,       // /customers[...], /login: view_customers | manage_customers (write: manage)
        MyProfile,       // /me, /me/signup, /me/login: manage_my_profile
        BusinessUnits,   // /business-units[...]: view_business_units | manage_business_units
        MyBusinessUnits, // /me/business-units[...]: manage_my_business_units
        AssociateRoles,  // /associate-roles[...]: view_associate_roles | manage_associate_roles
        Stores,          // /stores[...]: view_stores | manage_stores
        Channels,        // /channels[...]: view_channels | view_products (+ manage_*)
        ProductTypes,  // /product-types[...]: view_product_types | view_products (+ manage_*); read only here
        Subscriptions, // /subscriptions[...]: manage_subscriptions (read and write)
        // commerce area:
        Carts,           // /carts[...]: view_orders | manage_orders; write: manage_orders
        MyCarts,         // /me/carts[...], /me/active-cart: manage_my_orders (read and write)
        AssociateCarts,  // /as-associate/{id}/in-business-unit/key={key}/carts: manage_my_orders |
                         //   manage_my_business_units | view_orders | manage_orders; write: not view_orders
                         //   (+ associate permissions; api.yaml: view_orders / manage_orders only, see
                         //   tests/contract/scope-exceptions.txt)
        ShippingMethods, // /shipping-methods[...] (+matching-cart): view_shipping_methods |
                         //   manage_shipping_methods | manage_my_orders | view_orders | manage_orders;
                         //   write: manage_shipping_methods | manage_orders
        Zones,      // /zones[...]: view_zones | view_orders (+ manage_*); write: manage_zones | manage_orders
        Payments,   // /payments[...]: view_payments | manage_payments; write: manage_payments
        MyPayments, // /me/payments[...]: manage_my_payments (read and write)
        Extensions, // /extensions[...]: manage_extensions (read and write)
        // Checkout (commercetools-openapi/checkout.yaml, served on the same base URL):
        PaymentIntents, // POST /payment-intents/{paymentId}: manage_checkout_payment_intents |
                        // manage_projects
    };

    static RouteOptions read(Endpoint endpoint);
    // Options for the endpoint's create/update/delete routes: the manage scopes, a JSON body and
    // one transaction (RouteOptions::writes). Endpoints without a separate write scope → read()'s.
    static RouteOptions write(Endpoint endpoint);
    // Scopes that may see staged (unpublished) product data: `staged=true` without one → 403.
    static QStringList stagedProducts();
};

} // namespace commercedesk::sandbox
