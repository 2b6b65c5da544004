// SPDX-License-Identifier: MIT
#pragma once

#include "core/Order.h"
#include "merchant/OrderCommand.h"

#include <QList>
#include <QString>

namespace commercedesk::merchant {

/// What changed on an order between the version the seller acted on and the current one, field by field.
/// `field` is a stable identifier ("orderState", "paymentState", "shipmentState", "deliveries",
/// "syncInfo", "lineItems", "total", "purchaseOrderNumber", "version"); before/after are plain values
/// (wire names, counts, decimal amounts). The app turns the identifiers into words.
struct FieldChange
{
    QString field;
    QString before;
    QString after;

    friend bool operator==(const FieldChange &, const FieldChange &) = default;
};

/// A 409 ConcurrentModification for a command, after the current order was read again.
struct OrderConflict
{
    core::Order seen;    ///< the order the seller acted on
    core::Order current; ///< as re-read after the 409
    OrderCommand command;
    QList<FieldChange> changes;

    /// The field-by-field difference (always at least "version" when the versions differ). The values are
    /// compared; only what differs is formatted (wire names, counts, "12.50 EUR").
    static QList<FieldChange> diff(const core::Order &before, const core::Order &after);

    /// True when `seen` and `current` differ only in what the OMS write-back changes and `command` neither
    /// writes nor decides on, so the command may be re-applied on `current` without asking the seller:
    /// - always ignored: version, lastModifiedAt, lastMessageSequenceNumber, syncInfo;
    /// - also ignored unless the command is Cancel, SetShipmentState, AddDelivery or SetTracking (which write
    ///   or depend on fulfilment): shipmentState and the deliveries (parcels, tracking).
    /// Every other field (order and payment state, lines, totals, addresses, PO number, ...) must be equal;
    /// false too when the ids differ.
    static bool onlyUntouchedChanges(const core::Order &seen, const core::Order &current,
                                     const OrderCommand &command);
    /// onlyUntouchedChanges(seen, current, command).
    bool isOnlyUntouchedChanges() const { return onlyUntouchedChanges(seen, current, command); }
};

} // namespace commercedesk::merchant
