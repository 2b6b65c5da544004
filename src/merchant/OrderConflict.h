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

    /// The field-by-field difference (always at least "version" when the versions differ).
    static QList<FieldChange> diff(const core::Order &before, const core::Order &after);
};

} // namespace commercedesk::merchant
