// SPDX-License-Identifier: MIT
#include "api/PaymentIntentRun.h"

#include "api/ApiScope.h"
#include "api/ClientSupport.h"
#include "api/JsonBody.h"
#include "api/json/PaymentIntentJson.h"
#include "api/json/PaymentJson.h"

using namespace Qt::StringLiterals;

namespace commercedesk::api {

Job<PaymentIntentResult> *PaymentIntentRun::start(Transport *transport, const QString &paymentId,
                                                  const PaymentIntentAction &action)
{
    auto *job = new Job<PaymentIntentResult>();
    auto outcome = std::make_shared<std::optional<PaymentIntentOutcome>>();
    auto *run = new PaymentIntentRun(
        job, transport, paymentId, action, outcome, [job, outcome](const Result<HttpResponse> &last) {
            if (!*outcome) {
                job->complete(last.error());
                return;
            }
            PaymentIntentResult result{**outcome, std::nullopt};
            if (last.ok()) {
                Result<core::Payment> payment = decodeBody<core::Payment>(last.value(), &json::decodePayment);
                if (payment.ok())
                    result.payment = std::move(payment).value();
            }
            job->complete(std::move(result));
        });
    job->setAbortHandler([run] { run->abort(); });
    run->begin();
    return job;
}

PaymentIntentRun::PaymentIntentRun(ApiJob *owner, Transport *transport, QString paymentId,
                                   PaymentIntentAction action,
                                   std::shared_ptr<std::optional<PaymentIntentOutcome>> outcome, Done done)
    : ResponseRun(owner, transport, std::move(done))
    , m_paymentId(std::move(paymentId))
    , m_action(std::move(action))
    , m_outcome(std::move(outcome))
{}

void PaymentIntentRun::begin()
{
    HttpRequest request = HttpRequest::post(u"/payment-intents/"_s + ApiScope::segment(m_paymentId),
                                            jsonBytes(json::encodePaymentIntent(m_action)), false);
    request.host = HttpRequest::Host::Checkout;
    send(std::move(request), [this](const Result<HttpResponse> &posted) { onPosted(posted); });
}

void PaymentIntentRun::onPosted(const Result<HttpResponse> &posted)
{
    if (!posted.ok()) {
        finish(posted);
        return;
    }
    const Result<PaymentIntentOutcome> outcome =
        decodeBody<PaymentIntentOutcome>(posted.value(), &json::decodePaymentIntentOutcome);
    if (!outcome.ok()) {
        finish(outcome.error());
        return;
    }
    *m_outcome = outcome.value();
    send(
        HttpRequest::get(ApiScope::admin().collection(u"payments"_s) + u'/' + ApiScope::segment(m_paymentId)),
        [this](const Result<HttpResponse> &read) { finish(read); });
}

} // namespace commercedesk::api
