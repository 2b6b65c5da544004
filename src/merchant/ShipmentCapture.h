// SPDX-License-Identifier: MIT
#pragma once

#include "core/Order.h"

namespace commercedesk::merchant {

/// The rule of "Capture on shipment" (a desk setting, OrderDesk::captureOnShipment()): once the order's
/// deliveries ship every unit of every line item, what is left of its card authorization is captured
/// (BulkCapture on that one order). A delivery that ships only part of the order captures nothing.
struct ShipmentCapture
{
    /// True when `order` has line items and its deliveries together hold at least each line item's quantity.
    static bool shipsEverything(const core::Order &order);
};

} // namespace commercedesk::merchant
