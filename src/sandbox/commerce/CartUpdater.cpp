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

void setOrRemove(QJsonObject &cart, const QString &field, const QString &value)
{
    if (value.isEmpty())
        cart.remove(field);
    else
        cart.insert(field, value);
}

} // namespace

CartUpdater::CartUpdater(const CartActionContext &context)
    : m_ctx(context)
{}

ActionResult CartUpdater::apply(QJsonObject &cart, const QJsonValue &actions) const
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
    QJsonObject &cart;
};

const ActionTable<CartUpdater::Edit> &CartUpdater::actions()
{
    // Actions on the context's helpers, and the updater's own; `admin` ones exist on the admin surface only.
    const auto helper =
        [](ActionResult (*handler)(const CartActionContext &, QJsonObject &, const QJsonObject &)) {
            return [handler](Edit &e, const QJsonObject &a) { return handler(e.updater.m_ctx, e.cart, a); };
        };
    const auto own = [](ActionResult (CartUpdater::*handler)(QJsonObject &, const QJsonObject &) const) {
        return [handler](Edit &e, const QJsonObject &a) { return (e.updater.*handler)(e.cart, a); };
    };
    const auto admin = [](ActionResult (CartUpdater::*handler)(QJsonObject &, const QJsonObject &) const) {
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
             [](Edit &e, const QJsonObject &a) {
                 return e.updater.setAddress(e.cart, a, u"shippingAddress"_s);
             }},
            {u"setBillingAddress"_s,
             [](Edit &e, const QJsonObject &a) {
                 return e.updater.setAddress(e.cart, a, u"billingAddress"_s);
             }},
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

ActionResult CartUpdater::applyOne(QJsonObject &cart, const QJsonObject &action) const
{
    if (cart.value(u"cartState"_s).toString() == u"Ordered"_s)
        return CommerceErrors::invalidOperation(u"The cart has been ordered and can no longer be changed."_s);
    Edit edit{*this, cart};
    return actions().apply(edit, action);
}

ActionResult CartUpdater::finish(QJsonObject &cart, bool refreshProductData) const
{
    if (cart.value(u"cartState"_s).toString() == u"Active"_s) {
        const LineItemFactory factory(m_ctx.database, m_ctx.now);
        QJsonArray lines = cart.value(u"lineItems"_s).toArray();
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QJsonObject item = lines.at(i).toObject();
            factory.reprice(item, cart, refreshProductData);
            lines.replace(i, item);
        }
        cart.insert(u"lineItems"_s, lines);
    }
    return CartTotals(m_ctx.database).recompute(cart);
}

ActionResult CartUpdater::setAddress(QJsonObject &cart, const QJsonObject &action, const QString &field) const
{
    if (!action.contains(u"address"_s) || action.value(u"address"_s).isNull()) {
        cart.remove(field);
        return std::nullopt;
    }
    HttpResponse error;
    const auto address = DraftValues::address(action.value(u"address"_s), u"address"_s, &error);
    if (!address)
        return error;
    cart.insert(field, *address);
    return std::nullopt;
}

ActionResult CartUpdater::setShippingMethod(QJsonObject &cart, const QJsonObject &action) const
{
    if (!action.contains(u"shippingMethod"_s) || action.value(u"shippingMethod"_s).isNull()) {
        cart.remove(u"shippingInfo"_s);
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
    QJsonObject info{
        {u"shippingMethodName"_s, method->value(u"name"_s)},
        {u"shippingRate"_s, *rate},
        {u"price"_s, rate->value(u"price"_s)},
        {u"shippingMethod"_s, JsonValues::reference(u"shipping-method"_s, method->value(u"id"_s).toString())},
        {u"deliveries"_s, QJsonArray()},
        {u"shippingMethodState"_s, u"MatchesCart"_s}};
    if (method->contains(u"taxCategory"_s))
        info.insert(u"taxCategory"_s, method->value(u"taxCategory"_s));
    if (action.contains(u"externalTaxRate"_s)) {
        if (cart.value(u"taxMode"_s).toString() != u"External"_s)
            return CommerceErrors::invalidOperation(
                u"An external tax rate can only be set on a cart with taxMode External."_s);
        const auto taxRate =
            DraftValues::taxRate(action.value(u"externalTaxRate"_s), u"externalTaxRate"_s, &error);
        if (!taxRate)
            return error;
        info.insert(u"taxRate"_s, *taxRate);
    }
    cart.insert(u"shippingInfo"_s, info);
    CartTaxActions::invalidateExternalAmounts(cart);
    return std::nullopt;
}

ActionResult CartUpdater::setCustomerEmail(QJsonObject &cart, const QJsonObject &action) const
{
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+$"_s);
    HttpResponse error;
    const auto value = optionalString(action, u"email"_s, &error);
    if (!value)
        return error;
    if (!value->isEmpty() && !email.match(*value).hasMatch())
        return CommerceErrors::invalidField(u"email"_s, *value);
    setOrRemove(cart, u"customerEmail"_s, *value);
    return std::nullopt;
}

ActionResult CartUpdater::setCountry(QJsonObject &cart, const QJsonObject &action) const
{
    static const QRegularExpression country(u"^[A-Z]{2}$"_s);
    HttpResponse error;
    const auto value = optionalString(action, u"country"_s, &error);
    if (!value)
        return error;
    if (!value->isEmpty() && !country.match(*value).hasMatch())
        return CommerceErrors::invalidField(u"country"_s, *value);
    setOrRemove(cart, u"country"_s, *value);
    CartTaxActions::invalidateExternalAmounts(cart);
    return std::nullopt;
}

ActionResult CartUpdater::changePayments(QJsonObject &cart, const QJsonObject &action, bool add) const
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
    const QJsonObject reference = JsonValues::reference(u"payment"_s, payment->value(u"id"_s).toString());
    QJsonObject info = cart.value(u"paymentInfo"_s).toObject();
    QJsonArray payments = info.value(u"payments"_s).toArray();
    const qsizetype index = payments.toVariantList().indexOf(reference.toVariantMap());
    if (add && index >= 0)
        return CommerceErrors::invalidOperation(u"The payment is already part of the cart."_s);
    if (!add && index < 0)
        return CommerceErrors::invalidOperation(u"The payment is not part of the cart."_s);
    if (add)
        payments.append(reference);
    else
        payments.removeAt(index);
    if (payments.isEmpty()) {
        cart.remove(u"paymentInfo"_s);
    } else {
        info.insert(u"payments"_s, payments);
        cart.insert(u"paymentInfo"_s, info);
    }
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

ActionResult CartUpdater::setPurchaseOrderNumber(QJsonObject &cart, const QJsonObject &action) const
{
    HttpResponse error;
    const auto value = optionalString(action, u"purchaseOrderNumber"_s, &error);
    if (!value)
        return error;
    setOrRemove(cart, u"purchaseOrderNumber"_s, *value);
    return std::nullopt;
}

ActionResult CartUpdater::setBusinessUnit(QJsonObject &cart, const QJsonObject &action) const
{
    HttpResponse error;
    const auto unit =
        DraftValues::resolve(m_ctx.database, action.value(u"businessUnit"_s), u"business_units"_s,
                             u"business-unit"_s, u"businessUnit"_s, &error);
    if (!unit)
        return error;
    const QString key = unit->value(u"key"_s).toString();
    if (m_ctx.surface == CartSurface::Associate &&
        cart.value(u"businessUnit"_s).toObject().value(u"key"_s).toString() != key) {
        return CommerceErrors::invalidOperation(
            u"The cart must belong to the business unit of the request path."_s);
    }
    QJsonObject changed = cart;
    changed.insert(u"businessUnit"_s, JsonValues::keyReference(u"business-unit"_s, key));
    if (m_ctx.surface == CartSurface::Me) {
        if (auto refused = CartAccess::checkUnitForBuyer(m_ctx.database, changed))
            return refused;
    }
    cart = changed;
    return std::nullopt;
}

ActionResult CartUpdater::setKey(QJsonObject &cart, const QJsonObject &action) const
{
    HttpResponse error;
    const auto value = optionalString(action, u"key"_s, &error);
    if (!value)
        return error;
    if (!value->isEmpty() && m_ctx.database
                                 .scalar(u"SELECT 1 FROM carts WHERE key = ? AND id <> ?"_s,
                                         {*value, cart.value(u"id"_s).toString()})
                                 .isValid()) {
        return CommerceErrors::duplicateField(u"key"_s, *value);
    }
    setOrRemove(cart, u"key"_s, *value);
    return std::nullopt;
}

ActionResult CartUpdater::changeFrozen(QJsonObject &cart, bool freeze) const
{
    const QString state = cart.value(u"cartState"_s).toString();
    if (freeze && state != u"Active"_s)
        return CommerceErrors::invalidOperation(
            u"Only an Active cart can be frozen (it is %1)."_s.arg(state));
    if (!freeze && state != u"Frozen"_s)
        return CommerceErrors::invalidOperation(
            u"Only a Frozen cart can be unfrozen (it is %1)."_s.arg(state));
    cart.insert(u"cartState"_s, freeze ? u"Frozen"_s : u"Active"_s);
    return std::nullopt;
}

ActionResult CartUpdater::recalculate(QJsonObject &cart, const QJsonObject &action) const
{
    if (cart.value(u"cartState"_s).toString() == u"Frozen"_s)
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

ActionResult CartUpdater::setAnonymousId(QJsonObject &cart, const QJsonObject &action) const
{
    HttpResponse error;
    const auto value = optionalString(action, u"anonymousId"_s, &error);
    if (!value)
        return error;
    setOrRemove(cart, u"anonymousId"_s, *value);
    return std::nullopt;
}

ActionResult CartUpdater::setCustomerId(QJsonObject &cart, const QJsonObject &action) const
{
    HttpResponse error;
    const auto value = optionalString(action, u"customerId"_s, &error);
    if (!value)
        return error;
    if (value->isEmpty()) {
        cart.remove(u"customerId"_s);
        return std::nullopt;
    }
    const auto customer = ResourceTable(m_ctx.database, u"customers"_s).byId(*value);
    if (!customer)
        return CommerceErrors::referencedNotFound(u"customer"_s, *value, false);
    cart.insert(u"customerId"_s, *value);
    if (customer->contains(u"customerGroup"_s))
        cart.insert(u"customerGroup"_s, customer->value(u"customerGroup"_s));
    return std::nullopt;
}

ActionResult CartUpdater::setLocale(QJsonObject &cart, const QJsonObject &action) const
{
    HttpResponse error;
    const auto value = optionalString(action, u"locale"_s, &error);
    if (!value)
        return error;
    setOrRemove(cart, u"locale"_s, *value);
    return std::nullopt;
}

} // namespace commercedesk::sandbox
