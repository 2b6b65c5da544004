// SPDX-License-Identifier: MIT
#include "sandbox/seed/DemoAccounts.h"

#include "sandbox/seed/DemoCatalog.h"
#include "sandbox/storage/JsonValues.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

const QString CompanyKey = u"acme-industrial"_s;
const QString DivisionKey = u"acme-industrial-berlin"_s;

QJsonObject address(const QString &key, const QString &company, const QString &street, const QString &number,
                    const QString &postalCode, const QString &city, const QString &country)
{
    return QJsonObject{{u"id"_s, key},
                       {u"key"_s, key},
                       {u"company"_s, company},
                       {u"streetName"_s, street},
                       {u"streetNumber"_s, number},
                       {u"postalCode"_s, postalCode},
                       {u"city"_s, city},
                       {u"country"_s, country}};
}

QJsonObject assignment(const QString &role)
{
    return QJsonObject{{u"associateRole"_s, JsonValues::keyReference(u"associate-role"_s, role)},
                       {u"inheritance"_s, u"Enabled"_s}};
}

} // namespace

DemoAccounts::DemoAccounts(QDateTime now)
    : m_now(std::move(now))
{}

QList<SandboxClient> DemoAccounts::clientTemplates()
{
    return {
        // view_product_types: the catalog's facet values by their labels (api::CatalogSearchClient).
        {u"storefront"_s,
         {},
         {},
         {u"view_published_products"_s, u"view_categories"_s, u"view_product_types"_s, u"manage_my_orders"_s,
          u"manage_my_profile"_s, u"manage_my_payments"_s, u"manage_my_business_units"_s,
          u"create_anonymous_token"_s}},
        {u"merchant"_s,
         {},
         {},
         {u"view_orders"_s, u"manage_orders"_s, u"view_payments"_s, u"manage_payments"_s, u"view_customers"_s,
          u"view_products"_s, u"view_messages"_s, u"view_business_units"_s,
          u"manage_checkout_payment_intents"_s}},
        {u"merchant-readonly"_s, {}, {}, {u"view_orders"_s, u"view_payments"_s}},
        // The OMS connector's write-back (outside/OmsWriteBack): it reads and updates orders (GET and
        // POST /orders/{id}; api.yaml: view_orders, manage_orders) and, with capture on shipment
        // (outside/OmsCapture), reads their payments and captures them (GET /payments/{id}: view_payments;
        // POST /payment-intents/{id}: checkout.yaml manage_checkout_payment_intents).
        {u"oms"_s,
         {},
         {},
         {u"view_orders"_s, u"manage_orders"_s, u"view_payments"_s, u"manage_checkout_payment_intents"_s}},
        // The embedded orchestrator's client: exactly what its calls' `security:` in api.yaml require
        // (docs/deployment.md section 1; a manage scope includes its view scope).
        {u"orchestrator"_s,
         {},
         {},
         {u"view_published_products"_s, u"view_categories"_s, u"view_product_types"_s, u"manage_orders"_s,
          u"manage_payments"_s, u"manage_customers"_s, u"view_shipping_methods"_s, u"view_business_units"_s}},
        {u"admin"_s, {}, {}, {u"manage_project"_s}},
    };
}

QList<SandboxCustomer> DemoAccounts::customers()
{
    return {
        {u"shopper@commercedesk.example"_s, u"Shopper-Demo-2026"_s, u"b2c"_s, {}, {}},
        {u"buyer@acme-industrial.example"_s, u"Buyer-Demo-2026"_s, u"b2b"_s, CompanyKey, u"buyer"_s},
        {u"admin@acme-industrial.example"_s, u"Admin-Demo-2026"_s, u"b2b"_s, CompanyKey, u"admin"_s},
    };
}

QString DemoAccounts::customerId(const QString &email)
{
    return JsonValues::seededId(u"customer"_s, email);
}

QJsonObject DemoAccounts::resource(const QString &typeId, const QString &key) const
{
    const QString ts = JsonValues::timestamp(m_now);
    return QJsonObject{{u"id"_s, JsonValues::seededId(typeId, key)},
                       {u"version"_s, 1},
                       {u"key"_s, key},
                       {u"createdAt"_s, ts},
                       {u"lastModifiedAt"_s, ts}};
}

QList<QJsonObject> DemoAccounts::associateRoles() const
{
    QJsonObject buyer = resource(u"associate-role"_s, u"buyer"_s);
    buyer.insert(u"name"_s, u"Buyer"_s);
    buyer.insert(u"buyerAssignable"_s, true);
    buyer.insert(u"permissions"_s,
                 QJsonArray{u"CreateMyCarts"_s, u"UpdateMyCarts"_s, u"DeleteMyCarts"_s, u"ViewMyCarts"_s,
                            u"CreateMyOrdersFromMyCarts"_s, u"ViewMyOrders"_s,
                            u"CreateMyQuoteRequestsFromMyCarts"_s, u"ViewMyQuotes"_s});
    QJsonObject admin = resource(u"associate-role"_s, u"admin"_s);
    admin.insert(u"name"_s, u"Administrator"_s);
    admin.insert(u"buyerAssignable"_s, true);
    admin.insert(u"permissions"_s, QJsonArray{u"CreateMyCarts"_s,
                                              u"UpdateMyCarts"_s,
                                              u"DeleteMyCarts"_s,
                                              u"ViewMyCarts"_s,
                                              u"CreateOthersCarts"_s,
                                              u"UpdateOthersCarts"_s,
                                              u"ViewOthersCarts"_s,
                                              u"CreateMyOrdersFromMyCarts"_s,
                                              u"CreateOrdersFromOthersCarts"_s,
                                              u"ViewMyOrders"_s,
                                              u"ViewOthersOrders"_s,
                                              u"UpdateMyOrders"_s,
                                              u"UpdateOthersOrders"_s,
                                              u"UpdateBusinessUnitDetails"_s,
                                              u"UpdateAssociates"_s,
                                              u"AddChildUnits"_s,
                                              u"UpdateParentUnit"_s,
                                              u"CreateApprovalRules"_s,
                                              u"UpdateApprovalRules"_s,
                                              u"UpdateApprovalFlows"_s,
                                              u"AcceptMyQuotes"_s,
                                              u"AcceptOthersQuotes"_s});
    return {buyer, admin};
}

QJsonObject DemoAccounts::customerDocument(const SandboxCustomer &customer) const
{
    QJsonObject o = resource(u"customer"_s, customer.email);
    o.insert(u"id"_s, customerId(customer.email));
    o.insert(u"key"_s, QString(customer.email.section(u'@', 0, 0) % u'-' % customer.kind));
    o.insert(u"email"_s, customer.email);
    const bool b2b = customer.kind == u"b2b"_s;
    const QString first = b2b ? (customer.role == u"admin"_s ? u"Alex"_s : u"Bea"_s) : u"Sam"_s;
    o.insert(u"firstName"_s, first);
    o.insert(u"lastName"_s, b2b ? u"Berger"_s : u"Shopper"_s);
    const QJsonObject home =
        b2b ? address(u"office"_s, u"ACME Industrial GmbH"_s, u"Werkstraße"_s, u"12"_s, u"10115"_s,
                      u"Berlin"_s, u"DE"_s)
            : address(u"home"_s, QString(), u"Lindenallee"_s, u"5"_s, u"20095"_s, u"Hamburg"_s, u"DE"_s);
    o.insert(u"addresses"_s, QJsonArray{home});
    o.insert(u"shippingAddressIds"_s, QJsonArray{home.value(u"id"_s)});
    o.insert(u"billingAddressIds"_s, QJsonArray{home.value(u"id"_s)});
    o.insert(u"defaultShippingAddressId"_s, home.value(u"id"_s));
    o.insert(u"defaultBillingAddressId"_s, home.value(u"id"_s));
    o.insert(u"isEmailVerified"_s, true);
    o.insert(u"authenticationMode"_s, u"Password"_s);
    o.insert(u"stores"_s, QJsonArray());
    o.insert(u"customerGroupAssignments"_s, QJsonArray());
    if (b2b) {
        o.insert(u"customerGroup"_s,
                 JsonValues::reference(u"customer-group"_s, DemoCatalog::customerGroupId(u"b2b"_s)));
        o.insert(u"companyName"_s, u"ACME Industrial GmbH"_s);
        // The company's VAT id (as the tax service knows it, OutsideDefaults::businessUnitVatIds), for
        // the seller's invoices (Customer.vatId).
        o.insert(u"vatId"_s, u"DE811907980"_s);
    }
    return o;
}

QList<QJsonObject> DemoAccounts::businessUnits() const
{
    const QJsonObject hq = address(u"hq"_s, u"ACME Industrial GmbH"_s, u"Werkstraße"_s, u"12"_s, u"10115"_s,
                                   u"Berlin"_s, u"DE"_s);
    QJsonArray associates;
    for (const SandboxCustomer &c : customers()) {
        if (c.businessUnitKey == CompanyKey) {
            associates.append(
                QJsonObject{{u"customer"_s, JsonValues::reference(u"customer"_s, customerId(c.email))},
                            {u"associateRoleAssignments"_s, QJsonArray{assignment(c.role)}}});
        }
    }
    QJsonObject company = resource(u"business-unit"_s, CompanyKey);
    company.insert(u"unitType"_s, u"Company"_s);
    company.insert(u"name"_s, u"ACME Industrial GmbH"_s);
    company.insert(u"status"_s, u"Active"_s);
    company.insert(u"contactEmail"_s, u"purchasing@acme-industrial.example"_s);
    company.insert(u"addresses"_s, QJsonArray{hq});
    company.insert(u"shippingAddressIds"_s, QJsonArray{u"hq"_s});
    company.insert(u"billingAddressIds"_s, QJsonArray{u"hq"_s});
    company.insert(u"defaultShippingAddressId"_s, u"hq"_s);
    company.insert(u"defaultBillingAddressId"_s, u"hq"_s);
    company.insert(u"associates"_s, associates);
    company.insert(u"associateMode"_s, u"Explicit"_s);
    company.insert(u"storeMode"_s, u"Explicit"_s);
    company.insert(u"stores"_s, QJsonArray());
    company.insert(u"approvalRuleMode"_s, u"Explicit"_s);
    company.insert(u"topLevelUnit"_s, JsonValues::keyReference(u"business-unit"_s, CompanyKey));

    const QJsonObject site = address(u"site-berlin"_s, u"ACME Industrial GmbH – Werk Berlin"_s, u"Hafenweg"_s,
                                     u"3"_s, u"13599"_s, u"Berlin"_s, u"DE"_s);
    QJsonObject division = resource(u"business-unit"_s, DivisionKey);
    division.insert(u"unitType"_s, u"Division"_s);
    division.insert(u"name"_s, u"ACME Industrial – Berlin plant"_s);
    division.insert(u"status"_s, u"Active"_s);
    division.insert(u"addresses"_s, QJsonArray{site});
    division.insert(u"shippingAddressIds"_s, QJsonArray{u"site-berlin"_s});
    division.insert(u"billingAddressIds"_s, QJsonArray());
    division.insert(u"defaultShippingAddressId"_s, u"site-berlin"_s);
    division.insert(u"associates"_s, QJsonArray());
    division.insert(u"associateMode"_s, u"ExplicitAndFromParent"_s);
    division.insert(u"storeMode"_s, u"FromParent"_s);
    division.insert(u"stores"_s, QJsonArray());
    division.insert(u"approvalRuleMode"_s, u"ExplicitAndFromParent"_s);
    division.insert(u"parentUnit"_s, JsonValues::keyReference(u"business-unit"_s, CompanyKey));
    division.insert(u"topLevelUnit"_s, JsonValues::keyReference(u"business-unit"_s, CompanyKey));
    return {company, division};
}

} // namespace commercedesk::sandbox
