// SPDX-License-Identifier: MIT
#pragma once

#include "merchant/BulkPlan.h"
#include "merchant/OrderCommand.h"
#include "merchant/OrderStateRules.h"

#include <QCoreApplication>
#include <QString>

namespace commercedesk::app {

/// The merchant desk's words for its values: commands, state-rule refusals, bulk plans. Errors go through
/// ErrorPresenter. Stateless; translated with the running language.
class MerchantTexts
{
    Q_DECLARE_TR_FUNCTIONS(MerchantTexts)

public:
    /// "Confirm", "Set shipment to Delivered", …
    static QString command(const merchant::OrderCommand &command);
    /// Why `command` is not run on an order in `orderState` (empty for None).
    static QString refusal(merchant::StateRefusal refusal, const merchant::OrderCommand &command,
                           core::OrderState orderState);
    /// A short reason for a result table ("Already in that state", "Would go backwards", …).
    static QString refusalShort(merchant::StateRefusal refusal);
    /// What a bulk run will do, for the question asked before it runs.
    static QString bulkQuestion(const merchant::BulkPlan &plan);
    /// Why an order-changing control is disabled for a client without manage_orders (a tooltip).
    static QString mayNotChangeOrders();
};

} // namespace commercedesk::app
