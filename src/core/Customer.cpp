// SPDX-License-Identifier: MIT
#include "core/Customer.h"

namespace commercedesk::core {

QString Customer::displayName() const
{
    QStringList parts;
    if (firstName && !firstName->isEmpty())
        parts.append(*firstName);
    if (lastName && !lastName->isEmpty())
        parts.append(*lastName);
    return parts.isEmpty() ? email : parts.join(u' ');
}

std::optional<Address> Customer::address(const QString &addressId) const
{
    for (const Address &a : addresses) {
        if (a.id == addressId)
            return a;
    }
    return std::nullopt;
}

std::optional<Address> Customer::defaultShippingAddress() const
{
    return defaultShippingAddressId ? address(*defaultShippingAddressId) : std::nullopt;
}

std::optional<Address> Customer::defaultBillingAddress() const
{
    return defaultBillingAddressId ? address(*defaultBillingAddressId) : std::nullopt;
}

} // namespace commercedesk::core
