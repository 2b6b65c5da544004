// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/outside/OutsideSystemsConfig.h"

#include <QDateTime>

namespace commercedesk::sandbox {

class Database;

// Points the sandbox's demo integrations at the outside services' actual URLs at every start:
//  - extension key "tax-service": destination T/extension, trigger cart Create/Update with
//    condition `taxMode = "External" and shippingAddress is defined`, timeoutInMs 2000;
//  - extension key "order-numbers": destination N/extension, trigger order Create (no condition),
//    timeoutInMs 2000 — the order-number service gives every order without a number one;
//  - subscription key "oms": destination O/messages with `Authorization: Bearer <omsDeliveryToken>`
//    (AuthorizationHeader authentication), order messages.
// An existing resource keeps its id and gets the new URL (version + 1) when it changed; a missing
// one is created only when `create` (demo data). Runs on the sandbox thread, in one transaction.
class OutsideProvisioner
{
public:
    static bool provision(Database &database, const OutsideUrls &urls, const OutsideSecrets &secrets,
                          const QDateTime &now, bool create, QString *error);
};

} // namespace commercedesk::sandbox
