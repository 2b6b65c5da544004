// SPDX-License-Identifier: MIT
#include "api/PaymentIntent.h"

namespace commercedesk::api {

PaymentIntentAction PaymentIntentAction::capture(const core::Money &amount)
{
    return {Kind::Capture, amount, std::nullopt, std::nullopt};
}

PaymentIntentAction PaymentIntentAction::refund(const core::Money &amount,
                                                std::optional<QString> chargeTransactionId)
{
    return {Kind::Refund, amount, std::move(chargeTransactionId), std::nullopt};
}

PaymentIntentAction PaymentIntentAction::cancel()
{
    return {Kind::Cancel, std::nullopt, std::nullopt, std::nullopt};
}

PaymentIntentAction PaymentIntentAction::reverse()
{
    return {Kind::Reverse, std::nullopt, std::nullopt, std::nullopt};
}

} // namespace commercedesk::api
