// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/Enums.h"
#include "core/Reference.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace commercedesk::core {

struct AssociateRoleAssignment
{
    KeyReference associateRole; // typeId "associate-role"
    AssociateRoleInheritance inheritance = AssociateRoleInheritance::Enabled;

    friend bool operator==(const AssociateRoleAssignment &, const AssociateRoleAssignment &) = default;
};

struct Associate
{
    Reference customer; // typeId "customer"
    QList<AssociateRoleAssignment> associateRoleAssignments;

    // The associate role keys, in assignment order.
    QStringList roleKeys() const;

    friend bool operator==(const Associate &, const Associate &) = default;
};

// A B2B Company or Division.
struct BusinessUnit
{
    QString id;
    qint64 version = 0;
    QString key;
    BusinessUnitType unitType = BusinessUnitType::Company;
    QString name;
    BusinessUnitStatus status = BusinessUnitStatus::Active;
    std::optional<QString> contactEmail;
    QList<Address> addresses;
    QStringList shippingAddressIds;
    std::optional<QString> defaultShippingAddressId;
    QStringList billingAddressIds;
    std::optional<QString> defaultBillingAddressId;
    QList<Associate> associates;
    std::optional<KeyReference> parentUnit; // Divisions only
    KeyReference topLevelUnit;
    BusinessUnitStoreMode storeMode = BusinessUnitStoreMode::Explicit;
    BusinessUnitAssociateMode associateMode = BusinessUnitAssociateMode::Explicit;
    BusinessUnitApprovalRuleMode approvalRuleMode = BusinessUnitApprovalRuleMode::Explicit;
    QList<KeyReference> stores;
    QDateTime createdAt;
    QDateTime lastModifiedAt;

    // The address with that id, or nullopt.
    std::optional<Address> address(const QString &addressId) const;
    // Addresses whose id is in shippingAddressIds / billingAddressIds, in `addresses` order.
    QList<Address> shippingAddresses() const;
    QList<Address> billingAddresses() const;
    std::optional<Address> defaultShippingAddress() const;
    std::optional<Address> defaultBillingAddress() const;
    // The associate entry for a customer id, or nullopt.
    std::optional<Associate> associate(const QString &customerId) const;

    friend bool operator==(const BusinessUnit &, const BusinessUnit &) = default;
};

} // namespace commercedesk::core
