// SPDX-License-Identifier: MIT
#include "sandbox/commerce/CartLineItemActions.h"

#include "sandbox/commerce/CartTaxActions.h"
#include "sandbox/commerce/LineItemFactory.h"
#include "sandbox/commerce/MoneyLimits.h"

using namespace Qt::StringLiterals;

namespace commercedesk::sandbox {

namespace {

ActionResult refuseFrozen(const CartDocument &cart)
{
    if (cart.isFrozen())
        return CommerceErrors::invalidOperation(u"The cart is frozen: its line items cannot be changed."_s);
    return std::nullopt;
}

} // namespace

qsizetype CartLineItemActions::indexOf(const QList<LineItemEntry> &lines, const QJsonObject &action,
                                       HttpResponse *error)
{
    const bool byKey = !action.contains(u"lineItemId"_s) && action.contains(u"lineItemKey"_s);
    const QString wanted = action.value(byKey ? u"lineItemKey"_s : u"lineItemId"_s).toString();
    if (wanted.isEmpty()) {
        *error = CommerceErrors::requiredField(u"lineItemId"_s);
        return -1;
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if ((byKey ? lines.at(i).key() : lines.at(i).id()) == wanted)
            return i;
    }
    *error = CommerceErrors::invalidOperation(
        u"A line item with %1 '%2' was not found in the cart."_s.arg(byKey ? u"key"_s : u"ID"_s, wanted));
    return -1;
}

ActionResult CartLineItemActions::add(const CartActionContext &ctx, CartDocument &cart,
                                      const QJsonObject &action)
{
    if (auto frozen = refuseFrozen(cart))
        return frozen;
    HttpResponse error;
    const auto item = LineItemFactory(ctx.database, ctx.now).create(action, cart, &error);
    if (!item)
        return error;
    QList<LineItemEntry> lines = cart.lineItems();
    bool merged = false;
    for (LineItemEntry &existing : lines) {
        if (existing.mergesWith(*item)) {
            const qint64 sum = existing.quantity() + item->quantity();
            if (sum > MoneyLimits::MaxQuantity)
                return MoneyLimits::quantityError(u"quantity"_s, sum);
            existing.changeQuantity(sum, ctx.now);
            merged = true;
            break;
        }
    }
    if (!merged)
        lines.append(*item);
    cart.setLineItems(lines);
    CartTaxActions::invalidateExternalAmounts(cart);
    return std::nullopt;
}

ActionResult CartLineItemActions::remove(const CartActionContext &ctx, CartDocument &cart,
                                         const QJsonObject &action)
{
    if (auto frozen = refuseFrozen(cart))
        return frozen;
    HttpResponse error;
    QList<LineItemEntry> lines = cart.lineItems();
    const qsizetype index = indexOf(lines, action, &error);
    if (index < 0)
        return error;
    const qint64 current = lines.at(index).quantity();
    if (action.contains(u"quantity"_s)) {
        const QJsonValue value = action.value(u"quantity"_s);
        if (value.toDouble(-1) != 0 && !MoneyLimits::isQuantity(value))
            return MoneyLimits::quantityError(u"quantity"_s, value);
        const qint64 quantity = value.toInteger();
        if (quantity < current)
            lines[index].changeQuantity(current - quantity, ctx.now);
        else
            lines.removeAt(index);
    } else {
        lines.removeAt(index);
    }
    cart.setLineItems(lines);
    CartTaxActions::invalidateExternalAmounts(cart);
    return std::nullopt;
}

ActionResult CartLineItemActions::changeQuantity(const CartActionContext &ctx, CartDocument &cart,
                                                 const QJsonObject &action)
{
    if (auto frozen = refuseFrozen(cart))
        return frozen;
    if (!action.contains(u"quantity"_s))
        return CommerceErrors::requiredField(u"quantity"_s);
    const QJsonValue value = action.value(u"quantity"_s);
    if (value.toDouble(-1) != 0 && !MoneyLimits::isQuantity(value))
        return MoneyLimits::quantityError(u"quantity"_s, value);
    const qint64 quantity = value.toInteger();
    HttpResponse error;
    QList<LineItemEntry> lines = cart.lineItems();
    const qsizetype index = indexOf(lines, action, &error);
    if (index < 0)
        return error;
    if (quantity == 0)
        lines.removeAt(index);
    else
        lines[index].changeQuantity(quantity, ctx.now);
    cart.setLineItems(lines);
    CartTaxActions::invalidateExternalAmounts(cart);
    return std::nullopt;
}

} // namespace commercedesk::sandbox
