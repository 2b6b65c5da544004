// SPDX-License-Identifier: MIT
#include "models/ReturnStateTexts.h"

namespace commercedesk::models {

QString ReturnStateTexts::shipment(core::ReturnShipmentState state)
{
    switch (state) {
    case core::ReturnShipmentState::Advised:
        return tr("Announced");
    case core::ReturnShipmentState::Returned:
        return tr("Returned");
    case core::ReturnShipmentState::BackInStock:
        return tr("Back in stock");
    case core::ReturnShipmentState::Unusable:
        return tr("Unusable");
    }
    return {};
}

QString ReturnStateTexts::payment(core::ReturnPaymentState state)
{
    switch (state) {
    case core::ReturnPaymentState::NonRefundable:
        return tr("Not refundable");
    case core::ReturnPaymentState::Initial:
        return tr("Refund open");
    case core::ReturnPaymentState::Refunded:
        return tr("Refunded");
    case core::ReturnPaymentState::NotRefunded:
        return tr("Not refunded");
    }
    return {};
}

} // namespace commercedesk::models
