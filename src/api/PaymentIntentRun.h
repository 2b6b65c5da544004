// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiJob.h"
#include "api/PaymentIntent.h"
#include "api/ResponseRun.h"

#include <memory>

namespace commercedesk::api {

/// One payment intent and the read of the payment after it. Internal to src/api; callers use
/// PaymentIntentClient.
///
/// `POST {checkout}/{projectKey}/payment-intents/{paymentId}` (never retried by the transport: when its
/// answer is lost the caller re-reads the payment before sending it again), then `GET /payments/{paymentId}`.
/// The job fails with the POST's error; once the POST has answered, it succeeds with the outcome — with the
/// payment when the read worked, without it otherwise.
class PaymentIntentRun final : public ResponseRun
{
    Q_OBJECT

public:
    /// A new job running one intent on `transport` (which must outlive it).
    static Job<PaymentIntentResult> *start(Transport *transport, const QString &paymentId,
                                           const PaymentIntentAction &action);

    void begin() override;

private:
    PaymentIntentRun(ApiJob *owner, Transport *transport, QString paymentId, PaymentIntentAction action,
                     std::shared_ptr<std::optional<PaymentIntentOutcome>> outcome, Done done);
    void onPosted(const Result<HttpResponse> &posted);

    QString m_paymentId;
    PaymentIntentAction m_action;
    std::shared_ptr<std::optional<PaymentIntentOutcome>> m_outcome; // shared with the job's completion
};

} // namespace commercedesk::api
