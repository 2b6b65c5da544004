// SPDX-License-Identifier: MIT
#include "api/PaymentIntentClient.h"

#include "api/ClientSupport.h"
#include "api/PaymentIntentRun.h"

using namespace Qt::StringLiterals;

namespace commercedesk::api {

PaymentIntentClient::PaymentIntentClient(Transport *transport)
    : m_transport(transport)
{}

Job<PaymentIntentResult> *PaymentIntentClient::capture(const QString &paymentId, const core::Money &amount)
{
    return send(paymentId, PaymentIntentAction::capture(amount));
}

Job<PaymentIntentResult> *PaymentIntentClient::refund(const QString &paymentId, const core::Money &amount,
                                                      const std::optional<QString> &chargeTransactionId)
{
    return send(paymentId, PaymentIntentAction::refund(amount, chargeTransactionId));
}

Job<PaymentIntentResult> *PaymentIntentClient::cancel(const QString &paymentId)
{
    return send(paymentId, PaymentIntentAction::cancel());
}

Job<PaymentIntentResult> *PaymentIntentClient::reverse(const QString &paymentId)
{
    return send(paymentId, PaymentIntentAction::reverse());
}

Job<PaymentIntentResult> *PaymentIntentClient::send(const QString &paymentId,
                                                    const PaymentIntentAction &action)
{
    if (viaOrchestrator(m_transport))
        return failedJob<PaymentIntentResult>(u"The orchestrator offers no payment intents."_s);
    return PaymentIntentRun::start(m_transport, paymentId, action);
}

} // namespace commercedesk::api
