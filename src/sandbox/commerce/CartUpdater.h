// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/commerce/CartActionContext.h"
#include "sandbox/commerce/CartDocument.h"
#include "sandbox/commerce/CommerceErrors.h"
#include "sandbox/http/ActionTable.h"

#include <QJsonObject>

namespace commercedesk::sandbox {

// Applies cart update actions (api.yaml CartUpdateAction) to a Cart document in memory. All actions
// of one request are applied in order; the first failing one stops the request (the caller writes
// nothing then). An unknown action → 400 InvalidInput; enum values → 400 InvalidField. An Ordered
// cart refuses every action, a Frozen cart every line-item change (400 InvalidOperation).
// finish() re-selects prices (Active carts) and recomputes every total (CartTotals).
// Same thread as the context's Database.
class CartUpdater
{
public:
    explicit CartUpdater(const CartActionContext &context);

    // `actions` must be a JSON array of objects with an "action" name.
    ActionResult apply(CartDocument &cart, const QJsonValue &actions) const;
    ActionResult applyOne(CartDocument &cart, const QJsonObject &action) const;
    // 400 MoneyOverflow when a total leaves MoneyLimits.
    ActionResult finish(CartDocument &cart, bool refreshProductData = false) const;

private:
    struct Edit;
    // Every cart update action by name (the one dispatch, http/ActionTable).
    static const ActionTable<Edit> &actions();

    ActionResult setAddress(CartDocument &cart, const QJsonObject &action, bool shipping) const;
    ActionResult setShippingMethod(CartDocument &cart, const QJsonObject &action) const;
    ActionResult setCustomerEmail(CartDocument &cart, const QJsonObject &action) const;
    ActionResult setCountry(CartDocument &cart, const QJsonObject &action) const;
    ActionResult changePayments(CartDocument &cart, const QJsonObject &action, bool add) const;
    ActionResult setPurchaseOrderNumber(CartDocument &cart, const QJsonObject &action) const;
    bool ownsPayment(const QJsonObject &payment) const;
    ActionResult setBusinessUnit(CartDocument &cart, const QJsonObject &action) const;
    ActionResult setKey(CartDocument &cart, const QJsonObject &action) const;
    ActionResult changeFrozen(CartDocument &cart, bool freeze) const;
    ActionResult recalculate(CartDocument &cart, const QJsonObject &action) const;
    ActionResult setAnonymousId(CartDocument &cart, const QJsonObject &action) const;
    ActionResult setCustomerId(CartDocument &cart, const QJsonObject &action) const;
    ActionResult setLocale(CartDocument &cart, const QJsonObject &action) const;

    const CartActionContext &m_ctx;
};

} // namespace commercedesk::sandbox
