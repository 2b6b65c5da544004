// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/commerce/CartActionContext.h"
#include "sandbox/commerce/CartDocument.h"
#include "sandbox/commerce/CommerceErrors.h"

#include <QJsonObject>

namespace commercedesk::sandbox {

// The tax update actions of a cart (api.yaml CartUpdateAction, TaxMode): setLineItemTaxRate and
// setShippingMethodTaxRate (External mode only), setLineItemTaxAmount, setShippingMethodTaxAmount
// and setCartTotalTax (ExternalAmount mode only), changeTaxMode. A wrong mode → 400
// InvalidOperation; bad values → 400 InvalidField / RequiredField. Stateless.
class CartTaxActions
{
public:
    static ActionResult setLineItemTaxRate(const CartActionContext &ctx, CartDocument &cart,
                                           const QJsonObject &action);
    static ActionResult setShippingMethodTaxRate(const CartActionContext &ctx, CartDocument &cart,
                                                 const QJsonObject &action);
    static ActionResult setLineItemTaxAmount(const CartActionContext &ctx, CartDocument &cart,
                                             const QJsonObject &action);
    static ActionResult setShippingMethodTaxAmount(const CartActionContext &ctx, CartDocument &cart,
                                                   const QJsonObject &action);
    static ActionResult setCartTotalTax(const CartActionContext &ctx, CartDocument &cart,
                                        const QJsonObject &action);
    // The tax modes a cart may have on `surface` (buyers: Platform and External only).
    static QStringList taxModes(CartSurface surface);
    static ActionResult changeTaxMode(const CartActionContext &ctx, CartDocument &cart,
                                      const QJsonObject &action);

    // ExternalAmount carts lose their external amounts when prices change (they must be set again).
    static void invalidateExternalAmounts(CartDocument &cart);
};

} // namespace commercedesk::sandbox
