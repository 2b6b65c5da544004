// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/Clock.h"
#include "sandbox/http/Router.h"

#include <memory>
#include <optional>

namespace commercedesk::sandbox {

class Database;
class SignInThrottle;

// Customer endpoints (scopes from ScopeRules):
//   GET|POST /{projectKey}/customers, GET /customers/{id} | /customers/key={key}, POST /login
//   GET|POST /{projectKey}/me (update: setFirstName, setLastName, addAddress, changeEmail),
//   POST /me/signup (→ 201 {customer, cart?}), POST /me/login (→ {customer, cart?})
// Passwords are stored only as PasswordHasher hashes (column customers.password_hash), never in the
// document. Errors: duplicate e-mail → 400 DuplicateField; wrong e-mail/password → 400
// InvalidCredentials; /me without a customer token → 403. Carts at sign-in: CustomerSignIn.
class CustomerEndpoints
{
public:
    CustomerEndpoints(Database &database, std::shared_ptr<const Clock> clock, int passwordIterations,
                      SignInThrottle &throttle);
    void registerRoutes(Router &router);

private:
    HttpResponse query(RequestContext &ctx);
    HttpResponse get(RequestContext &ctx, bool byKey);
    HttpResponse create(RequestContext &ctx, bool me);
    HttpResponse signIn(RequestContext &ctx, bool me);
    HttpResponse me(RequestContext &ctx);
    HttpResponse updateMe(RequestContext &ctx);

    // Validates a CustomerDraft and stores it; the new customer or the error.
    std::optional<HttpResponse> insert(const QJsonObject &draft, QJsonObject *customer);
    std::optional<HttpResponse> applyAction(QJsonObject &customer, const QJsonObject &action, QString *email);

    Database &m_database;
    std::shared_ptr<const Clock> m_clock;
    int m_passwordIterations;
    SignInThrottle &m_throttle;
};

} // namespace commercedesk::sandbox
