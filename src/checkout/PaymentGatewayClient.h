// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "checkout/GatewayAuthorization.h"
#include "core/Money.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace commercedesk::checkout {

class CardForm;

/// The desktop client of the payment gateway (docs/outside-systems.md, "Payment gateway"): the ONLY code that
/// puts card data on the wire. The request body is built by hand into one buffer that is overwritten with
/// zeros as soon as the reply has finished (or failed); nothing of it is logged.
///
/// Jobs follow the api::ApiJob contract (one finished, never synchronous, cancel → Cancelled). Errors are
/// api::ApiError values: Timeout when no answer arrives within timeout() (the authorization may still have
/// happened: retry with the SAME idempotency key), Network, Http (with the gateway's error `code`, e.g.
/// "invalid_number", "processing_error", "idempotency_conflict", and details["field"]), HttpNonJson,
/// MalformedJson. Declines and challenges are successful results (status Declined / ChallengeRequired).
/// `network` must outlive the client (null: the client makes its own); one thread.
class PaymentGatewayClient final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 10000;

    PaymentGatewayClient(QNetworkAccessManager *network, QUrl baseUrl, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    const QUrl &baseUrl() const { return m_baseUrl; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }

    /// A fresh key for one authorization attempt (a UUID without braces).
    static QString newIdempotencyKey();

    /// POST /v1/authorizations for `amount`, referencing `reference` (the cart id). `card` is read during
    /// this call only; the caller wipes it once the outcome is definitive.
    api::Job<GatewayAuthorization> *authorize(const CardForm &card, const core::Money &amount,
                                              const QString &reference, const QString &idempotencyKey);
    /// POST /v1/authorizations/{id}/challenge with the buyer's one-time code.
    api::Job<GatewayAuthorization> *answerChallenge(const QString &authorizationId, const QString &code);
    /// POST /v1/authorizations/{id}/void: releases an approved authorization that no order will use
    /// (replayable: the Idempotency-Key is derived from the id). The gateway answers 409 invalid_state when
    /// it is not approved any more (already voided, captured).
    /// `creatorKey` is the Idempotency-Key of the authorize request that created it: the gateway lets its
    /// creator release the hold (capture and refund stay the connector's).
    api::Job<GatewayAuthorization> *voidAuthorization(const QString &authorizationId,
                                                      const QString &creatorKey);

private:
    api::Job<GatewayAuthorization> *post(const QString &path, QByteArray body, const QString &idempotencyKey,
                                         const QString &creatorKey = {});

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    int m_timeoutMs = kDefaultTimeoutMs;
};

} // namespace commercedesk::checkout
