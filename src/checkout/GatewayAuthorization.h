// SPDX-License-Identifier: MIT
#pragma once

#include "core/Money.h"

#include <QString>

namespace commercedesk::checkout {

/// The payment gateway's answer to an authorization (docs/outside-systems.md, "Payment gateway"). Holds no
/// card data besides what the gateway returns for display: brand, last four digits, expiry.
struct GatewayAuthorization
{
    enum class Status { Approved, Declined, ChallengeRequired, Captured, Voided, Refunded, Unknown };

    QString id; ///< the PSP reference, "psp_…"
    Status status = Status::Unknown;
    QString authorizationCode; ///< approved only
    QString brand;             ///< "visa", "mastercard", "amex"
    QString last4;
    int expiryMonth = 0;
    int expiryYear = 0;
    core::Money amount;
    QString declineCode; ///< declined only: card_declined, insufficient_funds, expired_card,
                         ///< authentication_failed
    QString message;
    QString challengeId; ///< challenge_required only

    friend bool operator==(const GatewayAuthorization &, const GatewayAuthorization &) = default;
};

} // namespace commercedesk::checkout
