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

ActionResult requireMode(const CartDocument &cart, const QString &mode, const QString &action)
{
    if (cart.taxMode() == mode)
        return std::nullopt;
    return CommerceErrors::invalidOperation(
        u"The action '%1' is only allowed on carts with taxMode %2."_s.arg(action, mode));
}

// ExternalTaxAmountDraft {totalGross, taxRate} → {taxRate, taxedPrice}; nullopt + *error.
std::optional<std::pair<QJsonObject, QJsonObject>>
externalAmount(const CartDocument &cart, const QJsonValue &value, HttpResponse *error)
{
    const QJsonObject draft = value.toObject();
    const QString currency = cart.currency();
    const auto gross =
        DraftValues::money(draft.value(u"totalGross"_s), u"externalTaxAmount.totalGross"_s, error);
    if (!gross)
        return std::nullopt;
    if (gross->value(u"currencyCode"_s).toString() != currency) {
        *error = CommerceErrors::invalidField(u"externalTaxAmount.totalGross.currencyCode"_s,
                                              gross->value(u"currencyCode"_s), {currency});
        return std::nullopt;
    }
    const auto rate = DraftValues::taxRate(draft.value(u"taxRate"_s), u"externalTaxAmount.taxRate"_s, error);
    if (!rate)
        return std::nullopt;
    const qint64 grossCents = gross->value(u"centAmount"_s).toInteger();
    const TaxMath::Amounts a = TaxMath::apply(grossCents, DraftValues::ratePpm(*rate), true,
                                              TaxMath::rounding(cart.taxRoundingMode()));
    return std::make_pair(*rate, CartDocument::taxedItemPrice(currency, a.net, a.gross, a.tax));
}

} // namespace

void CartTaxActions::invalidateExternalAmounts(CartDocument &cart)
{
    if (cart.taxMode() == u"ExternalAmount"_s)
        cart.clearTaxes();
}

ActionResult CartTaxActions::setLineItemTaxRate(const CartActionContext &, CartDocument &cart,
                                                const QJsonObject &action)
{
    if (auto wrong = requireMode(cart, u"External"_s, u"setLineItemTaxRate"_s))
        return wrong;
    HttpResponse error;
    QList<LineItemEntry> lines = cart.lineItems();
    const qsizetype index = CartLineItemActions::indexOf(lines, action, &error);
    if (index < 0)
        return error;
    if (action.contains(u"externalTaxRate"_s)) {
        const auto rate =
            DraftValues::taxRate(action.value(u"externalTaxRate"_s), u"externalTaxRate"_s, &error);
        if (!rate)
            return error;
        lines[index].setTaxRate(*rate);
    } else {
        lines[index].clearTax();
    }
    cart.setLineItems(lines);
    return std::nullopt;
}

ActionResult CartTaxActions::setShippingMethodTaxRate(const CartActionContext &, CartDocument &cart,
                                                      const QJsonObject &action)
{
    if (auto wrong = requireMode(cart, u"External"_s, u"setShippingMethodTaxRate"_s))
        return wrong;
    auto info = cart.shippingInfo();
    if (!info)
        return CommerceErrors::invalidOperation(u"The cart has no shipping method."_s);
    if (action.contains(u"externalTaxRate"_s)) {
        HttpResponse error;
        const auto rate =
            DraftValues::taxRate(action.value(u"externalTaxRate"_s), u"externalTaxRate"_s, &error);
        if (!rate)
            return error;
        info->setTaxRate(*rate);
    } else {
        info->clearTax();
    }
    cart.setShippingInfo(info);
    return std::nullopt;
}

ActionResult CartTaxActions::setLineItemTaxAmount(const CartActionContext &, CartDocument &cart,
                                                  const QJsonObject &action)
{
    if (auto wrong = requireMode(cart, u"ExternalAmount"_s, u"setLineItemTaxAmount"_s))
        return wrong;
    HttpResponse error;
    QList<LineItemEntry> lines = cart.lineItems();
    const qsizetype index = CartLineItemActions::indexOf(lines, action, &error);
    if (index < 0)
        return error;
    if (action.contains(u"externalTaxAmount"_s)) {
        const auto amount = externalAmount(cart, action.value(u"externalTaxAmount"_s), &error);
        if (!amount)
            return error;
        lines[index].setTaxed(amount->first, amount->second);
    } else {
        lines[index].clearTax();
    }
    cart.setLineItems(lines);
    return std::nullopt;
}

ActionResult CartTaxActions::setShippingMethodTaxAmount(const CartActionContext &, CartDocument &cart,
                                                        const QJsonObject &action)
{
    if (auto wrong = requireMode(cart, u"ExternalAmount"_s, u"setShippingMethodTaxAmount"_s))
        return wrong;
    auto info = cart.shippingInfo();
    if (!info)
        return CommerceErrors::invalidOperation(u"The cart has no shipping method."_s);
    if (action.contains(u"externalTaxAmount"_s)) {
        HttpResponse error;
        const auto amount = externalAmount(cart, action.value(u"externalTaxAmount"_s), &error);
        if (!amount)
            return error;
        info->setTaxed(amount->first, amount->second);
    } else {
        info->clearTax();
    }
    cart.setShippingInfo(info);
    return std::nullopt;
}

ActionResult CartTaxActions::setCartTotalTax(const CartActionContext &, CartDocument &cart,
                                             const QJsonObject &action)
{
    if (auto wrong = requireMode(cart, u"ExternalAmount"_s, u"setCartTotalTax"_s))
        return wrong;
    HttpResponse error;
    const auto gross =
        DraftValues::money(action.value(u"externalTotalGross"_s), u"externalTotalGross"_s, &error);
    if (!gross)
        return error;
    const QString currency = cart.currency();
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
    QJsonObject taxed = CartDocument::taxedItemPrice(currency, grossCents - tax, grossCents, tax);
    taxed.insert(u"totalGross"_s, *gross);
    taxed.insert(u"taxPortions"_s, portions);
    cart.setTaxedPrice(taxed);
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

ActionResult CartTaxActions::changeTaxMode(const CartActionContext &ctx, CartDocument &cart,
                                           const QJsonObject &action)
{
    const QStringList allowed = taxModes(ctx.surface);
    if (!action.contains(u"taxMode"_s))
        return CommerceErrors::requiredField(u"taxMode"_s);
    HttpResponse error;
    if (!CommerceErrors::checkEnum(action, u"taxMode"_s, allowed, &error))
        return error;
    const QString mode = action.value(u"taxMode"_s).toString();
    if (mode != cart.taxMode()) {
        cart.clearTaxes();
        cart.setTaxMode(mode);
    }
    return std::nullopt;
}

} // namespace commercedesk::sandbox
