// SPDX-License-Identifier: MIT
#include "sandbox/commerce/CartTaxActions.h"

#include "sandbox/commerce/CartLineItemActions.h"
#include "sandbox/commerce/DraftValues.h"
#include "sandbox/commerce/MoneyLimits.h"
#include "sandbox/commerce/TaxMath.h"
#include "sandbox/storage/JsonValues.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

ActionResult requireMode(const QJsonObject &cart, const QString &mode, const QString &action)
{
    if (cart.value(u"taxMode"_s).toString() == mode)
        return std::nullopt;
    return CommerceErrors::invalidOperation(
        u"The action '%1' is only allowed on carts with taxMode %2."_s.arg(action, mode));
}

QString currencyOf(const QJsonObject &cart)
{
    return cart.value(u"totalPrice"_s).toObject().value(u"currencyCode"_s).toString();
}

// ExternalTaxAmountDraft {totalGross, taxRate} → {taxRate, taxedPrice}; nullopt + *error.
std::optional<std::pair<QJsonObject, QJsonObject>>
externalAmount(const QJsonObject &cart, const QJsonValue &value, HttpResponse *error)
{
    const QJsonObject draft = value.toObject();
    const auto gross =
        DraftValues::money(draft.value(u"totalGross"_s), u"externalTaxAmount.totalGross"_s, error);
    if (!gross)
        return std::nullopt;
    if (gross->value(u"currencyCode"_s).toString() != currencyOf(cart)) {
        *error = CommerceErrors::invalidField(u"externalTaxAmount.totalGross.currencyCode"_s,
                                              gross->value(u"currencyCode"_s), {currencyOf(cart)});
        return std::nullopt;
    }
    const auto rate = DraftValues::taxRate(draft.value(u"taxRate"_s), u"externalTaxAmount.taxRate"_s, error);
    if (!rate)
        return std::nullopt;
    const qint64 grossCents = gross->value(u"centAmount"_s).toInteger();
    const TaxMath::Amounts a = TaxMath::apply(grossCents, DraftValues::ratePpm(*rate), true,
                                              TaxMath::rounding(cart.value(u"taxRoundingMode"_s).toString()));
    const QString currency = currencyOf(cart);
    return std::make_pair(*rate, QJsonObject{{u"totalNet"_s, JsonValues::money(currency, a.net)},
                                             {u"totalGross"_s, JsonValues::money(currency, a.gross)},
                                             {u"totalTax"_s, JsonValues::money(currency, a.tax)}});
}

} // namespace

void CartTaxActions::clearTaxes(QJsonObject &cart)
{
    QJsonArray lines = cart.value(u"lineItems"_s).toArray();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QJsonObject item = lines.at(i).toObject();
        item.remove(u"taxRate"_s);
        item.remove(u"taxedPrice"_s);
        lines.replace(i, item);
    }
    cart.insert(u"lineItems"_s, lines);
    if (cart.contains(u"shippingInfo"_s)) {
        QJsonObject info = cart.value(u"shippingInfo"_s).toObject();
        info.remove(u"taxRate"_s);
        info.remove(u"taxedPrice"_s);
        cart.insert(u"shippingInfo"_s, info);
    }
    cart.remove(u"taxedPrice"_s);
    cart.remove(u"taxedShippingPrice"_s);
}

void CartTaxActions::invalidateExternalAmounts(QJsonObject &cart)
{
    if (cart.value(u"taxMode"_s).toString() == u"ExternalAmount"_s)
        clearTaxes(cart);
}

ActionResult CartTaxActions::setLineItemTaxRate(const CartActionContext &, QJsonObject &cart,
                                                const QJsonObject &action)
{
    if (auto wrong = requireMode(cart, u"External"_s, u"setLineItemTaxRate"_s))
        return wrong;
    HttpResponse error;
    QJsonArray lines = cart.value(u"lineItems"_s).toArray();
    const qsizetype index = CartLineItemActions::indexOf(lines, action, &error);
    if (index < 0)
        return error;
    QJsonObject item = lines.at(index).toObject();
    if (action.contains(u"externalTaxRate"_s)) {
        const auto rate =
            DraftValues::taxRate(action.value(u"externalTaxRate"_s), u"externalTaxRate"_s, &error);
        if (!rate)
            return error;
        item.insert(u"taxRate"_s, *rate);
    } else {
        item.remove(u"taxRate"_s);
        item.remove(u"taxedPrice"_s);
    }
    lines.replace(index, item);
    cart.insert(u"lineItems"_s, lines);
    return std::nullopt;
}

ActionResult CartTaxActions::setShippingMethodTaxRate(const CartActionContext &, QJsonObject &cart,
                                                      const QJsonObject &action)
{
    if (auto wrong = requireMode(cart, u"External"_s, u"setShippingMethodTaxRate"_s))
        return wrong;
    if (!cart.contains(u"shippingInfo"_s))
        return CommerceErrors::invalidOperation(u"The cart has no shipping method."_s);
    QJsonObject info = cart.value(u"shippingInfo"_s).toObject();
    if (action.contains(u"externalTaxRate"_s)) {
        HttpResponse error;
        const auto rate =
            DraftValues::taxRate(action.value(u"externalTaxRate"_s), u"externalTaxRate"_s, &error);
        if (!rate)
            return error;
        info.insert(u"taxRate"_s, *rate);
    } else {
        info.remove(u"taxRate"_s);
        info.remove(u"taxedPrice"_s);
    }
    cart.insert(u"shippingInfo"_s, info);
    return std::nullopt;
}

ActionResult CartTaxActions::setLineItemTaxAmount(const CartActionContext &, QJsonObject &cart,
                                                  const QJsonObject &action)
{
    if (auto wrong = requireMode(cart, u"ExternalAmount"_s, u"setLineItemTaxAmount"_s))
        return wrong;
    HttpResponse error;
    QJsonArray lines = cart.value(u"lineItems"_s).toArray();
    const qsizetype index = CartLineItemActions::indexOf(lines, action, &error);
    if (index < 0)
        return error;
    QJsonObject item = lines.at(index).toObject();
    if (action.contains(u"externalTaxAmount"_s)) {
        const auto amount = externalAmount(cart, action.value(u"externalTaxAmount"_s), &error);
        if (!amount)
            return error;
        item.insert(u"taxRate"_s, amount->first);
        item.insert(u"taxedPrice"_s, amount->second);
    } else {
        item.remove(u"taxRate"_s);
        item.remove(u"taxedPrice"_s);
    }
    lines.replace(index, item);
    cart.insert(u"lineItems"_s, lines);
    return std::nullopt;
}

ActionResult CartTaxActions::setShippingMethodTaxAmount(const CartActionContext &, QJsonObject &cart,
                                                        const QJsonObject &action)
{
    if (auto wrong = requireMode(cart, u"ExternalAmount"_s, u"setShippingMethodTaxAmount"_s))
        return wrong;
    if (!cart.contains(u"shippingInfo"_s))
        return CommerceErrors::invalidOperation(u"The cart has no shipping method."_s);
    QJsonObject info = cart.value(u"shippingInfo"_s).toObject();
    if (action.contains(u"externalTaxAmount"_s)) {
        HttpResponse error;
        const auto amount = externalAmount(cart, action.value(u"externalTaxAmount"_s), &error);
        if (!amount)
            return error;
        info.insert(u"taxRate"_s, amount->first);
        info.insert(u"taxedPrice"_s, amount->second);
    } else {
        info.remove(u"taxRate"_s);
        info.remove(u"taxedPrice"_s);
    }
    cart.insert(u"shippingInfo"_s, info);
    return std::nullopt;
}

ActionResult CartTaxActions::setCartTotalTax(const CartActionContext &, QJsonObject &cart,
                                             const QJsonObject &action)
{
    if (auto wrong = requireMode(cart, u"ExternalAmount"_s, u"setCartTotalTax"_s))
        return wrong;
    HttpResponse error;
    const auto gross =
        DraftValues::money(action.value(u"externalTotalGross"_s), u"externalTotalGross"_s, &error);
    if (!gross)
        return error;
    const QString currency = currencyOf(cart);
    if (gross->value(u"currencyCode"_s).toString() != currency)
        return CommerceErrors::invalidField(u"externalTotalGross.currencyCode"_s,
                                            gross->value(u"currencyCode"_s), {currency});
    QJsonArray portions;
    qint64 tax = 0;
    for (const QJsonValue &v : action.value(u"externalTaxPortions"_s).toArray()) {
        const QJsonObject p = v.toObject();
        const double rate = p.value(u"rate"_s).toDouble(-1);
        if (!(rate >= 0.0 && rate <= 1.0))
            return CommerceErrors::invalidField(u"externalTaxPortions.rate"_s, p.value(u"rate"_s));
        const auto amount = DraftValues::money(p.value(u"amount"_s), u"externalTaxPortions.amount"_s, &error);
        if (!amount)
            return error;
        if (amount->value(u"currencyCode"_s).toString() != currency)
            return CommerceErrors::invalidField(u"externalTaxPortions.amount.currencyCode"_s,
                                                amount->value(u"currencyCode"_s), {currency});
        const auto sum = MoneyLimits::add(tax, amount->value(u"centAmount"_s).toInteger());
        if (!sum)
            return MoneyLimits::overflow(u"The cart's total tax"_s);
        tax = *sum;
        QJsonObject portion{{u"rate"_s, rate}, {u"amount"_s, *amount}};
        if (p.contains(u"name"_s))
            portion.insert(u"name"_s, p.value(u"name"_s));
        portions.append(portion);
    }
    const qint64 grossCents = gross->value(u"centAmount"_s).toInteger();
    cart.insert(u"taxedPrice"_s, QJsonObject{{u"totalNet"_s, JsonValues::money(currency, grossCents - tax)},
                                             {u"totalGross"_s, *gross},
                                             {u"totalTax"_s, JsonValues::money(currency, tax)},
                                             {u"taxPortions"_s, portions}});
    return std::nullopt;
}

QStringList CartTaxActions::taxModes(CartSurface surface)
{
    // A buyer's cart is taxed by the platform or the tax integration (External: rates come from the
    // extension, never from the buyer); amounts and "no tax" are the merchant's to set.
    if (surface != CartSurface::Admin)
        return {u"Platform"_s, u"External"_s};
    return {u"Platform"_s, u"External"_s, u"ExternalAmount"_s, u"Disabled"_s};
}

ActionResult CartTaxActions::changeTaxMode(const CartActionContext &ctx, QJsonObject &cart,
                                           const QJsonObject &action)
{
    const QStringList allowed = taxModes(ctx.surface);
    if (!action.contains(u"taxMode"_s))
        return CommerceErrors::requiredField(u"taxMode"_s);
    HttpResponse error;
    if (!CommerceErrors::checkEnum(action, u"taxMode"_s, allowed, &error))
        return error;
    const QString mode = action.value(u"taxMode"_s).toString();
    if (mode != cart.value(u"taxMode"_s).toString()) {
        clearTaxes(cart);
        cart.insert(u"taxMode"_s, mode);
    }
    return std::nullopt;
}

} // namespace commercedesk::sandbox
