// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/http/DeferredReply.h"
#include "sandbox/http/HttpResponse.h"
#include "sandbox/http/RequestContext.h"
#include "sandbox/orders/PaymentConnector.h"

#include <QSet>

#include <memory>
#include <optional>

namespace commercedesk::sandbox {

class Clock;
class Database;
class Router;

// The Checkout product's Payment Intents API (commercetools-openapi/checkout.yaml
// ByProjectKeyPaymentIntentsByPaymentIdPost), served on the sandbox's base URL, which stands for the
// Checkout host too (docs/outside-systems.md "Payment Intents"):
//   POST /{projectKey}/payment-intents/{paymentId}  {"actions":[ONE of capturePayment {amount},
//        refundPayment {amount, transactionId?}, cancelPayment, reversePayment]}  (merchantReference ignored)
//   → 200 {"outcome":"approved"|"rejected"|"received"}
// Scope manage_checkout_payment_intents (or manage_projects / manage_project). Each operation becomes a
// transaction on the Payment — capture a Charge, refund a Refund, cancel a CancelAuthorization of the
// authorized amount, reverse a CancelAuthorization while nothing is captured, else a Refund of all that is
// captured and not refunded — written `Pending` (message PaymentTransactionAdded) BEFORE the gateway is
// asked with the transaction id as Idempotency-Key, then `Success` (approved) or `Failure` (the gateway
// refused: rejected) with PaymentTransactionStateChanged, and paymentStatus.interfaceCode/-Text set to the
// gateway's status and words (PaymentStatusInterfaceCodeSet). No answer (timeout, 5xx, garbage): the
// transaction stays Pending and the outcome is `received`; sending the same operation again (same type and
// amount) asks the gateway again with the same key and completes it exactly once, and so does a restart
// (recoverPending, logged in commercedesk.sandbox.paymentintents). When the restart completed it, the
// caller's first same operation afterwards (the retry of the one it saw Pending) is answered with that
// transaction's outcome instead of starting another: never a second capture or refund for one request.
// Refusals, nothing written:
//   400 MultipleActionsNotAllowed (more than one action), RequiredField (actions, action, amount),
//       InvalidField (unknown action, malformed amount, another currency than the authorization's),
//       InvalidOperation (no successful Authorization; more than is left to capture or refund; cancel after a
//       capture; anything after a cancel);
//   404 ResourceNotFound (no such payment);
//   409 ConcurrentModification: another operation on the payment waits for the gateway, or a different one
//       is still Pending (retry that one first);
//   503 ServiceUnavailable: no gateway connected.
// Same thread as the Database; the gateway is asked without blocking it.
class PaymentIntents
{
public:
    struct GatewayConnection
    {
        QUrl url;
        QByteArray merchantKey;
        int timeoutMs = 10000; // per gateway call; then the transaction stays Pending
    };

    PaymentIntents(Database &database, std::shared_ptr<const Clock> clock);
    ~PaymentIntents();

    void registerRoutes(Router &router);
    // Connects the gateway (on the calling thread, which must be the Database's).
    void connectGateway(const GatewayConnection &connection);
    // True for POST /{projectKey}/payment-intents/{paymentId}: such requests must be answered through
    // answer().
    static bool isIntentRequest(const RequestContext &ctx);
    // Sends `response` — what dispatching ctx returned — through `reply`, or, when that request started a
    // gateway operation, the outcome once the gateway answered (or gave up). Records the exchange in the
    // contract log (http/ContractRecorder). `router` must outlive the answer.
    void answer(const Router &router, const RequestContext &ctx, const HttpResponse &response,
                const DeferredReply &reply);
    // Asks the gateway again for every transaction this API left Pending (after a restart). Answers arrive
    // later on the event loop; the transactions then become Success or Failure, or stay Pending.
    void recoverPending();

private:
    struct Started
    {
        QString paymentId;
        QString transactionId;
        QString authorizationId;
        QString operation;      // capture | refund | void
        QJsonObject amount;     // empty for void
        bool recovered = false; // asked again by recoverPending()
    };

    HttpResponse begin(RequestContext &ctx);
    HttpResponse startTransaction(QJsonObject payment, const QString &type, const QJsonObject &amount,
                                  const QString &authorizationId);
    void ask(const Started &started, std::function<void(const HttpResponse &)> done);
    HttpResponse settle(const Started &started, const PaymentConnector::Answer &answer);
    // When a restart completed a transaction of this payment that no caller was told about: for the same
    // operation (type and amount; the retry of the one left Pending) that transaction's outcome, nullopt
    // otherwise. Either way the payment's marker is consumed.
    std::optional<HttpResponse> outcomeSettledAtStart(const QJsonObject &payment, const QString &operation,
                                                      const std::optional<qint64> &requested);

    Database &m_database;
    std::shared_ptr<const Clock> m_clock;
    std::unique_ptr<PaymentConnector> m_connector;
    std::optional<Started> m_started; // set by begin(), taken by answer()
    QSet<QString> m_inFlight;         // payment ids waiting for the gateway
};

} // namespace commercedesk::sandbox
