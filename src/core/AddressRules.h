// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"

namespace commercedesk::core {

/// What a delivery needs on top of Address::validate(): firstName, lastName, streetName, city and postalCode
/// (in every country) are Missing when blank; email too when `requireEmail` (a guest's order: the only way
/// to reach the buyer). Problems come in form order firstName, lastName, streetName, postalCode, city,
/// country, state, email.
QList<AddressProblem> deliveryProblems(const Address &address, bool requireEmail);

/// A postal code of the right shape for `country` ("94105" for US), empty when Address::validate() has no
/// postal rule for it.
QString postalCodeExample(const QString &country);

} // namespace commercedesk::core
