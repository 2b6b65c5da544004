// SPDX-License-Identifier: MIT
#pragma once

#include "api/PaymentIntent.h"
#include "core/Enums.h"
#include "merchant/PaymentDesk.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace commercedesk::app {

/// The words of the payment section (PaymentPanel): transaction types and states, operations, and what
/// an operation's outcome means for the seller. Made in the language of the moment they are called.
class PaymentTexts
{
    Q_DECLARE_TR_FUNCTIONS(PaymentTexts)

public:
    static QString type(core::TransactionType type);
    static QString state(core::TransactionState state);
    /// "Capture of €25.00", "Refund of €10.00", "Release of the authorization".
    static QString operation(const api::PaymentIntentAction &action, const QLocale &locale);
    /// What happened, for the status line under the timeline.
    static QString outcome(const merchant::PaymentOperationOutcome &outcome, const QLocale &locale);
};

} // namespace commercedesk::app
