// SPDX-License-Identifier: MIT
#pragma once

#include "core/Enums.h"
#include "core/PaymentBalance.h"

#include <QList>

#include <optional>

namespace commercedesk::merchant {

/// The order's paymentState after a payment operation, from what its card payments add up to
/// (docs/architecture.md "Money after the order"). api.yaml's PaymentState has five values; each says what
/// is still open between buyer and seller:
///   Pending    — an operation the PSP has not confirmed yet, or an authorization waiting to be captured;
///   BalanceDue — part of the authorization captured, the rest still open to capture;
///   Paid       — nothing left to capture and something kept (a partial refund leaves the order Paid);
///   CreditOwed — everything captured went back to the buyer (fully refunded);
///   Failed     — the authorization was released (or never succeeded) and nothing was captured.
/// The balances are those of the order's payments (summed when they share a currency; payments in another
/// currency than the first are not counted). Empty: no payment to judge (pay by invoice) — leave the state.
/// A pure function of values.
struct PaymentStateRule
{
    static std::optional<core::PaymentState> of(const QList<core::PaymentBalance> &balances);
};

} // namespace commercedesk::merchant
