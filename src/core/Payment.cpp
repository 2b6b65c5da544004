// SPDX-License-Identifier: MIT
#include "core/Payment.h"

namespace commercedesk::core {

MoneyResult<Money> Payment::successfulAmount(TransactionType type) const
{
    Money sum(0, amountPlanned.currencyCode(), amountPlanned.fractionDigits());
    for (const Transaction &transaction : transactions) {
        if (transaction.type != type || transaction.state != TransactionState::Success)
            continue;
        const MoneyResult<Money> next = sum.plus(transaction.amount);
        if (!next)
            return next.error();
        sum = *next;
    }
    return sum;
}

MoneyResult<Money> Payment::authorizedAmount() const
{
    const MoneyResult<Money> authorized = successfulAmount(TransactionType::Authorization);
    if (!authorized)
        return authorized;
    const MoneyResult<Money> cancelled = successfulAmount(TransactionType::CancelAuthorization);
    if (!cancelled)
        return cancelled;
    return authorized->minus(*cancelled);
}

MoneyResult<Money> Payment::chargedAmount() const
{
    MoneyResult<Money> result = successfulAmount(TransactionType::Charge);
    for (const TransactionType type : {TransactionType::Refund, TransactionType::Chargeback}) {
        if (!result)
            return result;
        const MoneyResult<Money> back = successfulAmount(type);
        if (!back)
            return back;
        result = result->minus(*back);
    }
    return result;
}

bool Payment::hasSuccessfulAuthorization() const
{
    for (const Transaction &transaction : transactions) {
        if (transaction.type == TransactionType::Authorization &&
            transaction.state == TransactionState::Success)
            return true;
    }
    return false;
}

bool Payment::hasPendingTransaction() const
{
    for (const Transaction &transaction : transactions) {
        if (transaction.state == TransactionState::Initial || transaction.state == TransactionState::Pending)
            return true;
    }
    return false;
}

const Transaction *Payment::transaction(const QString &transactionId) const
{
    for (const Transaction &t : transactions) {
        if (t.id == transactionId)
            return &t;
    }
    return nullptr;
}

} // namespace commercedesk::core
