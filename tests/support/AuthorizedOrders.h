// SPDX-License-Identifier: MIT
#pragma once
// Test helper: gives existing sandbox orders a card Payment the sandbox's payment gateway really authorized
// (POST {gateway}/v1/authorizations with a test card, then a Payment with a Success Authorization whose
// interactionId is the gateway's id, as the checkout records it, linked to the order with addPayment), so
// the Payment Intents API can capture them. Header-only; blocks in a local event loop.

#include "api/OrderClient.h"
#include "api/PaymentClient.h"
#include "api/PaymentDraft.h"
#include "api/actions/OrderActions.h"
#include "core/Money.h"
#include "core/Order.h"
#include "support/TestNetwork.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

namespace commercedesk::testsupport {

template<class T>
std::optional<T> awaitValue(api::Job<T> *job, int timeoutMs = 20000)
{
    QSignalSpy done(job, &api::ApiJob::finished);
    if (!done.wait(timeoutMs) || !job->result().ok())
        return std::nullopt;
    return job->result().value();
}

/// The gateway's authorization id for `amount` on an approving test card; empty on failure.
inline QString gatewayAuthorization(const QUrl &gatewayUrl, const core::Money &amount)
{
    QUrl url = gatewayUrl;
    url.setPath(QStringLiteral("/v1/authorizations"));
    QNetworkRequest request(url);
    request.setRawHeader("Content-Type", "application/json");
    request.setRawHeader("Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    const QJsonObject body{
        {QStringLiteral("amount"), QJsonObject{{QStringLiteral("centAmount"), amount.centAmount()},
                                               {QStringLiteral("currencyCode"), amount.currencyCode()}}},
        {QStringLiteral("card"), QJsonObject{{QStringLiteral("number"), QStringLiteral("4242424242424242")},
                                             {QStringLiteral("expiryMonth"), 12},
                                             {QStringLiteral("expiryYear"), 2035},
                                             {QStringLiteral("cvc"), QStringLiteral("123")}}}};
    QNetworkReply *reply = testNetwork()->post(request, QJsonDocument(body).toJson());
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
        return {};
    const QString id =
        QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("id")).toString();
    reply->deleteLater();
    return id;
}

/// Links a Payment authorized at the gateway for the order's total to `order`; the order as updated, or
/// nullopt on failure. `transport` needs manage_payments and manage_orders (the demo merchant client).
inline std::optional<core::Order> authorizeOrder(api::Transport *transport, const QUrl &gatewayUrl,
                                                 const core::Order &order)
{
    const core::Money total = order.displayTotal(); // what the buyer pays: the gross when taxed
    const QString pspId = gatewayAuthorization(gatewayUrl, total);
    if (pspId.isEmpty())
        return std::nullopt;
    api::PaymentClient payments(transport);
    const auto payment = awaitValue(payments.create(api::PaymentDraft::authorized(
        total, QStringLiteral("commercedesk-gateway"), QStringLiteral("CREDIT_CARD"), pspId, pspId)));
    if (!payment)
        return std::nullopt;
    api::OrderClient orders(transport);
    return awaitValue(orders.update(order.id, order.version, {api::OrderActions::addPayment(payment->id)}));
}

} // namespace commercedesk::testsupport
