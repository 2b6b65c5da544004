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

// A commercetools Customer. The password hash the API returns is never kept.
struct Customer
{
    QString id;
    qint64 version = 0;
    std::optional<QString> key;
    QString email;
    std::optional<QString> firstName;
    std::optional<QString> lastName;
    std::optional<QString> customerNumber;
    std::optional<QString> externalId;
    std::optional<QString> companyName;
    std::optional<QString> vatId; ///< the buyer's VAT identification number, when the project keeps it
    QList<Address> addresses;
    std::optional<QString> defaultShippingAddressId;
    std::optional<QString> defaultBillingAddressId;
    QStringList shippingAddressIds;
    QStringList billingAddressIds;
    bool isEmailVerified = false;
    std::optional<Reference> customerGroup;
    QList<KeyReference> stores;
    AuthenticationMode authenticationMode = AuthenticationMode::Password;
    QDateTime createdAt;
    QDateTime lastModifiedAt;

    // "First Last", one of them, or the email when neither is set.
    QString displayName() const;
    std::optional<Address> address(const QString &addressId) const;
    std::optional<Address> defaultShippingAddress() const;
    std::optional<Address> defaultBillingAddress() const;

    friend bool operator==(const Customer &, const Customer &) = default;
};

} // namespace commercedesk::core
