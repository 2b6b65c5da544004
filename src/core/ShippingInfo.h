// SPDX-License-Identifier: MIT
#pragma once

#include "core/Delivery.h"
#include "core/Enums.h"
#include "core/Money.h"
#include "core/Reference.h"
#include "core/ShippingRate.h"
#include "core/TaxRate.h"
#include "core/TaxedPrice.h"

#include <QList>
#include <QString>

#include <optional>

namespace commercedesk::core {

// Shipping of a Single-shipping-mode cart or order.
struct ShippingInfo
{
    QString shippingMethodName;
    Money price; // after discounts
    ShippingRate shippingRate;
    std::optional<TaxRate> taxRate;
    std::optional<TaxedPrice> taxedPrice;
    std::optional<Reference> taxCategory;
    std::optional<Reference> shippingMethod; // typeId "shipping-method"
    QList<Delivery> deliveries;              // orders only
    ShippingMethodState shippingMethodState = ShippingMethodState::MatchesCart;

    friend bool operator==(const ShippingInfo &, const ShippingInfo &) = default;
};

} // namespace commercedesk::core
