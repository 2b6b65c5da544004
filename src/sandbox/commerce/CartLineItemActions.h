// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/commerce/CartActionContext.h"
#include "sandbox/commerce/CartDocument.h"
#include "sandbox/commerce/CommerceErrors.h"

#include <QJsonObject>

namespace commercedesk::sandbox {

// The line-item update actions of a cart: addLineItem (merging into an existing line of the same
// variant, channels and price mode), removeLineItem (whole or partial), changeLineItemQuantity
// (0 removes). Each validates its action and refuses Frozen carts (400 InvalidOperation).
// Stateless; the cart is changed in place only when the action succeeds.
class CartLineItemActions
{
public:
    static ActionResult add(const CartActionContext &ctx, CartDocument &cart, const QJsonObject &action);
    static ActionResult remove(const CartActionContext &ctx, CartDocument &cart, const QJsonObject &action);
    static ActionResult changeQuantity(const CartActionContext &ctx, CartDocument &cart,
                                       const QJsonObject &action);

    // Index of the line named by `lineItemId` or `lineItemKey` in the action; -1 + *error otherwise.
    static qsizetype indexOf(const QList<LineItemEntry> &lines, const QJsonObject &action,
                             HttpResponse *error);
};

} // namespace commercedesk::sandbox
