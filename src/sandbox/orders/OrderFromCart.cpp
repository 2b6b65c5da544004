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

// The cart's tax mode; a cart without one is taxed by the platform.
QString taxModeOf(const CartDocument &cart)
{
    const QString mode = cart.taxMode();
    return mode.isEmpty() ? u"Platform"_s : mode;
}

std::optional<HttpResponse> missingTaxRate(const CartDocument &cart, const QString &what)
{
    const QString taxMode = taxModeOf(cart);
    const QString country = cart.shippingAddress().value(u"country"_s).toString();
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

std::optional<HttpResponse> OrderFromCart::validateCart(const CartDocument &cart) const
{
    const QString state = cart.cartState();
    if (state == u"Ordered"_s || state == u"Merged"_s) {
        return ResourceErrors::invalidOperation(
            u"The cart '%1' is in state %2 and cannot be ordered."_s.arg(cart.id(), state));
    }
    if (!cart.hasShippingAddress())
        return ResourceErrors::invalidOperation(u"The cart has no shipping address; an order needs one."_s);
    const QString taxMode = taxModeOf(cart);
    if (taxMode == u"Disabled"_s)
        return std::nullopt;
    const bool amounts = taxMode == u"ExternalAmount"_s;
    for (const QList<LineItemEntry> &list : {cart.lineItems(), cart.customLineItems()}) {
        for (const LineItemEntry &item : list) {
            const bool taxed = item.hasTaxRate() && (!amounts || item.hasTaxedPrice());
            if (!taxed)
                return missingTaxRate(cart, u"line item '%1'"_s.arg(item.id()));
        }
    }
    const auto shipping = cart.shippingInfo();
    if (shipping && !shipping->hasTaxRate())
        return missingTaxRate(cart, u"the shipping method"_s);
    if (amounts && !cart.hasTaxedPrice())
        return missingTaxRate(cart, u"the cart total"_s);
    return std::nullopt;
}

QJsonObject OrderFromCart::buildOrder(const QJsonObject &draft, const CartDocument &cart) const
{
    const QString ts = JsonValues::timestamp(m_now);
    QJsonObject order{{u"type"_s, u"Order"_s},
                      {u"id"_s, JsonValues::randomId()},
                      {u"version"_s, 1},
                      {u"createdAt"_s, ts},
                      {u"lastModifiedAt"_s, ts}};
    const QJsonObject fromCart = cart.orderFields();
    for (auto it = fromCart.begin(); it != fromCart.end(); ++it)
        order.insert(it.key(), it.value());
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
    order.insert(u"cart"_s, JsonValues::reference(u"cart"_s, cart.id()));
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

bool OrderFromCart::markCartOrdered(CartDocument cart)
{
    const qint64 version = cart.version();
    cart.setCartState(u"Ordered"_s);
    cart.markModified(m_now);
    return ResourceTable(m_database, u"carts"_s)
        .update(cart.toJson(), version, {{u"cart_state"_s, u"Ordered"_s}});
}

HttpResponse OrderFromCart::create(const QJsonObject &draft, const Restriction &restriction)
{
    if (auto error = validateDraft(draft))
        return *error;
    const CartRef ref = cartRefOf(draft);
    ResourceTable carts(m_database, u"carts"_s);
    const std::optional<QJsonObject> stored = ref.id.isEmpty() ? carts.byKey(ref.key) : carts.byId(ref.id);
    std::optional<CartDocument> cart;
    if (stored)
        cart = CartDocument::fromJson(*stored);
    if (cart && restriction.buyerOnly) {
        const bool own =
            (!restriction.customerId.isEmpty() && cart->customerId() == restriction.customerId) ||
            (!restriction.anonymousId.isEmpty() && !cart->hasCustomerId() &&
             cart->anonymousId() == restriction.anonymousId);
        if (!own)
            cart.reset();
    }
    if (!cart)
        return ResourceErrors::referencedNotFound(u"cart"_s, ref.id, ref.key);
    if (!restriction.businessUnitKey.isEmpty() && cart->businessUnitKey() != restriction.businessUnitKey) {
        return ResourceErrors::invalidOperation(
            u"The cart does not belong to the business unit '%1'."_s.arg(restriction.businessUnitKey));
    }
    const qint64 expected = draft.value(u"version"_s).toInteger();
    const qint64 current = cart->version();
    if (expected != current)
        return ResourceErrors::concurrentModification(cart->id(), expected, current);
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
        if (m_database.scalar(u"SELECT 1 FROM orders WHERE cart_id = ?"_s, {cart->id()}).isValid()) {
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
