// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace commercedesk::api {

/// MyCustomerDraft for `/me/signup` {email, password, firstName?, lastName?}. `password` is a secret: never
/// log it; it is used for the one request only.
struct CustomerDraft
{
    QString email;
    QString password;
    std::optional<QString> firstName;
    std::optional<QString> lastName;
};

} // namespace commercedesk::api
