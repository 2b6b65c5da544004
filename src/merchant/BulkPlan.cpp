// SPDX-License-Identifier: MIT
#include "merchant/BulkPlan.h"

namespace commercedesk::merchant {

int BulkPlan::skippedCount() const
{
    int count = 0;
    for (int n : skipped)
        count += n;
    return count;
}

BulkPlan BulkPlan::of(const QList<core::Order> &orders, const OrderCommand &command)
{
    BulkPlan plan;
    plan.command = command;
    plan.selected = int(orders.size());
    for (const core::Order &order : orders) {
        const StateRefusal refusal = OrderStateRules::check(order, command);
        if (refusal == StateRefusal::None)
            ++plan.toChange;
        else
            ++plan.skipped[refusal];
    }
    return plan;
}

} // namespace commercedesk::merchant
