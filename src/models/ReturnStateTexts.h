// SPDX-License-Identifier: MIT
#pragma once

#include "core/Enums.h"

#include <QCoreApplication>
#include <QString>

namespace commercedesk::models {

/// A return item's states in the seller's words (api.yaml ReturnShipmentState, ReturnPaymentState),
/// translated with the running language. Stateless.
class ReturnStateTexts
{
    Q_DECLARE_TR_FUNCTIONS(ReturnStateTexts)

public:
    /// "Announced", "Returned", "Back in stock", "Unusable".
    static QString shipment(core::ReturnShipmentState state);
    /// "Not refundable", "Refund open", "Refunded", "Not refunded".
    static QString payment(core::ReturnPaymentState state);
};

} // namespace commercedesk::models
