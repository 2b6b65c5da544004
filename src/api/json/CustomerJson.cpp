// SPDX-License-Identifier: MIT
#include "api/json/CustomerJson.h"

#include "api/json/CartJson.h"
#include "api/json/CommonJson.h"
#include "api/json/JsonEnum.h"
#include "api/json/PageJson.h"

namespace commercedesk::api::json {

namespace {

std::optional<core::AssociateRoleAssignment> readRoleAssignment(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::AssociateRoleAssignment assignment;
    assignment.associateRole = r.required(u"associateRole", readKeyReference);
    assignment.inheritance = r.optional(u"inheritance", enumReader(core::associateRoleInheritanceFromWire))
                                 .value_or(assignment.inheritance);
    return r.finish(std::move(assignment));
}

QJsonObject encodeRoleAssignment(const core::AssociateRoleAssignment &assignment)
{
    JsonWriter w;
    w.set(u"associateRole", encodeKeyReference(assignment.associateRole));
    w.set(u"inheritance", core::toWireString(assignment.inheritance));
    return w.take();
}

std::optional<core::Associate> readAssociate(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::Associate associate;
    associate.customer = r.required(u"customer", readReference);
    associate.associateRoleAssignments = r.list(u"associateRoleAssignments", readRoleAssignment);
    return r.finish(std::move(associate));
}

QJsonObject encodeAssociate(const core::Associate &associate)
{
    JsonWriter w;
    w.set(u"customer", encodeReference(associate.customer));
    w.setList(u"associateRoleAssignments", associate.associateRoleAssignments, encodeRoleAssignment);
    return w.take();
}

std::optional<CustomerSignInResult> readCustomerSignInResult(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    CustomerSignInResult result;
    result.customer = r.required(u"customer", readCustomer);
    result.cart = r.optional(u"cart", readCart);
    return r.finish(std::move(result));
}

} // namespace

std::optional<core::Customer> readCustomer(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::Customer customer;
    customer.id = r.string(u"id");
    customer.version = r.integer(u"version");
    customer.key = r.optionalString(u"key");
    customer.email = r.string(u"email");
    customer.firstName = r.optionalString(u"firstName");
    customer.lastName = r.optionalString(u"lastName");
    customer.customerNumber = r.optionalString(u"customerNumber");
    customer.externalId = r.optionalString(u"externalId");
    customer.companyName = r.optionalString(u"companyName");
    customer.vatId = r.optionalString(u"vatId");
    customer.addresses = r.list(u"addresses", readAddress);
    customer.defaultShippingAddressId = r.optionalString(u"defaultShippingAddressId");
    customer.defaultBillingAddressId = r.optionalString(u"defaultBillingAddressId");
    customer.shippingAddressIds = r.stringList(u"shippingAddressIds");
    customer.billingAddressIds = r.stringList(u"billingAddressIds");
    customer.isEmailVerified = r.boolean(u"isEmailVerified");
    customer.customerGroup = r.optional(u"customerGroup", readReference);
    customer.stores = r.list(u"stores", readKeyReference);
    customer.authenticationMode =
        r.optional(u"authenticationMode", enumReader(core::authenticationModeFromWire))
            .value_or(customer.authenticationMode);
    customer.createdAt = r.timestamp(u"createdAt");
    customer.lastModifiedAt = r.timestamp(u"lastModifiedAt");
    return r.finish(std::move(customer));
}

std::optional<core::Customer> decodeCustomer(const QJsonValue &value, JsonError *error)
{
    return decodeRoot(value, error, readCustomer);
}

std::optional<core::PagedResult<core::Customer>> decodeCustomerPage(const QJsonValue &value, JsonError *error)
{
    return decodeRoot(value, error, [](const JsonCursor &c) { return readPage(c, readCustomer); });
}

QJsonObject encodeCustomer(const core::Customer &customer)
{
    JsonWriter w;
    w.set(u"id", customer.id);
    w.set(u"version", customer.version);
    w.setOptional(u"key", customer.key);
    w.set(u"email", customer.email);
    w.setOptional(u"firstName", customer.firstName);
    w.setOptional(u"lastName", customer.lastName);
    w.setOptional(u"customerNumber", customer.customerNumber);
    w.setOptional(u"externalId", customer.externalId);
    w.setOptional(u"companyName", customer.companyName);
    w.setOptional(u"vatId", customer.vatId);
    w.setList(u"addresses", customer.addresses, encodeAddress);
    w.setOptional(u"defaultShippingAddressId", customer.defaultShippingAddressId);
    w.setOptional(u"defaultBillingAddressId", customer.defaultBillingAddressId);
    w.setStringList(u"shippingAddressIds", customer.shippingAddressIds);
    w.setStringList(u"billingAddressIds", customer.billingAddressIds);
    w.set(u"isEmailVerified", customer.isEmailVerified);
    w.setOptional(u"customerGroup", customer.customerGroup, encodeReference);
    w.setList(u"stores", customer.stores, encodeKeyReference);
    w.set(u"authenticationMode", core::toWireString(customer.authenticationMode));
    w.set(u"createdAt", customer.createdAt);
    w.set(u"lastModifiedAt", customer.lastModifiedAt);
    return w.take();
}

std::optional<CustomerSignInResult> decodeCustomerSignInResult(const QJsonValue &value, JsonError *error)
{
    return decodeRoot(value, error, readCustomerSignInResult);
}

QJsonObject encodeCustomerSignInResult(const CustomerSignInResult &result)
{
    JsonWriter w;
    w.set(u"customer", encodeCustomer(result.customer));
    w.setOptional(u"cart", result.cart, encodeCart);
    return w.take();
}

std::optional<core::BusinessUnit> readBusinessUnit(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::BusinessUnit unit;
    unit.id = r.string(u"id");
    unit.version = r.integer(u"version");
    unit.key = r.string(u"key");
    unit.unitType = r.required(u"unitType", enumReader(core::businessUnitTypeFromWire));
    unit.name = r.string(u"name");
    unit.status = r.required(u"status", enumReader(core::businessUnitStatusFromWire));
    unit.contactEmail = r.optionalString(u"contactEmail");
    unit.addresses = r.list(u"addresses", readAddress);
    unit.shippingAddressIds = r.stringList(u"shippingAddressIds");
    unit.defaultShippingAddressId = r.optionalString(u"defaultShippingAddressId");
    unit.billingAddressIds = r.stringList(u"billingAddressIds");
    unit.defaultBillingAddressId = r.optionalString(u"defaultBillingAddressId");
    unit.associates = r.list(u"associates", readAssociate);
    unit.parentUnit = r.optional(u"parentUnit", readKeyReference);
    unit.topLevelUnit = r.required(u"topLevelUnit", readKeyReference);
    unit.storeMode =
        r.optional(u"storeMode", enumReader(core::businessUnitStoreModeFromWire)).value_or(unit.storeMode);
    unit.associateMode = r.optional(u"associateMode", enumReader(core::businessUnitAssociateModeFromWire))
                             .value_or(unit.associateMode);
    unit.approvalRuleMode =
        r.optional(u"approvalRuleMode", enumReader(core::businessUnitApprovalRuleModeFromWire))
            .value_or(unit.approvalRuleMode);
    unit.stores = r.list(u"stores", readKeyReference);
    unit.createdAt = r.timestamp(u"createdAt");
    unit.lastModifiedAt = r.timestamp(u"lastModifiedAt");
    return r.finish(std::move(unit));
}

std::optional<core::BusinessUnit> decodeBusinessUnit(const QJsonValue &value, JsonError *error)
{
    return decodeRoot(value, error, readBusinessUnit);
}

std::optional<core::PagedResult<core::BusinessUnit>> decodeBusinessUnitPage(const QJsonValue &value,
                                                                            JsonError *error)
{
    return decodeRoot(value, error, [](const JsonCursor &c) { return readPage(c, readBusinessUnit); });
}

QJsonObject encodeBusinessUnit(const core::BusinessUnit &unit)
{
    JsonWriter w;
    w.set(u"id", unit.id);
    w.set(u"version", unit.version);
    w.set(u"key", unit.key);
    w.set(u"unitType", core::toWireString(unit.unitType));
    w.set(u"name", unit.name);
    w.set(u"status", core::toWireString(unit.status));
    w.setOptional(u"contactEmail", unit.contactEmail);
    w.setList(u"addresses", unit.addresses, encodeAddress);
    w.setStringList(u"shippingAddressIds", unit.shippingAddressIds);
    w.setOptional(u"defaultShippingAddressId", unit.defaultShippingAddressId);
    w.setStringList(u"billingAddressIds", unit.billingAddressIds);
    w.setOptional(u"defaultBillingAddressId", unit.defaultBillingAddressId);
    w.setList(u"associates", unit.associates, encodeAssociate);
    w.setOptional(u"parentUnit", unit.parentUnit, encodeKeyReference);
    w.set(u"topLevelUnit", encodeKeyReference(unit.topLevelUnit));
    w.set(u"storeMode", core::toWireString(unit.storeMode));
    w.set(u"associateMode", core::toWireString(unit.associateMode));
    w.set(u"approvalRuleMode", core::toWireString(unit.approvalRuleMode));
    w.setList(u"stores", unit.stores, encodeKeyReference);
    w.set(u"createdAt", unit.createdAt);
    w.set(u"lastModifiedAt", unit.lastModifiedAt);
    return w.take();
}

} // namespace commercedesk::api::json
