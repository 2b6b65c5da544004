// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiError.h"
#include "api/Result.h"
#include "checkout/AuthorizationJournal.h"
#include "checkout/GatewayAuthorization.h"
#include "core/Payment.h"

#include <QObject>

#include <functional>
#include <memory>

namespace commercedesk::checkout {

class CardForm;
class CheckoutFlow;
class PaymentGatewayClient;

/// The card part of CheckoutFlow's "Place order" (see CheckoutFlow for the contract): the gateway
/// authorization with its Idempotency-Key, challenges and declines, exactly one authorization per checkout
/// across retries and restarts (the AuthorizationJournal and a Payment already on the cart), recording the
/// authorization (direct: a Payment on `/me/payments` added to the cart; orchestrated: sent with the order)
/// and voiding one that no longer fits. It drives the flow's steps and signals; owned by its CheckoutFlow.
class CardPayment final : public QObject
{
    Q_OBJECT

public:
    CardPayment(CheckoutFlow *flow, PaymentGatewayClient *gateway);

    void setJournalPath(const QString &path);
    /// Starts paying the flow's cart by card (the flow is at Placing and busy).
    void payByCard();
    void answerChallenge(const QString &code);
    void cancelChallenge();
    void clearChallenge() { m_challengeAuthorizationId.clear(); }
    /// The order carrying this checkout's authorization was made: the journal entry is done.
    void recorded() { m_journal->forget(m_cartId); }
    /// After an orchestrated card order failed: reloads the cart, then stops at Review with `error`.
    void reloadThenStop(const api::ApiError &error);

private:
    void reviewCartPayment(const QString &paymentId);
    void releasePayment(const core::Payment &payment);
    void continueWithJournal();
    void voidThen(const QString &authorizationId, std::function<void()> next);
    void attachPayment(const QString &paymentId);
    void authorize();
    void onAuthorization(const api::Result<GatewayAuthorization> &result);
    void recordPayment(const GatewayAuthorization &authorization);

    CheckoutFlow *m_flow;
    PaymentGatewayClient *m_gateway;
    CardForm *m_card;
    std::unique_ptr<AuthorizationJournal> m_journal;
    QString m_idempotencyKey;
    QString m_challengeAuthorizationId;
    int m_timeoutRetries = 0;
    QString m_cartId; ///< the cart of the authorization in progress
};

} // namespace commercedesk::checkout
