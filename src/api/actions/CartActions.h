// SPDX-License-Identifier: MIT
#pragma once

#include "api/ExternalTaxRateDraft.h"
#include "api/LineItemDraft.h"
#include "api/UpdateAction.h"
#include "core/Address.h"
#include "core/Enums.h"
#include "core/Money.h"
#include "core/Reference.h"

#include <QString>

#include <optional>

namespace commercedesk::api {

/// Factories for cart update actions (api.yaml CartUpdateAction), each encoded to the official wire shape.
/// Optional arguments left unset are not sent (for setters that means "unset the field").
/// safeToRepeat (see UpdateAction): false for addLineItem, a partial removeLineItem and
/// changeLineItemQuantity; true for every setter, whole-line removal, payments and the state changes.
struct CartActions
{
    static CartUpdateAction addLineItem(const LineItemDraft &item);
    /// The whole line item when `quantity` is unset, else that many units of it.
    static CartUpdateAction removeLineItem(const QString &lineItemId, std::optional<qint64> quantity = {},
                                           std::optional<core::Money> externalPrice = {},
                                           const QList<ItemShippingTarget> &shippingTargetsToRemove = {});
    static CartUpdateAction changeLineItemQuantity(const QString &lineItemId, qint64 quantity);
    static CartUpdateAction setShippingAddress(const std::optional<core::Address> &address);
    static CartUpdateAction setBillingAddress(const std::optional<core::Address> &address);
    static CartUpdateAction
    setShippingMethod(const std::optional<core::ResourceIdentifier> &shippingMethod,
                      const std::optional<ExternalTaxRateDraft> &externalTaxRate = {});
    static CartUpdateAction setCustomerEmail(const std::optional<QString> &email);
    static CartUpdateAction setCountry(const std::optional<QString> &country);
    static CartUpdateAction setLineItemTaxRate(const QString &lineItemId,
                                               const std::optional<ExternalTaxRateDraft> &externalTaxRate,
                                               const std::optional<QString> &shippingKey = {});
    static CartUpdateAction
    setShippingMethodTaxRate(const std::optional<ExternalTaxRateDraft> &externalTaxRate,
                             const std::optional<QString> &shippingKey = {});
    static CartUpdateAction addPayment(const QString &paymentId);
    static CartUpdateAction removePayment(const QString &paymentId);
    static CartUpdateAction setPurchaseOrderNumber(const std::optional<QString> &purchaseOrderNumber);
    static CartUpdateAction setBusinessUnit(const core::ResourceIdentifier &businessUnit);
    static CartUpdateAction changeTaxMode(core::TaxMode taxMode);
    static CartUpdateAction setKey(const std::optional<QString> &key);
    /// `strategy` e.g. "HardFreeze" or "SoftFreeze"; unset = the server's default.
    static CartUpdateAction freezeCart(const std::optional<QString> &strategy = {});
    static CartUpdateAction unfreezeCart();
    static CartUpdateAction recalculate(std::optional<bool> updateProductData = {});
};

} // namespace commercedesk::api
