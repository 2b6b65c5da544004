// SPDX-License-Identifier: MIT
#include "api/json/PaymentIntentJson.h"

#include "api/json/CommonJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace commercedesk::api::json {

namespace {

QString actionName(PaymentIntentAction::Kind kind)
{
    switch (kind) {
    case PaymentIntentAction::Kind::Capture:
        return u"capturePayment"_s;
    case PaymentIntentAction::Kind::Refund:
        return u"refundPayment"_s;
    case PaymentIntentAction::Kind::Cancel:
        return u"cancelPayment"_s;
    case PaymentIntentAction::Kind::Reverse:
        return u"reversePayment"_s;
    }
    return {};
}

} // namespace

QJsonObject encodePaymentIntent(const PaymentIntentAction &action)
{
    QJsonObject a{{u"action"_s, actionName(action.kind)}};
    if (action.amount)
        a.insert(u"amount"_s, encodeMoneyDraft(*action.amount));
    if (action.transactionId)
        a.insert(u"transactionId"_s, *action.transactionId);
    if (action.merchantReference)
        a.insert(u"merchantReference"_s, *action.merchantReference);
    return QJsonObject{{u"actions"_s, QJsonArray{a}}};
}

std::optional<PaymentIntentOutcome> decodePaymentIntentOutcome(const QJsonValue &value, JsonError *error)
{
    const QString outcome = value.toObject().value(u"outcome"_s).toString();
    if (outcome == u"approved")
        return PaymentIntentOutcome::Approved;
    if (outcome == u"rejected")
        return PaymentIntentOutcome::Rejected;
    if (outcome == u"received")
        return PaymentIntentOutcome::Received;
    if (error) {
        error->path = u"outcome"_s;
        error->message = u"expected approved, rejected or received"_s;
    }
    return std::nullopt;
}

} // namespace commercedesk::api::json
