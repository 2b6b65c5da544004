// SPDX-License-Identifier: MIT
#include "core/BusinessUnit.h"

namespace commercedesk::core {

namespace {

QList<Address> addressesWithIds(const QList<Address> &addresses, const QStringList &ids)
{
    QList<Address> result;
    for (const Address &address : addresses) {
        if (address.id && ids.contains(*address.id))
            result.append(address);
    }
    return result;
}

} // namespace

QStringList Associate::roleKeys() const
{
    QStringList keys;
    for (const AssociateRoleAssignment &assignment : associateRoleAssignments)
        keys.append(assignment.associateRole.key);
    return keys;
}

std::optional<Address> BusinessUnit::address(const QString &addressId) const
{
    for (const Address &a : addresses) {
        if (a.id == addressId)
            return a;
    }
    return std::nullopt;
}

QList<Address> BusinessUnit::shippingAddresses() const
{
    return addressesWithIds(addresses, shippingAddressIds);
}

QList<Address> BusinessUnit::billingAddresses() const
{
    return addressesWithIds(addresses, billingAddressIds);
}

std::optional<Address> BusinessUnit::defaultShippingAddress() const
{
    return defaultShippingAddressId ? address(*defaultShippingAddressId) : std::nullopt;
}

std::optional<Address> BusinessUnit::defaultBillingAddress() const
{
    return defaultBillingAddressId ? address(*defaultBillingAddressId) : std::nullopt;
}

std::optional<Associate> BusinessUnit::associate(const QString &customerId) const
{
    for (const Associate &a : associates) {
        if (a.customer.id == customerId)
            return a;
    }
    return std::nullopt;
}

} // namespace commercedesk::core
