// SPDX-License-Identifier: MIT
#include "sandbox/orders/PaymentLedger.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

PaymentLedger PaymentLedger::of(const QJsonObject &payment)
{
    PaymentLedger ledger;
    const QJsonArray transactions = payment.value(u"transactions"_s).toArray();
    for (const QJsonValue &value : transactions) {
        const QJsonObject tx = value.toObject();
        const QString type = tx.value(u"type"_s).toString();
        const QString state = tx.value(u"state"_s).toString();
        const QJsonObject amount = tx.value(u"amount"_s).toObject();
        const qint64 cents = amount.value(u"centAmount"_s).toInteger();
        if (state == u"Pending" && ledger.pending.isEmpty() &&
            (type == u"Charge" || type == u"Refund" || type == u"CancelAuthorization"))
            ledger.pending = tx;
        if (state != u"Success")
            continue;
        if (type == u"Authorization" && ledger.authorizationId.isEmpty()) {
            ledger.authorizationId = tx.value(u"interactionId"_s).toString();
            ledger.authorized = cents;
            ledger.currency = amount.value(u"currencyCode"_s).toString();
        } else if (type == u"Charge") {
            ledger.captured += cents;
        } else if (type == u"Refund") {
            ledger.refunded += cents;
        } else if (type == u"CancelAuthorization") {
            ledger.cancelled = true;
        }
    }
    if (ledger.currency.isEmpty())
        ledger.currency = payment.value(u"amountPlanned"_s).toObject().value(u"currencyCode"_s).toString();
    return ledger;
}

} // namespace commercedesk::sandbox
