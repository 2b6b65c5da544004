// SPDX-License-Identifier: MIT
#include "api/actions/PaymentActions.h"

#include "api/json/DraftJson.h"
#include "api/json/JsonWriter.h"

using namespace Qt::StringLiterals;
using namespace commercedesk::api::json;

namespace commercedesk::api {

PaymentUpdateAction PaymentActions::addTransaction(const TransactionDraft &transaction)
{
    JsonWriter w;
    w.set(u"action", u"addTransaction"_s);
    w.set(u"transaction", encodeTransactionDraft(transaction));
    return PaymentUpdateAction{w.take(), false};
}

PaymentUpdateAction PaymentActions::changeTransactionState(const QString &transactionId,
                                                           core::TransactionState state)
{
    JsonWriter w;
    w.set(u"action", u"changeTransactionState"_s);
    w.set(u"transactionId", transactionId);
    w.set(u"state", core::toWireString(state));
    return PaymentUpdateAction{w.take(), true};
}

PaymentUpdateAction PaymentActions::setInterfaceId(const std::optional<QString> &interfaceId)
{
    JsonWriter w;
    w.set(u"action", u"setInterfaceId"_s);
    w.setOptional(u"interfaceId", interfaceId);
    return PaymentUpdateAction{w.take(), true};
}

} // namespace commercedesk::api
