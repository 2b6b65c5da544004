// SPDX-License-Identifier: MIT
#pragma once

#include "core/Cart.h"
#include "core/Customer.h"

#include <optional>

namespace commercedesk::api {

/// The answer of /me/login, /login and /me/signup: the customer plus the active cart when one was merged or
/// exists.
struct CustomerSignInResult
{
    core::Customer customer;
    std::optional<core::Cart> cart;

    friend bool operator==(const CustomerSignInResult &, const CustomerSignInResult &) = default;
};

} // namespace commercedesk::api
