// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace commercedesk::sandbox {

// A seeded demo customer that can sign in with the password flow. `kind` is "b2c" or "b2b";
// for "b2b" the associate's business unit key and role key ("buyer", "admin") are set.
struct SandboxCustomer
{
    QString email;
    QString password;
    QString kind;
    QString businessUnitKey;
    QString role;
};

} // namespace commercedesk::sandbox
