// SPDX-License-Identifier: MIT
#include "merchant/OrderStateRules.h"

#include <algorithm>

namespace commercedesk::merchant {

namespace {

using core::OrderState;
using core::ShipmentState;
using Kind = OrderCommand::Kind;

/// Where an order state stands on the way Open → Confirmed → Complete (Cancelled stands aside).
int orderRank(OrderState state)
{
    switch (state) {
    case OrderState::Open:
        return 0;
    case OrderState::Confirmed:
        return 1;
    case OrderState::Complete:
        return 2;
    case OrderState::Cancelled:
        return 3;
    }
    return 0;
}

bool isShipping(ShipmentState state)
{
    return state == ShipmentState::Shipped || state == ShipmentState::Partial ||
           state == ShipmentState::Delivered;
}

std::optional<OrderState> targetOrderState(const OrderCommand &command)
{
    switch (command.kind) {
    case Kind::Confirm:
        return OrderState::Confirmed;
    case Kind::Complete:
        return OrderState::Complete;
    case Kind::Cancel:
        return OrderState::Cancelled;
    case Kind::Reopen:
        return OrderState::Open;
    default:
        return std::nullopt;
    }
}

} // namespace

const QList<OrderStateRules::OrderStep> &OrderStateRules::orderSteps()
{
    static const QList<OrderStep> steps{
        {OrderState::Open, OrderState::Confirmed},      {OrderState::Open, OrderState::Complete},
        {OrderState::Open, OrderState::Cancelled},      {OrderState::Confirmed, OrderState::Complete},
        {OrderState::Confirmed, OrderState::Cancelled},
    };
    return steps;
}

const QList<OrderStateRules::ShipmentStep> &OrderStateRules::shipmentSteps()
{
    using S = ShipmentState;
    static const QList<ShipmentStep> steps{
        {S::Pending, S::Ready},      {S::Pending, S::Backorder}, {S::Pending, S::Delayed},
        {S::Pending, S::Shipped},    {S::Pending, S::Partial},   {S::Pending, S::Canceled},
        {S::Ready, S::Backorder},    {S::Ready, S::Delayed},     {S::Ready, S::Shipped},
        {S::Ready, S::Partial},      {S::Ready, S::Canceled},    {S::Backorder, S::Ready},
        {S::Backorder, S::Delayed},  {S::Backorder, S::Shipped}, {S::Backorder, S::Partial},
        {S::Backorder, S::Canceled}, {S::Delayed, S::Ready},     {S::Delayed, S::Backorder},
        {S::Delayed, S::Shipped},    {S::Delayed, S::Partial},   {S::Delayed, S::Delivered},
        {S::Delayed, S::Canceled},   {S::Partial, S::Shipped},   {S::Partial, S::Delayed},
        {S::Partial, S::Delivered},  {S::Shipped, S::Delayed},   {S::Shipped, S::Delivered},
    };
    return steps;
}

bool OrderStateRules::allows(OrderState from, OrderState to)
{
    return std::any_of(orderSteps().begin(), orderSteps().end(),
                       [&](const OrderStep &step) { return step.from == from && step.to == to; });
}

bool OrderStateRules::allows(std::optional<ShipmentState> from, ShipmentState to)
{
    const ShipmentState start = from.value_or(ShipmentState::Pending);
    return std::any_of(shipmentSteps().begin(), shipmentSteps().end(),
                       [&](const ShipmentStep &step) { return step.from == start && step.to == to; });
}

StateRefusal OrderStateRules::check(OrderState orderState, std::optional<ShipmentState> shipmentState,
                                    std::optional<core::PaymentState> paymentState,
                                    const OrderCommand &command)
{
    if (const std::optional<OrderState> target = targetOrderState(command)) {
        if (orderState == *target)
            return StateRefusal::AlreadyInState;
        if (allows(orderState, *target))
            return StateRefusal::None;
        if (orderState == OrderState::Cancelled || *target == OrderState::Cancelled)
            return StateRefusal::OrderFinal;
        return orderRank(*target) < orderRank(orderState) ? StateRefusal::OrderStateBackward
                                                          : StateRefusal::OrderFinal;
    }
    switch (command.kind) {
    case Kind::SetShipmentState:
        if (shipmentState.value_or(ShipmentState::Pending) == command.shipmentState)
            return StateRefusal::AlreadyInState;
        if (orderState == OrderState::Cancelled && command.shipmentState != ShipmentState::Canceled)
            return StateRefusal::OrderFinal;
        if (isShipping(command.shipmentState) && orderState == OrderState::Open)
            return StateRefusal::ShipmentBeforeConfirmation;
        return allows(shipmentState, command.shipmentState) ? StateRefusal::None
                                                            : StateRefusal::ShipmentBackward;
    case Kind::SetPaymentState:
        return paymentState == command.paymentState ? StateRefusal::AlreadyInState : StateRefusal::None;
    default:
        return StateRefusal::None; // deliveries and tracking are not state moves
    }
}

StateRefusal OrderStateRules::check(const core::Order &order, const OrderCommand &command)
{
    return check(order.orderState, order.shipmentState, order.paymentState, command);
}

std::optional<OrderCommand> OrderStateRules::inverse(const core::Order &before, const core::Order &after,
                                                     const OrderCommand &command)
{
    switch (command.kind) {
    case Kind::Confirm:
        if (before.orderState == OrderState::Open && after.orderState == OrderState::Confirmed)
            return OrderCommand::reopen();
        return std::nullopt;
    case Kind::SetShipmentState: {
        const ShipmentState from = before.shipmentState.value_or(ShipmentState::Pending);
        const ShipmentState to = after.shipmentState.value_or(ShipmentState::Pending);
        if (from == to || to != command.shipmentState)
            return std::nullopt;
        const bool leftOrEnded = isShipping(to) || to == ShipmentState::Canceled;
        if (!leftOrEnded || allows(to, from))
            return OrderCommand::setShipmentState(from);
        return std::nullopt;
    }
    case Kind::SetPaymentState:
        if (before.paymentState && before.paymentState != after.paymentState)
            return OrderCommand::setPaymentState(*before.paymentState);
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

} // namespace commercedesk::merchant
