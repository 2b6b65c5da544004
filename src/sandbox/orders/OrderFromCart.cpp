// SPDX-License-Identifier: MIT
#include "sandbox/orders/OrderFromCart.h"

#include "sandbox/commerce/ExtensionInvoker.h"
#include "sandbox/orders/MessageLog.h"
#include "sandbox/orders/OrderColumns.h"
#include "sandbox/orders/OrderUpdater.h"
#include "sandbox/orders/ResourceErrors.h"
#include "sandbox/storage/Database.h"
#include "sandbox/storage/JsonValues.h"
#include "sandbox/storage/ResourceTable.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

// Cart fields an Order takes over unchanged (api.yaml Order and Cart).
const QStringList &copiedCartFields()
{
    static const QStringList fields{u"customerId"_s,
                                    u"customerEmail"_s,
                                    u"customerGroup"_s,
                                    u"anonymousId"_s,
                                    u"businessUnit"_s,
                                    u"store"_s,
                                    u"lineItems"_s,
                                    u"customLineItems"_s,
                                    u"totalLineItemQuantity"_s,
                                    u"totalPrice"_s,
                                    u"taxedPrice"_s,
                                    u"taxedShippingPrice"_s,
                                    u"discountOnTotalPrice"_s,
                                    u"shippingAddress"_s,
                                    u"billingAddress"_s,
                                    u"shippingMode"_s,
                                    u"shippingInfo"_s,
                                    u"shippingRateInput"_s,
                                    u"shipping"_s,
                                    u"itemShippingAddresses"_s,
                                    u"taxMode"_s,
                                    u"taxRoundingMode"_s,
                                    u"taxCalculationMode"_s,
                                    u"priceRoundingMode"_s,
                                    u"inventoryMode"_s,
                                    u"country"_s,
                                    u"locale"_s,
                                    u"origin"_s,
                                    u"discountCodes"_s,
                                    u"directDiscounts"_s,
                                    u"refusedGifts"_s,
                                    u"paymentInfo"_s,
                                    u"purchaseOrderNumber"_s,
                                    u"custom"_s};
    return fields;
}

// The cart a draft names: {"cart":{"typeId":"cart","id"|"key"}} or the deprecated top-level "id".
struct CartRef
{
    QString id;
    QString key;
};

CartRef cartRefOf(const QJsonObject &draft)
{
    const QJsonObject cart = draft.value(u"cart"_s).toObject();
    if (!cart.isEmpty())
        return {cart.value(u"id"_s).toString(), cart.value(u"key"_s).toString()};
    return {draft.value(u"id"_s).toString(), {}};
}

std::optional<HttpResponse> missingTaxRate(const QJsonObject &cart, const QString &what)
{
    const QString taxMode = cart.value(u"taxMode"_s).toString(u"Platform"_s);
    const QString country = cart.value(u"shippingAddress"_s).toObject().value(u"country"_s).toString();
    if (taxMode == u"Platform"_s) {
        return HttpResponse::error(
            400, u"MissingTaxRateForCountry"_s,
            u"No tax rate for country '%1' could be determined for %2."_s.arg(country, what),
            QJsonObject{{u"country"_s, country}});
    }
    return ResourceErrors::invalidOperation(
        u"The cart is in tax mode %1 but %2 has no tax rate; set one before creating the order."_s.arg(
            taxMode, what));
}

} // namespace

OrderFromCart::OrderFromCart(Database &database, QDateTime now)
    : m_database(database)
    , m_now(std::move(now))
{}

std::optional<HttpResponse> OrderFromCart::validateDraft(const QJsonObject &draft) const
{
    const CartRef ref = cartRefOf(draft);
    if (ref.id.isEmpty() && ref.key.isEmpty())
        return ResourceErrors::missingValue(u"cart"_s);
    if (!draft.value(u"version"_s).isDouble())
        return ResourceErrors::missingValue(u"version"_s);
    const struct
    {
        QString field;
        const QStringList &allowed;
    } enums[] = {{u"orderState"_s, OrderColumns::orderStates()},
                 {u"paymentState"_s, OrderColumns::paymentStates()},
                 {u"shipmentState"_s, OrderColumns::shipmentStates()}};
    for (const auto &e : enums) {
        if (draft.contains(e.field)) {
            if (auto error = ResourceErrors::checkEnum(e.field, draft.value(e.field), e.allowed))
                return error;
        }
    }
    for (const QString &field : {u"orderNumber"_s, u"purchaseOrderNumber"_s}) {
        if (draft.contains(field) &&
            (!draft.value(field).isString() || draft.value(field).toString().isEmpty()))
            return ResourceErrors::invalidField(field, draft.value(field));
    }
    return std::nullopt;
}

std::optional<HttpResponse> OrderFromCart::validateCart(const QJsonObject &cart) const
{
    const QString state = cart.value(u"cartState"_s).toString(u"Active"_s);
    if (state == u"Ordered"_s || state == u"Merged"_s) {
        return ResourceErrors::invalidOperation(u"The cart '%1' is in state %2 and cannot be ordered."_s.arg(
            cart.value(u"id"_s).toString(), state));
    }
    if (!cart.value(u"shippingAddress"_s).isObject())
        return ResourceErrors::invalidOperation(u"The cart has no shipping address; an order needs one."_s);
    const QString taxMode = cart.value(u"taxMode"_s).toString(u"Platform"_s);
    if (taxMode == u"Disabled"_s)
        return std::nullopt;
    const bool amounts = taxMode == u"ExternalAmount"_s;
    for (const QString &list : {u"lineItems"_s, u"customLineItems"_s}) {
        for (const QJsonValue &v : cart.value(list).toArray()) {
            const QJsonObject item = v.toObject();
            const bool taxed =
                item.value(u"taxRate"_s).isObject() && (!amounts || item.contains(u"taxedPrice"_s));
            if (!taxed)
                return missingTaxRate(cart, u"line item '%1'"_s.arg(item.value(u"id"_s).toString()));
        }
    }
    const QJsonObject shipping = cart.value(u"shippingInfo"_s).toObject();
    if (!shipping.isEmpty() && !shipping.value(u"taxRate"_s).isObject())
        return missingTaxRate(cart, u"the shipping method"_s);
    if (amounts && !cart.value(u"taxedPrice"_s).isObject())
        return missingTaxRate(cart, u"the cart total"_s);
    return std::nullopt;
}

QJsonObject OrderFromCart::buildOrder(const QJsonObject &draft, const QJsonObject &cart) const
{
    const QString ts = JsonValues::timestamp(m_now);
    QJsonObject order{{u"type"_s, u"Order"_s},
                      {u"id"_s, JsonValues::randomId()},
                      {u"version"_s, 1},
                      {u"createdAt"_s, ts},
                      {u"lastModifiedAt"_s, ts}};
    for (const QString &field : copiedCartFields()) {
        if (cart.contains(field))
            order.insert(field, cart.value(field));
    }
    for (const QString &list : {u"lineItems"_s, u"customLineItems"_s, u"syncInfo"_s, u"returnInfo"_s,
                                u"refusedGifts"_s, u"discountCodes"_s, u"itemShippingAddresses"_s}) {
        if (!order.value(list).isArray())
            order.insert(list, QJsonArray());
    }
    order.insert(u"orderState"_s, draft.value(u"orderState"_s).toString(u"Open"_s));
    for (const QString &field :
         {u"orderNumber"_s, u"purchaseOrderNumber"_s, u"paymentState"_s, u"shipmentState"_s, u"custom"_s}) {
        if (draft.contains(field))
            order.insert(field, draft.value(field));
    }
    if (draft.value(u"state"_s).isObject()) {
        const QJsonObject state = draft.value(u"state"_s).toObject();
        const QString id = state.value(u"id"_s).toString();
        order.insert(u"state"_s,
                     JsonValues::reference(
                         u"state"_s, id.isEmpty()
                                         ? JsonValues::seededId(u"state"_s, state.value(u"key"_s).toString())
                                         : id));
    }
    order.insert(u"cart"_s, JsonValues::reference(u"cart"_s, cart.value(u"id"_s).toString()));
    order.insert(u"lastMessageSequenceNumber"_s, 1);
    return order;
}

std::optional<HttpResponse> OrderFromCart::runExtensions(QJsonObject &order) const
{
    OrderUpdater updater(m_database, m_now);
    return ExtensionInvoker(m_database)
        .run(u"order"_s, u"Create"_s, order, [&updater](QJsonObject &o, const QJsonArray &actions) {
            return updater.applyInMemory(o, actions);
        });
}

bool OrderFromCart::markCartOrdered(QJsonObject cart)
{
    const qint64 version = cart.value(u"version"_s).toInteger();
    cart.insert(u"cartState"_s, u"Ordered"_s);
    cart.insert(u"version"_s, version + 1);
    cart.insert(u"lastModifiedAt"_s, JsonValues::timestamp(m_now));
    return ResourceTable(m_database, u"carts"_s).update(cart, version, {{u"cart_state"_s, u"Ordered"_s}});
}

HttpResponse OrderFromCart::create(const QJsonObject &draft, const Restriction &restriction)
{
    if (auto error = validateDraft(draft))
        return *error;
    const CartRef ref = cartRefOf(draft);
    ResourceTable carts(m_database, u"carts"_s);
    std::optional<QJsonObject> cart = ref.id.isEmpty() ? carts.byKey(ref.key) : carts.byId(ref.id);
    if (cart && restriction.buyerOnly) {
        const bool own = (!restriction.customerId.isEmpty() &&
                          cart->value(u"customerId"_s).toString() == restriction.customerId) ||
                         (!restriction.anonymousId.isEmpty() && !cart->contains(u"customerId"_s) &&
                          cart->value(u"anonymousId"_s).toString() == restriction.anonymousId);
        if (!own)
            cart.reset();
    }
    if (!cart)
        return ResourceErrors::referencedNotFound(u"cart"_s, ref.id, ref.key);
    if (!restriction.businessUnitKey.isEmpty() &&
        cart->value(u"businessUnit"_s).toObject().value(u"key"_s).toString() != restriction.businessUnitKey) {
        return ResourceErrors::invalidOperation(
            u"The cart does not belong to the business unit '%1'."_s.arg(restriction.businessUnitKey));
    }
    const qint64 expected = draft.value(u"version"_s).toInteger();
    const qint64 current = cart->value(u"version"_s).toInteger();
    if (expected != current)
        return ResourceErrors::concurrentModification(cart->value(u"id"_s).toString(), expected, current);
    if (auto error = validateCart(*cart))
        return *error;
    const QString orderNumber = draft.value(u"orderNumber"_s).toString();
    if (!orderNumber.isEmpty() &&
        m_database.scalar(u"SELECT 1 FROM orders WHERE order_number = ?"_s, {orderNumber}).isValid()) {
        return ResourceErrors::duplicateField(u"orderNumber"_s, orderNumber);
    }
    QJsonObject order = buildOrder(draft, *cart);
    if (auto error = runExtensions(order))
        return *error;
    ResourceTable orders(m_database, u"orders"_s);
    if (!orders.insert(order, OrderColumns::extra(order, OrderColumns::omsChannelId(m_database)))) {
        // cart_id UNIQUE: another order was made from this cart in the meantime.
        if (m_database.scalar(u"SELECT 1 FROM orders WHERE cart_id = ?"_s, {cart->value(u"id"_s).toString()})
                .isValid()) {
            return ResourceErrors::invalidOperation(u"An order was already created from this cart."_s);
        }
        return HttpResponse::error(500, u"General"_s, u"Could not store the order."_s);
    }
    if (!markCartOrdered(*cart) ||
        !MessageLog::append(m_database, u"order"_s, order, u"OrderCreated"_s, {{u"order"_s, order}}, m_now)) {
        return HttpResponse::error(500, u"General"_s, u"Could not store the order."_s);
    }
    return HttpResponse::json(order, 201);
}

} // namespace commercedesk::sandbox
