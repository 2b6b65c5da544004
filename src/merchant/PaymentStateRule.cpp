// SPDX-License-Identifier: MIT
#include "merchant/PaymentStateRule.h"

namespace commercedesk::merchant {

std::optional<core::PaymentState> PaymentStateRule::of(const QList<core::PaymentBalance> &balances)
{
    if (balances.isEmpty())
        return std::nullopt;
    const QString currency = balances.first().authorized.currencyCode();
    qint64 authorized = 0;
    qint64 capturable = 0;
    qint64 captured = 0;
    qint64 refunded = 0;
    bool pending = false;
    for (const core::PaymentBalance &balance : balances) {
        if (balance.authorized.currencyCode() != currency)
            continue;
        pending = pending || balance.pending.has_value();
        authorized += balance.authorized.centAmount();
        capturable += balance.capturable().centAmount();
        captured += balance.captured.centAmount();
        refunded += balance.refunded.centAmount();
    }
    if (pending)
        return core::PaymentState::Pending;
    if (captured == 0)
        return authorized > 0 && capturable > 0 ? core::PaymentState::Pending : core::PaymentState::Failed;
    if (capturable > 0)
        return core::PaymentState::BalanceDue;
    if (refunded >= captured)
        return core::PaymentState::CreditOwed;
    return core::PaymentState::Paid;
}

} // namespace commercedesk::merchant
