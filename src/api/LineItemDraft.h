// SPDX-License-Identifier: MIT
#pragma once

#include "api/ExternalTaxRateDraft.h"
#include "core/Money.h"
#include "core/Reference.h"

#include <QList>
#include <QString>

#include <optional>

namespace commercedesk::api {

/// ItemShippingTarget {addressKey, quantity} of a line item's shippingDetails (Multiple shipping mode).
struct ItemShippingTarget
{
    QString addressKey;
    qint64 quantity = 0;

    friend bool operator==(const ItemShippingTarget &, const ItemShippingTarget &) = default;
};

/// LineItemDraft, also the fields of the `addLineItem` action (api.yaml LineItemDraft,
/// CartAddLineItemAction). Address the variant by `sku` OR by `productId` + `variantId`; unset fields are not
/// sent (the API's defaults apply, e.g. quantity 1).
struct LineItemDraft
{
    std::optional<QString> key;
    std::optional<QString> sku;
    std::optional<QString> productId;
    std::optional<qint64> variantId;
    std::optional<qint64> quantity;
    std::optional<core::ResourceIdentifier> supplyChannel;
    std::optional<core::ResourceIdentifier> distributionChannel;
    std::optional<core::Money> externalPrice;
    std::optional<ExternalTaxRateDraft> externalTaxRate;
    QList<ItemShippingTarget> shippingTargets; ///< shippingDetails.targets; empty = not sent

    static LineItemDraft bySku(const QString &sku, qint64 quantity)
    {
        LineItemDraft draft;
        draft.sku = sku;
        draft.quantity = quantity;
        return draft;
    }
    static LineItemDraft byVariant(const QString &productId, qint64 variantId, qint64 quantity)
    {
        LineItemDraft draft;
        draft.productId = productId;
        draft.variantId = variantId;
        draft.quantity = quantity;
        return draft;
    }

    friend bool operator==(const LineItemDraft &, const LineItemDraft &) = default;
};

} // namespace commercedesk::api
