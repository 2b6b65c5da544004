// SPDX-License-Identifier: MIT
#include "sandbox/commerce/CartUpdater.h"

#include "sandbox/commerce/CartAccess.h"
#include "sandbox/commerce/CartLineItemActions.h"
#include "sandbox/commerce/CartTaxActions.h"
#include "sandbox/commerce/CartTotals.h"
#include "sandbox/commerce/DraftValues.h"
#include "sandbox/commerce/LineItemFactory.h"
#include "sandbox/commerce/ShippingRates.h"
#include "sandbox/storage/Database.h"
#include "sandbox/storage/JsonValues.h"
#include "sandbox/storage/ResourceTable.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

std::optional<QString> optionalString(const QJsonObject &action, const QString &field, HttpResponse *error)
{
    if (!action.contains(field) || action.value(field).isNull())
        return QString();
    if (!action.value(field).isString()) {
        *error = CommerceErrors::invalidField(field, action.value(field));
        return std::nullopt;
    }
    return action.value(field).toString();
}

} // namespace

CartUpdater::CartUpdater(const CartActionContext &context)
    : m_ctx(context)
{}

ActionResult CartUpdater::apply(CartDocument &cart, const QJsonValue &actions) const
{
    if (!actions.isArray())
        return CommerceErrors::requiredField(u"actions"_s);
    const QJsonArray list = actions.toArray();
    if (list.size() > 500)
        return HttpResponse::invalidInput(u"At most 500 update actions are allowed per request."_s);
    for (const QJsonValue &v : list) {
        if (!v.isObject() || !v.toObject().value(u"action"_s).isString())
            return HttpResponse::invalidInput(
                u"Every update action must be an object with an 'action' name."_s);
        if (auto failed = applyOne(cart, v.toObject()))
            return failed;
    }
    return std::nullopt;
}

// What a cart action edits: the cart, through the updater that holds the request's context.
struct CartUpdater::Edit
{
    const CartUpdater &updater;
    CartDocument &cart;
};

const ActionTable<CartUpdater::Edit> &CartUpdater::actions()
{
    // Actions on the context's helpers, and the updater's own; `admin` ones exist on the admin surface only.
    const auto helper =
        [](ActionResult (*handler)(const CartActionContext &, CartDocument &, const QJsonObject &)) {
            return [handler](Edit &e, const QJsonObject &a) { return handler(e.updater.m_ctx, e.cart, a); };
        };
    const auto own = [](ActionResult (CartUpdater::*handler)(CartDocument &, const QJsonObject &) const) {
        return [handler](Edit &e, const QJsonObject &a) { return (e.updater.*handler)(e.cart, a); };
    };
    const auto admin = [](ActionResult (CartUpdater::*handler)(CartDocument &, const QJsonObject &) const) {
        return [handler](Edit &e, const QJsonObject &a) {
            if (e.updater.m_ctx.surface != CartSurface::Admin)
                return ActionResult(CommerceErrors::unknownAction(a.value(u"action"_s).toString()));
            return (e.updater.*handler)(e.cart, a);
        };
    };
    static const ActionTable<Edit> table(
        {
            {u"addLineItem"_s, helper(&CartLineItemActions::add)},
            {u"removeLineItem"_s, helper(&CartLineItemActions::remove)},
            {u"changeLineItemQuantity"_s, helper(&CartLineItemActions::changeQuantity)},
            {u"setLineItemTaxRate"_s, helper(&CartTaxActions::setLineItemTaxRate)},
            {u"setShippingMethodTaxRate"_s, helper(&CartTaxActions::setShippingMethodTaxRate)},
            {u"setLineItemTaxAmount"_s, helper(&CartTaxActions::setLineItemTaxAmount)},
            {u"setShippingMethodTaxAmount"_s, helper(&CartTaxActions::setShippingMethodTaxAmount)},
            {u"setCartTotalTax"_s, helper(&CartTaxActions::setCartTotalTax)},
            {u"changeTaxMode"_s, helper(&CartTaxActions::changeTaxMode)},
            {u"setShippingAddress"_s,
             [](Edit &e, const QJsonObject &a) { return e.updater.setAddress(e.cart, a, true); }},
            {u"setBillingAddress"_s,
             [](Edit &e, const QJsonObject &a) { return e.updater.setAddress(e.cart, a, false); }},
            {u"setShippingMethod"_s, own(&CartUpdater::setShippingMethod)},
            {u"setCustomerEmail"_s, own(&CartUpdater::setCustomerEmail)},
            {u"setCountry"_s, own(&CartUpdater::setCountry)},
            {u"addPayment"_s,
             [](Edit &e, const QJsonObject &a) { return e.updater.changePayments(e.cart, a, true); }},
            {u"removePayment"_s,
             [](Edit &e, const QJsonObject &a) { return e.updater.changePayments(e.cart, a, false); }},
            {u"setPurchaseOrderNumber"_s, own(&CartUpdater::setPurchaseOrderNumber)},
            {u"setBusinessUnit"_s, own(&CartUpdater::setBusinessUnit)},
            {u"setKey"_s, admin(&CartUpdater::setKey)},
            {u"freezeCart"_s,
             [](Edit &e, const QJsonObject &) { return e.updater.changeFrozen(e.cart, true); }},
            {u"unfreezeCart"_s,
             [](Edit &e, const QJsonObject &) { return e.updater.changeFrozen(e.cart, false); }},
            {u"recalculate"_s, own(&CartUpdater::recalculate)},
            {u"setAnonymousId"_s, admin(&CartUpdater::setAnonymousId)},
            {u"setCustomerId"_s, admin(&CartUpdater::setCustomerId)},
            {u"setLocale"_s, own(&CartUpdater::setLocale)},
        },
        &CommerceErrors::unknownAction);
    return table;
}

ActionResult CartUpdater::applyOne(CartDocument &cart, const QJsonObject &action) const
{
    if (cart.isOrdered())
        return CommerceErrors::invalidOperation(u"The cart has been ordered and can no longer be changed."_s);
    Edit edit{*this, cart};
    return actions().apply(edit, action);
}

ActionResult CartUpdater::finish(CartDocument &cart, bool refreshProductData) const
{
    if (cart.isActive()) {
        const LineItemFactory factory(m_ctx.database, m_ctx.now);
        QList<LineItemEntry> lines = cart.lineItems();
        for (LineItemEntry &item : lines)
            factory.reprice(item, cart, refreshProductData);
        cart.setLineItems(lines);
    }
    return CartTotals(m_ctx.database).recompute(cart);
}

ActionResult CartUpdater::setAddress(CartDocument &cart, const QJsonObject &action, bool shipping) const
{
    std::optional<QJsonObject> address;
    if (action.contains(u"address"_s) && !action.value(u"address"_s).isNull()) {
        HttpResponse error;
        address = DraftValues::address(action.value(u"address"_s), u"address"_s, &error);
        if (!address)
            return error;
    }
    if (shipping)
        cart.setShippingAddress(address);
    else
        cart.setBillingAddress(address);
    return std::nullopt;
}

ActionResult CartUpdater::setShippingMethod(CartDocument &cart, const QJsonObject &action) const
{
    if (!action.contains(u"shippingMethod"_s) || action.value(u"shippingMethod"_s).isNull()) {
        cart.setShippingInfo(std::nullopt);
        CartTaxActions::invalidateExternalAmounts(cart);
        return std::nullopt;
    }
    HttpResponse error;
    const auto method =
        DraftValues::resolve(m_ctx.database, action.value(u"shippingMethod"_s), u"shipping_methods"_s,
                             u"shipping-method"_s, u"shippingMethod"_s, &error);
    if (!method)
        return error;
    const auto rate = ShippingRates(m_ctx.database).rateFor(*method, cart);
    if (!rate || !method->value(u"active"_s).toBool(true)) {
        return HttpResponse::error(400, u"ShippingMethodDoesNotMatchCart"_s,
                                   u"The predicate does not match the cart or the shipping method has no "
                                   u"rate for the cart's shipping "
                                   u"address zone and currency."_s);
    }
    ShippingInfoEntry info = ShippingInfoEntry::forMethod(*method, *rate);
    if (action.contains(u"externalTaxRate"_s)) {
        if (cart.taxMode() != u"External"_s)
            return CommerceErrors::invalidOperation(
                u"An external tax rate can only be set on a cart with taxMode External."_s);
        const auto taxRate =
            DraftValues::taxRate(action.value(u"externalTaxRate"_s), u"externalTaxRate"_s, &error);
        if (!taxRate)
            return error;
        info.setTaxRate(*taxRate);
    }
    cart.setShippingInfo(info);
    CartTaxActions::invalidateExternalAmounts(cart);
    return std::nullopt;
}

ActionResult CartUpdater::setCustomerEmail(CartDocument &cart, const QJsonObject &action) const
{
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+$"_s);
    HttpResponse error;
    const auto value = optionalString(action, u"email"_s, &error);
    if (!value)
        return error;
    if (!value->isEmpty() && !email.match(*value).hasMatch())
        return CommerceErrors::invalidField(u"email"_s, *value);
    cart.setCustomerEmail(*value);
    return std::nullopt;
}

ActionResult CartUpdater::setCountry(CartDocument &cart, const QJsonObject &action) const
{
    static const QRegularExpression country(u"^[A-Z]{2}$"_s);
    HttpResponse error;
    const auto value = optionalString(action, u"country"_s, &error);
    if (!value)
        return error;
    if (!value->isEmpty() && !country.match(*value).hasMatch())
        return CommerceErrors::invalidField(u"country"_s, *value);
    cart.setCountry(*value);
    CartTaxActions::invalidateExternalAmounts(cart);
    return std::nullopt;
}

ActionResult CartUpdater::changePayments(CartDocument &cart, const QJsonObject &action, bool add) const
{
    HttpResponse error;
    const auto payment = DraftValues::resolve(m_ctx.database, action.value(u"payment"_s), u"payments"_s,
                                              u"payment"_s, u"payment"_s, &error);
    if (!payment)
        return error;
    if (m_ctx.surface != CartSurface::Admin && !ownsPayment(*payment)) {
        // Someone else's payment: refused exactly as a missing one, so it is never revealed.
        const QJsonObject identifier = action.value(u"payment"_s).toObject();
        const bool byKey = !identifier.contains(u"id"_s);
        return CommerceErrors::referencedNotFound(
            u"payment"_s, identifier.value(byKey ? u"key"_s : u"id"_s).toString(), byKey);
    }
    QStringList payments = cart.paymentIds();
    const qsizetype index = payments.indexOf(payment->value(u"id"_s).toString());
    if (add && index >= 0)
        return CommerceErrors::invalidOperation(u"The payment is already part of the cart."_s);
    if (!add && index < 0)
        return CommerceErrors::invalidOperation(u"The payment is not part of the cart."_s);
    if (add)
        payments.append(payment->value(u"id"_s).toString());
    else
        payments.removeAt(index);
    cart.setPaymentIds(payments);
    return std::nullopt;
}

bool CartUpdater::ownsPayment(const QJsonObject &payment) const
{
    const QString customer = payment.value(u"customer"_s).toObject().value(u"id"_s).toString();
    if (!m_ctx.buyerCustomerId.isEmpty())
        return customer == m_ctx.buyerCustomerId;
    return !m_ctx.buyerAnonymousId.isEmpty() && customer.isEmpty() &&
           payment.value(u"anonymousId"_s).toString() == m_ctx.buyerAnonymousId;
}

ActionResult CartUpdater::setPurchaseOrderNumber(CartDocument &cart, const QJsonObject &action) const
{
    HttpResponse error;
    const auto value = optionalString(action, u"purchaseOrderNumber"_s, &error);
    if (!value)
        return error;
    cart.setPurchaseOrderNumber(*value);
    return std::nullopt;
}

ActionResult CartUpdater::setBusinessUnit(CartDocument &cart, const QJsonObject &action) const
{
    HttpResponse error;
    const auto unit =
        DraftValues::resolve(m_ctx.database, action.value(u"businessUnit"_s), u"business_units"_s,
                             u"business-unit"_s, u"businessUnit"_s, &error);
    if (!unit)
        return error;
    const QString key = unit->value(u"key"_s).toString();
    if (m_ctx.surface == CartSurface::Associate && cart.businessUnitKey() != key) {
        return CommerceErrors::invalidOperation(
            u"The cart must belong to the business unit of the request path."_s);
    }
    CartDocument changed = cart;
    changed.setBusinessUnitKey(key);
    if (m_ctx.surface == CartSurface::Me) {
        if (auto refused = CartAccess::checkUnitForBuyer(m_ctx.database, changed))
            return refused;
    }
    cart = changed;
    return std::nullopt;
}

ActionResult CartUpdater::setKey(CartDocument &cart, const QJsonObject &action) const
{
    HttpResponse error;
    const auto value = optionalString(action, u"key"_s, &error);
    if (!value)
        return error;
    if (!value->isEmpty() &&
        m_ctx.database.scalar(u"SELECT 1 FROM carts WHERE key = ? AND id <> ?"_s, {*value, cart.id()})
            .isValid()) {
        return CommerceErrors::duplicateField(u"key"_s, *value);
    }
    cart.setKey(*value);
    return std::nullopt;
}

ActionResult CartUpdater::changeFrozen(CartDocument &cart, bool freeze) const
{
    const QString state = cart.cartState();
    if (freeze && state != u"Active"_s)
        return CommerceErrors::invalidOperation(
            u"Only an Active cart can be frozen (it is %1)."_s.arg(state));
    if (!freeze && state != u"Frozen"_s)
        return CommerceErrors::invalidOperation(
            u"Only a Frozen cart can be unfrozen (it is %1)."_s.arg(state));
    cart.setCartState(freeze ? u"Frozen"_s : u"Active"_s);
    return std::nullopt;
}

ActionResult CartUpdater::recalculate(CartDocument &cart, const QJsonObject &action) const
{
    if (cart.isFrozen())
        return CommerceErrors::invalidOperation(u"The cart is frozen: its prices cannot be recalculated."_s);
    const QJsonValue update = action.value(u"updateProductData"_s);
    if (!update.isUndefined() && !update.isBool())
        return CommerceErrors::invalidField(u"updateProductData"_s, update);
    if (update.toBool()) {
        if (auto failed = finish(cart, true))
            return failed;
    }
    CartTaxActions::invalidateExternalAmounts(cart);
    return std::nullopt;
}

ActionResult CartUpdater::setAnonymousId(CartDocument &cart, const QJsonObject &action) const
{
    HttpResponse error;
    const auto value = optionalString(action, u"anonymousId"_s, &error);
    if (!value)
        return error;
    cart.setAnonymousId(*value);
    return std::nullopt;
}

ActionResult CartUpdater::setCustomerId(CartDocument &cart, const QJsonObject &action) const
{
    HttpResponse error;
    const auto value = optionalString(action, u"customerId"_s, &error);
    if (!value)
        return error;
    if (value->isEmpty()) {
        cart.setCustomerId(QString());
        return std::nullopt;
    }
    const auto customer = ResourceTable(m_ctx.database, u"customers"_s).byId(*value);
    if (!customer)
        return CommerceErrors::referencedNotFound(u"customer"_s, *value, false);
    cart.setCustomerId(*value);
    if (customer->contains(u"customerGroup"_s))
        cart.setCustomerGroup(customer->value(u"customerGroup"_s));
    return std::nullopt;
}

ActionResult CartUpdater::setLocale(CartDocument &cart, const QJsonObject &action) const
{
    HttpResponse error;
    const auto value = optionalString(action, u"locale"_s, &error);
    if (!value)
        return error;
    cart.setLocale(*value);
    return std::nullopt;
}

} // namespace commercedesk::sandbox
