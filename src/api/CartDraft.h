// SPDX-License-Identifier: MIT
#pragma once

#include "api/LineItemDraft.h"
#include "core/Address.h"
#include "core/Enums.h"
#include "core/Reference.h"

#include <QList>
#include <QString>

#include <optional>

namespace commercedesk::api {

/// CartDraft (admin `/carts`) and MyCartDraft (`/me/carts`, as-associate carts) (api.yaml).
/// Only `currency` is required; unset optionals are not sent. On the me and as-associate paths leave
/// customerId/anonymousId unset (the token supplies them) and do not use TaxMode::Disabled.
struct CartDraft
{
    QString currency; ///< ISO 4217, required
    std::optional<QString> key;
    std::optional<QString> customerId;
    std::optional<QString> anonymousId;
    std::optional<QString> customerEmail;
    std::optional<core::ResourceIdentifier> businessUnit; ///< typeId "business-unit", by key
    std::optional<core::ResourceIdentifier> store;        ///< typeId "store", by key
    QList<LineItemDraft> lineItems;
    std::optional<core::TaxMode> taxMode;
    std::optional<core::InventoryMode> inventoryMode;
    std::optional<core::Address> shippingAddress;
    std::optional<core::Address> billingAddress;
    std::optional<core::ResourceIdentifier> shippingMethod;
    std::optional<QString> country;
    std::optional<QString> locale;
    std::optional<QString> purchaseOrderNumber;
    std::optional<qint64> deleteDaysAfterLastModification;

    friend bool operator==(const CartDraft &, const CartDraft &) = default;
};

} // namespace commercedesk::api
