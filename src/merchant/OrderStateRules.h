// SPDX-License-Identifier: MIT
#pragma once

#include "core/Enums.h"
#include "core/Order.h"
#include "merchant/OrderCommand.h"

#include <QList>
#include <QObject>

#include <optional>

namespace commercedesk::merchant {
Q_NAMESPACE

/// Why a seller command is not run on an order (OrderStateRules::check). The app turns it into words.
enum class StateRefusal {
    None,                       ///< the command may run
    AlreadyInState,             ///< nothing would change (confirming a Confirmed order)
    OrderStateBackward,         ///< the order would go back (Confirm on a Complete order)
    OrderFinal,                 ///< the order is Cancelled, or Complete and asked to be cancelled
    ShipmentBackward,           ///< the shipment would go back (Ready on a Shipped order) or is final
    ShipmentBeforeConfirmation, ///< Shipped, Partial or Delivered on an Open order
};
Q_ENUM_NS(StateRefusal)

/// The order desk's transition rules, as tables (docs/architecture.md, "The seller's order desk"): which
/// order-state and shipment-state moves a seller may make. commercetools itself accepts any change of
/// `orderState` / `shipmentState` (api.yaml: OrderChangeOrderStateAction, OrderChangeShipmentStateAction);
/// these rules keep a click or a bulk run from moving orders backwards by accident. Payment-state changes,
/// deliveries and tracking are not restricted (only no-ops are skipped). Pure functions; any thread.
class OrderStateRules
{
public:
    struct OrderStep
    {
        core::OrderState from;
        core::OrderState to;
    };
    struct ShipmentStep
    {
        core::ShipmentState from; ///< an order without shipmentState counts as Pending
        core::ShipmentState to;
    };

    /// Every allowed order-state move: Open → Confirmed/Complete/Cancelled, Confirmed → Complete/Cancelled.
    static const QList<OrderStep> &orderSteps();
    /// Every allowed shipment-state move (forward through Ready, Backorder/Delayed, Shipped/Partial to
    /// Delivered; Canceled from anything not yet shipped).
    static const QList<ShipmentStep> &shipmentSteps();

    static bool allows(core::OrderState from, core::OrderState to);
    static bool allows(std::optional<core::ShipmentState> from, core::ShipmentState to);

    /// Whether `command` may run on an order in these states; None when it may.
    static StateRefusal check(core::OrderState orderState, std::optional<core::ShipmentState> shipmentState,
                              std::optional<core::PaymentState> paymentState, const OrderCommand &command);
    static StateRefusal check(const core::Order &order, const OrderCommand &command);

    /// The command that undoes `command`, which just moved an order from `before` to `after`, or nullopt
    /// when the rules do not let it be undone. Undoable: Confirm (Confirmed → Open: the only backward order
    /// move, and only as an undo); a shipment move to Ready, Backorder or Delayed (nothing left or ended),
    /// or one whose reverse is itself an allowed step (Shipped → Delayed); a payment-state change from a
    /// known state. Not undoable: Complete and Cancel (final), shipment moves that put goods on their way
    /// or ended the shipment (Shipped, Partial, Delivered, Canceled), deliveries and tracking.
    static std::optional<OrderCommand> inverse(const core::Order &before, const core::Order &after,
                                               const OrderCommand &command);
};

} // namespace commercedesk::merchant
