// SPDX-License-Identifier: MIT
#pragma once

#include "core/Order.h"
#include "merchant/OrderCommand.h"
#include "merchant/OrderStateRules.h"

#include <QList>
#include <QMap>

namespace commercedesk::merchant {

/// What a bulk run of `command` over a selection will do, before it runs, so the seller can be asked:
/// how many orders it changes and how many it skips, by reason (OrderStateRules). A plain value.
struct BulkPlan
{
    OrderCommand command;
    int selected = 0;
    int toChange = 0;
    QMap<StateRefusal, int> skipped; ///< reason → number of orders; no entry for None

    int skippedCount() const;

    static BulkPlan of(const QList<core::Order> &orders, const OrderCommand &command);
};

} // namespace commercedesk::merchant
