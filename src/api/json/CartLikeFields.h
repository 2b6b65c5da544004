// SPDX-License-Identifier: MIT
#pragma once

// Internal to src/api/json: the fields Cart and Order share, read and written once for both.

#include "api/json/CartJson.h"
#include "api/json/CommonJson.h"
#include "api/json/JsonEnum.h"
#include "api/json/JsonReader.h"
#include "api/json/JsonWriter.h"
#include "api/json/TaxJson.h"

namespace commercedesk::api::json::detail {

template<class T>
void readCartLikeFields(const JsonReader &r, T &x)
{
    x.id = r.string(u"id");
    x.version = r.integer(u"version");
    x.customerId = r.optionalString(u"customerId");
    x.customerEmail = r.optionalString(u"customerEmail");
    x.anonymousId = r.optionalString(u"anonymousId");
    x.customerGroup = r.optional(u"customerGroup", readReference);
    x.businessUnit = r.optional(u"businessUnit", readKeyReference);
    x.store = r.optional(u"store", readKeyReference);
    x.lineItems = r.list(u"lineItems", readLineItem);
    x.totalPrice = r.required(u"totalPrice", readMoney);
    x.taxedPrice = r.optional(u"taxedPrice", readTaxedPrice);
    x.taxedShippingPrice = r.optional(u"taxedShippingPrice", readTaxedPrice);
    x.taxMode = r.optional(u"taxMode", enumReader(core::taxModeFromWire)).value_or(x.taxMode);
    x.inventoryMode =
        r.optional(u"inventoryMode", enumReader(core::inventoryModeFromWire)).value_or(x.inventoryMode);
    x.taxRoundingMode =
        r.optional(u"taxRoundingMode", enumReader(core::roundingModeFromWire)).value_or(x.taxRoundingMode);
    x.priceRoundingMode = r.optional(u"priceRoundingMode", enumReader(core::roundingModeFromWire))
                              .value_or(x.priceRoundingMode);
    x.taxCalculationMode = r.optional(u"taxCalculationMode", enumReader(core::taxCalculationModeFromWire))
                               .value_or(x.taxCalculationMode);
    x.shippingMode =
        r.optional(u"shippingMode", enumReader(core::shippingModeFromWire)).value_or(x.shippingMode);
    x.shippingAddress = r.optional(u"shippingAddress", readAddress);
    x.billingAddress = r.optional(u"billingAddress", readAddress);
    x.shippingInfo = r.optional(u"shippingInfo", readShippingInfo);
    x.paymentInfo = r.optional(u"paymentInfo", readPaymentInfo).value_or(core::PaymentInfo{});
    x.country = r.optionalString(u"country");
    x.locale = r.optionalString(u"locale");
    x.purchaseOrderNumber = r.optionalString(u"purchaseOrderNumber");
    x.origin = r.optional(u"origin", enumReader(core::cartOriginFromWire)).value_or(x.origin);
    x.createdAt = r.timestamp(u"createdAt");
    x.lastModifiedAt = r.timestamp(u"lastModifiedAt");
}

template<class T>
void writeCartLikeFields(JsonWriter &w, const T &x)
{
    w.set(u"id", x.id);
    w.set(u"version", x.version);
    w.setOptional(u"customerId", x.customerId);
    w.setOptional(u"customerEmail", x.customerEmail);
    w.setOptional(u"anonymousId", x.anonymousId);
    w.setOptional(u"customerGroup", x.customerGroup, encodeReference);
    w.setOptional(u"businessUnit", x.businessUnit, encodeKeyReference);
    w.setOptional(u"store", x.store, encodeKeyReference);
    w.setList(u"lineItems", x.lineItems, encodeLineItem);
    w.set(u"totalPrice", encodeMoney(x.totalPrice));
    w.setOptional(u"taxedPrice", x.taxedPrice, encodeTaxedPrice);
    w.setOptional(u"taxedShippingPrice", x.taxedShippingPrice, encodeTaxedPrice);
    w.set(u"taxMode", core::toWireString(x.taxMode));
    w.set(u"inventoryMode", core::toWireString(x.inventoryMode));
    w.set(u"taxRoundingMode", core::toWireString(x.taxRoundingMode));
    w.set(u"priceRoundingMode", core::toWireString(x.priceRoundingMode));
    w.set(u"taxCalculationMode", core::toWireString(x.taxCalculationMode));
    w.set(u"shippingMode", core::toWireString(x.shippingMode));
    w.setOptional(u"shippingAddress", x.shippingAddress, encodeAddress);
    w.setOptional(u"billingAddress", x.billingAddress, encodeAddress);
    w.setOptional(u"shippingInfo", x.shippingInfo, encodeShippingInfo);
    if (!x.paymentInfo.payments.isEmpty())
        w.set(u"paymentInfo", encodePaymentInfo(x.paymentInfo));
    w.setOptional(u"country", x.country);
    w.setOptional(u"locale", x.locale);
    w.setOptional(u"purchaseOrderNumber", x.purchaseOrderNumber);
    w.set(u"origin", core::toWireString(x.origin));
    w.set(u"createdAt", x.createdAt);
    w.set(u"lastModifiedAt", x.lastModifiedAt);
}

} // namespace commercedesk::api::json::detail
