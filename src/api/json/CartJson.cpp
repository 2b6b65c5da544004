// SPDX-License-Identifier: MIT
#include "api/json/CartJson.h"

#include "api/json/CartLikeFields.h"
#include "api/json/DeliveryJson.h"
#include "api/json/PageJson.h"
#include "api/json/ProductJson.h"
#include "api/json/ShippingJson.h"

namespace commercedesk::api::json {

std::optional<core::LineItem> readLineItem(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::LineItem item;
    item.id = r.string(u"id");
    item.key = r.optionalString(u"key");
    item.productId = r.string(u"productId");
    item.productKey = r.optionalString(u"productKey");
    item.name = r.required(u"name", readLocalizedString);
    item.productSlug = r.optional(u"productSlug", readLocalizedString);
    item.productType = r.optional(u"productType", readReference);
    item.variant = r.required(u"variant", readProductVariant);
    item.price = r.required(u"price", readPrice);
    item.quantity = r.integer(u"quantity");
    item.totalPrice = r.required(u"totalPrice", readMoney);
    item.taxRate = r.optional(u"taxRate", readTaxRate);
    item.taxedPrice = r.optional(u"taxedPrice", readTaxedPrice);
    item.supplyChannel = r.optional(u"supplyChannel", readReference);
    item.distributionChannel = r.optional(u"distributionChannel", readReference);
    item.priceMode =
        r.optional(u"priceMode", enumReader(core::lineItemPriceModeFromWire)).value_or(item.priceMode);
    item.lineItemMode =
        r.optional(u"lineItemMode", enumReader(core::lineItemModeFromWire)).value_or(item.lineItemMode);
    item.addedAt = r.optionalTimestamp(u"addedAt");
    item.lastModifiedAt = r.optionalTimestamp(u"lastModifiedAt");
    return r.finish(std::move(item));
}

QJsonObject encodeLineItem(const core::LineItem &item)
{
    JsonWriter w;
    w.set(u"id", item.id);
    w.setOptional(u"key", item.key);
    w.set(u"productId", item.productId);
    w.setOptional(u"productKey", item.productKey);
    w.set(u"name", encodeLocalizedString(item.name));
    w.setOptional(u"productSlug", item.productSlug, encodeLocalizedString);
    w.setOptional(u"productType", item.productType, encodeReference);
    w.set(u"variant", encodeProductVariant(item.variant));
    w.set(u"price", encodePrice(item.price));
    w.set(u"quantity", item.quantity);
    w.set(u"totalPrice", encodeMoney(item.totalPrice));
    w.setOptional(u"taxRate", item.taxRate, encodeTaxRate);
    w.setOptional(u"taxedPrice", item.taxedPrice, encodeTaxedPrice);
    w.setOptional(u"supplyChannel", item.supplyChannel, encodeReference);
    w.setOptional(u"distributionChannel", item.distributionChannel, encodeReference);
    w.set(u"priceMode", core::toWireString(item.priceMode));
    w.set(u"lineItemMode", core::toWireString(item.lineItemMode));
    w.setOptional(u"addedAt", item.addedAt);
    w.setOptional(u"lastModifiedAt", item.lastModifiedAt);
    return w.take();
}

std::optional<core::ShippingInfo> readShippingInfo(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::ShippingInfo info;
    info.shippingMethodName = r.string(u"shippingMethodName");
    info.price = r.required(u"price", readMoney);
    info.shippingRate = r.required(u"shippingRate", readShippingRate);
    info.taxRate = r.optional(u"taxRate", readTaxRate);
    info.taxedPrice = r.optional(u"taxedPrice", readTaxedPrice);
    info.taxCategory = r.optional(u"taxCategory", readReference);
    info.shippingMethod = r.optional(u"shippingMethod", readReference);
    info.deliveries = r.list(u"deliveries", readDelivery);
    info.shippingMethodState =
        r.optional(u"shippingMethodState", enumReader(core::shippingMethodStateFromWire))
            .value_or(info.shippingMethodState);
    return r.finish(std::move(info));
}

QJsonObject encodeShippingInfo(const core::ShippingInfo &info)
{
    JsonWriter w;
    w.set(u"shippingMethodName", info.shippingMethodName);
    w.set(u"price", encodeMoney(info.price));
    w.set(u"shippingRate", encodeShippingRate(info.shippingRate));
    w.setOptional(u"taxRate", info.taxRate, encodeTaxRate);
    w.setOptional(u"taxedPrice", info.taxedPrice, encodeTaxedPrice);
    w.setOptional(u"taxCategory", info.taxCategory, encodeReference);
    w.setOptional(u"shippingMethod", info.shippingMethod, encodeReference);
    w.setList(u"deliveries", info.deliveries, encodeDelivery);
    w.set(u"shippingMethodState", core::toWireString(info.shippingMethodState));
    return w.take();
}

std::optional<core::PaymentInfo> readPaymentInfo(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::PaymentInfo info;
    info.payments = r.list(u"payments", readReference);
    return r.finish(std::move(info));
}

QJsonObject encodePaymentInfo(const core::PaymentInfo &info)
{
    JsonWriter w;
    w.setList(u"payments", info.payments, encodeReference);
    return w.take();
}

std::optional<core::Cart> readCart(const JsonCursor &cursor)
{
    const JsonReader r(cursor);
    core::Cart cart;
    detail::readCartLikeFields(r, cart);
    cart.key = r.optionalString(u"key");
    cart.cartState = r.required(u"cartState", enumReader(core::cartStateFromWire));
    cart.deleteDaysAfterLastModification = r.optionalInteger(u"deleteDaysAfterLastModification");
    return r.finish(std::move(cart));
}

std::optional<core::Cart> decodeCart(const QJsonValue &value, JsonError *error)
{
    return decodeRoot(value, error, readCart);
}

std::optional<core::PagedResult<core::Cart>> decodeCartPage(const QJsonValue &value, JsonError *error)
{
    return decodeRoot(value, error, [](const JsonCursor &c) { return readPage(c, readCart); });
}

QJsonObject encodeCart(const core::Cart &cart)
{
    JsonWriter w;
    detail::writeCartLikeFields(w, cart);
    w.setOptional(u"key", cart.key);
    w.set(u"cartState", core::toWireString(cart.cartState));
    w.setOptional(u"deleteDaysAfterLastModification", cart.deleteDaysAfterLastModification);
    return w.take();
}

} // namespace commercedesk::api::json
