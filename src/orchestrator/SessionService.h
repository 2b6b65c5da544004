// SPDX-License-Identifier: MIT
#pragma once

#include "orchestrator/ServiceContext.h"
#include "orchestrator/SessionClaims.h"

#include <QJsonObject>

namespace commercedesk::orchestrator {

class Exchange;
class RouteTable;

/// Buyer sessions (docs/orchestrator-api.yaml, "Sessions"): anonymous start, sign-in (commercetools
/// `POST /login`, the customer password check, handing the anonymous session's cart over), sign-up
/// (`POST /customers`), refresh, sign-out (revocation) and the signed-in customer's profile (`/v1/me`).
/// Passwords pass through once and are never kept or logged.
class SessionService
{
public:
    explicit SessionService(ServiceContext context);

    void registerRoutes(RouteTable &routes);

private:
    void startAnonymous(Exchange *exchange);
    void signIn(Exchange *exchange, bool signUp);
    void refresh(Exchange *exchange);
    void signOut(Exchange *exchange);
    void me(Exchange *exchange);

    /// A new session's tokens (`sessionId` empty = a new session id) as the answer body.
    QJsonObject issue(const QString &sessionId, const QString &customerId, const QString &anonymousId) const;

    ServiceContext m_context;
};

/// The customer fields the app may see (no password hash, no internal fields).
QJsonObject publicCustomer(const QJsonObject &customer);

} // namespace commercedesk::orchestrator
