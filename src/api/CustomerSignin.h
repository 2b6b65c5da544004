// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace commercedesk::api {

/// MyCustomerSignin for `/me/login` {email, password, activeCartSignInMode?}. The anonymous cart of the
/// current token is merged into the customer's cart by the server.
struct CustomerSignin
{
    QString email;
    QString password;
};

} // namespace commercedesk::api
