// SPDX-License-Identifier: MIT
#include "app/merchant/MerchantTexts.h"

#include "models/OrderTableModel.h"
#include "models/ReturnStateTexts.h"

using namespace Qt::StringLiterals;

namespace commercedesk::app {

QString MerchantTexts::command(const merchant::OrderCommand &command)
{
    using Kind = merchant::OrderCommand::Kind;
    switch (command.kind) {
    case Kind::Confirm:
        return tr("Confirm");
    case Kind::Complete:
        return tr("Complete");
    case Kind::Cancel:
        return tr("Cancel order");
    case Kind::Reopen:
        return tr("Reopen");
    case Kind::SetShipmentState:
        return tr("Set shipment to %1").arg(models::OrderTableModel::stateText(command.shipmentState));
    case Kind::SetPaymentState:
        return tr("Set payment to %1").arg(models::OrderTableModel::stateText(command.paymentState));
    case Kind::AddDelivery:
        return tr("Add delivery");
    case Kind::SetTracking:
        return tr("Set tracking");
    case Kind::AddReturn:
        return tr("Record return");
    case Kind::SetReturnShipmentState:
        return tr("Set returned items to %1")
            .arg(models::ReturnStateTexts::shipment(command.returnShipmentState));
    case Kind::SetReturnPaymentState:
        return tr("Set refund of returned items to %1")
            .arg(models::ReturnStateTexts::payment(command.returnPaymentState));
    }
    return {};
}

QString MerchantTexts::refusal(merchant::StateRefusal refusal, const merchant::OrderCommand &command,
                               core::OrderState orderState)
{
    using merchant::StateRefusal;
    const QString state = models::OrderTableModel::stateText(orderState);
    switch (refusal) {
    case StateRefusal::None:
        return {};
    case StateRefusal::AlreadyInState:
        return tr("Nothing to do: the order already is in that state.");
    case StateRefusal::OrderStateBackward:
        return tr("Not applied: the order is %1 and does not go back to an earlier state.").arg(state);
    case StateRefusal::OrderFinal:
        return tr("Not applied: the order is %1; its state no longer changes.").arg(state);
    case StateRefusal::ShipmentBackward:
        return tr("Not applied: “%1” would move the shipment backwards.")
            .arg(MerchantTexts::command(command));
    case StateRefusal::ShipmentBeforeConfirmation:
        return tr("Not applied: confirm the order before it is shipped or delivered.");
    }
    return {};
}

QString MerchantTexts::refusalShort(merchant::StateRefusal refusal)
{
    using merchant::StateRefusal;
    switch (refusal) {
    case StateRefusal::None:
        return {};
    case StateRefusal::AlreadyInState:
        return tr("Already in that state");
    case StateRefusal::OrderStateBackward:
        return tr("Would go back to an earlier state");
    case StateRefusal::OrderFinal:
        return tr("The order's state no longer changes");
    case StateRefusal::ShipmentBackward:
        return tr("Would move the shipment backwards");
    case StateRefusal::ShipmentBeforeConfirmation:
        return tr("The order is not confirmed yet");
    }
    return {};
}

QString MerchantTexts::bulkQuestion(const merchant::BulkPlan &plan)
{
    QString text = tr("%1: %n of the selected orders will be changed.", nullptr, plan.toChange)
                       .arg(command(plan.command));
    if (plan.skippedCount() > 0) {
        text += u' ' + tr("%n order(s) will be skipped:", nullptr, plan.skippedCount());
        for (auto it = plan.skipped.cbegin(); it != plan.skipped.cend(); ++it)
            text += u"\n  • "_s + tr("%1: %2").arg(refusalShort(it.key())).arg(it.value());
    }
    if (plan.command.kind == merchant::OrderCommand::Kind::Cancel && plan.toChange > 0)
        text += u"\n\n"_s + tr("The buyers are not refunded automatically.");
    return text;
}

QString MerchantTexts::mayNotChangeOrders()
{
    return tr("This API client may not change orders (it lacks the scope manage_orders).");
}

} // namespace commercedesk::app
