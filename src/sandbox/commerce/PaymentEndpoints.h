// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/commerce/CommerceErrors.h"
#include "sandbox/http/Router.h"

#include <memory>

namespace commercedesk::sandbox {

class Clock;
class Database;

// Payments (commercetools-api.md §7; scopes ScopeRules::Payments / MyPayments):
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
class PaymentEndpoints
{
public:
    PaymentEndpoints(Database &database, QString projectKey, std::shared_ptr<const Clock> clock);
    void registerRoutes(Router &router);

private:
    HttpResponse create(RequestContext &ctx, bool me);
    HttpResponse query(RequestContext &ctx, bool me);
    ActionResult apply(QJsonObject &payment, const QJsonObject &action, bool me) const;
    ActionResult checkInterfaceId(const QJsonObject &payment) const;
    std::optional<QJsonObject> transaction(const QJsonValue &draft, const QString &currency,
                                           HttpResponse *error) const;

    Database &m_database;
    QString m_projectKey;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace commercedesk::sandbox
