// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace commercedesk::orchestrator {

/// What an orchestrator session token says (docs/orchestrator-api.yaml, "Sessions"). A signed value: the
/// buyer can read it but not change it. It carries identifiers only — no commercetools token, password or
/// other secret. An associate of a business unit is a customer, so `customerId` is also the associate id
/// used on the as-associate endpoints.
struct SessionClaims
{
    enum class Kind { Access, Refresh };

    Kind kind = Kind::Access;
    QString sessionId;   ///< one sign-in (or anonymous start); revocation is per session id
    QString customerId;  ///< empty for an anonymous session
    QString anonymousId; ///< the anonymous session's id (kept after sign-in for the cart hand-over)
    qint64 issuedAt = 0; ///< seconds since the epoch (UTC)
    qint64 expiresAt = 0;

    bool isCustomer() const { return !customerId.isEmpty(); }
};

} // namespace commercedesk::orchestrator
