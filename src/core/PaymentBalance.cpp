// SPDX-License-Identifier: MIT
#include "core/PaymentBalance.h"

#include <algorithm>

namespace commercedesk::core {

namespace {

Money atLeastZero(const Money &reference, qint64 cents)
{
    return Money(std::max<qint64>(0, cents), reference.currencyCode(), reference.fractionDigits());
}

bool isOperation(TransactionType type)
{
    return type == TransactionType::Charge || type == TransactionType::Refund ||
           type == TransactionType::CancelAuthorization;
}

} // namespace

MoneyResult<PaymentBalance> PaymentBalance::of(const Payment &payment)
{
    PaymentBalance balance;
    const MoneyResult<Money> authorized = payment.successfulAmount(TransactionType::Authorization);
    const MoneyResult<Money> captured = payment.successfulAmount(TransactionType::Charge);
    const MoneyResult<Money> refunded = payment.successfulAmount(TransactionType::Refund);
    for (const MoneyResult<Money> *sum : {&authorized, &captured, &refunded}) {
        if (!*sum)
            return sum->error();
    }
    balance.authorized = *authorized;
    balance.captured = *captured;
    balance.refunded = *refunded;
    for (const Transaction &t : payment.transactions) {
        if (t.type == TransactionType::CancelAuthorization && t.state == TransactionState::Success)
            balance.cancelled = true;
        const bool unconfirmed = t.state == TransactionState::Pending || t.state == TransactionState::Initial;
        if (unconfirmed && isOperation(t.type) && !balance.pending)
            balance.pending = t;
    }
    return balance;
}

QList<Transaction> PaymentBalance::timeline(const Payment &payment)
{
    QList<Transaction> ordered = payment.transactions;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Transaction &a, const Transaction &b) {
        if (a.timestamp.has_value() != b.timestamp.has_value())
            return a.timestamp.has_value();
        return a.timestamp && *a.timestamp < *b.timestamp;
    });
    return ordered;
}

Money PaymentBalance::capturable() const
{
    return atLeastZero(authorized, cancelled ? 0 : authorized.centAmount() - captured.centAmount());
}

Money PaymentBalance::refundable() const
{
    return atLeastZero(captured, captured.centAmount() - refunded.centAmount());
}

} // namespace commercedesk::core
