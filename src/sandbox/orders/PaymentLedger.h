// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

namespace commercedesk::sandbox {

// What a stored Payment's transactions add up to, for the Payment Intents API (commerce/PaymentIntents):
// the successful Authorization (its amount, currency and the gateway's authorization id, its
// `interactionId`), the successful Charges, Refunds and CancelAuthorization, and the first Pending
// transaction of an operation type (Charge, Refund, CancelAuthorization). Amounts in minor units of the
// authorization's currency. A plain value read from the payment JSON; it never changes the payment.
struct PaymentLedger
{
    QString currency;
    QString authorizationId; // the PSP's id of the successful Authorization; empty when there is none
    qint64 authorized = 0;
    qint64 captured = 0;
    qint64 refunded = 0;
    bool cancelled = false;
    QJsonObject pending; // the first Pending Charge/Refund/CancelAuthorization transaction, or empty

    static PaymentLedger of(const QJsonObject &payment);

    qint64 capturable() const { return cancelled ? 0 : authorized - captured; }
    qint64 refundable() const { return captured - refunded; }
};

} // namespace commercedesk::sandbox
