// SPDX-License-Identifier: MIT
#include "sandbox/auth/ScopeRules.h"

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

RouteOptions bearer(QStringList scopes)
{
    RouteOptions o;
    o.requiresToken = true;
    o.anyScope = std::move(scopes);
    return o;
}

} // namespace

RouteOptions ScopeRules::read(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::Project:
        return bearer({u"view_project_settings"_s, u"manage_project_settings"_s});
    case Endpoint::ProductProjections:
        return bearer({u"view_products"_s, u"view_published_products"_s, u"manage_products"_s});
    case Endpoint::Categories:
        return bearer(
            {u"view_categories"_s, u"manage_categories"_s, u"view_products"_s, u"manage_products"_s});
    case Endpoint::TaxCategories:
        return bearer(
            {u"view_tax_categories"_s, u"manage_tax_categories"_s, u"view_products"_s, u"manage_products"_s});
    case Endpoint::Orders:
        return bearer({u"view_orders"_s, u"manage_orders"_s});
    case Endpoint::MyOrders:
        return bearer({u"manage_my_orders"_s});
    case Endpoint::AssociateOrders:
        return bearer(
            {u"manage_my_orders"_s, u"manage_my_business_units"_s, u"view_orders"_s, u"manage_orders"_s});
    case Endpoint::Messages:
        return bearer({u"view_messages"_s});
    case Endpoint::Customers:
        return bearer({u"view_customers"_s, u"manage_customers"_s});
    case Endpoint::MyProfile:
        return bearer({u"manage_my_profile"_s});
    case Endpoint::BusinessUnits:
        return bearer({u"view_business_units"_s, u"manage_business_units"_s});
    case Endpoint::MyBusinessUnits:
        return bearer({u"manage_my_business_units"_s});
    case Endpoint::AssociateRoles:
        return bearer({u"view_associate_roles"_s, u"manage_associate_roles"_s});
    case Endpoint::Stores:
        return bearer({u"view_stores"_s, u"manage_stores"_s});
    case Endpoint::Channels:
        return bearer({u"view_channels"_s, u"manage_channels"_s, u"view_products"_s, u"manage_products"_s});
    case Endpoint::ProductTypes:
        return bearer(
            {u"view_product_types"_s, u"manage_product_types"_s, u"view_products"_s, u"manage_products"_s});
    case Endpoint::Subscriptions:
        return bearer({u"manage_subscriptions"_s});
    case Endpoint::Carts:
        return bearer({u"view_orders"_s, u"manage_orders"_s});
    case Endpoint::MyCarts:
        return bearer({u"manage_my_orders"_s});
    case Endpoint::AssociateCarts:
        return bearer(
            {u"manage_my_orders"_s, u"manage_my_business_units"_s, u"view_orders"_s, u"manage_orders"_s});
    case Endpoint::ShippingMethods:
        return bearer({u"view_shipping_methods"_s, u"manage_shipping_methods"_s, u"manage_my_orders"_s,
                       u"view_orders"_s, u"manage_orders"_s});
    case Endpoint::Zones:
        return bearer({u"view_zones"_s, u"manage_zones"_s, u"view_orders"_s, u"manage_orders"_s});
    case Endpoint::Payments:
        return bearer({u"view_payments"_s, u"manage_payments"_s});
    case Endpoint::MyPayments:
        return bearer({u"manage_my_payments"_s});
    case Endpoint::Extensions:
        return bearer({u"manage_extensions"_s});
    case Endpoint::PaymentIntents:
        return bearer({u"manage_checkout_payment_intents"_s, u"manage_projects"_s});
    }
    return bearer({u"manage_project"_s});
}

RouteOptions ScopeRules::write(Endpoint endpoint)
{
    RouteOptions o;
    switch (endpoint) {
    case Endpoint::Orders:
        o = bearer({u"manage_orders"_s});
        break;
    case Endpoint::AssociateOrders:
    case Endpoint::AssociateCarts:
        o = bearer({u"manage_my_orders"_s, u"manage_my_business_units"_s, u"manage_orders"_s});
        break;
    case Endpoint::Customers:
        o = bearer({u"manage_customers"_s});
        break;
    case Endpoint::BusinessUnits:
        o = bearer({u"manage_business_units"_s});
        break;
    case Endpoint::Carts:
        o = bearer({u"manage_orders"_s});
        break;
    case Endpoint::ShippingMethods:
        o = bearer({u"manage_shipping_methods"_s, u"manage_orders"_s});
        break;
    case Endpoint::Zones:
        o = bearer({u"manage_zones"_s, u"manage_orders"_s});
        break;
    case Endpoint::Payments:
        o = bearer({u"manage_payments"_s});
        break;
    default:
        o = read(endpoint);
        break;
    }
    o.body = RouteOptions::Body::Json;
    o.writes = true;
    return o;
}

QStringList ScopeRules::stagedProducts()
{
    return {u"view_products"_s, u"manage_products"_s};
}

} // namespace commercedesk::sandbox
