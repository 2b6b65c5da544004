// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/commerce/CommerceErrors.h"
#include "sandbox/http/ActionTable.h"
#include "sandbox/http/Router.h"

#include <functional>
#include <memory>

namespace commercedesk::sandbox {

class Clock;
class Database;

// Payments (api.yaml Payment; scopes ScopeRules::Payments / MyPayments):
//   /{projectKey}/payments                      GET query, POST create (PaymentDraft)
//   /{projectKey}/payments/{id}|/key={key}      GET, POST update, DELETE ?version
//   /{projectKey}/me/payments[/{id}]            GET/POST (MyPaymentDraft), update, DELETE — only the
//        payments of the token's customer / anonymous session (others answer 404)
// Update actions: addTransaction, changeTransactionState, setInterfaceId, setStatusInterfaceCode,
// setStatusInterfaceText, setMethodInfoName, setMethodInfoMethod, setMethodInfoInterface, setKey,
// changeAmountPlanned (alias setAmountPlanned), setCustomer, setAnonymousId (the last three and the
// interface fields only on /payments). `interfaceId` is unique per paymentMethodInfo.paymentInterface
// (a second one → 400 DuplicateField). Enum values (transaction type/state) → 400 InvalidField.
// The row mirrors customer_id, anonymous_id and interface_id. Same thread as the Database.
// On /me a buyer records an Authorization or a Charge but never its state (MyTransactionDraft): like the
// gateway's connector, the sandbox asks the AuthorizationLookup (the built-in gateway's store) for the
// authorization named by `interactionId` and records Success (approved or captured, same amount and
// currency, not yet used by another payment) or Failure (declined); anything else stays Initial.
class PaymentEndpoints
{
public:
    // The gateway's authorization with that id (its stored JSON), or nullopt.
    using AuthorizationLookup = std::function<std::optional<QJsonObject>(const QString &id)>;

    PaymentEndpoints(Database &database, std::shared_ptr<const Clock> clock);
    void setAuthorizationLookup(AuthorizationLookup lookup) { m_lookup = std::move(lookup); }
    void registerRoutes(Router &router);

private:
    HttpResponse create(RequestContext &ctx, bool me);
    HttpResponse query(RequestContext &ctx, bool me);
    struct Edit;
    // Every payment update action by name (the one dispatch, http/ActionTable).
    static const ActionTable<Edit> &actions();
    static ActionResult addTransaction(Edit &e, const QJsonObject &action);
    static ActionResult changeTransactionState(Edit &e, const QJsonObject &action);
    static ActionResult setCustomer(Edit &e, const QJsonObject &action);
    // The state of a buyer's transaction as the gateway knows it (see the class comment).
    QString verifiedState(const QJsonObject &transaction) const;
    ActionResult checkInterfaceId(const QJsonObject &payment) const;
    // `me`: a MyTransactionDraft (Authorization or Charge only; the state is always Initial).
    std::optional<QJsonObject> transaction(const QJsonValue &draft, const QString &currency,
                                           HttpResponse *error, bool me) const;

    Database &m_database;
    std::shared_ptr<const Clock> m_clock;
    AuthorizationLookup m_lookup;
};

} // namespace commercedesk::sandbox
