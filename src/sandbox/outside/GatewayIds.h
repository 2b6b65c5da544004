// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace commercedesk::sandbox::gateway {

// The payment gateway's identifiers, random like a PSP's: `prefix` and 24 lower-case letters or digits
// (authorizations "psp_…", challenges "ch_…").
QString newId(const QString &prefix);
// An approval's six-character authorization code (upper-case letters without I and O, digits).
QString newAuthorizationCode();

} // namespace commercedesk::sandbox::gateway
